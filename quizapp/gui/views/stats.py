"""Statistics screen (placeholder until the statistics screen lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.gui.context import AppContext
from quizapp.gui.widgets.text import plain_label


class StatsView(QWidget):
    """Signals: home_requested()."""

    home_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(plain_label("Statistics", "title"))
