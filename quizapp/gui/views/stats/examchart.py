"""The statistics card of exam mode: the predicted recall on exam day as it stood at the end
of each study day, against the target."""

from __future__ import annotations

from datetime import timedelta

from quizapp.core.stats.model import RecallPoint, Stats
from quizapp.gui.views.stats.charts import ChartSection
from quizapp.gui.views.stats.format import date_ticks, fill, long_date, percent, translate
from quizapp.gui.widgets.charts import LineChart
from quizapp.gui.widgets.panel import ChartPanel


class ExamRecallSection(ChartSection):
    """Predicted exam-day recall per study day (the review log replayed), with the target."""

    chart: LineChart

    def __init__(self) -> None:
        title = translate("StatsView", "Ready for the exam")
        self.panel = ChartPanel(title, "")
        self.chart = LineChart(title, [(translate("StatsView", "Predicted recall on exam day"),
                                        "accent")], self._tip, percent=True)
        self.panel.set_content(self.chart)
        self.days: tuple[RecallPoint, ...] = ()

    def render(self, stats: Stats) -> None:
        self.stats = stats
        exam = stats.exam_recall
        self.days = exam.days if exam is not None else ()
        if exam is None:
            self.panel.show_content(False, "", translate(
                "StatsView", "No exam is set. Set its date on home, and this card shows day "
                             "by day how much you would recall on the exam day."))
            return
        points = [(i, d.recall * 100) for i, d in enumerate(self.days)]
        # The axis runs on to the exam day: the days still to come are the empty part.
        first = self.days[0].day if self.days else exam.exam_date
        axis = [first + timedelta(days=i) for i in range((exam.exam_date - first).days + 1)]
        self.chart.set_points([points], len(axis), date_ticks(axis), exam.target * 100)
        last = self.days[-1].recall if self.days else 0.0
        summary = fill(translate("StatsView", "Exam on %1 · predicted recall now: %2 · "
                                              "target: %3"),
                       long_date(exam.exam_date), percent(last), percent(exam.target))
        self.panel.show_content(bool(points), summary, translate(
            "StatsView", "No answers yet: study a few cards, and the predicted recall on "
                         "exam day shows up here."))
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _line: int, index: int) -> str:
        d = self.days[index]
        return "\n".join([long_date(d.day), fill(translate(
            "StatsView", "Predicted recall on exam day: %1"), percent(d.recall))])
