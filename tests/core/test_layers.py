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
           if (n := len(p.read_text("utf-8").splitlines())) > 600]
    assert big == []
