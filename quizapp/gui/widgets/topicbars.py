"""Per-topic mastery as compact horizontal bars: title, bar and percentage on one row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from quizapp.core.stats.mastery import TopicMastery
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.mastery import coverage_text, level, mastery_tooltip, percent_text
from quizapp.gui.widgets.text import plain_label, plain_tooltip
from quizapp.gui.widgets.topiclink import TopicLink


class TopicBars(QWidget):
    """One row per topic, in the order given; the tooltip explains the score; a title opens
    the topic's doors.

    Titles are bank text and are shown as plain text. Rows are reused between updates.

    Signals:
        study_requested(str, str): Study a topic now (bank id, topic id).
        quiz_requested(str, str): A quiz on a topic.
    """

    study_requested = Signal(str, str)
    quiz_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self.rows: list[tuple[TopicLink, QProgressBar, QLabel]] = []
        self.shown: list[TopicMastery] = []

    def set_topics(self, topics: Sequence[TopicMastery]) -> None:
        """Show ``topics`` (already sorted, weakest first)."""
        self.shown = list(topics)
        while len(self.rows) < len(topics):
            r = len(self.rows)
            title = TopicLink("", "", "")
            title.study_requested.connect(self.study_requested)
            title.quiz_requested.connect(self.quiz_requested)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            set_role(bar, "role", "mastery")
            value = plain_label("", "muted", wrap=False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100 %") + 4)
            self._grid.addWidget(title, r, 0)
            self._grid.addWidget(bar, r, 1)
            self._grid.addWidget(value, r, 2)
            self.rows.append((title, bar, value))
        self.retranslate()

    def retranslate(self) -> None:
        """Words of the rows shown (also after a language switch)."""
        topics = self.shown
        for r, (title, bar, value) in enumerate(self.rows):
            visible = r < len(topics)
            for w in (title, bar, value):
                w.setVisible(visible)
            if not visible:
                continue
            m = topics[r]
            title.set_topic(m.bank, m.topic, m.title)
            title.set_quizzable(m.questions > 0)
            bar.setValue(round(m.mastery * 100))
            set_role(bar, "level", level(m.mastery))
            coverage = coverage_text(m)
            value.setText(f"{percent_text(m)} · {coverage}" if coverage else percent_text(m))
            tip = mastery_tooltip(m)
            for w in (bar, value):
                w.setToolTip(plain_tooltip(f"{m.title}\n{tip}"))
            bar.setAccessibleName(m.title)
            bar.setAccessibleDescription(tip)
