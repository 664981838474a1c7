"""Shared test set-up: offscreen Qt, fixed clocks, paths to the study document and fixtures."""

from __future__ import annotations

import os

# Qt reads this when the QApplication is created; set it before pytest-qt makes one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from quizapp.core.clock import FixedClock  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STUDY_DOC = ROOT / "resources" / "documents" / "socialie-mediji-pret-ietekmetaju-marketingu.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def clock() -> FixedClock:
    """A clock fixed at 2026-03-02 09:00 UTC (a Monday)."""
    return FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def study_doc() -> Path:
    return STUDY_DOC


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data or config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("QUIZAPP_DATA_DIR", raising=False)
    monkeypatch.delenv("QUIZAPP_CONFIG_DIR", raising=False)
