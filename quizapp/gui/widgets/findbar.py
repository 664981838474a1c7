"""A find-in-text bar for a read-only QPlainTextEdit: incremental, next/previous, wraps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label

# Counting stops here so a one-letter search in a huge document stays instant.
MAX_COUNTED = 999


class _FindField(QLineEdit):
    """Enter finds the next hit, Shift+Enter the previous one.

    Signals:
        step(bool): Find again; ``True`` searches backwards.
    """

    step = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Search ``editor``'s text; the hit becomes the editor's selection.

    Signals:
        found(bool): A search ran; ``False`` when the text does not occur.
    """

    found = Signal(bool)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = _FindField()
        self.field.setPlaceholderText(self.tr("Find in the document (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Find in the document"))
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.field.step.connect(self._on_field_step)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (F3 or Enter)"))
        self.next_button.clicked.connect(self.find_next)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(True)
            button.setEnabled(False)
        self.status = plain_label("", "muted", wrap=False)
        self.status.setAccessibleName(self.tr("Find result"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ public API
    def focus_field(self) -> None:
        """Put the caret in the search field with its text selected (Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def find_next(self) -> bool:
        """Select the next hit after the current selection, wrapping at the end."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the hit before the current selection, wrapping at the start."""
        return self._find(backward=True)

    def reset(self) -> None:
        """Forget the last result (the editor got new text)."""
        set_role(self.status, "state", None)
        self.status.setText("")

    # ------------------------------------------------------------------ internals
    def _on_field_text_edited(self, _text: str) -> None:
        # Typing refines the search in place: the current hit stays if it still matches.
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        self._find(backward=False)

    def _on_field_step(self, backward: bool) -> None:
        self._find(backward=backward)

    def _find(self, *, backward: bool) -> bool:
        query = self.field.text()
        has_query = bool(query)
        self.previous_button.setEnabled(has_query)
        self.next_button.setEnabled(has_query)
        if not has_query:
            self.reset()
            return False
        doc = self.editor.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        hit = doc.find(query, self.editor.textCursor(), flags)
        if hit.isNull():  # wrap around
            start = QTextCursor(doc)
            start.movePosition(QTextCursor.MoveOperation.End if backward
                               else QTextCursor.MoveOperation.Start)
            hit = doc.find(query, start, flags)
        if hit.isNull():
            set_role(self.status, "state", "wrong")
            self.status.setText(self.tr("No matches"))
            self.found.emit(False)
            return False
        self.editor.setTextCursor(hit)
        self.editor.centerCursor()
        index, total = self._count(query, hit.selectionStart())
        set_role(self.status, "state", None)
        if total > MAX_COUNTED:
            self.status.setText(self.tr("More than %1 matches").replace("%1", str(MAX_COUNTED))
                                if index == 0 else
                                self.tr("%1 of more than %2").replace("%1", str(index))
                                .replace("%2", str(MAX_COUNTED)))
        else:
            self.status.setText(self.tr("%1 of %2").replace("%1", str(index))
                                .replace("%2", str(total)))
        self.found.emit(True)
        return True

    def _count(self, query: str, position: int) -> tuple[int, int]:
        """(1-based index of the hit at ``position``, number of hits up to the cap + 1)."""
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        index = total = 0
        while total <= MAX_COUNTED:
            cursor = doc.find(query, cursor)
            if cursor.isNull():
                break
            total += 1
            if cursor.selectionStart() == position:
                index = total
        return index, total
