"""The edit and add dialogs: nothing is saved until the item is valid."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.banks.model import Item, ItemKind
from quizapp.core.material.drafts import ADDABLE_KINDS, ItemDraft
from quizapp.core.material.overlay import EditState
from quizapp.gui.items.form import ItemForm, focus_first
from quizapp.gui.items.words import kind_text
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.layouts import card_frame
from quizapp.gui.widgets.segments import Segments
from quizapp.gui.widgets.text import plain_label, set_plain


@dataclass(frozen=True)
class BankTopics:
    """A bank the learner can add to: its id, title and topics (id, title)."""

    bank: str
    title: str
    topics: tuple[tuple[str, str], ...]


def summary(item: Item) -> str:
    """An item in one line or two: its question and its answer."""
    answer = item.back if item.kind is ItemKind.FLASHCARD else item.answer_text
    return f"{item.prompt}\n→ {answer}" if answer else item.prompt


def _save_shortcut(dialog: QDialog, slot: object) -> None:
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(slot)


class EditDialog(QDialog):
    """Edit one item's wording.

    Signals:
        saved(object): A valid ``ItemDraft`` to save (the dialog has closed).
        revert_requested(): Put back the wording before the learner's edit.
        keep_requested(): The source changed; the learner keeps the edit as it is.
    """

    saved = Signal(object)
    revert_requested = Signal()
    keep_requested = Signal()

    def __init__(self, item: Item, state: EditState, topic_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Edit item"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("%1 · Topic: %2").replace(
            "%1", kind_text(item.kind)).replace("%2", topic_title), "muted"))
        generated = state.generated
        if state.source_changed and generated is not None:
            frame, box = card_frame(6)
            set_role(frame, "state", "warning")
            box.addWidget(plain_label(self.tr(
                "Source changed — check your edit. The document's line for this item "
                "changed since you edited it; the bank now says:"), "warning"))
            box.addWidget(plain_label(summary(generated), "explanation", selectable=True))
            row = QHBoxLayout()
            self.keep_button = QPushButton(self.tr("&Keep my edit"))
            self.keep_button.clicked.connect(self._on_keep_clicked)
            self.use_new_button = QPushButton(self.tr("&Use the new text"))
            self.use_new_button.clicked.connect(self._on_revert_clicked)
            row.addWidget(self.keep_button)
            row.addWidget(self.use_new_button)
            row.addStretch(1)
            box.addLayout(row)
            layout.addWidget(frame)
        elif state.edited and generated is not None:
            row = QHBoxLayout()
            original = plain_label(self.tr("The bank's own wording: %1").replace(
                "%1", summary(generated)), "hint", selectable=True)
            row.addWidget(original, 1)
            self.undo_button = QPushButton(self.tr("&Undo my edit"))
            self.undo_button.setToolTip(self.tr("Put back the wording before your last edit"))
            self.undo_button.clicked.connect(self._on_revert_clicked)
            row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        self.form = ItemForm(item.kind)
        self.form.set_draft(ItemDraft.of(item))
        layout.addWidget(self.form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        _save_shortcut(self, self.save)
        self.resize(620, 560)
        focus_first(self.form)

    def save(self) -> None:
        """Save if the item is valid; otherwise say what is wrong and stay open."""
        draft = self.form.draft()
        problems = draft.problems()
        self.form.show_problems(problems)
        if problems:
            return
        self.saved.emit(draft)
        self.accept()

    def _on_revert_clicked(self) -> None:
        self.revert_requested.emit()
        self.reject()

    def _on_keep_clicked(self) -> None:
        self.keep_requested.emit()
        self.reject()


class AddDialog(QDialog):
    """Add items of the learner's own, one after another (it stays open after each).

    Signals:
        add_requested(str, str, bool, object): Bank, topic (its id, or a new topic's
            title), whether the topic is new, and a valid ``ItemDraft``.
    """

    add_requested = Signal(str, str, bool, object)

    def __init__(self, banks: Sequence[BankTopics], *, bank: str | None = None,
                 topic: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an item"))
        self.banks = list(banks)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.bank_box = QComboBox()
        for b in self.banks:
            self.bank_box.addItem(b.title, b.bank)
        self.bank_box.setAccessibleName(self.tr("Bank"))
        form.addRow(self.tr("&Bank:"), self.bank_box)
        self.bank_box.setVisible(len(self.banks) > 1)
        form.labelForField(self.bank_box).setVisible(len(self.banks) > 1)
        self.topic_box = QComboBox()
        self.topic_box.setAccessibleName(self.tr("Topic"))
        form.addRow(self.tr("&Topic:"), self.topic_box)
        self.new_topic = QLineEdit()
        self.new_topic.setPlaceholderText(self.tr("The new topic's title"))
        self.new_topic.setAccessibleName(self.tr("New topic"))
        form.addRow(self.tr("&New topic:"), self.new_topic)
        self._new_topic_label = form.labelForField(self.new_topic)
        self.kinds = Segments([(k, kind_text(k), kind_text(k)) for k in ADDABLE_KINDS],
                              ItemKind.FLASHCARD)
        form.addRow(self.tr("Kind:"), self.kinds)
        layout.addLayout(form)
        self.form = ItemForm(ItemKind.FLASHCARD)
        layout.addWidget(self.form, 1)
        self.status = plain_label("", "muted")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("Add it and start the next one (Ctrl+Enter)"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        _save_shortcut(self, self.add)
        self.bank_box.currentIndexChanged.connect(self._on_bank_box_changed)
        self.topic_box.currentIndexChanged.connect(self._on_topic_box_changed)
        self.kinds.changed.connect(self._on_kinds_changed)
        if bank is not None and (at := self.bank_box.findData(bank)) >= 0:
            self.bank_box.setCurrentIndex(at)
        self._fill_topics()
        if topic is not None and (at := self.topic_box.findData(topic)) >= 0:
            self.topic_box.setCurrentIndex(at)
        self._on_topic_box_changed()
        self.resize(620, 600)
        focus_first(self.form)

    @property
    def bank(self) -> str:
        return str(self.bank_box.currentData() or "")

    def add(self) -> None:
        """Ask to add the item if it is valid (``added`` follows); otherwise say why not."""
        draft = self.form.draft()
        problems = draft.problems()
        self.form.show_problems(problems)
        new = self.topic_box.currentData() is None
        topic = self.new_topic.text() if new else str(self.topic_box.currentData())
        if new and not topic.strip():
            set_plain(self.status, self.tr("Give the new topic a title."))
            set_role(self.status, "role", "error")
            self.new_topic.setFocus()
            return
        if problems or not self.bank:
            return
        self.add_button.setEnabled(False)
        self.add_requested.emit(self.bank, topic, new, draft)

    def added(self, prompt: str) -> None:
        """The item was added: say so and start the next one in the same topic and kind."""
        self.add_button.setEnabled(True)
        set_plain(self.status, self.tr("Added: %1").replace("%1", " ".join(prompt.split())))
        set_role(self.status, "role", "muted")
        self.form.set_draft(ItemDraft(self.form.kind, ""))
        focus_first(self.form)

    def failed(self, text: str) -> None:
        """Adding failed: say why; what was typed stays."""
        self.add_button.setEnabled(True)
        set_plain(self.status, text)
        set_role(self.status, "role", "error")

    def _fill_topics(self) -> None:
        self.topic_box.clear()
        chosen = next((b for b in self.banks if b.bank == self.bank), None)
        for key, title in (chosen.topics if chosen else ()):
            self.topic_box.addItem(title, key)
        self.topic_box.addItem(self.tr("New topic…"), None)

    def _on_bank_box_changed(self) -> None:
        self._fill_topics()

    def _on_topic_box_changed(self) -> None:
        new = self.topic_box.currentData() is None
        self.new_topic.setVisible(new)
        self._new_topic_label.setVisible(new)

    def _on_kinds_changed(self) -> None:
        self.form.set_kind(self.kinds.value)
