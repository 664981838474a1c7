"""Document screen: the study document with a source line highlighted, missing files,
hostile text shown literally, find next/previous, Esc goes back."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.document.view import DocumentView
from quizapp.gui.views.document.source import SourceStatus
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext
from tests.helpers import COMMITTED_BANK, STUDY_DOC

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"
BANK_ID = "socialie-mediji-pret-ietekmetaju-marketingu"
KONTROLE_LINE = 32  # "Kontrole…" row of the comparison table (the committed bank says so)


def _shown(view: DocumentView) -> str:
    """The editor's text as stored (``toPlainText`` turns no-break spaces into spaces)."""
    return view.editor.document().toRawText().replace("\u2029", "\n")


def _view(qtbot: QtBot, ctx: AppContext) -> DocumentView:
    view = DocumentView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    view.activateWindow()  # shortcuts need the focus inside an active window
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _load(qtbot: QtBot, view: DocumentView, bank: str, line: int, *, raw: bool = False) -> None:
    """Show ``bank``'s document at ``line``, rendered or (``raw``) as its raw text."""
    view.raw_button.setChecked(raw)
    view.show_source(bank, line)
    qtbot.waitUntil(lambda: view.source is not None, timeout=10000)


def _bank_with_document(path: Path, *, bank_id: str = "demo", title: str = "Demo") -> Bank:
    bank = make_bank(bank_id=bank_id)
    return replace(bank, meta=replace(bank.meta, title=title, source_document=str(path)))


def test_study_document_opens_at_a_table_row(qtbot: QtBot, make_ctx: MakeContext) -> None:
    assert f"line: {KONTROLE_LINE}, path: [Salīdzināšanas tabula, Kontrole]" in \
        COMMITTED_BANK.read_text(encoding="utf-8")
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, KONTROLE_LINE, raw=True)

    assert view.source is not None and view.source.status is SourceStatus.OK
    assert _shown(view) == STUDY_DOC.read_text(encoding="utf-8")
    assert view.editor.isReadOnly()
    assert view.title.text().startswith("Sociālie mediji pret ietekmētāju mārketingu")
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    # The table row is the marked block, and it is on screen.
    assert view.highlighted_block == KONTROLE_LINE - 1
    (mark,) = view.editor.extraSelections()
    assert mark.cursor.blockNumber() == KONTROLE_LINE - 1
    assert mark.cursor.selectedText().startswith("Kontrole")
    assert view.editor.textCursor().blockNumber() == KONTROLE_LINE - 1
    rect = view.editor.cursorRect(view.editor.textCursor())
    assert view.editor.viewport().rect().contains(rect.center())
    assert view.breadcrumb.text() == "Line 32  ·  Salīdzināšanas tabula › Kontrole"
    # The file's name, never where it lives.
    assert view.path_label.text() == "File: socialie-mediji-pret-ietekmetaju-marketingu.txt"


def test_a_line_far_down_is_scrolled_into_view(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    last = STUDY_DOC.read_text(encoding="utf-8").count("\n") - 5
    _load(qtbot, view, BANK_ID, last, raw=True)
    assert view.highlighted_block == last - 1
    assert view.editor.verticalScrollBar().value() > 0
    rect = view.editor.cursorRect(view.editor.textCursor())
    assert view.editor.viewport().rect().contains(rect.center())


def test_no_line_means_no_highlight(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, 0)
    assert view.highlighted_block == -1
    assert view.editor.extraSelections() == []
    assert view.breadcrumb.text() == ""
    assert view.editor.verticalScrollBar().value() == 0


def test_missing_file_says_so(qtbot: QtBot, make_ctx: MakeContext, tmp_path: Path) -> None:
    gone = tmp_path / "moved-away.txt"
    view = _view(qtbot, make_ctx(_bank_with_document(gone)))
    _load(qtbot, view, "demo", 3)
    assert view.source is not None and view.source.status is SourceStatus.MISSING
    assert view.notice.isVisible()
    shown = view.notice.text().replace("\u200b", "")  # break chances in long paths
    assert "“" + str(gone) + "” was not found" in shown
    assert not view.editor.isVisible()
    assert not view.findbar.isVisible()


def test_relative_name_is_found_in_the_data_folder(qtbot: QtBot, make_ctx: MakeContext,
                                                    tmp_path: Path) -> None:
    ctx = make_ctx(_bank_with_document(Path("imported.txt")))
    (ctx.data_dir / "imported.txt").write_text("Title\n\nTopic 0\n\nBody.\n", encoding="utf-8")
    view = _view(qtbot, ctx)
    _load(qtbot, view, "demo", 3)
    assert view.source is not None and view.source.status is SourceStatus.OK
    assert view.highlighted_block == 2
    assert view.breadcrumb.text() == "Line 3  ·  Topic 2"


def test_hostile_document_is_shown_literally(qtbot: QtBot, make_ctx: MakeContext,
                                             tmp_path: Path) -> None:
    long_word = "ā" * 3000
    text = (f"{HOSTILE}\n\n<script>alert('x')</script>\n\n{long_word}\n\n"
            "שלום עולם مرحبا 😀👍🏽\n")
    doc = tmp_path / "hostile.html"
    doc.write_text(text, encoding="utf-8")
    bank = Bank(BankMeta("hostile", HOSTILE, "en", source_document=str(doc)),
                (Topic("t", HOSTILE, SourceRef(1, (HOSTILE,))),),
                (Item("c", ItemKind.FLASHCARD, "t", HOSTILE, back=HOSTILE,
                      source=SourceRef(1, (HOSTILE,))),))
    view = _view(qtbot, make_ctx(bank))
    _load(qtbot, view, "hostile", 1, raw=True)
    assert _shown(view) == text
    assert view.title.text() == HOSTILE
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    assert view.breadcrumb.text().endswith(HOSTILE)
    assert view.hint.isVisible()  # "the web page's file as it is"
    # The 3000-letter word wraps instead of scrolling sideways.
    assert not view.editor.horizontalScrollBar().isVisible()
    block = view.editor.document().findBlockByNumber(4)
    assert block.layout().lineCount() > 1


def test_find_moves_to_the_next_and_previous_hit(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, 0, raw=True)
    word = "ietekmētāju"
    hits = [m.start() for m in re.finditer(word, _shown(view), re.IGNORECASE)]
    assert len(hits) > 3

    qtbot.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.findbar.field.hasFocus()
    view.findbar.field.setText(word)
    view.findbar.find_next()
    assert view.editor.textCursor().selectionStart() == hits[0]
    qtbot.keyClick(view.findbar.field, Qt.Key.Key_Return)
    assert view.editor.textCursor().selectionStart() == hits[1]
    qtbot.keyClick(view.editor, Qt.Key.Key_F3)
    assert view.editor.textCursor().selectionStart() == hits[2]
    assert view.editor.textCursor().selectedText().lower() == word
    assert view.findbar.status.text() == f"3 of {len(hits)}"
    qtbot.keyClick(view.editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.editor.textCursor().selectionStart() == hits[1]
    # Wraps around at the start.
    view.findbar.find_previous()
    view.findbar.find_previous()
    assert view.editor.textCursor().selectionStart() == hits[-1]


def test_find_without_hits_says_so(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, 0)
    view.findbar.field.setText("zzzqqq")
    assert not view.findbar.find_next()
    assert view.findbar.status.text() == "No matches"
    assert view.findbar.status.property("state") == "wrong"


def test_escape_and_back_button_go_back(qtbot: QtBot, window: MainWindow) -> None:
    window.show_document(BANK_ID, KONTROLE_LINE)
    view = window.document
    qtbot.waitUntil(lambda: view.source is not None, timeout=10000)
    assert window.stack.currentWidget() is view
    assert view.highlighted_block == KONTROLE_LINE - 1
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.reader, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    window.show_document(BANK_ID, 0)
    with qtbot.waitSignal(view.back_requested):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)


def test_a_newer_request_wins(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    view.show_source(BANK_ID, 10)
    view.show_source(BANK_ID, KONTROLE_LINE)
    qtbot.waitUntil(lambda: view.source is not None and view.source.line == KONTROLE_LINE,
                    timeout=10000)
    done: list[object] = []
    view.ctx.backend.run(lambda col: None, done.append)  # the worker is serial: both answered
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert view.highlighted_block == KONTROLE_LINE - 1
    cursor = view.editor.textCursor()
    assert cursor.blockNumber() == KONTROLE_LINE - 1
    assert QTextCursor(cursor).atBlockStart()


def test_typing_in_find_searches_as_you_type(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, KONTROLE_LINE, raw=True)
    qtbot.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.findbar.field, "Kontrol")
    cursor = view.editor.textCursor()
    assert cursor.selectedText() == "Kontrol"
    assert cursor.blockNumber() == KONTROLE_LINE - 1  # from the highlighted line on
    qtbot.keyClicks(view.findbar.field, "e")
    assert view.editor.textCursor().selectedText() == "Kontrole"
    assert view.editor.textCursor().blockNumber() == KONTROLE_LINE - 1
    assert view.findbar.next_button.isEnabled()


def test_an_undecodable_file_is_reported(qtbot: QtBot, make_ctx: MakeContext,
                                         tmp_path: Path) -> None:
    doc = tmp_path / "binary.txt"
    doc.write_bytes(b"\x00\x01\x02" * 100)
    view = _view(qtbot, make_ctx(_bank_with_document(doc)))
    view.show_source("demo", 1)
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=10000)
    assert view.title.text() == "The document cannot be shown"
    assert "binary" in view.notice.text()
    assert not view.editor.isVisible() and not view.reader.isVisible()


# ---------------------------------------------------------------------- the rendered document
def _tables(view: DocumentView) -> list[QTextTable]:
    found: list[QTextTable] = []
    block = view.reader.document().begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table not in found:
            found.append(table)
        block = block.next()
    return found


def _cell(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_document_reads_as_a_document_with_its_table_as_a_table(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    """The tester saw the table rows run together: "ticamībaPaļaujas uz zīmola…"."""
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, KONTROLE_LINE)
    assert view.reader.isVisible() and not view.editor.isVisible()
    text = view.reader.toPlainText()
    assert "ticamībaPaļaujas" not in text
    (table,) = _tables(view)
    assert (table.rows(), table.columns()) == (8, 3)  # the header and seven rows
    assert [_cell(table, 0, c) for c in range(3)] == [
        "iezīme", "Social Media Marketing", "influencer Marketing"]
    assert [_cell(table, 5, c) for c in range(3)] == [
        "ticamība", "Paļaujas uz zīmola reputāciju",
        "Izmanto ietekmētāja iedibināto uzticību un autentiskumu"]
    # The card's row is marked, and it is on screen.
    assert view.marked >= 0
    row = _cell(table, 2, 0)
    assert row == "Kontrole"
    mark = table.cellAt(2, 1).format().background().color().name()
    assert mark == "#fff0b3"
    cursor = view.reader.textCursor()
    assert QTextCursor(cursor).currentTable() is not None
    rect = view.reader.cursorRect(cursor)
    assert view.reader.viewport().rect().contains(rect.center())


def test_headings_and_lists_are_laid_out_as_such(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, 0)
    doc = view.reader.document()
    headings: dict[int, list[str]] = {}
    lists = 0
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            headings.setdefault(level, []).append(block.text())
        if block.textList() is not None:
            lists += 1
        block = block.next()
    assert headings[1] == ["Sociālie mediji pret ietekmētāju mārketingu: atšķirība un "
                           "salīdzinājums"]
    assert "Salīdzināšanas tabula" in headings[2]
    assert "1. Palielināta zīmola ekspozīcija" in headings[3]
    assert lists >= 3  # the key points ("Atslēgas") are a numbered list
    first = next(b for b in _blocks(doc) if b.text().startswith("Sociālo mediju mārketings "
                                                                "izmanto"))
    text_list = first.textList()
    assert text_list is not None and text_list.itemNumber(first) == 0


def _blocks(doc: QTextDocument) -> list[QTextBlock]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def test_find_works_in_the_rendered_document_and_esc_closes_it_first(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, KONTROLE_LINE)
    view.reader.setFocus()
    qtbot.keyClick(view.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.findbar.field.hasFocus()
    qtbot.keyClicks(view.findbar.field, "ticam")
    cursor = view.reader.textCursor()
    assert cursor.selectedText() == "ticam"
    assert cursor.currentTable() is not None  # found in the table, after the marked row
    hits = view.reader.toPlainText().lower().count("ticam")
    assert re.fullmatch(rf"\d+ of {hits}", view.findbar.status.text())
    # The first Esc closes the search, the second leaves the screen.
    with qtbot.assertNotEmitted(view.back_requested):
        qtbot.keyClick(view.findbar.field, Qt.Key.Key_Escape)
    assert view.findbar.field.text() == "" and view.findbar.status.text() == ""
    assert view.reader.hasFocus()
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.reader, Qt.Key.Key_Escape)


def test_the_raw_text_is_one_toggle_away(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _load(qtbot, view, BANK_ID, KONTROLE_LINE)
    assert not view.raw
    view.raw_button.click()
    assert view.editor.isVisible() and not view.reader.isVisible()
    assert _shown(view) == STUDY_DOC.read_text(encoding="utf-8")
    assert view.highlighted_block == KONTROLE_LINE - 1
    assert view.findbar.editor is view.editor
    view.raw_button.click()
    assert view.reader.isVisible() and view.findbar.editor is view.reader


def test_hostile_text_is_rendered_as_text(qtbot: QtBot, make_ctx: MakeContext,
                                          tmp_path: Path) -> None:
    text = (f"Title\n\n{HOSTILE}\n\n<a href='file:///etc/passwd'>link</a>\n\n"
            "<img src='/etc/passwd'>\n")
    doc = tmp_path / "hostile.txt"
    doc.write_text(text, encoding="utf-8")
    view = _view(qtbot, make_ctx(_bank_with_document(doc)))
    _load(qtbot, view, "demo", 3)
    shown = view.reader.toPlainText()
    assert HOSTILE in shown and "<img src='/etc/passwd'>" in shown
    assert "<a href='file:///etc/passwd'>link</a>" in shown
    html = view.reader.document().toHtml()
    assert "<img" not in html and "<a href" not in html and "<b>" not in html
    assert "&lt;img src='/etc/passwd'&gt;" in html  # shown, as text
