"""Home's first numbers, before the collection opens: from the forked child, else the worker.

Either way home shows the store's due counts, banks and streak (``quick_home``, the same
queries the collection uses) while the collection is still opening; the weak topics follow
with the collection. With the child's numbers the collection waits to open until they are
painted, so its imports do not compete with building the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

from quizapp.gui.startup.homechild import HomeChild

if TYPE_CHECKING:
    from quizapp.core.stats.overview import HomeOverview
    from quizapp.gui.context import AppContext

# How long the collection waits for the child's numbers to be painted before it opens anyway.
GATE_TIMEOUT_S = 1.0


class HomeNumbers(QObject):
    """Delivers home's first numbers to ``show`` and opens the collection.

    ``from_child`` says afterwards whether the numbers came from the child.
    """

    def __init__(self, ctx: AppContext, child: HomeChild | None,
                 show: Callable[[HomeOverview], None]) -> None:
        super().__init__()
        self._ctx = ctx
        self._child = child
        self._show = show
        self._gate = threading.Event()
        self.from_child = False

    def start(self) -> None:
        """Queue the worker's part; with a child, wait for its answer on the event loop."""
        backend = self._ctx.backend
        if self._child is None:
            backend.call(self._read_on_worker, self._on_numbers)
            backend.open()
            return
        backend.call(lambda: self._gate.wait(GATE_TIMEOUT_S))
        backend.open()
        if self._child.poll():
            self._on_child_done()
            return
        notifier = QSocketNotifier(self._child.fileno(), QSocketNotifier.Type.Read, self)

        def readable() -> None:
            if self._child is not None and self._child.poll():
                notifier.setEnabled(False)
                notifier.deleteLater()
                self._on_child_done()

        notifier.activated.connect(readable)

    def numbers_painted(self) -> None:
        """Home shows the numbers: the collection may open now."""
        self._gate.set()

    def close(self) -> None:
        """Reap the child (safe to call more than once); let the collection open."""
        self._gate.set()
        if self._child is not None:
            self._child.close()

    def _on_child_done(self) -> None:
        assert self._child is not None
        result = self._child.result
        if result is None:
            self._gate.set()  # the child declined: home waits for the collection's numbers
            return
        self.from_child = True
        self._show(result)

    def _read_on_worker(self) -> HomeOverview | None:
        from quizapp.core.banks.files import bank_folders
        from quizapp.core.stats.overview import DailyLimits, quick_home

        ctx, s = self._ctx, self._ctx.settings.value
        folders = bank_folders(ctx.data_dir) if ctx.bank_dirs is None else ctx.bank_dirs
        return quick_home(ctx.data_dir, folders, DailyLimits(
            s.new_per_day, s.reviews_per_day, s.rollover_hour, s.exam_date), ctx.clock.now(),
            ctx.tz)


    def _on_numbers(self, overview: HomeOverview | None) -> None:
        if overview is not None:
            self._show(overview)
