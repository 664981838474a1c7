"""A quiz countdown: a draining bar and an mm:ss label that turn to a warning at the end."""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label

# The last this-many seconds are shown in the warning style (bar and label)…
WARNING_SECONDS = 10
# …or the last quarter of a shorter limit: a 12-second question is not red from the start.
WARNING_SHARE = 0.25


def warning_from(total: timedelta) -> timedelta:
    """How much time left turns the countdown to its warning style."""
    return min(timedelta(seconds=WARNING_SECONDS), total * WARNING_SHARE)


def format_mmss(remaining: timedelta) -> str:
    """``remaining`` as ``mm:ss``, rounded up (``00:00`` only once time is really up)."""
    seconds = max(0, math.ceil(remaining.total_seconds()))
    minutes, secs = divmod(seconds, 60)
    return f"{minutes:02d}:{secs:02d}"


class Countdown(QWidget):
    """Time left on the running clock. It only paints what it is given: the quiz session
    says how much time is left (``QuizSession.remaining(now)``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.bar.setMinimumWidth(120)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_role(self.bar, "role", "countdown")
        self.label = plain_label("00:00", "countdown", wrap=False)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self._warning: bool | None = None
        self.set_warning(False)

    @property
    def warning(self) -> bool:
        return bool(self._warning)

    def show_remaining(self, remaining: timedelta, total: timedelta) -> None:
        """Paint ``remaining`` of ``total``; the warning style in the last 10 seconds (the
        last quarter of a shorter limit)."""
        total_ms = max(1, round(total.total_seconds() * 1000))
        left_ms = max(0, min(total_ms, round(remaining.total_seconds() * 1000)))
        self.bar.setValue(round(1000 * left_ms / total_ms))
        text = format_mmss(remaining)
        if self.label.text() != text:
            self.label.setText(text)
            self.label.setAccessibleName(self.tr("Time left: %1").replace("%1", text))
        self.set_warning(remaining <= warning_from(total))

    def set_warning(self, on: bool) -> None:
        """Switch the warning style (re-polishing only when it changes)."""
        if on is self._warning:
            return
        self._warning = on
        value = "true" if on else "false"
        set_role(self.bar, "warning", value)
        set_role(self.label, "warning", value)
