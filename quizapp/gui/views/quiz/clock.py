"""The quiz's time, which stops while the learner reads, and the question before leaving."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.core.clock import Clock


def confirm_leave(parent: QWidget) -> bool:
    """Ask whether to leave a running quiz (tests replace this)."""
    title = QCoreApplication.translate("QuizRunPage", "Leave this quiz?")
    box = QMessageBox(QMessageBox.Icon.Question, title, title,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "QuizRunPage", "Your answers so far are kept; the questions you have not answered "
        "count as mistakes."))
    leave = box.addButton(QCoreApplication.translate("QuizRunPage", "Leave quiz"),
                          QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(QCoreApplication.translate("QuizRunPage", "Keep going"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is leave


class QuizClock:
    """The quiz's time: the app clock, stopped while the learner reads feedback.

    The session is pure and takes ``now``; handing it this clock's time means reading an
    explanation never costs quiz time (nor, per question, the next question's time).
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._paused_for = timedelta(0)
        self._paused_at: datetime | None = None

    def now(self) -> datetime:
        if self._paused_at is not None:
            return self._paused_at - self._paused_for
        return self._clock.now() - self._paused_for

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self._clock.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_for += max(timedelta(0), self._clock.now() - self._paused_at)
            self._paused_at = None
