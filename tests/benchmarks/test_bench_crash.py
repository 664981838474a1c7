"""The crash benchmark runs a few kills of each workload and its JSON says nothing was lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "bench_crash.py"


@pytest.mark.slow
def test_a_few_random_kills_lose_nothing() -> None:
    res = subprocess.run([sys.executable, str(SCRIPT), "--kills", "6", "--seed", "3"],
                         capture_output=True, text=True, timeout=300)
    lines = res.stdout.splitlines()
    assert len(lines) == 1, res.stdout + res.stderr
    data = json.loads(lines[0])
    assert res.returncode == 0, res.stderr
    assert data["kills"] == data["recoveries"] == 6
    assert set(data["kills_by_workload"]) == {"answer", "quiz", "import", "backup"}
    for key in ("answers_lost", "integrity_failures", "quizzes_lost", "backups_lost",
                "bad_backups_listed", "broken_banks", "child_errors"):
        assert data[key] == 0, key
    assert data["acknowledged_operations"] > 0
