"""Flashcard study screen (placeholder until the study screen lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.core.scope import StudyScope
from quizapp.gui.context import AppContext
from quizapp.gui.widgets.text import plain_label


class StudyView(QWidget):
    """Signals: home_requested(); source_requested(str bank, int line)."""

    home_requested = Signal()
    source_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(plain_label("Study", "title"))

    def start(self, scope: StudyScope) -> None:
        """Begin a session on ``scope``."""

    def undo(self) -> None:
        """Undo the last answer of the session."""
