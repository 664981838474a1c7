"""A topic's mastery as a labelled bar, with the numbers behind it in the tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from quizapp.gui.theme import initial_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain
from quizapp.gui.widgets.topiclink import TopicLink

if TYPE_CHECKING:
    from quizapp.core.stats.mastery import TopicMastery

LOW = 0.5
MID = 0.8


def level(mastery: float) -> str:
    """Style level of a mastery value: low, mid or high."""
    return "low" if mastery < LOW else "mid" if mastery < MID else "high"


def percent_text(m: TopicMastery) -> str:
    """The mastery as shown beside its bar ("40 %")."""
    return f"{round(m.mastery * 100)} %"


def coverage_text(m: TopicMastery) -> str:
    """How much of the topic the number rests on, when not all of it ("2 of 9 studied");
    "" once every fact was studied or asked."""
    if m.complete or not m.facts:
        return ""
    return QCoreApplication.translate("MasteryBar", "%1 of %2 studied").replace(
        "%1", str(m.facts_seen)).replace("%2", str(m.facts))


def mastery_tooltip(m: TopicMastery) -> str:
    """Plain-text explanation of a topic's mastery: what it predicts, and from what."""
    # Spelled out in full each time: pyside6-lupdate only recognises the literal call.
    lines = [
        QCoreApplication.translate(
            "MasteryBar", "Predicted to be remembered in %1 days: %2% of its facts")
        .replace("%1", str(m.days_ahead)).replace("%2", str(round(m.mastery * 100))),
        QCoreApplication.translate("MasteryBar", "Facts studied or asked: %1 of %2 (the "
                                                 "others count as not known)")
        .replace("%1", str(m.facts_seen)).replace("%2", str(m.facts)),
        QCoreApplication.translate("MasteryBar", "From the flashcards alone: %1%")
        .replace("%1", str(round(m.recall * 100))),
        QCoreApplication.translate("MasteryBar", "Times forgotten: %1; cards forgotten again "
                                                 "and again: %2")
        .replace("%1", str(m.lapses)).replace("%2", str(m.leeches)),
    ]
    if m.quiz_answered:
        lines.append(QCoreApplication.translate("MasteryBar", "Recent quiz answers right: %1 of %2")
                     .replace("%1", str(m.quiz_correct)).replace("%2", str(m.quiz_answered)))
    return "\n".join(lines)


class MasteryBar(QWidget):
    """Topic title (a door to studying or quizzing it) above a coloured bar (red / amber /
    green) with the percentage, and how much of the topic was studied when not all.

    Signals:
        study_requested(str, str): Study this topic now (bank id, topic id).
        quiz_requested(str, str): A quiz on this topic.
    """

    study_requested = Signal(str, str)
    quiz_requested = Signal(str, str)

    def __init__(self, m: TopicMastery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mastery = m
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        self.title = TopicLink(m.bank, m.topic, m.title)
        self.title.set_quizzable(m.questions > 0)
        self.title.study_requested.connect(self.study_requested)
        self.title.quiz_requested.connect(self.quiz_requested)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(m.mastery * 100))
        self.bar.setTextVisible(False)
        initial_role(self.bar, "role", "mastery")
        initial_role(self.bar, "level", level(m.mastery))
        self.percent = plain_label(percent_text(m), "muted", wrap=False)
        self.percent.setMinimumWidth(44)
        self.coverage = plain_label("", "muted", wrap=False)
        row.addWidget(self.bar, 1)
        row.addWidget(self.percent)
        row.addWidget(self.coverage)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.bar.setAccessibleName(m.title)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        m = self.mastery
        set_plain(self.coverage, coverage_text(m))
        self.coverage.setVisible(bool(self.coverage.text()))
        tip = mastery_tooltip(m)
        for widget in (self.bar, self.percent, self.coverage):
            widget.setToolTip(tip)
        self.bar.setAccessibleDescription(tip)
