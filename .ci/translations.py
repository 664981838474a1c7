#!/usr/bin/env python3
"""Refresh the UI translations: `python3 .ci/translations.py [update|release]` (default both).

update:  pyside6-lupdate collects every tr() string of quizapp/gui into
         resources/translations/quizapp_{lv,en}.ts (new strings arrive unfinished;
         translate them in Qt Linguist or the .ts XML).
release: pyside6-lrelease compiles the .ts files into the .qm files the app loads.
Run inside the project's venv (the tools ship with PySide6). tests/gui/test_translations.py
fails when a string has no Latvian translation or a .qm is out of date.
"""

from __future__ import annotations

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
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-target-language", target, "-ts",
                        str(ts_dir / f"quizapp_{code}.ts")], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)


def release(ts_dir: Path = TS_DIR, out_dir: Path = TS_DIR) -> None:
    for code in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), str(ts_dir / f"quizapp_{code}.ts"), "-qm",
                        str(out_dir / f"quizapp_{code}.qm")], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    steps = argv or ["update", "release"]
    for step in steps:
        {"update": update, "release": release}[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
