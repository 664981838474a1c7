"""Adding the learner's own items (Ctrl+N): the banks and topics are read, then the dialog
adds one item after another, each a job on the worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quizapp.gui.backend import Change
from quizapp.gui.items.actions import error_text
from quizapp.gui.items.dialogs import AddDialog, BankTopics

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.material.drafts import ItemDraft
    from quizapp.core.material.service import ItemRef
    from quizapp.gui.context import AppContext


def bank_topics(col: Collection) -> list[BankTopics]:
    """Every bank with its topics, for the add dialog (worker)."""
    return [BankTopics(b, loaded.bank.meta.title,
                       tuple((t.id, t.title) for t in loaded.bank.topics))
            for b, loaded in col.banks.items()]


class AddFlow(QObject):
    """Opens the add dialog and adds what it asks for.

    Signals:
        added(object): An ``ItemRef`` was added.
    """

    added = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.dialog: AddDialog | None = None

    def open(self, bank: str | None = None, topic: str | None = None) -> None:
        """Open the dialog (on ``bank`` and ``topic`` when given) once the banks are read."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.ctx.backend.run(bank_topics, lambda banks: self._show(banks, bank, topic),
                             owner=self)

    def _show(self, banks: list[BankTopics], bank: str | None, topic: str | None) -> None:
        dialog = AddDialog(banks, bank=bank, topic=topic, parent=self.parent_widget.window())
        dialog.add_requested.connect(self._on_dialog_add_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_add_requested(self, bank: str, topic: str, new: bool,
                                 draft: ItemDraft) -> None:
        dialog = self.dialog

        def done(ref: ItemRef) -> None:
            if dialog is not None and self.dialog is dialog:  # still open
                dialog.added(draft.prompt)
            self.added.emit(ref)

        def failed(exc: Exception) -> None:
            if dialog is not None and self.dialog is dialog:
                dialog.failed(error_text(exc))

        self.ctx.backend.run(lambda col: col.material.add(bank, topic, draft, new_topic=new)[0],
                             done, failed, owner=self, changes=Change.MATERIAL)

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
