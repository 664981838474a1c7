"""Settings screen (placeholder until the settings screen lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.gui.context import AppContext
from quizapp.gui.widgets.text import plain_label


class SettingsView(QWidget):
    """Signals: closed()."""

    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(plain_label("Settings", "title"))
