"""Quiz screens: set-up, the timed run, results (placeholder until the quiz screens land)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.gui.context import AppContext
from quizapp.gui.widgets.text import plain_label


class QuizView(QWidget):
    """Signals: home_requested(); study_requested(object); source_requested(str, int)."""

    home_requested = Signal()
    study_requested = Signal(object)
    source_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(plain_label("Quiz", "title"))

    def start_quick(self) -> None:
        """Start a quiz on the weak topics with the default settings."""

    def show_setup(self) -> None:
        """Show the set-up form."""

    def abandon(self) -> None:
        """End a running quiz (window closing)."""
