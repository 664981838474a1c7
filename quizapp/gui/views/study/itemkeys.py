"""The study screen's hand on the card shown: E edits it, ! suspends it, - buries it, * flags
it (also from the card's menu); Ctrl+Z takes back the latest answer or action, newest first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from quizapp.core.material.service import Action, ItemRef, Undo
from quizapp.gui.items.actions import ItemActions
from quizapp.gui.items.keys import ItemKeySlots
from quizapp.gui.items.words import done_text
from quizapp.gui.widgets.text import set_plain

if TYPE_CHECKING:
    from quizapp.core.banks.model import Item
    from quizapp.gui.views.study.view import StudyView


class StudyItemKeys(QObject, ItemKeySlots):
    """Edit, suspend, bury and flag the study screen's card, each undoable.

    Ctrl+Z on the study screen asks :meth:`undo_last` first: an action taken since the
    latest answer is taken back before that answer.
    """

    def __init__(self, view: StudyView, refetch: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self._refetch = refetch
        self.actions = ItemActions(view.ctx, view)
        # (answers in the session when it was done, its undo), oldest first.
        self._undo: list[tuple[int, Undo]] = []
        self.bind_keys(view)
        button = view.card.item_button
        button.setMenu(self.actions.menu(self.refs, button))
        self.actions.done.connect(self._on_actions_done)
        self.actions.undone.connect(self._on_actions_undone)
        self.actions.failed.connect(self._say)

    def refs(self) -> list[ItemRef]:
        """The card on screen (none while a job runs or no card shows)."""
        step = self.view.step
        if self.view.busy or step is None or step.card is None \
                or self.view.pages.currentWidget() is self.view.summary:
            return []
        return [ItemRef(step.card.bank, step.card.item.id)]

    def flag_anchor(self) -> QWidget:
        return self.view.card.item_button

    @property
    def can_undo(self) -> bool:
        """An action waits to be undone (before any answer is)."""
        return bool(self._undo) and self._undo[-1][0] == len(self.view.log.answers)

    def undo_last(self) -> bool:
        """Take back the latest action if no answer came after it; False if there is none."""
        if not self.can_undo:
            return False
        self.actions.undo(self._undo.pop()[1])
        return True

    # ------------------------------------------------------------------ results
    def _on_actions_done(self, undo: Undo | None, item: Item | None) -> None:
        if undo is None:
            return
        self._undo.append((len(self.view.log.answers), undo))
        self.view.undo_button.setEnabled(True)
        self._say(done_text(undo.action) + " "
                  + self.tr("Ctrl+Z undoes it."))
        if item is not None:
            self._show_item(item)
        elif undo.action in (Action.SUSPEND, Action.BURY):
            self._refetch()  # the card left today's study: on to the next

    def _on_actions_undone(self, undo: Undo, item: Item | None) -> None:
        self._say(self.tr("Undone."))
        if item is not None:
            self._show_item(item)
        else:
            self._refetch()

    def _show_item(self, item: Item) -> None:
        """The card on screen, worded as ``item`` now is (its face as it was)."""
        view = self.view
        step = view.step
        if step is None or step.card is None or step.card.item.id != item.id:
            return
        card = replace(step.card, item=item)
        view.step = replace(step, card=card)
        revealed = view.card.revealed
        view.card.show_card(card)
        if revealed:
            view.card.set_revealed(True)

    def _say(self, text: str) -> None:
        set_plain(self.view.notice, text)
        self.view.notice.setVisible(bool(text))
