"""`python -m quizapp --data-dir TMP` starts offscreen, shows home with real numbers, exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_app_comes_up_and_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUIZAPP_STARTUP_PROBE="1",
               PYTHONPATH=str(ROOT))
    data = tmp_path / "data"
    res = subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(data)],
                         capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("quizapp-startup "))
    probe = json.loads(line.removeprefix("quizapp-startup "))
    # A fresh data folder: the built-in bank's 75 flashcards, 20 new ones a day.
    assert probe == {**probe, "due_new": 20, "due_learning": 0, "due_review": 0,
                     "visible": True}
    assert "Traceback" not in res.stderr
    assert (data / "progress.sqlite3").exists()
    # The window geometry was remembered for next time.
    assert (data / "window.ini").exists()


def test_without_a_display_the_app_says_so_instead_of_crashing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    res = subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.startswith("quizapp: error: no display")
    assert res.stderr.count("\n") == 1
