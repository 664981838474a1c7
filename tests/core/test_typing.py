"""mypy --strict passes on the Qt-free core (DESIGN rule 5)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_core_is_strictly_typed() -> None:
    res = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "quizapp/core"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
