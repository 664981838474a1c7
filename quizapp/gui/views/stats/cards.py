"""The statistics screen's number tiles, calendar heatmap and per-topic mastery cards."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QPushButton

from quizapp.core.stats.model import Stats
from quizapp.gui.views.stats.format import (
    duration,
    fill,
    long_date,
    number,
    percent,
    percent_of,
    translate,
)
from quizapp.gui.widgets.grid import ResponsiveGrid
from quizapp.gui.widgets.heatmap import CalendarHeatmap
from quizapp.gui.widgets.panel import ChartPanel
from quizapp.gui.widgets.tiles import CountsTile, StatTile
from quizapp.gui.widgets.topicbars import TopicBars

TOPICS_SHOWN = 10  # before "Show all"


class Section:
    """One card of the screen: ``panel`` is its widget, ``render`` shows a ``Stats``."""

    panel: ChartPanel
    stats: Stats | None = None

    def render(self, stats: Stats) -> None:
        raise NotImplementedError

    def rerender(self) -> None:
        """Show the last numbers again (after a control of the card changed)."""
        if self.stats is not None:
            self.render(self.stats)

    def apply_colours(self, colours: Mapping[str, str]) -> None:
        """Recolour what the stylesheet cannot reach (charts, the calendar)."""


class Tiles:
    """Today, streak, total, true retention, quizzes, due and cards by state."""

    def __init__(self) -> None:
        self.grid = ResponsiveGrid(min_column_width=200, max_columns=4, spacing=10)
        self.today = StatTile(translate("StatsView", "Today"))
        self.streak = StatTile(translate("StatsView", "Streak"))
        self.total = StatTile(translate("StatsView", "Total reviews"))
        self.retention = StatTile(translate("StatsView", "True retention (30 days)"))
        self.states = CountsTile(translate("StatsView", "Cards by state"), [
            ("new", translate("StatsView", "New"), "new"),
            ("learning", translate("StatsView", "Learning"), "learning"),
            ("review", translate("StatsView", "Review"), "review"),
            ("relearning", translate("StatsView", "Relearning"), None),
            ("leeches", translate("StatsView", "Leeches"), None)])
        self.quizzes = StatTile(translate("StatsView", "Quizzes"))
        self.due = StatTile(translate("StatsView", "Due today"))
        for tile in (self.today, self.streak, self.total, self.retention):
            self.grid.add(tile)
        self.grid.add(self.states, 2)
        self.grid.add(self.quizzes)
        self.grid.add(self.due)

    def render(self, s: Stats) -> None:
        t, tot, r, st = s.today, s.totals, s.true_retention, s.states
        self.today.set_value(number(t.reviews), fill(
            translate("StatsView", "Again: %1 · time: %2"), number(t.again), duration(t.time_ms)),
            "\n".join([
                fill(translate("StatsView", "%1 reviews today in %2"), number(t.reviews),
                     duration(t.time_ms)),
                fill(translate("StatsView", "Again pressed %1 times (%2)"), number(t.again),
                     percent_of(t.again, t.reviews))]))
        self.streak.set_value(number(s.streak.current), fill(
            translate("StatsView", "days in a row · longest: %1"), number(s.streak.longest)),
            translate("StatsView", "Days in a row with at least one review, up to today (or "
                                   "yesterday, before today's first review)."))
        self.total.set_value(number(tot.reviews), fill(
            translate("StatsView", "study days: %1 · time: %2"), number(tot.days_studied),
            duration(tot.time_ms)),
            "\n".join([
                fill(translate("StatsView", "%1 flashcard answers on %2 days"),
                     number(tot.reviews), number(tot.days_studied)),
                fill(translate("StatsView", "Time spent: %1"), duration(tot.time_ms)),
                fill(translate("StatsView", "Cards studied: %1 of %2"),
                     number(tot.studied_cards), number(tot.cards))]))
        seen = r.passed + r.failed
        remembered = fill(translate("StatsView", "%1 of %2 reviews remembered"),
                          number(r.passed), number(seen))
        self.retention.set_value(
            percent(r.rate),
            remembered if seen else translate("StatsView", "no reviews of learned cards yet"),
            translate("StatsView", "Share of reviews of learned cards answered Hard, Good or "
                                   "Easy (not Again) over the last 30 days."))
        self.states.set_counts(
            {"new": number(st.new), "learning": number(st.learning),
             "review": number(st.review), "relearning": number(st.relearning),
             "leeches": number(st.leeches)},
            fill(translate("StatsView", "%1 active flashcards and %2 quiz questions; leeches "
                                        "are cards forgotten again and again."),
                 number(tot.cards), number(tot.questions)))
        right = fill(translate("StatsView", "%1 answers right"),
                     percent_of(tot.quiz_correct, tot.quiz_questions))
        self.quizzes.set_value(
            number(tot.quizzes),
            right if tot.quiz_questions else translate("StatsView", "none taken yet"),
            fill(translate("StatsView", "%1 of %2 quiz answers right"),
                 number(tot.quiz_correct), number(tot.quiz_questions)))
        due = [f.due for f in s.forecast]
        self.due.set_value(number(due[0]), fill(
            translate("StatsView", "tomorrow: %1 · next 7 days: %2"), number(sum(due[1:2])),
            number(sum(due[1:8]))),
            translate("StatsView", "Cards due for review today, overdue ones included (new "
                                   "cards not counted)."))


class HeatmapSection(Section):
    """A year of study days as a calendar."""

    def __init__(self) -> None:
        self.panel = ChartPanel(
            translate("StatsView", "Study calendar"),
            translate("StatsView", "No reviews yet — each day you study fills a square here."))
        self.heatmap = CalendarHeatmap()
        self.panel.set_content(self.heatmap)

    def render(self, s: Stats) -> None:
        days = s.heatmap
        self.heatmap.set_days(days)
        studied = sum(1 for d in days if d.reviews)
        summary = " · ".join([
            fill(translate("StatsView", "Studied on %1 of the last %2 days"), number(studied),
                 number(len(days))),
            fill(translate("StatsView", "streak %1, longest %2"), number(s.streak.current),
                 number(s.streak.longest)),
            fill(translate("StatsView", "as of %1"), long_date(s.today_date))])
        self.panel.show_content(studied > 0, summary)
        self.heatmap.setAccessibleDescription(summary)

    def apply_colours(self, colours: Mapping[str, str]) -> None:
        self.heatmap.set_colours(colours)


class TopicsSection(Section):
    """Mastery of every studied topic, weakest first; the rest counted underneath."""

    def __init__(self) -> None:
        self.panel = ChartPanel(translate("StatsView", "Topic mastery (weakest first)"), "")
        self.bars = TopicBars()
        self.panel.set_content(self.bars)
        self.more = QPushButton()
        self.more.setCheckable(True)
        self.more.toggled.connect(self.rerender)
        self.panel.add_control(self.more)

    def render(self, s: Stats) -> None:
        self.stats = s
        studied = [m for m in s.topics if m.has_evidence]
        untouched = len(s.topics) - len(studied)
        shown = studied if self.more.isChecked() else studied[:TOPICS_SHOWN]
        self.bars.set_topics(shown)
        self.more.setVisible(len(studied) > TOPICS_SHOWN)
        self.more.setText(translate("StatsView", "Show fewer") if self.more.isChecked()
                          else fill(translate("StatsView", "Show all %1"), number(len(studied))))
        self.more.setAccessibleName(translate("StatsView", "Show every studied topic"))
        summary = (fill(translate("StatsView", "Topics not studied yet: %1"), number(untouched))
                   if untouched else "")
        if s.topics:
            empty = translate("StatsView", "No topic has been studied yet — study flashcards or "
                                           "take a quiz, and your weakest topics show up first.")
        else:
            empty = translate("StatsView", "No topics yet — import a document to get flashcards "
                                           "and questions.")
        self.panel.show_content(bool(studied), summary, empty)
