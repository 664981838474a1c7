"""The statistics screen's chart cards: each turns ``Stats`` into one QtCharts view.

Imported only when the screen first shows its charts (QtCharts loads with it). Every card
has an empty state, a summary line and tooltips with the exact numbers; titles and axis
labels are our own words and dates, never bank text (QtCharts renders them as rich text).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from quizapp.core.cards import ReviewKind
from quizapp.core.quiz import EndReason
from quizapp.core.stats import DayReviews, Retention, Stats
from quizapp.gui.views.stats_cards import Section
from quizapp.gui.views.stats_format import (
    date_ticks,
    date_time,
    day_month,
    duration,
    every_nth,
    fill,
    hour_label,
    hour_span,
    long_date,
    number,
    one_decimal,
    percent,
    percent_of,
    short_date,
    tr,
)
from quizapp.gui.widgets.charts import BarChart, ChartView, LineChart
from quizapp.gui.widgets.panel import ChartPanel
from quizapp.gui.widgets.segments import Segments

RANGES = (30, 90, 365)
RETENTION_DAILY_DAYS = 90

KIND_KEYS = ("new", "learning", "review", "relearning")


def kind_names() -> dict[ReviewKind, str]:
    return {ReviewKind.NEW: tr("New"), ReviewKind.LEARNING: tr("Learning"),
            ReviewKind.REVIEW: tr("Review"), ReviewKind.RELEARNING: tr("Relearning")}


class ChartSection(Section):
    """A card holding one QtCharts view (``chart``)."""

    chart: ChartView

    def apply_colours(self, colours: Mapping[str, str]) -> None:
        self.chart.apply_colours(colours)


class ReviewsSection(ChartSection):
    """Reviews per day, stacked by kind, over 30 / 90 / 365 days."""

    chart: BarChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Reviews per day"), "")
        self.range = Segments([(n, fill(tr("%1 days"), n) if n < 365 else tr("1 year"),
                                tr("Show the last %n day(s)", n)) for n in RANGES], RANGES[0])
        self.range.changed.connect(self.rerender)
        self.panel.add_control(self.range)
        names = kind_names()
        self.chart = BarChart(tr("Reviews per day"),
                              [(names[k], KIND_KEYS[k]) for k in ReviewKind], self._tip,
                              stacked=True)
        self.panel.set_content(self.chart)
        self.days: tuple[DayReviews, ...] = ()

    def render(self, stats: Stats) -> None:
        self.stats = stats
        n = self.range.value
        self.days = stats.reviews_per_day(n)
        self.chart.set_values([[d.new for d in self.days], [d.learning for d in self.days],
                               [d.review for d in self.days], [d.relearning for d in self.days]],
                              date_ticks([d.day for d in self.days]))
        total = sum(d.total for d in self.days)
        studied = sum(1 for d in self.days if d.total)
        summary = " · ".join([
            fill(tr("Studied on %1 of %2 days"), number(studied), number(len(self.days))),
            fill(tr("reviews: %1"), number(total)),
            fill(tr("%1 per study day"), one_decimal(total / studied if studied else 0)),
            duration(sum(d.time_ms for d in self.days)),
        ])
        empty = (tr("No reviews yet — study a few flashcards and your daily reviews show up "
                    "here.") if stats.totals.reviews == 0
                 else tr("No reviews in the last %n day(s).", n))
        self.panel.show_content(total > 0, summary, empty)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        d = self.days[index]
        lines = [long_date(d.day), fill(tr("Reviews: %1"), number(d.total))]
        if d.total:
            names = kind_names()
            parts = [(names[ReviewKind.NEW], d.new), (names[ReviewKind.LEARNING], d.learning),
                     (names[ReviewKind.REVIEW], d.review),
                     (names[ReviewKind.RELEARNING], d.relearning)]
            lines += [f"{name}: {number(v)}" for name, v in parts]
            lines.append(fill(tr("Time: %1"), duration(d.time_ms)))
        return "\n".join(lines)

class RetentionSection(ChartSection):
    """True retention per day (last 90 days) or per week (52 weeks), with the target."""

    chart: LineChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Retention"), tr(
            "No reviews of learned cards yet. Retention shows how often you remembered a "
            "card when it came back for review."))
        self.mode = Segments([("daily", tr("Daily"), tr("Retention per day")),
                              ("weekly", tr("Weekly"), tr("Retention per week"))], "weekly")
        self.mode.changed.connect(self.rerender)
        self.panel.add_control(self.mode)
        self.chart = LineChart(tr("Retention"), [(tr("Remembered"), "review")], self._tip,
                               percent=True)
        self.panel.set_content(self.chart)
        self.shown: list[Retention] = []
        self.target = 0.9

    def render(self, stats: Stats) -> None:
        self.stats = stats
        rows = (stats.retention_daily[-RETENTION_DAILY_DAYS:] if self.mode.value == "daily"
                else stats.retention_weekly)
        self.shown = [r for r in rows if r.rate is not None]
        points = [(i, (r.rate or 0) * 100) for i, r in enumerate(rows) if r.rate is not None]
        ends = [r.end for r in rows]
        ticks = (date_ticks(ends) if self.mode.value == "daily"
                 else every_nth([day_month(d) for d in ends], 13))
        self.chart.set_points([points], len(rows), ticks, self.target * 100)
        t = stats.true_retention
        summary = fill(tr("Last 30 days: %1 (%2 of %3 reviews) · your target: %4"),
                       percent(t.rate), number(t.passed), number(t.passed + t.failed),
                       percent(self.target))
        self.panel.show_content(bool(points), summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _line: int, index: int) -> str:
        r = self.shown[index]
        when = (long_date(r.end) if r.start == r.end
                else f"{short_date(r.start)} – {short_date(r.end)}")
        return "\n".join([when, fill(tr("%1 remembered (%2 of %3)"), percent(r.rate),
                                     number(r.passed), number(r.passed + r.failed))])

class ForecastSection(ChartSection):
    """Cards due on each of the next 30 days."""

    chart: BarChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Due in the next 30 days"), tr(
            "Nothing is scheduled yet — cards you study come back here when they are due."))
        self.chart = BarChart(tr("Due in the next 30 days"), [(tr("Due"), "accent")], self._tip)
        self.panel.set_content(self.chart)
        self.days: list[tuple[date, int]] = []

    def render(self, stats: Stats) -> None:
        self.stats = stats
        self.days = [(f.day, f.due) for f in stats.forecast]
        labels = [tr("Today") if i == 0 else "" for i in range(len(self.days))]
        ticks = [(i, labels[i] or day_month(d)) for i, (d, _) in enumerate(self.days)
                 if i % 7 == 0]
        self.chart.set_values([[n for _, n in self.days]], ticks)
        due = [n for _, n in self.days]
        summary = " · ".join([fill(tr("Today: %1"), number(due[0])),
                              fill(tr("tomorrow: %1"), number(sum(due[1:2]))),
                              fill(tr("next 7 days: %1"), number(sum(due[1:8]))),
                              fill(tr("30 days: %1"), number(sum(due)))])
        self.panel.show_content(sum(due) > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        day, due = self.days[index]
        head = (tr("Today (with overdue cards)") if index == 0 else long_date(day))
        return f"{head}\n{fill(tr('Cards due: %1'), number(due))}"


class QuizSection(ChartSection):
    """The score of each quiz, oldest first."""

    chart: LineChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Quiz scores"), tr(
            "No quizzes yet — take a quiz and your scores show up here."))
        self.chart = LineChart(tr("Quiz scores"), [(tr("Score"), "accent")], self._tip,
                               percent=True)
        self.panel.set_content(self.chart)
        self.first = 1

    def render(self, stats: Stats) -> None:
        self.stats = stats
        quizzes = stats.quizzes
        self.first = stats.totals.quizzes - len(quizzes) + 1
        points = [(i, q.score * 100) for i, q in enumerate(quizzes)]
        labels = [number(self.first + i) for i in range(len(quizzes))]
        self.chart.set_points([points], max(len(quizzes), 1),
                              every_nth(labels, max(1, len(labels) // 6 + 1)))
        scores = [q.score for q in quizzes]
        summary = ""
        if scores:
            summary = " · ".join([
                fill(tr("quizzes: %1"), number(stats.totals.quizzes)),
                fill(tr("%1 of %2 answers right"), number(stats.totals.quiz_correct),
                     number(stats.totals.quiz_questions)),
                fill(tr("best %1"), percent(max(scores))),
                fill(tr("latest %1"), percent(scores[-1]))])
        self.panel.show_content(bool(quizzes), summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _line: int, index: int) -> str:
        assert self.stats is not None
        q = self.stats.quizzes[index]
        reasons = {EndReason.COMPLETED: tr("Completed"), EndReason.EXPIRED: tr("Time ran out"),
                   EndReason.ABANDONED: tr("Stopped early")}
        return "\n".join([
            fill(tr("Quiz %1 · %2"), number(self.first + index), date_time(q.finished)),
            fill(tr("%1 of %2 right (%3)"), number(q.correct), number(q.total),
                 percent(q.score)),
            reasons[q.reason]])


BUTTON_KEYS = ("relearning", "learning", "review", "new")  # Again red … Easy blue


class ButtonsSection(ChartSection):
    """How often each answer button was pressed, per kind of review (past year)."""

    chart: BarChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Answer buttons"), tr(
            "No answers yet — your Again / Hard / Good / Easy presses show up here."))
        self.button_names = [tr("Again"), tr("Hard"), tr("Good"), tr("Easy")]
        self.chart = BarChart(tr("Answer buttons"),
                              list(zip(self.button_names, BUTTON_KEYS)), self._tip)
        self.panel.set_content(self.chart)

    def render(self, stats: Stats) -> None:
        self.stats = stats
        names = kind_names()
        rows = [[b.again, b.hard, b.good, b.easy] for b in stats.buttons]
        self.chart.set_values([[row[k] for row in rows] for k in range(4)],
                              [(i, names[b.kind]) for i, b in enumerate(stats.buttons)])
        total = sum(map(sum, rows))
        passed = total - sum(row[0] for row in rows)
        summary = fill(tr("%1 answers in the past year · %2 not Again"), number(total),
                       percent_of(passed, total))
        self.panel.show_content(total > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, button: int, index: int) -> str:
        assert self.stats is not None
        b = self.stats.buttons[index]
        counts = [b.again, b.hard, b.good, b.easy]
        return "\n".join([
            fill(tr("%1 cards · %2"), kind_names()[b.kind], self.button_names[button]),
            fill(tr("%1 of %2 (%3)"), number(counts[button]), number(sum(counts)),
                 percent_of(counts[button], sum(counts)))])


class HoursSection(ChartSection):
    """Answers per hour of the day (past year): remembered and forgotten, stacked."""

    chart: BarChart

    def __init__(self) -> None:
        self.panel = ChartPanel(tr("Hours of the day"), tr(
            "No reviews in the past year yet — the hours you study at show up here."))
        self.chart = BarChart(tr("Hours of the day"),
                              [(tr("Remembered"), "review"), (tr("Again"), "relearning")],
                              self._tip, stacked=True)
        self.panel.set_content(self.chart)

    def render(self, stats: Stats) -> None:
        self.stats = stats
        hours = stats.hours
        self.chart.set_values([[h.correct for h in hours], [h.reviews - h.correct for h in hours]],
                              [(h, hour_label(h)) for h in range(0, 24, 6)])
        total = sum(h.reviews for h in hours)
        busiest = max(hours, key=lambda h: h.reviews)
        summary = fill(tr("Busiest: %1 (%2 reviews, %3 remembered)"), hour_span(busiest.hour),
                       number(busiest.reviews), percent_of(busiest.correct, busiest.reviews))
        self.panel.show_content(total > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        assert self.stats is not None
        h = self.stats.hours[index]
        return "\n".join([hour_span(h.hour), fill(tr("Reviews: %1"), number(h.reviews)),
                          fill(tr("%1 remembered (%2)"), number(h.correct),
                               percent_of(h.correct, h.reviews))])


def chart_sections() -> list[ChartSection]:
    """Every QtCharts card, in screen order after the heatmap and topics."""
    return [ReviewsSection(), RetentionSection(), ForecastSection(), QuizSection(),
            ButtonsSection(), HoursSection()]
