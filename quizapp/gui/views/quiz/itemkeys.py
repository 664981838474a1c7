"""Acting on a quiz question from its feedback: E edits it, ! suspends it, - buries it, * flags
it (also from the buttons under the explanation), with Undo. While a question is being
answered these keys do nothing (E is option five's letter then)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from quizapp.core.material.service import ItemRef, Undo
from quizapp.gui.items.actions import ItemActions
from quizapp.gui.items.keys import ItemKeySlots
from quizapp.gui.items.words import done_text
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.banks.model import Item
    from quizapp.gui.views.quiz.run import QuizRunPage


class QuizItemKeys(QObject, ItemKeySlots):
    """The feedback's item actions; :meth:`set_enabled` follows the run page's keys."""

    def __init__(self, page: QuizRunPage) -> None:
        super().__init__(page)
        self.page = page
        self.actions = ItemActions(page.ctx, page)
        self.last: Undo | None = None
        self.shortcuts = self.bind_keys(page)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit question…"))
        self.edit_button.setToolTip(self.tr("Fix this question (E)"))
        set_role(self.edit_button, "role", "link")
        self.edit_button.clicked.connect(self.edit)
        self.more_button = QPushButton(self.tr("Suspend, bury or flag"))
        self.more_button.setToolTip(self.tr("Suspend (!), bury (-) or flag (*) this question"))
        set_role(self.more_button, "role", "link")
        self.more_button.setMenu(self.actions.menu(self.refs, self.more_button))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.notice = plain_label("", "muted")
        self.notice.hide()
        for widget in (self.edit_button, self.more_button, self.undo_button):
            row.addWidget(widget)
        row.addWidget(self.notice, 4)
        row.addStretch(1)
        page.feedback_frame.layout().addLayout(row)  # type: ignore[union-attr]
        self.actions.done.connect(self._on_actions_done)
        self.actions.undone.connect(lambda _undo, _item: self._say(self.tr("Undone."), None))
        self.actions.failed.connect(lambda text: self._say(text, None))

    def set_enabled(self, enabled: bool) -> None:
        """The keys work on the feedback only; a new question clears the last notice."""
        for shortcut in self.shortcuts:
            shortcut.setEnabled(enabled)
        if not enabled:
            self._say("", None)

    def refs(self) -> list[ItemRef]:
        question = self.page.question
        if self.page.state != "feedback" or question is None:
            return []
        return [ItemRef(question.bank, question.item.id)]

    def flag_anchor(self) -> QWidget:
        return self.more_button

    def undo(self) -> None:
        if self.last is not None:
            self.actions.undo(self.last)

    def _on_actions_done(self, undo: Undo | None, item: Item | None) -> None:
        if undo is None:
            return
        text = done_text(undo.action)
        if item is not None:
            text += " " + self.tr("Later quizzes ask it as you wrote it.")
        self._say(text, undo)

    def _say(self, text: str, undo: Undo | None) -> None:
        self.last = undo
        set_plain(self.notice, text)
        self.notice.setVisible(bool(text))
        self.undo_button.setVisible(undo is not None)
