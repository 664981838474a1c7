"""A topic's mastery as a labelled bar, with the numbers behind it in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from typing import TYPE_CHECKING

from quizapp.gui.theme import initial_role
from quizapp.gui.widgets.text import plain_label

if TYPE_CHECKING:
    from quizapp.core.stats.mastery import TopicMastery

LOW = 0.5
MID = 0.8


def level(mastery: float) -> str:
    """Style level of a mastery value: low, mid or high."""
    return "low" if mastery < LOW else "mid" if mastery < MID else "high"


def mastery_tooltip(m: TopicMastery) -> str:
    """Plain-text explanation of a topic's mastery score."""
    # Spelled out in full each time: pyside6-lupdate only recognises the literal call.
    lines = [
        QCoreApplication.translate("MasteryBar", "Mastery %1%")
        .replace("%1", str(round(m.mastery * 100))),
        QCoreApplication.translate("MasteryBar", "Expected recall today: %1%")
        .replace("%1", str(round(m.recall * 100))),
        QCoreApplication.translate("MasteryBar", "Cards studied: %1 of %2")
        .replace("%1", str(m.studied)).replace("%2", str(m.cards)),
        QCoreApplication.translate("MasteryBar", "Lapses: %1, leeches: %2")
        .replace("%1", str(m.lapses)).replace("%2", str(m.leeches)),
    ]
    if m.quiz_answered:
        lines.append(QCoreApplication.translate("MasteryBar", "Recent quiz answers right: %1 of %2")
                     .replace("%1", str(m.quiz_correct)).replace("%2", str(m.quiz_answered)))
    return "\n".join(lines)


class MasteryBar(QWidget):
    """Topic title above a coloured bar (red / amber / green) with the percentage."""

    def __init__(self, m: TopicMastery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mastery = m
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        self.title = plain_label(m.title)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(m.mastery * 100))
        self.bar.setTextVisible(False)
        initial_role(self.bar, "role", "mastery")
        initial_role(self.bar, "level", level(m.mastery))
        self.percent = plain_label(f"{round(m.mastery * 100)} %", "muted", wrap=False)
        self.percent.setMinimumWidth(44)
        row.addWidget(self.bar, 1)
        row.addWidget(self.percent)
        layout.addWidget(self.title)
        layout.addLayout(row)
        tip = mastery_tooltip(m)
        self.setToolTip(tip)
        self.bar.setAccessibleName(m.title)
        self.bar.setAccessibleDescription(tip)
