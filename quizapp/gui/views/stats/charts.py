"""The statistics screen's chart cards about reviews: per day, retention, the forecast.

Imported only when the screen first shows its charts (QtCharts loads with it). Every card
has an empty state, a summary line and tooltips with the exact numbers; titles and axis
labels are our own words and dates, never bank text (QtCharts renders them as rich text).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from quizapp.core.study.cards import ReviewKind
from quizapp.core.stats.model import DayReviews, Retention, Stats
from quizapp.gui.views.stats.cards import Section
from quizapp.gui.views.stats.format import (
    date_ticks,
    day_month,
    duration,
    every_nth,
    fill,
    long_date,
    number,
    one_decimal,
    percent,
    short_date,
    translate,
)
from quizapp.gui.widgets.charts import BarChart, ChartView, LineChart
from quizapp.gui.widgets.panel import ChartPanel
from quizapp.gui.widgets.segments import Segments

RANGES = (30, 90, 365)
RETENTION_DAILY_DAYS = 90

KIND_KEYS = ("new", "learning", "review", "relearning")


def kind_names() -> dict[ReviewKind, str]:
    return {ReviewKind.NEW: translate("StatsView", "New"),
            ReviewKind.LEARNING: translate("StatsView", "Learning"),
            ReviewKind.REVIEW: translate("StatsView", "Review"),
            ReviewKind.RELEARNING: translate("StatsView", "Relearning")}


class ChartSection(Section):
    """A card holding one QtCharts view (``chart``)."""

    chart: ChartView

    def apply_colours(self, colours: Mapping[str, str]) -> None:
        self.chart.apply_colours(colours)


class ReviewsSection(ChartSection):
    """Reviews per day, stacked by kind, over 30 / 90 / 365 days."""

    chart: BarChart

    def __init__(self) -> None:
        title = translate("StatsView", "Reviews per day")
        self.panel = ChartPanel(title, "")
        self.range = Segments(
            [(n, fill(translate("StatsView", "%1 days"), n) if n < 365
              else translate("StatsView", "1 year"),
              fill(translate("StatsView", "Show the last %1 days"), n)) for n in RANGES],
            RANGES[0])
        self.range.changed.connect(self.rerender)
        self.panel.add_control(self.range)
        names = kind_names()
        self.chart = BarChart(title, [(names[k], KIND_KEYS[k]) for k in ReviewKind], self._tip,
                              stacked=True)
        self.panel.set_content(self.chart)
        self.days: tuple[DayReviews, ...] = ()

    def render(self, stats: Stats) -> None:
        self.stats = stats
        n = self.range.value
        days = self.days = stats.reviews_per_day(n)
        self.chart.set_values([[d.new for d in days], [d.learning for d in days],
                               [d.review for d in days], [d.relearning for d in days]],
                              date_ticks([d.day for d in days]))
        total = sum(d.total for d in days)
        studied = sum(1 for d in days if d.total)
        summary = " · ".join([
            fill(translate("StatsView", "Studied on %1 of %2 days"), number(studied),
                 number(len(days))),
            fill(translate("StatsView", "reviews: %1"), number(total)),
            fill(translate("StatsView", "%1 per study day"),
                 one_decimal(total / studied if studied else 0)),
            duration(sum(d.time_ms for d in days))])
        if stats.totals.reviews == 0:
            empty = translate("StatsView", "No reviews yet — study a few flashcards and your "
                                           "daily reviews show up here.")
        else:
            empty = fill(translate("StatsView", "No reviews in the last %1 days."), n)
        self.panel.show_content(total > 0, summary, empty)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        d = self.days[index]
        lines = [long_date(d.day), fill(translate("StatsView", "Reviews: %1"), number(d.total))]
        if d.total:
            names = kind_names()
            counts = {ReviewKind.NEW: d.new, ReviewKind.LEARNING: d.learning,
                      ReviewKind.REVIEW: d.review, ReviewKind.RELEARNING: d.relearning}
            lines += [f"{names[k]}: {number(v)}" for k, v in counts.items()]
            lines.append(fill(translate("StatsView", "Time: %1"), duration(d.time_ms)))
        return "\n".join(lines)


class RetentionSection(ChartSection):
    """True retention per day (last 90 days) or per week (52 weeks), with the target."""

    chart: LineChart

    def __init__(self) -> None:
        title = translate("StatsView", "Retention")
        self.panel = ChartPanel(title, translate(
            "StatsView", "No reviews of learned cards yet. Retention shows how often you "
                         "remembered a card when it came back for review."))
        self.mode = Segments(
            [("daily", translate("StatsView", "Daily"),
              translate("StatsView", "Retention per day")),
             ("weekly", translate("StatsView", "Weekly"),
              translate("StatsView", "Retention per week"))], "weekly")
        self.mode.changed.connect(self.rerender)
        self.panel.add_control(self.mode)
        self.chart = LineChart(title, [(translate("StatsView", "Remembered"), "review")],
                               self._tip, percent=True)
        self.panel.set_content(self.chart)
        self.shown: list[Retention] = []
        self.target = 0.9

    def render(self, stats: Stats) -> None:
        self.stats = stats
        daily = self.mode.value == "daily"
        rows = stats.retention_daily[-RETENTION_DAILY_DAYS:] if daily else stats.retention_weekly
        self.shown = [r for r in rows if r.rate is not None]
        points = [(i, (r.rate or 0) * 100) for i, r in enumerate(rows) if r.rate is not None]
        ends = [r.end for r in rows]
        ticks = date_ticks(ends) if daily else every_nth([day_month(d) for d in ends], 13)
        self.chart.set_points([points], len(rows), ticks, self.target * 100)
        t = stats.true_retention
        summary = fill(
            translate("StatsView", "Last 30 days: %1 (%2 of %3 reviews) · your target: %4"),
            percent(t.rate), number(t.passed), number(t.passed + t.failed), percent(self.target))
        self.panel.show_content(bool(points), summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _line: int, index: int) -> str:
        r = self.shown[index]
        when = (long_date(r.end) if r.start == r.end
                else f"{short_date(r.start)} – {short_date(r.end)}")
        return "\n".join([when, fill(translate("StatsView", "%1 remembered (%2 of %3)"),
                                     percent(r.rate), number(r.passed),
                                     number(r.passed + r.failed))])


class ForecastSection(ChartSection):
    """Cards due on each of the next 30 days, and the new cards the daily limit brings."""

    chart: BarChart

    def __init__(self) -> None:
        title = translate("StatsView", "Due in the next 30 days")
        self.panel = ChartPanel(title, translate(
            "StatsView", "Nothing is scheduled yet — cards you study come back here when they "
                         "are due."))
        self.chart = BarChart(title, [(translate("StatsView", "Due"), "review"),
                                      (translate("StatsView", "New cards"), "new")],
                              self._tip, stacked=True)
        self.panel.set_content(self.chart)
        self.days: list[tuple[date, int, int]] = []

    def render(self, stats: Stats) -> None:
        self.stats = stats
        self.days = [(f.day, f.due, f.new) for f in stats.forecast]
        ticks = [(float(i), translate("StatsView", "Today") if i == 0 else day_month(d))
                 for i, (d, _, _) in enumerate(self.days) if i % 7 == 0]
        due = [n for _, n, _ in self.days]
        new = [n for _, _, n in self.days]
        self.chart.set_values([due, new], ticks)
        total = [d + n for d, n in zip(due, new)]
        summary = " · ".join([
            fill(translate("StatsView", "Today: %1"), number(total[0])),
            fill(translate("StatsView", "tomorrow: %1"), number(sum(total[1:2]))),
            fill(translate("StatsView", "next 7 days: %1"), number(sum(total[1:8]))),
            fill(translate("StatsView", "30 days: %1"), number(sum(total)))])
        if sum(new):
            summary += " · " + fill(translate("StatsView", "new cards among them: %1"),
                                    number(sum(new)))
        self.panel.show_content(sum(total) > 0, summary)
        self.chart.setAccessibleDescription(summary)

    def _tip(self, _set: int, index: int) -> str:
        day, due, new = self.days[index]
        head = (translate("StatsView", "Today (with overdue cards)") if index == 0
                else long_date(day))
        lines = [head, fill(translate("StatsView", "Cards due: %1"), number(due))]
        if new:
            lines.append(fill(translate("StatsView", "New cards: %1"), number(new)))
        return "\n".join(lines)
