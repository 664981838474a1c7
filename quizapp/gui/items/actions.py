"""Acting on items from any screen: edit (a dialog), suspend, bury, flag, undo — each one a job
on the backend's worker, reported back by signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from quizapp.core.errors import QuizAppError
from quizapp.core.material.drafts import EditError
from quizapp.core.material.marks import LEARNER_FLAGS, FlagReason
from quizapp.core.material.service import Action, ItemRef, Undo
from quizapp.gui.backend import Change
from quizapp.gui.items.words import flag_menu_text, problem_text

if TYPE_CHECKING:
    from quizapp.core.banks.model import Item
    from quizapp.core.collection import Collection
    from quizapp.core.material.drafts import ItemDraft
    from quizapp.gui.context import AppContext
    from quizapp.gui.items.dialogs import EditDialog

# The keys shown in the item menus; study and quiz feedback bind them (Anki's own keys,
# where they collide with nothing quizapp uses: not 1–9, A–I, T, F, S, Space, Enter, Esc).
EDIT_KEY, SUSPEND_KEY, BURY_KEY, FLAG_KEY = "E", "!", "-", "*"


def error_text(exc: Exception) -> str:
    """An action's error as a sentence for the learner."""
    if isinstance(exc, EditError):
        return " ".join(problem_text(p) for p in exc.problems)
    return str(exc)


class ItemActions(QObject):
    """The learner's actions on items, for one screen.

    Signals:
        done(object, object): An action succeeded: its ``Undo`` (``None`` when there is
            nothing to undo) and, after an edit, the item as it is now shown.
        undone(object, object): The ``Undo`` given to :meth:`undo` has been taken back;
            after an edit's, the item as it is now shown.
        failed(str): An action failed; a sentence to show.
    """

    done = Signal(object, object)
    undone = Signal(object, object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.dialog: EditDialog | None = None

    # ------------------------------------------------------------------ marks
    def suspend(self, refs: Sequence[ItemRef]) -> None:
        self._run(lambda col: (col.material.suspend(refs), None))

    def restore(self, refs: Sequence[ItemRef]) -> None:
        self._run(lambda col: (col.material.restore(refs), None))

    def bury(self, refs: Sequence[ItemRef]) -> None:
        self._run(lambda col: (col.material.bury(refs), None))

    def flag(self, refs: Sequence[ItemRef], reason: FlagReason) -> None:
        self._run(lambda col: (col.material.flag(refs, reason), None))

    def unflag(self, refs: Sequence[ItemRef]) -> None:
        self._run(lambda col: (col.material.unflag(refs), None))

    def undo(self, undo: Undo) -> None:
        """Take ``undo``'s action back (``undone`` follows)."""
        def job(col: Collection) -> tuple[Undo, Item | None]:
            col.material.undo(undo)
            edits = (Action.EDIT, Action.UNDO_EDIT, Action.KEEP_EDIT)
            return undo, (col.material.item(undo.refs[0]) if undo.action in edits else None)

        self.ctx.backend.run(job, lambda r: self.undone.emit(*r), self._on_error,
                             owner=self.owner, changes=Change.MATERIAL)

    # ------------------------------------------------------------------ edits
    def edit(self, ref: ItemRef) -> None:
        """Open the edit dialog on ``ref`` (its wording is read first)."""
        def job(col: Collection) -> tuple[Item, Any, str]:
            item = col.material.item(ref)
            return item, col.material.state(ref), col.shelf.topic_title(ref.bank, item.topic)

        self.ctx.backend.run(job, lambda r: self._open_editor(ref, *r), self._on_error,
                             owner=self.owner)

    def save(self, ref: ItemRef, draft: ItemDraft) -> None:
        """Save ``draft`` as ``ref``'s wording."""
        self._run(lambda col: tuple(reversed(col.material.edit(ref, draft))))

    def revert(self, ref: ItemRef) -> None:
        """Put back the wording before the learner's last edit of ``ref``."""
        self._run(lambda col: (col.material.undo_edit(ref), col.material.item(ref)))

    def keep(self, ref: ItemRef) -> None:
        """Keep the edit of ``ref`` although its source changed."""
        self._run(lambda col: (col.material.keep_edit(ref), col.material.item(ref)))

    def _open_editor(self, ref: ItemRef, item: Item, state: Any, topic: str) -> None:
        from quizapp.gui.items.dialogs import EditDialog

        dialog = EditDialog(item, state, topic, self.owner.window())
        dialog.saved.connect(lambda draft: self.save(ref, draft))
        dialog.revert_requested.connect(lambda: self.revert(ref))
        dialog.keep_requested.connect(lambda: self.keep(ref))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ menus
    def flag_menu(self, refs: Callable[[], Sequence[ItemRef]], parent: QWidget) -> QMenu:
        """A menu of the reasons to flag the items ``refs()`` names when one is picked."""
        menu = QMenu(self.tr("&Flag as a bad question"), parent)
        for reason in LEARNER_FLAGS:
            action = menu.addAction(flag_menu_text(reason))
            action.triggered.connect(lambda _=False, r=reason: self.flag(refs(), r))
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear the flag"))
        clear.triggered.connect(lambda: self.unflag(refs()))
        return menu

    def menu(self, refs: Callable[[], Sequence[ItemRef]], parent: QWidget) -> QMenu:
        """The item menu: edit, suspend, bury, flag — for the items ``refs()`` names."""
        menu = QMenu(parent)

        def add(text: str, key: str, slot: Callable[[], object]) -> QAction:
            action = menu.addAction(f"{text}\t{key}")
            action.triggered.connect(slot)
            return action

        add(self.tr("&Edit…"), EDIT_KEY, lambda: self._edit_first(refs()))
        add(self.tr("&Suspend"), SUSPEND_KEY, lambda: self.suspend(refs()))
        add(self.tr("&Bury until tomorrow"), BURY_KEY, lambda: self.bury(refs()))
        flags = self.flag_menu(refs, menu)
        flags.menuAction().setText(flags.title() + f"\t{FLAG_KEY}")
        menu.addMenu(flags)
        return menu

    def _edit_first(self, refs: Sequence[ItemRef]) -> None:
        if refs:
            self.edit(refs[0])

    # ------------------------------------------------------------------ internals
    def _run(self, job: Callable[[Collection], tuple[Undo | None, Item | None]]) -> None:
        self.ctx.backend.run(job, lambda r: self.done.emit(*r), self._on_error,
                             owner=self.owner, changes=Change.MATERIAL)

    def _on_error(self, exc: Exception) -> None:
        if not isinstance(exc, QuizAppError):
            self.failed.emit(self.tr("Something went wrong: %1").replace("%1", str(exc)))
        else:
            self.failed.emit(error_text(exc))
