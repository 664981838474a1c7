"""The wheel a learner installs (pip, pipx) carries everything the app opens, and works in a
fresh venv outside the checkout: version, the built-in bank, an offscreen launch to home,
Latvian, and one clear line when a shipped file has gone missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

from quizapp import __version__
from tests.helpers import ROOT
from tests.packaging.installs import (PIP_ENV, checkout_totals, ci_module, launch,
                                      one_error_line, run, totals)

# The first test also builds the wheel and installs it (with Qt) into a new venv.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

# Folders of the repository that install inside the package (pyproject.toml maps them).
SHIPPED = {"resources": "quizapp/resources", "questions": "quizapp/questions"}


def _never_opened(path: Path) -> bool:
    # Translation sources are compiled to the .qm files next to them, which ship; a README
    # documents a folder for developers.
    return path.suffix == ".ts" or path.name == "README.md" or "__pycache__" in path.parts


def shipped_files() -> set[str]:
    """Every file of the repository's resources/ and questions/ the app may open, as named
    inside the wheel."""
    out = set()
    for folder, package in SHIPPED.items():
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and not _never_opened(path):
                inner = path.relative_to(ROOT / folder).as_posix()
                out.add(str(PurePosixPath(package, inner)))
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built: Path = ci_module("wheelbuild").build_wheel(tmp_path_factory.mktemp("wheel"))
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A new venv (outside the checkout) with the wheel and its dependencies installed by pip,
    as `pip install quizapp-….whl` does for a learner."""
    where = tmp_path_factory.mktemp("venv") / "quizapp"
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    # pip's own cache (from setting up the test venv) spares downloading Qt again.
    subprocess.run([str(where / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, env=PIP_ENV, cwd=where, stdout=subprocess.DEVNULL)
    yield where
    shutil.rmtree(where, ignore_errors=True)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder that is not the checkout (so nothing is imported from it)."""
    assert not tmp_path.is_relative_to(ROOT)
    return tmp_path


def test_the_wheel_carries_every_shipped_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = shipped_files()
    # The folders this is derived from are really there (the app's styles, bank, icon…).
    assert {"quizapp/resources/styles/light.qss", "quizapp/resources/icons/quizapp.svg",
            "quizapp/resources/translations/quizapp_lv.qm"} <= expected
    assert any(n.startswith("quizapp/questions/") and n.endswith(".yaml") for n in expected)
    assert sorted(expected - names) == []
    # Nothing of the development tree comes along.
    assert not [n for n in names if n.startswith(("tests/", ".ci/", "resources/", "questions/"))]


def test_the_installed_wheel_works_outside_the_checkout(venv: Path, outside: Path) -> None:
    quizapp = [str(venv / "bin" / "quizapp")]
    where = run([str(venv / "bin" / "python"), "-c", "import quizapp; print(quizapp.__file__)"],
                outside)
    assert Path(where.stdout.strip()).is_relative_to(venv)  # the installed copy, not ours
    version = run([*quizapp, "--version"], outside)
    assert (version.returncode, version.stdout.strip()) == (0, f"quizapp {__version__}")
    found = totals(quizapp, outside / "fresh", outside)
    assert found["cards"] > 0 and found["questions"] > 0
    assert {k: found[k] for k in ("cards", "questions")} == {
        k: v for k, v in checkout_totals(outside).items() if k in ("cards", "questions")}
    probe = launch(quizapp, outside / "fresh-gui", outside)
    assert probe["visible"] is True
    assert probe["due_new"] == min(20, found["cards"])  # 20 new cards a day by default


def test_the_installed_wheel_speaks_latvian(venv: Path, outside: Path) -> None:
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from quizapp.gui import i18n; loaded = i18n.install(app, 'lv'); "
            "print(len(loaded)); print(QCoreApplication.translate('HomeView', '&Study now'))")
    res = run([str(venv / "bin" / "python"), "-c", code], outside)
    assert res.returncode == 0, res.stderr
    # The app's Latvian, Qt's own (dialog buttons) and the file-dialog words Qt's lacks
    # (qt_extra_lv.qm) all load from the install.
    assert res.stdout.splitlines() == ["3", "&Mācīties tagad"]


def _site(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages")) / "quizapp"


def _set_aside(path: Path) -> Path:
    aside = path.with_name(path.name + ".aside")
    path.rename(aside)
    return aside


def test_a_missing_style_stops_the_app_with_one_line(venv: Path, outside: Path) -> None:
    style = _site(venv) / "resources" / "styles" / "light.qss"
    aside = _set_aside(style)
    try:
        res = run([str(venv / "bin" / "quizapp"), "--data-dir", str(outside / "d")], outside,
                  QT_QPA_PLATFORM="offscreen", QUIZAPP_STARTUP_PROBE="1")
    finally:
        aside.rename(style)
    line = one_error_line(res)
    assert "installation is incomplete" in line and "styles/light.qss" in line
    assert "reinstall quizapp" in line


def test_missing_built_in_banks_stop_a_command_with_one_line(venv: Path, outside: Path) -> None:
    banks = _site(venv) / "questions"
    aside = _set_aside(banks)
    try:
        res = run([str(venv / "bin" / "quizapp"), "--data-dir", str(outside / "d"), "stats"],
                  outside)
    finally:
        aside.rename(banks)
    line = one_error_line(res)
    assert "quizapp.questions is missing" in line and "reinstall quizapp" in line


def test_missing_built_in_banks_stop_the_app_with_one_line(venv: Path, outside: Path) -> None:
    banks = _site(venv) / "questions"
    aside = _set_aside(banks)
    try:
        res = run([str(venv / "bin" / "quizapp"), "--data-dir", str(outside / "d")], outside,
                  timeout=60, QT_QPA_PLATFORM="offscreen", QUIZAPP_STARTUP_PROBE="1")
    finally:
        aside.rename(banks)
    assert "quizapp.questions is missing" in one_error_line(res)
