#!/usr/bin/env python3
"""Refresh the UI translations: `python3 .ci/translations.py [update|release]` (default both).

update:  pyside6-lupdate collects every tr() string of quizapp/gui into
         resources/translations/quizapp_{lv,en}.ts (new strings arrive unfinished;
         translate them in Qt Linguist or the .ts XML).
release: pyside6-lrelease compiles the .ts files into the .qm files the app loads (also
         qt_extra_<lang>.ts, Qt's own dialog words its qtbase translations lack).
Run inside the project's venv (the tools ship with PySide6). tests/gui/test_translations.py
fails when a string has no Latvian translation or a .qm is out of date.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"lv": "lv_LV", "en": "en_GB"}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "quizapp" / "gui").rglob("*.py"))


def update(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for code, target in LANGUAGES.items():
        ts = ts_dir / f"quizapp_{code}.ts"
        known = translations(ts) if ts.exists() else {}
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-target-language", target, "-ts", str(ts)], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        carry_over(ts, known)


# One <message> of a .ts file: its source text and what follows it (comment, translation).
_MESSAGE = re.compile(r"(<message[^>]*>\s*<source>(.*?)</source>)(.*?)(</message>)", re.S)
_UNFINISHED = re.compile(r"<translation type=\"unfinished\"(?:/>|>.*?</translation>)", re.S)


def translations(ts: Path) -> dict[str, str]:
    """Every finished translation in ``ts`` (the XML after its source) by source text."""
    out: dict[str, str] = {}
    for m in _MESSAGE.finditer(ts.read_text(encoding="utf-8")):
        rest = m.group(3)
        if "<translation" in rest and 'type="' not in rest:
            out.setdefault(m.group(2), rest)
    return out


def carry_over(ts: Path, known: dict[str, str]) -> None:
    """A string that moved to another class keeps its translation (lupdate would otherwise
    drop it from the old class and list it as unfinished in the new one)."""
    text = ts.read_text(encoding="utf-8")

    def fill(m: re.Match[str]) -> str:
        if _UNFINISHED.search(m.group(3)) and m.group(2) in known:
            return m.group(1) + known[m.group(2)] + m.group(4)
        return m.group(0)

    new = _MESSAGE.sub(fill, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")


def release(ts_dir: Path = TS_DIR, out_dir: Path = TS_DIR) -> None:
    # qt_extra_<lang>.ts: Qt's own words its qtbase_<lang>.qm lacks, written by hand.
    names = [f"quizapp_{code}" for code in LANGUAGES]
    names += sorted(p.stem for p in ts_dir.glob("qt_extra_*.ts"))
    for name in names:
        subprocess.run([tool("pyside6-lrelease"), str(ts_dir / f"{name}.ts"), "-qm",
                        str(out_dir / f"{name}.qm")], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    steps = argv or ["update", "release"]
    for step in steps:
        {"update": update, "release": release}[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
