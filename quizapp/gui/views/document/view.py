"""Document: a bank's source document, rendered for reading (headings, lists, the comparison
table as a table) or as its raw text, with an item's source marked and Find."""

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
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.parse.decode import SourceFormat
from quizapp.gui.context import AppContext
from quizapp.gui.views.document.reader import Reader
from quizapp.gui.views.document.render import (
    MARK_ANCHOR,
    document_html,
    marked_entry,
    style_sheet,
)
from quizapp.gui.views.document.source import SourceStatus, SourceText, load_source
from quizapp.gui.widgets.findbar import FindBar
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.collection import Collection

# Background of the marked source: a marker yellow that keeps text readable.
_MARK = {"light": "#fff0b3", "dark": "#5c4b12"}


class DocumentView(QWidget):
    """The source document, read-only, searchable, with the asked-for source marked.

    Signals:
        back_requested(): Leave the screen (Esc or the Back button).
    """

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.source: SourceText | None = None
        self.highlighted_block = -1  # raw text: block (0-based line) marked, -1 when none
        self.marked = -1  # rendered: the outline entry marked, -1 when none
        self._request = 0
        self._center_pending = False
        self._shown_text: str | None = None
        self._build()
        self._build_shortcuts()
        follow_language(self, self.retranslate)
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 14, 24, 14)
        page.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.title = plain_label("", "heading")
        top.addWidget(self.title, 1)
        self.raw_button = QPushButton()
        self.raw_button.setCheckable(True)
        self.raw_button.setAutoDefault(True)
        self.raw_button.toggled.connect(self._on_raw_button_toggled)
        top.addWidget(self.raw_button, 0, Qt.AlignmentFlag.AlignTop)
        page.addLayout(top)

        self.breadcrumb = plain_label("", "muted")
        page.addWidget(self.breadcrumb)
        self.notice = plain_label("", "warning", selectable=True)
        self.notice.hide()
        page.addWidget(self.notice)
        self.hint = plain_label("", "hint")
        self.hint.hide()
        page.addWidget(self.hint)

        self.reader = Reader()
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Anywhere as a fallback: a 500-letter "word" in an untrusted document still wraps.
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDocumentMargin(14)
        self.texts = QStackedWidget()
        self.texts.addWidget(self.reader)
        self.texts.addWidget(self.editor)
        self.findbar = FindBar(self.reader)
        page.addWidget(self.findbar)
        page.addWidget(self.texts, 1)

        # The file's name only: where it lives is nobody's business on screen.
        self.path_label = plain_label("", "source", wrap=False, selectable=True)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        page.addWidget(self.path_label)
        # Takes the room only while the text is hidden (a missing file's message stays up).
        page.addStretch(0)

        self.setFocusProxy(self.reader)
        QWidget.setTabOrder(self.back_button, self.raw_button)
        QWidget.setTabOrder(self.raw_button, self.findbar.field)
        QWidget.setTabOrder(self.findbar.field, self.findbar.previous_button)
        QWidget.setTabOrder(self.findbar.previous_button, self.findbar.next_button)
        QWidget.setTabOrder(self.findbar.next_button, self.reader)

    def _build_shortcuts(self) -> None:
        def shortcut(keys: QKeySequence | str | QKeySequence.StandardKey, slot: object) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Find, self.findbar.focus_field)
        shortcut("F3", self.findbar.find_next)
        shortcut("Shift+F3", self.findbar.find_previous)
        shortcut("Esc", self.back_requested)

    def retranslate(self) -> None:
        """Every word of the screen in the current language (also on a switch)."""
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to where you were (Esc)"))
        self.title.setAccessibleName(self.tr("Document title"))
        self.raw_button.setText(self.tr("&Raw text"))
        self.raw_button.setToolTip(self.tr(
            "Show the file exactly as it is, line by line, instead of laid out for reading"))
        self.breadcrumb.setAccessibleName(self.tr("Highlighted section"))
        self.reader.setAccessibleName(self.tr("Document"))
        self.editor.setAccessibleName(self.tr("Document text"))
        self.path_label.setAccessibleName(self.tr("Document file"))
        if self.source is not None:
            if self.source.status is SourceStatus.OK:
                self._say_about(self.source)
            else:
                self._show_problem(self.source)

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

    @property
    def raw(self) -> bool:
        """The raw text shows (not the rendered document)."""
        return self.raw_button.isChecked()

    def render_source(self, source: SourceText) -> None:
        """Show a loaded ``source`` (text, title, breadcrumb and highlight)."""
        self.source = source
        set_plain(self.title, source.title or self.tr("Document"))
        if source.status is not SourceStatus.OK:
            self._show_problem(source)
            return
        self.texts.show()
        self.findbar.show()
        self.raw_button.show()
        focus = QApplication.focusWidget()
        if self._shown_text != source.text:
            self.editor.setPlainText(source.text)
            self._shown_text = source.text
            self.findbar.reset()
        self._highlight(source.line)
        self._render_reader()
        self._say_about(source)
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self._current_text().setFocus()  # the keys scroll the document straight away

    # ------------------------------------------------------------------ internals
    def _say_about(self, source: SourceText) -> None:
        """The words around a shown document: notices, its file's name, the breadcrumb."""
        self.notice.setVisible(source.changed)
        if source.changed:
            set_plain(self.notice, self.tr(
                "The document has changed since its cards were made, so the highlighted "
                "line may be a little off."))
        html_raw = source.format is SourceFormat.HTML and self.raw
        self.hint.setVisible(html_raw)
        if html_raw:
            set_plain(self.hint, self.tr(
                "This is the web page's file as it is, tags included, so that line numbers "
                "match the cards."))
        name = source.path.name if source.path is not None else source.name
        set_plain(self.path_label, self.tr("File: %1").replace("%1", name))
        set_plain(self.breadcrumb, self._breadcrumb_text(source))

    def _current_text(self) -> QPlainTextEdit | QTextEdit:
        return self.editor if self.raw else self.reader

    def _on_loaded(self, request: int, source: SourceText) -> None:
        if request == self._request:
            self.render_source(source)

    def _on_failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._clear(self.tr("The document cannot be shown"))
        self._hide_text()
        self.notice.show()
        set_plain(self.notice, str(exc))

    def _hide_text(self) -> None:
        for widget in (self.texts, self.findbar, self.raw_button):
            widget.hide()

    def _clear(self, title: str) -> None:
        self.source = None
        self.highlighted_block = self.marked = -1
        self.editor.setExtraSelections([])
        self.editor.clear()
        self.reader.clear()
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
        self._hide_text()
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

    def _render_reader(self) -> None:
        """Lay the outline out for reading, the source marked and scrolled to."""
        source = self.source
        if source is None or source.status is not SourceStatus.OK:
            return
        line = source.line if self.highlighted_block >= 0 else 0
        self.marked = marked_entry(source.outline, line)
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        self.reader.document().setDefaultStyleSheet(style_sheet(
            palette.color(QPalette.ColorRole.Text).name(), muted, muted,
            _MARK[self._palette_kind()], palette.color(QPalette.ColorRole.AlternateBase).name()))
        self.reader.setHtml(document_html(source.outline, line))
        cursor = QTextCursor(self.reader.document())
        if self.marked >= 0:
            # Find and reading start at the mark, as in the raw text.
            cursor.setPosition(self.reader.mark_position())
            self._center_pending = True
        self.reader.setTextCursor(cursor)
        self._center()

    def _highlight(self, line: int) -> None:
        """Mark raw line ``line`` (1-based) and scroll it to the middle; 0 clears."""
        block = self.editor.document().findBlockByNumber(line - 1) if line > 0 else None
        if block is None or not block.isValid():
            self.highlighted_block = -1
            self.editor.setExtraSelections([])
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            return
        self.highlighted_block = block.blockNumber()
        self._apply_mark()
        self.editor.setTextCursor(QTextCursor(block))
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
        if not self._center_pending or not self.texts.isVisible():
            return
        self._center_pending = False
        if self.raw:
            if self.highlighted_block >= 0:
                self.editor.centerCursor()
            return
        if self.marked >= 0:
            self.reader.scrollToAnchor(MARK_ANCHOR)
            bar = self.reader.verticalScrollBar()  # the mark a third of the way down
            bar.setValue(max(0, bar.value() - self.reader.viewport().height() // 3))

    def _on_raw_button_toggled(self, raw: bool) -> None:
        self.texts.setCurrentWidget(self.editor if raw else self.reader)
        self.setFocusProxy(self._current_text())
        self.findbar.set_editor(self._current_text())
        QWidget.setTabOrder(self.findbar.next_button, self._current_text())
        if self.source is not None and self.source.status is SourceStatus.OK:
            self._say_about(self.source)
        self._center_pending = True
        self._center()
        if self.isVisible():
            self._current_text().setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._center()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_mark()  # the marker colour follows the theme
            self._render_reader()
