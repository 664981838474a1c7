"""Document screen (placeholder until the document screen lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.gui.context import AppContext
from quizapp.gui.widgets.text import plain_label


class DocumentView(QWidget):
    """Signals: back_requested()."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(plain_label("Document", "title"))

    def show_source(self, bank: str, line: int) -> None:
        """Show ``bank``'s source document with ``line`` highlighted (0: none)."""
