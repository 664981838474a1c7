"""Importing a document from the GUI: preview, save, cancel, broken files, drag and drop."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.datafolder.paths import documents_dir, user_banks_dir
from quizapp.gui.importing import ImportController
from quizapp.gui.mainwindow import MainWindow
from tests.helpers import BROKEN, DOCS


def _files(window: MainWindow) -> list[Path]:
    data = window.ctx.data_dir
    return sorted(p for d in (user_banks_dir(data), documents_dir(data)) if d.exists()
                  for p in d.iterdir())


def _preview(qtbot: QtBot, importer: ImportController):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: importer.preview_dialog is not None, timeout=20000)
    return importer.preview_dialog


def _bank_ids(qtbot: QtBot, window: MainWindow) -> list[str]:
    out: list[list[str]] = []
    window.ctx.backend.run(lambda col: col.bank_ids, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def test_import_shows_a_preview_and_saves_a_new_bank(qtbot: QtBot, window: MainWindow) -> None:
    importer = window.importer
    importer.choose_file = lambda _parent: DOCS / "coffee-vs-tea.html"
    next(a for a in window.menus.file.actions() if "Import" in a.text()).trigger()
    dialog = _preview(qtbot, importer)
    assert dialog.preview.bank.meta.title == "Coffee vs Tea: Difference and Comparison"
    assert dialog.rows["table"] == (5, 17) and dialog.rows["differences"] == (3, 5)
    assert "flashcards" in dialog.summary.text()
    # A few sample cards show what the bank is like, not just how big it is.
    from PySide6.QtWidgets import QLabel

    shown = [w.text().replace("\u200b", "") for w in dialog.findChildren(QLabel)]
    assert len(dialog.samples) == 3 and len({c.topic for c in dialog.samples}) == 3
    for card in dialog.samples:
        assert any(card.prompt[:60] in text for text in shown)
        assert any(text.startswith("→ ") and card.back.split()[0] in text for text in shown)
    assert _files(window) == []  # nothing written before Save
    with qtbot.waitSignal(importer.imported, timeout=10000) as sig:
        dialog.accept()
    assert sig.args == ["coffee-vs-tea"]
    assert "coffee-vs-tea" in _bank_ids(qtbot, window)
    names = [p.name for p in _files(window)]
    assert "coffee-vs-tea.yaml" in names
    assert any(n.startswith("coffee-vs-tea-") and n.endswith(".html") for n in names)
    qtbot.waitUntil(lambda: window.home.overview is not None
                    and len(window.home.overview.banks) == 2, timeout=10000)
    assert window.stack.currentWidget() is window.home


def test_declining_the_preview_saves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    importer = window.importer
    importer.import_file(DOCS / "email-vs-content-marketing.txt")
    dialog = _preview(qtbot, importer)
    assert dialog.warnings == []
    dialog.reject()
    qtbot.waitUntil(lambda: importer.preview_dialog is None, timeout=5000)
    assert _files(window) == []
    assert _bank_ids(qtbot, window) == ["socialie-mediji-pret-ietekmetaju-marketingu"]


def test_cancelling_while_reading_leaves_nothing_behind(qtbot: QtBot, window: MainWindow) -> None:
    importer = window.importer
    started, release = threading.Event(), threading.Event()
    real = importer.previewer

    def slow(path, encoding, cancel):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        return real(path, encoding, cancel)

    importer.previewer = slow
    importer.import_file(DOCS / "coffee-vs-tea.html")
    assert started.wait(10)
    assert importer.busy
    importer.cancel()  # what the progress dialog's Cancel button does
    with qtbot.waitSignal(importer.message, timeout=10000) as sig:
        release.set()
    assert "cancelled" in sig.args[0]
    assert importer.preview_dialog is None and not importer.busy
    assert _files(window) == []


def test_a_broken_document_gets_a_clear_message_and_nothing_is_imported(
        qtbot: QtBot, window: MainWindow) -> None:
    importer = window.importer
    for name, words in (("empty.txt", "empty"), ("image.png", "binary")):
        importer.import_file(BROKEN / name)
        qtbot.waitUntil(lambda: importer.last_error is not None, timeout=10000)
        assert importer.last_error is not None
        assert words in importer.last_error.text()
        assert name in importer.last_error.windowTitle() or name in importer.last_error.text()
        importer.last_error.close()
        importer.last_error = None
    assert _files(window) == []


def test_legacy_latvian_text_is_offered_windows_1257(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    importer = window.importer
    source = tmp_path / "vecs-raksts.txt"
    source.write_bytes((BROKEN / "legacy-cp1257.txt").read_bytes())
    asked: list[Path] = []
    importer.ask_legacy_encoding = lambda _parent, path: asked.append(path) or True
    importer.import_file(source)
    dialog = _preview(qtbot, importer)
    assert asked == [source]
    assert dialog.rows["differences"] == (10, 10)


def test_a_cut_off_document_lists_its_warnings(qtbot: QtBot, window: MainWindow) -> None:
    importer = window.importer
    importer.import_file(BROKEN / "truncated-mid-table.txt")
    dialog = _preview(qtbot, importer)
    text = "\n".join(dialog.warnings)
    assert "ends inside the comparison table" in text
    assert "Line 35" in text


def test_dropping_a_document_on_the_window_imports_it(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DOCS / "coffee-vs-tea.html"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert _preview(qtbot, window.importer).preview.bank_id == "coffee-vs-tea"


def test_other_files_are_not_accepted_for_dropping(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(BROKEN / "image.png"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
