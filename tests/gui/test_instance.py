"""One app per data folder: a second launch hands over to the first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.gui.instance import SingleInstance, hand_over
from tests.helpers import ROOT, hand_over_elsewhere


def test_second_instance_is_refused_and_hands_over(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        proc = hand_over_elsewhere(tmp_path)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    assert proc.returncode == 0
    first.release()
    assert second.acquire()  # free again once the first instance is gone
    second.release()


def test_other_data_folders_do_not_interfere(tmp_path: Path) -> None:
    a = SingleInstance(tmp_path / "a")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    b = SingleInstance(tmp_path / "b")
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_nobody_answering_means_no_hand_over(tmp_path: Path) -> None:
    assert not hand_over(tmp_path, timeout_ms=300)


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    code = ("import os, sys; from pathlib import Path; "
            "from quizapp.gui.instance import SingleInstance; "
            f"i = SingleInstance(Path({str(tmp_path)!r})); assert i.acquire(); "
            "print('locked', flush=True); os.kill(os.getpid(), 9)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert "locked" in res.stdout
    assert (tmp_path / ".quizapp.lock").exists()
    again = SingleInstance(tmp_path)
    assert again.acquire()
    again.release()


@pytest.mark.slow
def test_a_second_app_launch_exits_and_the_first_comes_forward(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire() and first.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with qtbot.waitSignal(first.activated, timeout=15000):
        proc = subprocess.Popen([sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path)],
                                env=env, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    _, err = proc.communicate()
    assert proc.returncode == 0
    assert "already running" in err
    first.release()
