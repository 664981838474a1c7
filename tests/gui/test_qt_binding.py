"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 drops one on None per call
that returns nothing, and a long session then aborts ("none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setWordWrap(True)
    # Other objects come and go meanwhile; a buggy binding loses 20,000 at once.
    assert sys.getrefcount(None) - before > -1000
