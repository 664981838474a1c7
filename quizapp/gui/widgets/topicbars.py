"""Per-topic mastery as compact horizontal bars: title, bar and percentage on one row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from quizapp.core.stats.mastery import TopicMastery
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.mastery import level, mastery_tooltip
from quizapp.gui.widgets.text import plain_label, plain_tooltip, set_plain


class TopicBars(QWidget):
    """One row per topic, in the order given; the tooltip explains the score.

    Titles are bank text and are shown as plain text. Rows are reused between updates.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self.rows: list[tuple[QLabel, QProgressBar, QLabel]] = []

    def set_topics(self, topics: Sequence[TopicMastery]) -> None:
        """Show ``topics`` (already sorted, weakest first)."""
        while len(self.rows) < len(topics):
            r = len(self.rows)
            title = plain_label("")
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
        for r, (title, bar, value) in enumerate(self.rows):
            visible = r < len(topics)
            for w in (title, bar, value):
                w.setVisible(visible)
            if not visible:
                continue
            m = topics[r]
            percent = round(m.mastery * 100)
            set_plain(title, m.title)
            bar.setValue(percent)
            set_role(bar, "level", level(m.mastery))
            value.setText(f"{percent} %")
            tip = mastery_tooltip(m)
            for w in (title, bar, value):
                w.setToolTip(plain_tooltip(f"{m.title}\n{tip}"))
            bar.setAccessibleName(m.title)
            bar.setAccessibleDescription(tip)
