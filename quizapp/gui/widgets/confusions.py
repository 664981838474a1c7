"""What the learner mixes up, per topic: the wrong option chosen → the right answer, how
often, and when last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from quizapp.core.banks.model import ItemKind
from quizapp.core.quiz.confusions import Confusion, TopicConfusions
from quizapp.gui.widgets.layouts import clear_layout
from quizapp.gui.widgets.options import RIGHT_MARK, WRONG_MARK
from quizapp.gui.widgets.text import plain_label, plain_tooltip


def _answer(confusion: Confusion, text: str) -> str:
    if confusion.kind is ItemKind.TRUE_FALSE:
        word = "True" if text == "true" else "False"
        return QCoreApplication.translate("Quiz", word)
    return text


class ConfusionList(QWidget):
    """Each topic's confusions, most often chosen first (at most ``per_topic`` a topic)."""

    def __init__(self, per_topic: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_topic = per_topic
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.rows = 0

    def show_confusions(self, topics: Sequence[TopicConfusions]) -> int:
        """Show ``topics``; returns how many confusions are on screen."""
        clear_layout(self._layout)
        self.rows = 0
        locale = QLocale()
        for topic in topics:
            self._layout.addWidget(plain_label(topic.title, "subheading"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(0, 1)
            for n, c in enumerate(topic.confusions[: self.per_topic]):
                pair = plain_label(f"{WRONG_MARK} {_answer(c, c.chosen)}  →  {RIGHT_MARK} "
                                   f"{_answer(c, c.right)}", selectable=True)
                question = plain_label(c.question, "muted")
                question.setToolTip(plain_tooltip(c.question))
                times = plain_label(self.tr("%n time(s)", "", c.times), "muted", wrap=False)
                when = plain_label(self.tr("last %1")
                                   .replace("%1", locale.toString(
                                       c.last.astimezone().date(),
                                       QLocale.FormatType.ShortFormat)), "muted", wrap=False)
                pair.setAccessibleName(self.tr(
                    "You chose “%1” where the answer is “%2”").replace(
                        "%1", _answer(c, c.chosen)).replace("%2", _answer(c, c.right)))
                grid.addWidget(pair, 2 * n, 0)
                grid.addWidget(times, 2 * n, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(when, 2 * n, 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(question, 2 * n + 1, 0, 1, 3)
                self.rows += 1
            holder = QWidget()
            holder.setLayout(grid)
            self._layout.addWidget(holder)
        return self.rows
