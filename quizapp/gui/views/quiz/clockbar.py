"""The quiz run's header: which question of how many, and the time left."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QWidget

from quizapp.core.quiz.engine import QuizSession, TimeLimitMode
from quizapp.gui.widgets.countdown import Countdown
from quizapp.gui.widgets.text import plain_label, set_plain


class QuizClockBar(QWidget):
    """"Question 3 of 10" on the left; the clock's caption and countdown on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        self.progress = plain_label("", "heading", wrap=False)
        top.addWidget(self.progress)
        top.addStretch(1)
        self.clock_caption = plain_label("", "muted", wrap=False)
        top.addWidget(self.clock_caption)
        self.countdown = Countdown()
        self.countdown.setMinimumWidth(240)
        top.addWidget(self.countdown)

    def paint(self, session: QuizSession | None, remaining: timedelta | None) -> None:
        """Show ``remaining`` of ``session``'s limit (``None``: no clock runs)."""
        if session is None or remaining is None:
            self.countdown.hide()
            set_plain(self.clock_caption, self.tr("No time limit") if session is not None
                      and session.time_limit.mode is TimeLimitMode.NONE else "")
            return
        self.countdown.show()
        whole = session.time_limit.mode is TimeLimitMode.WHOLE_QUIZ
        set_plain(self.clock_caption, self.tr("Quiz time left") if whole
                  else self.tr("Time for this question"))
        self.countdown.show_remaining(remaining, session.time_limit.delta)
