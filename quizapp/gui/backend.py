"""One serial worker thread that owns the Collection; views send it jobs, results come back.

Like Anki's collection ops: the database is only ever touched on the worker thread, and
every result (or error) is delivered on the GUI thread by a queued signal. Mutations say
what they changed (``Change`` flags) so screens refresh lazily instead of polling.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from enum import IntFlag
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

from quizapp.core.errors import QuizAppError

if TYPE_CHECKING:
    from pathlib import Path

    from quizapp.core.collection import Collection

T = TypeVar("T")


class Change(IntFlag):
    """What a job changed, so views know whether they are stale."""

    NONE = 0
    REVIEWS = 1  # answers, undo: due counts, stats, mastery
    QUIZ = 2  # a stored quiz: stats, mastery, relearning cards
    BANKS = 4  # imported or removed banks
    SETTINGS = 8  # limits and scheduling
    MATERIAL = 16  # items edited, added, suspended, buried or flagged
    ALL = REVIEWS | QUIZ | BANKS | SETTINGS | MATERIAL


class _Relay(QObject):
    """Carries a pool thread's result to the GUI thread (it lives there)."""

    parsed = Signal(object)


class _Worker(QObject):

    """Lives on the worker thread; runs jobs in order against the collection."""

    finished = Signal(int, object, object)  # token, result, error

    def __init__(self, opener: Callable[..., Collection]) -> None:
        super().__init__()
        self._opener = opener
        self.collection: Collection | None = None

    @Slot(int, object)
    def run(self, token: int, job: Callable[[Collection | None], Any]) -> None:
        try:
            result = job(self.collection)
        except Exception as exc:  # noqa: BLE001 - every error goes back to the GUI thread
            if not isinstance(exc, QuizAppError):
                traceback.print_exc()
            self.finished.emit(token, None, exc)
        else:
            self.finished.emit(token, result, None)

    def open(self, read_only: bool = False) -> Collection:
        self.close()
        self.collection = self._opener(read_only=read_only)
        return self.collection

    def close(self) -> None:
        if self.collection is not None:
            self.collection.close()
            self.collection = None


class Backend(QObject):
    """The GUI's handle on the collection.

    Signals:
        opened(object): The collection is open; carries it (touch it only in jobs).
        banks_ready(): Every bank file new or changed since it was last opened has been
            parsed aside and taken in (``changed(BANKS)`` too, when there were any).
        open_failed(object): Opening failed; carries the exception.
        changed(int): A job changed data (``Change`` flags).
        failed(object): A job without its own error handler raised; carries the exception.
    """

    opened = Signal(object)
    banks_ready = Signal()
    open_failed = Signal(object)
    changed = Signal(int)
    failed = Signal(object)
    _submit = Signal(int, object)

    def __init__(self, opener: Callable[..., Collection], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[Exception], None] | None,
                                       QObject | None, Change]] = {}
        self._thread = QThread()
        self._thread.setObjectName("quizapp-collection")
        self._worker = _Worker(opener)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()
        self.is_open = False

    # ------------------------------------------------------------------ public API
    def open(self, *, read_only: bool = False, first: Callable[[], object] | None = None) -> None:
        """Open the collection on the worker; ``opened`` or ``open_failed`` follows.

        Args:
            read_only: Open without writing anything (a read-only data folder).
            first: Runs on the worker before opening, with no collection open — e.g. a
                recovery step that replaces the database file. Its error is reported as an
                open failure.
        """
        def job(_col: Collection | None) -> Collection:
            self._worker.close()
            if first is not None:
                first()
            return self._worker.open(read_only)

        # Opening again (after a recovery) changes everything the screens show.
        self._call(job, self._on_opened, self._on_open_failed, None,
                   Change.ALL if self.is_open or first is not None else Change.NONE)

    def run(
        self,
        job: Callable[[Collection], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
        changes: Change = Change.NONE,
    ) -> None:
        """Run ``job(collection)`` on the worker thread.

        Args:
            job: Runs on the worker; must not touch widgets.
            done: Called on the GUI thread with the job's result.
            error: Called on the GUI thread if the job raised; without it ``failed`` is
                emitted.
            owner: A widget the callbacks belong to; when it has been deleted by the time
                the result arrives, the callbacks are dropped.
            changes: What a successful job changed (emitted as ``changed``).
        """
        def guarded(col: Collection | None) -> T:
            if col is None:
                raise RuntimeError("the collection is not open")
            return job(col)

        self._call(guarded, done, error, owner, changes)

    def call(
        self,
        job: Callable[[], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``job()`` on the worker without the collection (queued like any job; e.g.
        reading the store before the collection is open)."""
        self._call(lambda _col: job(), done, error, owner, Change.NONE)

    def reopen(
        self,
        job: Callable[[], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Close the collection, run ``job()`` on the worker, then open it again.

        For work that replaces the database file (restoring a backup). Everything changed
        (``changed(ALL)`` follows success). If opening again fails, ``error`` gets that
        error and the collection stays closed until :meth:`open` succeeds.
        """
        def run(_col: Collection | None) -> T:
            self._worker.close()
            try:
                return job()
            finally:
                self._worker.open()

        self._call(run, done, error, owner, Change.ALL)
        self.run(lambda col: list(col.changed_files), self._parse_aside)

    def shutdown(self) -> None:
        """Close the collection and stop the thread (waits for queued jobs to finish)."""
        if not self._thread.isRunning():
            return
        # A bank still being parsed aside: wait for it and hand it to the collection before
        # it closes, so the next launch finds it in the store instead of parsing it again.
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents()
        self._call(lambda _c: self._worker.close(), None, None, None, Change.NONE)
        self._thread.quit()
        self._thread.wait()
        self.is_open = False

    # ------------------------------------------------------------------ internals
    def _call(self, job: Callable[[Any], Any], done: Callable[[Any], None] | None,
              error: Callable[[Exception], None] | None, owner: QObject | None,
              changes: Change) -> None:
        token = next(self._tokens)
        self._pending[token] = (done, error, owner, changes)
        self._submit.emit(token, job)

    @Slot(int, object, object)
    def _on_worker_finished(self, token: int, result: object, exc: object) -> None:
        done, error, owner, changes = self._pending.pop(token)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if exc is not None:
            assert isinstance(exc, Exception)
            if error is not None:
                error(exc)
            else:
                self.failed.emit(exc)
            return
        if done is not None:
            done(result)
        if changes:
            self.changed.emit(int(changes))

    def _on_opened(self, collection: object) -> None:
        self.is_open = True
        self.opened.emit(collection)
        self.run(lambda col: list(col.changed_files), self._parse_aside)

    def _parse_aside(self, paths: list[Path]) -> None:
        """Parse new and changed bank files on a pool thread, so the worker goes on serving
        the other banks meanwhile; the collection takes them afterwards."""
        if not paths:
            self.banks_ready.emit()
            return
        from quizapp.core.banks.library import load_bank_files

        relay = _Relay(self)


        def take(result: object) -> None:
            relay.deleteLater()
            self.run(lambda col: col.add_parsed(*result), lambda _: self.banks_ready.emit(),
                     changes=Change.BANKS)

        relay.parsed.connect(take)
        QThreadPool.globalInstance().start(lambda: relay.parsed.emit(load_bank_files(paths, {})))

    def _on_open_failed(self, exc: Exception) -> None:
        self.open_failed.emit(exc)
