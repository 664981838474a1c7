"""One registry of the work that waits until home's first numbers are on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from quizapp.gui.startup.paintwatch import after_next_paint

# If home is never painted (a window started minimised, a collection that failed to open),
# the waiting work runs after this long anyway.
FALLBACK_MS = 1500


class AfterFirstPaint(QObject):
    """Runs the registered work once, in order, on the event-loop turn after ``widget`` is
    painted showing real numbers (or after :data:`FALLBACK_MS`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: list[Callable[[], None]] | None = []
        self._watching = False
        QTimer.singleShot(FALLBACK_MS, self, self.run)

    def add(self, work: Callable[[], None]) -> None:
        """Run ``work`` after the first paint (at once when that has happened)."""
        if self._work is None:
            work()
        else:
            self._work.append(work)

    def watch(self, widget: QWidget) -> None:
        """Run the work once ``widget``'s next paint is done (the first call counts)."""
        if not self._watching and self._work is not None:
            self._watching = True
            after_next_paint(widget, self.run)


    def run(self) -> None:
        work, self._work = self._work, None
        for job in work or ():
            job()
