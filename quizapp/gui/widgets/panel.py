"""A titled card holding one chart, with a summary line and a friendly empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label, set_plain


class ChartPanel(QFrame):
    """Heading (with optional controls on the right), the content, a summary line.

    When there is nothing to show, the content is replaced by ``empty_text`` rather than an
    empty axis.
    """

    def __init__(self, heading: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.heading = plain_label(heading, "heading", wrap=False)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.controls = top
        layout.addLayout(top)
        # The empty message replaces the content (and is shorter: a fresh screen is calm).
        self.empty = plain_label(empty_text, "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 28, 24, 28)
        layout.addWidget(self.empty, 1)
        self.body = layout
        self.summary = plain_label("", "muted")
        layout.addWidget(self.summary)
        self.content: QWidget | None = None
        self.setAccessibleName(heading)

    def add_control(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the heading row."""
        self.controls.addWidget(widget)

    def set_content(self, widget: QWidget) -> None:
        """The widget shown when there is data (a chart, a heatmap, a list)."""
        self.content = widget
        self.body.insertWidget(self.body.indexOf(self.empty), widget, 1)
        widget.hide()

    def show_content(self, has_data: bool, summary: str = "", empty_text: str | None = None
                     ) -> None:
        """Show the content (``has_data``) or the empty message, and the summary line."""
        if empty_text is not None:
            set_plain(self.empty, empty_text)
        shown = has_data and self.content is not None
        if self.content is not None:
            self.content.setVisible(shown)
        self.empty.setVisible(not shown)
        set_plain(self.summary, summary if has_data else "")
        self.summary.setVisible(has_data and bool(summary))

    @property
    def is_empty(self) -> bool:
        """The empty message is showing instead of the content."""
        return not self.empty.isHidden()
