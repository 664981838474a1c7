"""The quiz's time, which stops while the learner reads or a dialog is open, and the question
before leaving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from quizapp.core.clock import Clock


# The clock's hold while a dialog is in front of the quiz.
DIALOG = "dialog"


class Leave(Enum):
    """What the learner chose when asked about leaving a running quiz."""

    STAY = "stay"
    KEEP = "keep"  # leave, and keep the answers given so far
    DISCARD = "discard"  # leave as if the quiz never happened


class LeaveDialog(QMessageBox):
    """"Leave this quiz?" — keep going, keep the answers so far, or discard them."""

    def __init__(self, parent: QWidget, answered: int) -> None:
        title = self.tr("Leave this quiz?")
        super().__init__(QMessageBox.Icon.Question, title, title,
                         QMessageBox.StandardButton.NoButton, parent)
        self.stay = self.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        self.keep: QAbstractButton | None = None
        if answered:
            self.setInformativeText(self.tr(
                "Your %n answer(s) so far can count: they go into your results and your "
                "statistics, and a mistake brings its flashcard back for study. The questions "
                "you have not reached never count.", "", answered))
            self.keep = self.addButton(self.tr("Keep my %n answer(s)", "", answered),
                                       QMessageBox.ButtonRole.AcceptRole)
            self.discard = self.addButton(self.tr("Discard them"),
                                          QMessageBox.ButtonRole.DestructiveRole)
        else:
            self.setInformativeText(self.tr(
                "Nothing has been answered yet, so nothing is saved."))
            self.discard = self.addButton(self.tr("Leave quiz"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.stay)
        self.setEscapeButton(self.stay)

    def choice(self) -> Leave:
        clicked = self.clickedButton()
        if self.keep is not None and clicked is self.keep:
            return Leave.KEEP
        return Leave.DISCARD if clicked is self.discard else Leave.STAY


def confirm_leave(parent: QWidget, answered: int) -> Leave:
    """Ask whether to leave a running quiz in which ``answered`` questions were answered
    (skipped, timed out) so far, and whether to keep them (tests replace this)."""
    box = LeaveDialog(parent, answered)
    box.exec()
    return box.choice()


class QuizClock:
    """The quiz's time: the app clock, stopped while anything holds it — the learner reading
    feedback, a dialog in front of the quiz.

    The session is pure and takes ``now``; handing it this clock's time means reading an
    explanation or answering a dialog never costs quiz time (nor, per question, the next
    question's time). Holds are named, so one ending does not restart the clock while
    another still holds it.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._paused_for = timedelta(0)
        self._paused_at: datetime | None = None
        self._holds: set[str] = set()

    def now(self) -> datetime:
        if self._paused_at is not None:
            return self._paused_at - self._paused_for
        return self._clock.now() - self._paused_for

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def held_by(self, reason: str) -> bool:
        return reason in self._holds

    def pause(self, reason: str = "feedback", *, at: datetime | None = None) -> None:
        """Stop the clock for ``reason``; with ``at`` (a quiz time already past, such as the
        deadline a time-out was noticed after) it stops as of then."""
        if self._paused_at is None:
            self._paused_at = self._clock.now()
            if at is not None:
                self._paused_at = min(self._paused_at, at + self._paused_for)
        self._holds.add(reason)

    def resume(self, reason: str = "feedback") -> None:
        """Release ``reason``'s hold; the clock runs again once nothing holds it."""
        self._holds.discard(reason)
        if self._paused_at is not None and not self._holds:
            self._paused_for += max(timedelta(0), self._clock.now() - self._paused_at)
            self._paused_at = None


class DialogWatch(QObject):
    """Stops a quiz's clock while any modal dialog blocks the page's window (an import's
    file dialog, Help, the leave question…) and lets it run again after.

    Args:
        page: The quiz page; its window is watched once it is shown.
        clock: The running quiz's clock, or ``None`` when no quiz runs.
        resumed: Called when the clock runs again (to catch up with the time).
    """

    def __init__(self, page: QWidget, clock: Callable[[], QuizClock | None],
                 resumed: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._clock = clock
        self._resumed = resumed
        self._watched: QObject | None = None
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is self._page and kind == QEvent.Type.Show:
            window = self._page.window()
            if window is not self._watched:
                if self._watched is not None:
                    self._watched.removeEventFilter(self)
                window.installEventFilter(self)
                self._watched = window
        elif watched is self._watched:
            clock = self._clock()
            if kind == QEvent.Type.WindowBlocked and clock is not None:
                clock.pause(DIALOG)
            elif kind == QEvent.Type.WindowUnblocked and clock is not None \
                    and clock.held_by(DIALOG):
                clock.resume(DIALOG)
                self._resumed()
        return False
