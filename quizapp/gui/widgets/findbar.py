"""A find-in-text bar for a read-only text view: incremental, next/previous, wraps; Esc in it
closes the search before anything else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label

# Counting stops here so a one-letter search in a huge document stays instant.
MAX_COUNTED = 999


class _FindField(QLineEdit):
    """Enter finds the next hit, Shift+Enter the previous one, Esc closes the search.

    Signals:
        step(bool): Find again; ``True`` searches backwards.
        escaped(): Esc: leave the search (the screen's own Esc waits for the next one).
    """

    step = Signal(bool)
    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        # Claim Esc before the screen's Esc shortcut sees it: the first Esc closes Find.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Search ``editor``'s text; the hit becomes the editor's selection.

    Signals:
        found(bool): A search ran; ``False`` when the text does not occur.
        closed(): Esc left the search.
    """

    found = Signal(bool)
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit | QTextEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: QPlainTextEdit | QTextEdit = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = _FindField()
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.field.step.connect(self._on_field_step)
        self.field.escaped.connect(self.close_search)
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.find_next)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(True)
            button.setEnabled(False)
        self.status = plain_label("", "muted", wrap=False)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in the document (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Find in the document"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (F3 or Enter)"))
        self.status.setAccessibleName(self.tr("Find result"))
        if self.field.text() and self.status.text():
            self._find(backward=False, again=True)

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

    def set_editor(self, editor: QPlainTextEdit | QTextEdit) -> None:
        """Search ``editor`` from now on (the document screen's rendered or raw text)."""
        self.editor = editor
        self.reset()

    def close_search(self) -> None:
        """Esc in the field: clear it and give the keys back to the document."""
        self.field.clear()
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.reset()
        cursor = self.editor.textCursor()
        cursor.clearSelection()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # ------------------------------------------------------------------ internals
    def _on_field_text_edited(self, _text: str) -> None:
        # Typing refines the search in place: the current hit stays if it still matches.
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        self._find(backward=False)

    def _on_field_step(self, backward: bool) -> None:
        self._find(backward=backward)

    def _find(self, *, backward: bool, again: bool = False) -> bool:
        query = self.field.text()
        has_query = bool(query)
        self.previous_button.setEnabled(has_query)
        self.next_button.setEnabled(has_query)
        if not has_query:
            self.reset()
            return False
        doc = self.editor.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        start = self.editor.textCursor()
        if again:  # the same hit once more (new words around it)
            start.setPosition(start.selectionStart())
        hit = doc.find(query, start, flags)
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
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.centerCursor()
        else:
            self.editor.ensureCursorVisible()
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
