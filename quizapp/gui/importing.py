"""Import a study document: choose or drop a file, parse it off the GUI thread with a
progress dialog that can cancel, preview what was found, then save it as a new bank.

Nothing is written until the learner presses Save in the preview; a cancelled or failed
import leaves nothing behind (the core's ``commit_import`` is all or nothing).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.dialogs import ask_yes_no, notice
from quizapp.gui.importpreview import ImportPreviewDialog
from quizapp.gui.widgets.text import plain_label

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.banks.importer import ImportPreview
    from quizapp.core.storage.records import SyncReport

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
LEGACY_LATVIAN = "cp1257"


def importable(path: Path) -> bool:
    """Whether ``path`` looks like a document this app can import (by its suffix)."""
    return path.suffix.lower() in SUFFIXES


def _preview(path: Path, encoding: str | None, cancel: Callable[[], bool]) -> ImportPreview:
    from quizapp.core.banks.importer import preview_import

    return preview_import(path, encoding=encoding, cancel=cancel)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _PreviewTask(QRunnable):
    """Parses and generates on a pool thread (the collection's worker stays free)."""

    def __init__(self, run: Callable[[], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._run = run

    def run(self) -> None:
        try:
            result = self._run()
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class ImportController(QObject):
    """Runs imports for the main window (menu, drag and drop).

    Signals:
        message(str): A one-line outcome for the status bar.
        imported(str): A bank id was saved.
    """

    message = Signal(str)
    imported = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.previewer: Callable[[Path, str | None, Callable[[], bool]], ImportPreview] = (
            _preview)
        self.choose_file: Callable[[QWidget], Path | None] = self._ask_file
        self.ask_legacy_encoding: Callable[[QWidget, Path], bool] = self._ask_legacy
        self.progress: QProgressDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.last_error: QMessageBox | None = None
        self._cancel = threading.Event()
        self._task: _PreviewTask | None = None

    @property
    def busy(self) -> bool:
        """An import is being prepared or previewed."""
        return self._task is not None or self.preview_dialog is not None

    def import_file(self, path: Path | None = None, encoding: str | None = None) -> None:
        """Import ``path`` (ask for one when None)."""
        if self.busy:
            return
        if path is None:
            path = self.choose_file(self.window)
            if path is None:
                return
        self._cancel = threading.Event()
        cancel = self._cancel
        progress = QProgressDialog("", self.tr("Cancel"), 0, 0, self.window)
        # A file name is content: a plain label, never rich text.
        progress.setLabel(plain_label(self.tr("Reading %1…").replace("%1", path.name),
                                      wrap=False))
        progress.setWindowTitle(self.tr("Import document"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        self.progress = progress
        previewer = self.previewer
        task = _PreviewTask(lambda: previewer(path, encoding, cancel.is_set))
        task.signals.done.connect(self._on_task_done)
        task.signals.failed.connect(lambda exc, p=path, e=encoding: self._on_task_failed(exc, p, e))
        self._task = task
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        """Stop the import being prepared (as the progress dialog's Cancel does)."""
        self._cancel.set()

    # ------------------------------------------------------------------ steps
    def _finish_task(self) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_task_done(self, preview: ImportPreview) -> None:
        self._finish_task()
        if self._cancel.is_set():
            self.message.emit(self.tr("Import cancelled; nothing was saved."))
            return
        dialog = ImportPreviewDialog(preview, self.window)
        dialog.accepted.connect(lambda: self._save(preview))
        dialog.rejected.connect(self._on_preview_rejected)
        dialog.finished.connect(self._on_preview_finished)
        self.preview_dialog = dialog
        dialog.open()

    def _on_preview_rejected(self) -> None:
        self.message.emit(self.tr("Import cancelled; nothing was saved."))

    def _on_preview_finished(self, _result: int) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
            self.preview_dialog = None

    def _on_task_failed(self, exc: Exception, path: Path, encoding: str | None) -> None:
        from quizapp.core.errors import DocumentError
        from quizapp.core.banks.importer import ImportCancelled

        self._finish_task()
        if isinstance(exc, ImportCancelled):
            self.message.emit(self.tr("Import cancelled; nothing was saved."))
            return
        if (isinstance(exc, DocumentError) and encoding is None and "utf-8" in str(exc).lower()
                and self.ask_legacy_encoding(self.window, path)):
            self.import_file(path, LEGACY_LATVIAN)
            return
        self._error(self.tr("Cannot import %1").replace("%1", path.name), str(exc))

    def _save(self, preview: ImportPreview) -> None:
        def job(col: Collection) -> SyncReport:
            from quizapp.core.banks.importer import commit_import

            return commit_import(col, preview)

        self.ctx.backend.run(job, lambda report: self._on_saved(preview, report),
                             lambda exc: self._error(self.tr("The import was not saved"),
                                                     str(exc)),
                             owner=self.window, changes=Change.BANKS)

    def _on_saved(self, preview: ImportPreview, report: SyncReport) -> None:
        if report.unchanged:
            text = self.tr("“%1” was already up to date.")
        elif report.added and (report.retired or report.revived or report.updated):
            text = self.tr("“%1” updated: your progress on unchanged cards is kept.")
        else:
            text = self.tr("“%1” imported.")
        self.message.emit(text.replace("%1", preview.bank.meta.title))
        self.imported.emit(preview.bank_id)

    # ------------------------------------------------------------------ dialogs
    def _error(self, title: str, text: str) -> None:
        self.last_error = notice(self.window, QMessageBox.Icon.Warning, title, text)
        self.message.emit(title)

    def _ask_file(self, parent: QWidget) -> Path | None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import a study document"), str(Path.home()),
            self.tr("Study documents (%1);;All files (*)").replace("%1", patterns))
        return Path(name) if name else None

    def _ask_legacy(self, parent: QWidget, path: Path) -> bool:
        return ask_yes_no(parent, self.tr("Not UTF-8 text"), self.tr(
            "%1 is not UTF-8 text. Read it as older Latvian text (Windows-1257)?")
            .replace("%1", path.name), default_yes=True)


def dropped_documents(urls: list[Any]) -> list[Path]:
    """The local, importable files among dropped URLs."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if importable(path):
                out.append(path)
    return out
