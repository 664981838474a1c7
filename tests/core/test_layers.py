"""DESIGN.md's layer rules, checked on the source tree."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "quizapp"


def _sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_core_never_imports_qt() -> None:
    pattern = re.compile(r"^\s*(?:from|import)\s+(?:PySide6|shiboken6|PyQt)", re.M)
    offenders = [p for p in _sources(PACKAGE / "core") if pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_sql_lives_only_in_core_storage() -> None:
    pattern = re.compile(r"\.execute(?:many|script)?\(|sqlite3\.connect")
    offenders = [p.relative_to(ROOT).as_posix() for p in _sources(PACKAGE)
                 if pattern.search(p.read_text("utf-8"))
                 and not p.is_relative_to(PACKAGE / "core" / "storage")]
    assert offenders == []


def test_modules_stay_small() -> None:
    big = [(p.relative_to(ROOT).as_posix(), n) for p in _sources(PACKAGE)
           if (n := len(p.read_text("utf-8").splitlines())) > 400]
    assert big == []


def test_the_core_is_grouped_by_domain() -> None:
    top = sorted(p.name for p in (PACKAGE / "core").glob("*.py"))
    assert len(top) <= 12, top


def test_the_main_window_is_a_shell() -> None:
    assert len((PACKAGE / "gui" / "mainwindow.py").read_text("utf-8").splitlines()) < 300


def test_start_up_tricks_live_in_the_start_up_package_only() -> None:
    pattern = re.compile(r"start-up|gc\.disable|gc\.freeze|\bfork\(", re.I)
    startup = PACKAGE / "gui" / "startup"
    offenders = [p.relative_to(ROOT).as_posix() for p in _sources(PACKAGE)
                 if not p.is_relative_to(startup) and pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_only_storage_holds_a_database() -> None:
    pattern = re.compile(r"\bDatabase\b|\.db\.|store\.db\b")
    storage = PACKAGE / "core" / "storage"
    offenders = [p.relative_to(ROOT).as_posix() for p in _sources(PACKAGE / "core")
                 if not p.is_relative_to(storage) and pattern.search(p.read_text("utf-8"))]
    assert offenders == []
