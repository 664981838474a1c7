"""SIGKILL in the middle of recording a quiz, writing a backup and committing an import:
afterwards the database is sound, every operation that returned is there, and no
half-written backup or bank is ever listed (answers: storage/test_crash.py)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.core.crash_workloads import Acks, child_command, verify
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

# What a workload prints as it starts one of its operations (answers come in between).
STARTS = {"quiz": "q", "backup": "b", "import": "i"}
# How often to look for the operation's temporary file before letting it finish.
LOOKS = 20_000


def _in_progress(data: Path, workload: str) -> bool:
    """A temporary file of the operation exists: it is half-way through writing."""
    folders = {"backup": ("backups",), "import": ("documents", "banks")}[workload]
    for name in folders:
        try:
            with os.scandir(data / name) as entries:
                if any(e.name.endswith(".tmp") for e in entries):
                    return True
        except FileNotFoundError:
            continue
    return False


def _run_and_kill(workload: str, data: Path, seed: int) -> tuple[Acks, bool]:
    """Run ``workload`` and SIGKILL it inside one of its operations.

    A quiz is killed as it starts being recorded (one SQLite transaction: inside it or
    not, the outcome is all or nothing). A backup or import is killed only once its
    temporary file is seen, i.e. half-way through; an operation that finishes before
    it is seen is let go and the next one tried. Returns what was acknowledged and
    whether the kill was seen to land half-way.
    """
    proc = subprocess.Popen(child_command(workload, data, seed, seed), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    halfway = False
    try:
        for _ in range(200):
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            lines.append(line)
            if line.strip() != STARTS[workload] or lines.count(line) < 2:
                continue  # (the second one: answers have been made meanwhile)
            if workload == "quiz":
                break
            if any(_in_progress(data, workload) for _ in range(LOOKS)):
                halfway = True
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        out = proc.stdout.read()  # (not communicate(): it would miss readline's buffer)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    acks = Acks()
    acks.add([*lines, *out.splitlines()])  # what it printed before dying had returned too
    return acks, halfway


@pytest.mark.parametrize("workload", ["quiz", "backup", "import"])
def test_a_kill_inside_an_operation_loses_nothing_acknowledged(tmp_path: Path,
                                                               workload: str) -> None:
    data = tmp_path / "data"
    acks = Acks()
    halfway = 0
    for seed in range(3):  # killed, reopened and killed again on the same folder
        killed, inside = _run_and_kill(workload, data, seed)
        halfway += inside
        acks.answers |= killed.answers
        acks.quizzes.update(killed.quizzes)
        acks.backups += killed.backups
        acks.banks |= killed.banks
        damage = verify(workload, data, acks)
        assert damage.opened and damage.notes == []
        assert (damage.integrity_failures, damage.answers_lost, damage.quizzes_lost,
                damage.backups_lost, damage.bad_backups_listed, damage.broken_banks) == (
            0, 0, 0, 0, 0, 0)
    assert acks.answers  # answers were made in between, and are checked too
    if workload != "quiz":
        assert halfway > 0, "no kill landed while a file was half-written"
