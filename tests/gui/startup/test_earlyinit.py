"""What start-up does right after importing PySide: skip its scan of every module's source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

_SCRIPT = """
import inspect, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {folder!r})
import PySide6.QtCore
if {skip}:
    from quizapp.gui.startup import earlyinit
    earlyinit.skip_feature_scan()
reads = []
real = inspect.getsource
inspect.getsource = lambda obj: reads.append(getattr(obj, "__name__", "?")) or real(obj)
import uses_qt  # a module that says PySide6: PySide reads its source unless told not to
print(len(reads))
"""


@pytest.mark.parametrize("skip", [False, True])
def test_pyside_reads_no_module_source_once_told(tmp_path: Path, skip: bool) -> None:
    (tmp_path / "uses_qt").with_suffix(".py").write_text(
        "from PySide6.QtCore import QObject\n", encoding="utf-8")
    script = _SCRIPT.format(root=str(ROOT), folder=str(tmp_path), skip=skip)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60, check=True)
    # Without the skip PySide reads the new module's source: when a PySide version stops
    # doing that, the first case fails and skip_feature_scan can go.
    reads = int(out.stdout.strip().splitlines()[-1])
    assert reads == 0 if skip else reads >= 1
