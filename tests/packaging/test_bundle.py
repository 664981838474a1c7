"""The one-folder bundle (`python3 .ci/dev.py bundle`) runs without any Python: it reaches
home offscreen on a fresh data folder with the built-in bank, carries only the Qt modules
the app imports, and stays within its size budget.

Building it takes about a minute (PyInstaller, in a venv of its own): the test builds it
once per run, into a temporary folder, with the README's command.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import __version__
from tests.helpers import ROOT
from tests.packaging.installs import PIP_ENV, checkout_totals, launch, run, totals

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

# The bundle's unpacked size may not pass this (the target).
MAX_BUNDLE_MB = 150
# Qt's large modules that the app must never drag in.
NEVER = re.compile(r"WebEngine|Qml|Quick|3D|Multimedia|Pdf|Designer|Location|Sensors",
                   re.IGNORECASE)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(ROOT / ".ci" / "dev.py"), "bundle",
                    "--dist", str(out / "dist"), "--work", str(out / "work")],
                   check=True, env=PIP_ENV, cwd=ROOT, timeout=840)
    folder = out / "dist" / "quizapp"
    # No Python from the build venv can be reached: it is gone before the bundle runs.
    shutil.rmtree(out / "work")
    return folder


def _imported_qt_modules() -> set[str]:
    """The PySide6 modules quizapp's source imports."""
    found = set()
    for path in (ROOT / "quizapp").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    return found


def test_the_bundle_reaches_home_with_the_built_in_bank(bundle: Path, tmp_path: Path) -> None:
    program = [str(bundle / "quizapp")]
    version = run([*program, "--version"], tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"quizapp {__version__}")
    found = totals(program, tmp_path / "fresh", tmp_path)
    expected = checkout_totals(tmp_path)
    assert found["cards"] > 0 and (found["cards"], found["questions"]) == (
        expected["cards"], expected["questions"])
    probe = launch(program, tmp_path / "fresh-gui", tmp_path)
    assert probe["visible"] is True and probe["due_new"] == min(20, found["cards"])


def test_the_bundle_holds_only_the_qt_it_uses(bundle: Path) -> None:
    pyside = bundle / "_internal" / "PySide6"
    bindings = {p.name.split(".")[0] for p in pyside.glob("Qt*.abi3.so")}
    assert bindings == _imported_qt_modules()
    libraries = [p.name for p in (pyside / "Qt" / "lib").iterdir()]
    assert "libQt6Charts.so.6" in libraries and "libQt6Svg.so.6" in libraries  # used
    assert [name for name in libraries if NEVER.search(name)] == []
    # Qt's own translations only for the app's languages.
    languages = {p.stem.removeprefix("quizapp_") for p in
                 (ROOT / "resources" / "translations").glob("quizapp_*.qm")}
    qt_languages = {p.stem.rsplit("_", 1)[1] for p in (pyside / "Qt" / "translations").iterdir()}
    assert qt_languages <= languages


def test_the_bundle_stays_within_its_size_budget(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 <= MAX_BUNDLE_MB


def test_the_bundle_benchmark_prints_one_json_line(bundle: Path) -> None:
    res = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "bench_bundle.py"),
                          "--bundle", str(bundle), "--runs", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["bundle_mb"] > 10 and data["bundle_files"] > 10
    assert data["bundle_home_s"] > 0 and data["venv_home_s"] > 0 and data["ratio"] > 0
    assert data["bundle_rss_mb"] > 10 and data["venv_rss_mb"] > 10
