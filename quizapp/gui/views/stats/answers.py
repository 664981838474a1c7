"""The statistics screen's chart cards about answering: quiz scores, buttons, hours."""

from __future__ import annotations

from quizapp.core.quiz.engine import EndReason
from quizapp.core.stats.model import Stats
from quizapp.gui.views.stats.charts import ChartSection, kind_names
from quizapp.gui.views.stats.format import (
    date_time,
    every_nth,
    fill,
    hour_label,
    hour_span,
    number,
    percent,
    percent_of,
    translate,
)
from quizapp.gui.widgets.charts import BarChart, LineChart
from quizapp.gui.widgets.panel import ChartPanel

BUTTON_KEYS = ("relearning", "learning", "review", "new")  # chart colours: Again red … Easy blue


class QuizSection(ChartSection):
    """The score of each quiz, oldest first."""

    chart: LineChart

    def __init__(self) -> None:
        title = translate("StatsView", "Quiz scores")
        self.panel = ChartPanel(title, translate(
            "StatsView", "No quizzes yet — take a quiz and your scores show up here."))
        self.chart = LineChart(title, [(translate("StatsView", "Score"), "accent")], self._tip,
                               percent=True)
        self.panel.set_content(self.chart)
        self.first = 1

    def render(self, stats: Stats) -> None:
        self.stats = stats
        quizzes, tot = stats.quizzes, stats.totals
        self.first = tot.quizzes - len(quizzes) + 1  # the history keeps the latest ones
        points = [(i, q.score * 100) for i, q in enumerate(quizzes)]
        labels = [number(self.first + i) for i in range(len(quizzes))]
        self.chart.set_points([points], max(len(quizzes), 1),
                              every_nth(labels, max(1, len(labels) // 6 + 1)))
        summary = ""
        if quizzes:
            scores = [q.score for q in quizzes]
            summary = " · ".join([
                fill(translate("StatsView", "quizzes: %1"), number(tot.quizzes)),
                fill(translate("StatsView", "%1 of %2 answers right"), number(tot.quiz_correct),
                     number(tot.quiz_questions)),
                fill(translate("StatsView", "best %1"), percent(max(scores))),
                fill(translate("StatsView", "latest %1"), percent(scores[-1]))])
        self.panel.show_content(bool(quizzes), summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _line: int, index: int) -> str:
        assert self.stats is not None
        q = self.stats.quizzes[index]
        reasons = {EndReason.COMPLETED: translate("StatsView", "Completed"),
                   EndReason.EXPIRED: translate("StatsView", "Time ran out"),
                   EndReason.ABANDONED: translate("StatsView", "Stopped early")}
        return "\n".join([
            fill(translate("StatsView", "Quiz %1 · %2"), number(self.first + index),
                 date_time(q.finished)),
            fill(translate("StatsView", "%1 of %2 right (%3)"), number(q.correct),
                 number(q.total), percent(q.score)),
            reasons[q.reason]])


class ButtonsSection(ChartSection):
    """How often each answer button was pressed, per kind of review (past year)."""

    chart: BarChart

    def __init__(self) -> None:
        title = translate("StatsView", "Answer buttons")
        self.panel = ChartPanel(title, translate(
            "StatsView", "No answers yet — your Again / Hard / Good / Easy presses show up "
                         "here."))
        self.button_names = [translate("StatsView", "Again"), translate("StatsView", "Hard"),
                             translate("StatsView", "Good"), translate("StatsView", "Easy")]
        self.chart = BarChart(title, list(zip(self.button_names, BUTTON_KEYS)), self._tip)
        self.panel.set_content(self.chart)

    def render(self, stats: Stats) -> None:
        self.stats = stats
        names = kind_names()
        rows = [[b.again, b.hard, b.good, b.easy] for b in stats.buttons]
        self.chart.set_values([[row[k] for row in rows] for k in range(4)],
                              [(float(i), names[b.kind]) for i, b in enumerate(stats.buttons)])
        total = sum(map(sum, rows))
        passed = total - sum(row[0] for row in rows)
        summary = fill(translate("StatsView", "%1 answers in the past year · %2 not Again"),
                       number(total), percent_of(passed, total))
        self.panel.show_content(total > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, button: int, index: int) -> str:
        assert self.stats is not None
        b = self.stats.buttons[index]
        counts = [b.again, b.hard, b.good, b.easy]
        return "\n".join([
            fill(translate("StatsView", "%1 cards · %2"), kind_names()[b.kind],
                 self.button_names[button]),
            fill(translate("StatsView", "%1 of %2 (%3)"), number(counts[button]),
                 number(sum(counts)), percent_of(counts[button], sum(counts)))])


class HoursSection(ChartSection):
    """Answers per hour of the day (past year): remembered and forgotten, stacked."""

    chart: BarChart

    def __init__(self) -> None:
        title = translate("StatsView", "Hours of the day")
        self.panel = ChartPanel(title, translate(
            "StatsView", "No reviews in the past year yet — the hours you study at show up "
                         "here."))
        self.chart = BarChart(title, [(translate("StatsView", "Remembered"), "review"),
                                      (translate("StatsView", "Again"), "relearning")],
                              self._tip, stacked=True)
        self.panel.set_content(self.chart)

    def render(self, stats: Stats) -> None:
        self.stats = stats
        hours = stats.hours
        self.chart.set_values([[h.correct for h in hours],
                               [h.reviews - h.correct for h in hours]],
                              [(float(h), hour_label(h)) for h in range(0, 24, 6)])
        total = sum(h.reviews for h in hours)
        busiest = max(hours, key=lambda h: h.reviews)
        summary = fill(translate("StatsView", "Busiest: %1 (%2 reviews, %3 remembered)"),
                       hour_span(busiest.hour), number(busiest.reviews),
                       percent_of(busiest.correct, busiest.reviews))
        self.panel.show_content(total > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        assert self.stats is not None
        h = self.stats.hours[index]
        return "\n".join([hour_span(h.hour),
                          fill(translate("StatsView", "Reviews: %1"), number(h.reviews)),
                          fill(translate("StatsView", "%1 remembered (%2)"), number(h.correct),
                               percent_of(h.correct, h.reviews))])
