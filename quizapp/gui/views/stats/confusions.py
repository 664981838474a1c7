"""The statistics screen's "What you mix up": each topic's live confusions."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.quiz.confusions import TopicConfusions
from quizapp.core.stats.model import Stats
from quizapp.gui.views.stats.cards import Section
from quizapp.gui.views.stats.format import translate
from quizapp.gui.widgets.confusions import ConfusionList
from quizapp.gui.widgets.panel import ChartPanel

TOPICS_SHOWN = 6


class ConfusionsSection(Section):
    """The wrong options the learner keeps choosing, per topic (its own job fills it)."""

    def __init__(self) -> None:
        self.panel = ChartPanel(
            translate("StatsView", "What you mix up"),
            translate("StatsView", "Nothing mixed up. A wrong option you choose in a quiz "
                                   "shows here until you answer its question right three "
                                   "times in a row."))
        self.list = ConfusionList(per_topic=3)
        self.panel.set_content(self.list)

    def render(self, stats: Stats) -> None:
        """The confusions come from :meth:`show`, not from ``Stats``."""

    def show(self, topics: Sequence[TopicConfusions]) -> None:
        shown = self.list.show_confusions(topics[:TOPICS_SHOWN])
        total = sum(len(t.confusions) for t in topics)
        self.panel.show_content(shown > 0, translate(
            "StatsView", "Confusions in all: %1. Answer a question right three times in a row "
                         "and its confusions fade.").replace("%1", str(total)))
