"""`python -m quizapp --data-dir TMP` starts offscreen, shows home with real numbers, exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from unittest.mock import ANY

import pytest

from tests.helpers import ROOT


def _launch(data: Path, cwd: Path, **extra_env: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_STARTUP_PROBE": "1",
           "PYTHONPATH": str(ROOT), **extra_env}
    res = subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(data)],
                         capture_output=True, text=True, env=env, timeout=60, cwd=cwd)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("quizapp-startup "))
    probe: dict[str, object] = json.loads(line.removeprefix("quizapp-startup "))
    return probe


@pytest.mark.slow
def test_app_comes_up_and_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    probe = _launch(data, tmp_path)
    # A fresh data folder: the built-in bank's 75 flashcards, 20 new ones a day. Nothing
    # to read early, so the numbers are the opened collection's.
    assert probe == {**probe, "event": "home", "due_new": 20, "due_learning": 0,
                     "due_review": 0, "visible": True, "complete": True, "from_child": False}
    assert (data / "progress.sqlite3").exists()
    # The window geometry was remembered for next time.
    assert (data / "window.ini").exists()


@pytest.mark.slow
def test_a_later_launch_shows_the_early_numbers_read_on_the_side(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _launch(data, tmp_path)
    counts = {"event": "home", "due_new": 20, "due_learning": 0, "due_review": 0,
              "visible": True, "card_shown": False}
    on_linux = sys.platform.startswith("linux")
    # The forked child read them (Linux); elsewhere the worker thread did.
    assert _launch(data, tmp_path) == {**counts, "complete": False, "from_child": on_linux,
                                       "rss_kb": ANY, "cpu_ms": ANY}
    # Without the child, the worker reads the same numbers (and the full overview, which
    # follows on the worker, may reach the screen first).
    assert _launch(data, tmp_path, QUIZAPP_NO_PREFETCH="1") == {
        **counts, "complete": ANY, "from_child": False, "rss_kb": ANY, "cpu_ms": ANY}


@pytest.mark.slow
def test_study_at_once_shows_the_first_card(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _launch(data, tmp_path)
    probe = _launch(data, tmp_path, QUIZAPP_STARTUP_PROBE="first_card")
    assert probe == {**probe, "event": "first_card", "card_shown": True, "visible": True}


def test_without_a_display_the_app_says_so_instead_of_crashing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    res = subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.startswith("quizapp: error: no display")
    assert res.stderr.count("\n") == 1
