"""Browse's pane under the table: the selected item in full, its marks (a flag's reason),
and what to do when its source changed since the learner edited it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.banks.model import ItemKind
from quizapp.core.material.rows import BrowseRow
from quizapp.gui.items.dialogs import summary
from quizapp.gui.items.words import kind_text
from quizapp.gui.views.browse.model import marks_text
from quizapp.gui.widgets.options import RIGHT_MARK, option_texts
from quizapp.gui.widgets.text import plain_label, set_plain


class ItemDetails(QWidget):
    """The item selected in Browse.

    Signals:
        keep_requested(): Keep the edit although its source changed.
        use_new_requested(): Drop the edit for the bank's new wording.
    """

    keep_requested = Signal()
    use_new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.heading = plain_label("", "muted")
        self.question = plain_label("", "subheading", selectable=True)
        self.answer = plain_label("", selectable=True)
        self.explanation = plain_label("", "muted", selectable=True)
        self.marks = plain_label("", "warning")
        self.changed = QWidget()
        row = QHBoxLayout(self.changed)
        row.setContentsMargins(0, 0, 0, 0)
        self.generated = plain_label("", "hint", selectable=True)
        row.addWidget(self.generated, 1)
        self.keep_button = QPushButton(self.tr("&Keep my edit"))
        self.keep_button.clicked.connect(self.keep_requested)
        self.use_new_button = QPushButton(self.tr("&Use the new text"))
        self.use_new_button.clicked.connect(self.use_new_requested)
        row.addWidget(self.keep_button)
        row.addWidget(self.use_new_button)
        for widget in (self.heading, self.question, self.answer, self.explanation, self.marks,
                       self.changed):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_row(None, 0)

    def show_row(self, row: BrowseRow | None, today: int, selected: int = 1) -> None:
        """Show ``row`` (``None``: nothing, or ``selected`` rows, are selected)."""
        for widget in (self.question, self.answer, self.explanation, self.marks, self.changed):
            widget.hide()
        if row is None:
            set_plain(self.heading, self.tr("%n item(s) selected.", "", selected) if selected
                      else self.tr("Select an item to see it in full. Double-click or Enter "
                                   "edits it."))
            return
        item = row.item
        crumb = item.source.label()
        heading = self.tr("%1 · %2 · id %3").replace("%1", kind_text(item.kind)).replace(
            "%2", row.topic_title).replace("%3", item.id)
        set_plain(self.heading, heading + (f" · {crumb}" if crumb else ""))
        set_plain(self.question, row.question)
        self.question.show()
        if item.kind is ItemKind.FLASHCARD:
            answer = item.back
        elif item.kind is ItemKind.ORDER:
            answer = item.answer_text
        else:
            answer = "\n".join(f"{RIGHT_MARK if n == item.correct else '·'} {text}"
                               for n, text in enumerate(option_texts(item)))
        set_plain(self.answer, answer)
        self.answer.setVisible(bool(answer))
        set_plain(self.explanation, item.explanation)
        self.explanation.setVisible(bool(item.explanation))
        marks = marks_text(row, today)
        set_plain(self.marks, " · ".join(marks))
        self.marks.setVisible(bool(marks))
        generated = row.edit.generated
        if row.edit.source_changed and generated is not None:
            set_plain(self.generated, self.tr("The bank now says: %1").replace(
                "%1", summary(generated)))
            self.changed.show()
