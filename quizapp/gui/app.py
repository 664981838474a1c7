"""Builds the QApplication and shows the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(data_dir: str | None, qt_args: Sequence[str] = ()) -> int:
    """Start the desktop app; return its exit code."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("quizapp")
    win = QMainWindow()
    win.setWindowTitle("quizapp")
    win.setCentralWidget(QLabel("quizapp — the study screens arrive with the GUI issue."))
    win.resize(1024, 640)
    win.show()
    return app.exec()
