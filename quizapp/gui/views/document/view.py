"""Document: a bank's source document as plain text, with an item's source line highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.parse.decode import SourceFormat
from quizapp.gui.context import AppContext
from quizapp.gui.views.document.source import SourceStatus, SourceText, load_source
from quizapp.gui.widgets.findbar import FindBar
from quizapp.gui.widgets.text import plain_label, plain_tooltip, set_plain

if TYPE_CHECKING:
    from quizapp.core.collection import Collection

# Background of the highlighted source line: a marker yellow that keeps text readable.
_MARK = {"light": "#fff0b3", "dark": "#5c4b12"}


class DocumentView(QWidget):
    """The source document, read-only, searchable, with the asked-for line marked.

    Signals:
        back_requested(): Leave the screen (Esc or the Back button).
    """

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.source: SourceText | None = None
        self.highlighted_block = -1  # block (0-based line) marked, -1 when none
        self._request = 0
        self._center_pending = False
        self._shown_text: str | None = None
        self._build()
        self._build_shortcuts()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 14, 24, 14)
        page.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to where you were (Esc)"))
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.title = plain_label(self.tr("Document"), "heading")
        self.title.setAccessibleName(self.tr("Document title"))
        top.addWidget(self.title, 1)
        page.addLayout(top)

        self.breadcrumb = plain_label("", "muted")
        self.breadcrumb.setAccessibleName(self.tr("Highlighted section"))
        page.addWidget(self.breadcrumb)
        self.notice = plain_label("", "warning", selectable=True)
        self.notice.hide()
        page.addWidget(self.notice)
        self.hint = plain_label("", "hint")
        self.hint.hide()
        page.addWidget(self.hint)

        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Anywhere as a fallback: a 500-letter "word" in an untrusted document still wraps.
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDocumentMargin(14)
        self.editor.setAccessibleName(self.tr("Document text"))
        self.findbar = FindBar(self.editor)
        page.addWidget(self.findbar)
        page.addWidget(self.editor, 1)

        # No wrapping: a copied path must not carry the invisible break characters.
        self.path_label = plain_label("", "source", wrap=False, selectable=True)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.path_label.setAccessibleName(self.tr("Document file"))
        page.addWidget(self.path_label)
        # Takes the room only while the editor is hidden (a missing file's message stays up).
        page.addStretch(0)

        self.setFocusProxy(self.editor)
        QWidget.setTabOrder(self.back_button, self.findbar.field)
        QWidget.setTabOrder(self.findbar.field, self.findbar.previous_button)
        QWidget.setTabOrder(self.findbar.previous_button, self.findbar.next_button)
        QWidget.setTabOrder(self.findbar.next_button, self.editor)

    def _build_shortcuts(self) -> None:
        def shortcut(keys: QKeySequence | str | QKeySequence.StandardKey, slot: object) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Find, self.findbar.focus_field)
        shortcut("F3", self.findbar.find_next)
        shortcut("Shift+F3", self.findbar.find_previous)
        shortcut("Esc", self.back_requested)

    # ------------------------------------------------------------------ public API
    def show_source(self, bank: str, line: int) -> None:
        """Show ``bank``'s source document with ``line`` highlighted (0: none)."""
        self._request += 1
        request = self._request
        if self.source is None or self.source.bank_id != bank:
            self._clear(self.tr("Loading the document…"))

        def job(col: Collection) -> SourceText:
            return load_source(col, bank, line)

        self.ctx.backend.run(job, lambda result: self._on_loaded(request, result),
                             lambda exc: self._on_failed(request, exc), owner=self)

    def render_source(self, source: SourceText) -> None:
        """Show a loaded ``source`` (text, title, breadcrumb and highlight)."""
        self.source = source
        set_plain(self.title, source.title or self.tr("Document"))
        if source.status is not SourceStatus.OK:
            self._show_problem(source)
            return
        self.editor.show()
        self.findbar.show()
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self.editor.setFocus()  # the keys scroll the document straight away
        self.notice.setVisible(source.changed)
        if source.changed:
            set_plain(self.notice, self.tr(
                "The document has changed since its cards were made, so the highlighted "
                "line may be a little off."))
        self.hint.setVisible(source.format is SourceFormat.HTML)
        if source.format is SourceFormat.HTML:
            set_plain(self.hint, self.tr(
                "This is the web page's file as it is, tags included, so that line numbers "
                "match the cards."))
        set_plain(self.path_label, str(source.path or ""))
        self.path_label.setToolTip(plain_tooltip(str(source.path or "")))
        if self._shown_text != source.text:
            self.editor.setPlainText(source.text)
            self._shown_text = source.text
            self.findbar.reset()
        self._highlight(source.line)
        set_plain(self.breadcrumb, self._breadcrumb_text(source))

    # ------------------------------------------------------------------ internals
    def _on_loaded(self, request: int, source: SourceText) -> None:
        if request == self._request:
            self.render_source(source)

    def _on_failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._clear(self.tr("The document cannot be shown"))
        self.editor.hide()
        self.findbar.hide()
        self.notice.show()
        set_plain(self.notice, str(exc))

    def _clear(self, title: str) -> None:
        self.source = None
        self.highlighted_block = -1
        self.editor.setExtraSelections([])
        self.editor.clear()
        self._shown_text = None
        self.findbar.reset()
        set_plain(self.title, title)
        for label in (self.breadcrumb, self.path_label, self.notice, self.hint):
            set_plain(label, "")
        self.notice.hide()
        self.hint.hide()

    def _show_problem(self, source: SourceText) -> None:
        self._clear(source.title or self.tr("Document"))
        self.source = source
        self.editor.hide()
        self.findbar.hide()
        self.notice.show()
        if source.status is SourceStatus.NO_BANK:
            message = self.tr("This question bank is no longer loaded, so its document "
                              "cannot be shown.")
        elif source.status is SourceStatus.NOT_RECORDED:
            message = self.tr("This question bank does not say which document it was made "
                              "from, so there is nothing to show.")
        else:
            places = "\n".join("  " + str(p) for p in source.looked_at)
            message = self.tr(
                "The document “%1” was not found, so it cannot be shown.\nLooked for it "
                "here:\n%2\nPut the file back in one of these places, or import it again."
            ).replace("%1", source.name).replace("%2", places)
        set_plain(self.notice, message)

    def _breadcrumb_text(self, source: SourceText) -> str:
        if self.highlighted_block < 0:
            if source.line > 0:
                return self.tr("Line %1 is past the end of the document.").replace(
                    "%1", str(source.line))
            return ""
        where = self.tr("Line %1").replace("%1", str(source.line))
        if source.breadcrumb:
            return where + "  ·  " + " › ".join(source.breadcrumb)
        return where

    def _highlight(self, line: int) -> None:
        """Mark document line ``line`` (1-based) and scroll it to the middle; 0 clears."""
        block = self.editor.document().findBlockByNumber(line - 1) if line > 0 else None
        if block is None or not block.isValid():
            self.highlighted_block = -1
            self.editor.setExtraSelections([])
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            return
        self.highlighted_block = block.blockNumber()
        self._apply_mark()
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self._center_pending = True
        self._center()

    def _apply_mark(self) -> None:
        if self.highlighted_block < 0:
            return
        block = self.editor.document().findBlockByNumber(self.highlighted_block)
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor(_MARK[self._palette_kind()]))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        self.editor.setExtraSelections([mark])

    def _palette_kind(self) -> str:
        window = self.palette().color(QPalette.ColorRole.Window)
        return "dark" if window.lightness() < 128 else "light"

    def _center(self) -> None:
        # Centring needs a laid-out viewport; when hidden it waits for showEvent.
        if self._center_pending and self.editor.isVisible():
            self.editor.centerCursor()
            self._center_pending = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._center()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_mark()  # the marker colour follows the theme
