"""Statistics screen: tiles equal `quizapp stats --json`, empty states, range selector,
literal topic titles, tooltips with exact numbers, theme colours, lazy QtCharts."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.quiz.engine import QuizConfig
from quizapp.core.datafolder.settings import Theme
from quizapp.core.stats.model import Stats, stats_to_dict
from quizapp.gui import theme
from quizapp.gui.app import build_context
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.stats.view import StatsView
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext
from tests.helpers import ROOT

UTC = timezone.utc
HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"
RATINGS = (Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.HARD, Rating.EASY, Rating.GOOD)


# ---------------------------------------------------------------------- seeding
def _session(col: Collection, clock: FixedClock, start: datetime, answers: int) -> None:
    """Answer up to ``answers`` cards from ``start`` on, one a minute, cycling RATINGS."""
    clock.set(start)
    for k in range(answers):
        card = col.next_card()
        if card is None:
            return
        col.answer(card, RATINGS[k % len(RATINGS)], 2000 + 500 * k)
        clock.advance(minutes=1)


def _quiz(col: Collection, clock: FixedClock, right_first: int) -> None:
    """A 4-question quiz, ``right_first`` of them answered right; the wrong ones are
    multiple-choice questions where there are enough (a wrong option chosen there is a
    confusion, whichever questions the quiz drew)."""
    session = col.build_quiz(QuizConfig(count=4), random.Random(7))
    order = sorted(range(len(session.questions)), key=lambda k: (
        session.questions[k].item.kind is not ItemKind.MULTIPLE_CHOICE, k))
    wrong = set(order[:len(session.questions) - right_first])
    session.start(clock.now())
    k = 0
    while (q := session.current(clock.now())) is not None:
        clock.advance(seconds=20)
        right = q.item.correct
        session.answer((right + 1) % 2 if k in wrong else right, clock.now())
        k += 1
    col.record_quiz(session.result())


def _history(clock: FixedClock) -> Callable[[Collection], None]:
    """Five study days from 2 to 9 March 2026 (new, learning, review and relearning
    answers, Again presses, a forgotten review card), then a quiz with 3 of 4 right."""
    def job(col: Collection) -> None:
        for day, answers in ((2, 12), (3, 10), (6, 10), (8, 5), (9, 8)):
            _session(col, clock, datetime(2026, 3, day, 9, 0, tzinfo=UTC), answers)
        _quiz(col, clock, right_first=3)
    return job


def _run(qtbot: QtBot, ctx: AppContext, job: Callable[[Collection], Any]) -> Any:
    out: list[Any] = []
    ctx.backend.run(job, out.append, lambda exc: out.append(exc))
    qtbot.waitUntil(lambda: bool(out), timeout=15000)
    assert not isinstance(out[0], Exception), out[0]
    return out[0]


def _view(qtbot: QtBot, ctx: AppContext) -> StatsView:
    view = StatsView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.activate()
    return view


@pytest.fixture
def seeded(qtbot: QtBot, make_ctx: MakeContext, clock: FixedClock) -> AppContext:
    ctx = make_ctx(make_bank(topics=3, cards_per_topic=3, questions_per_topic=2))
    _run(qtbot, ctx, _history(clock))
    return ctx


def _tiles(view: StatsView) -> dict[str, str]:
    t = view.tiles
    assert t is not None
    out = {"today": t.today.value.text(), "today_detail": t.today.detail.text(),
           "streak": t.streak.value.text(), "streak_detail": t.streak.detail.text(),
           "total": t.total.value.text(), "total_detail": t.total.detail.text(),
           "retention": t.retention.value.text(),
           "retention_detail": t.retention.detail.text(),
           "quizzes": t.quizzes.value.text(), "due": t.due.value.text()}
    out.update({f"state_{k}": label.text() for k, label in t.states.counts.items()})
    return out


def _expected_tiles(d: dict[str, Any]) -> dict[str, str]:
    """What the tiles must say for ``stats_to_dict`` output ``d``."""
    n = QLocale().toString
    r = d["true_retention"]
    rate = "–" if r["rate"] is None else f"{round(r['rate'] * 100)} %"
    return {"today": n(d["today"]["reviews"]), "streak": n(d["streak"]["current"]),
            "total": n(d["totals"]["reviews"]), "retention": rate,
            "quizzes": n(d["totals"]["quizzes"]), "due": n(d["forecast"][0]["due"]),
            **{f"state_{k}": n(v) for k, v in d["states"].items()}}


# ---------------------------------------------------------------------- tiles
def test_tiles_equal_the_stats_of_the_same_collection(qtbot: QtBot, seeded: AppContext) -> None:
    view = _view(qtbot, seeded)
    data = _run(qtbot, seeded, lambda col: stats_to_dict(col.stats()))
    tiles = _tiles(view)
    expected = _expected_tiles(data)
    assert {k: tiles[k] for k in expected} == expected
    # The seeded history really shows up (not zeros all round).
    # (Due days as the load balancer, on by default, picks them.)
    assert data["today"]["reviews"] == 1 and data["streak"]["current"] == 2
    assert data["totals"]["reviews"] == 38 and data["totals"]["quizzes"] == 1
    assert data["true_retention"]["failed"] > 0 and data["states"]["relearning"] == 1
    assert f"Again: {data['today']['again']}" in tiles["today_detail"]
    assert f"longest: {data['streak']['longest']}" in tiles["streak_detail"]
    assert f"study days: {data['totals']['days_studied']}" in tiles["total_detail"]
    r = data["true_retention"]
    assert f"{r['passed']} of {r['passed'] + r['failed']}" in tiles["retention_detail"]
    assert view.tiles is not None and view.stats is not None
    assert "75 %" in view.tiles.quizzes.detail.text()  # 3 of 4 quiz answers right
    assert view.as_of.text().endswith(QLocale().toString(
        view.stats.today_date, QLocale.FormatType.LongFormat))


@pytest.fixture
def real_time_ctx(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[AppContext, FixedClock]]:
    """A context like the app's (system time zone, default banks) on a fixed clock that is
    set to the real time, so `quizapp stats` (system clock) sees the same study day."""
    data = tmp_path / "data"
    now = datetime.now(UTC).replace(microsecond=0)
    clock = FixedClock(now)
    ctx = build_context(data, data, clock)
    with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
        ctx.backend.open()
    yield ctx, clock
    ctx.backend.shutdown()


def test_tiles_equal_quizapp_stats_json(qtbot: QtBot, real_time_ctx: tuple[AppContext, FixedClock],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    ctx, clock = real_time_ctx
    now = clock.now()

    def seed(col: Collection) -> None:
        for days_ago, answers in ((3, 10), (2, 8), (1, 0), (0, 6)):
            if answers:
                _session(col, clock, now - timedelta(days=days_ago, minutes=30), answers)
        _quiz(col, clock, right_first=2)
        clock.set(now)

    _run(qtbot, ctx, seed)
    view = _view(qtbot, ctx)
    tiles = _tiles(view)
    assert view.stats is not None and view.stats.totals.reviews == 24
    ctx.backend.shutdown()  # the CLI opens the folder on its own

    assert main(["--data-dir", str(ctx.data_dir), "stats", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    # Same study day on both sides (a rollover between the two reads would void the test).
    assert cli["today_date"] == view.stats.today_date.isoformat()
    expected = _expected_tiles(cli)
    assert {k: tiles[k] for k in expected} == expected
    mine = stats_to_dict(view.stats)
    for key in ("today", "streak", "totals", "true_retention", "states"):
        assert mine[key] == cli[key], key


# ---------------------------------------------------------------------- empty state
def test_an_empty_history_shows_friendly_messages(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(make_bank()))
    assert view.tiles is not None
    assert view.tiles.today.value.text() == "0"
    assert view.tiles.retention.value.text() == "–"
    assert view.tiles.states.counts["new"].text() == "6"
    everything = [s.panel for s in view.sections]
    assert len(everything) == 10
    # Only the forecast has something to say: the new cards still to come, six today.
    forecast = next(p for p in everything if p.heading.text() == "Due in the next 30 days")
    assert not forecast.is_empty
    assert forecast.summary.text().startswith("Today: 6 · tomorrow: 0")
    assert "new cards among them: 6" in forecast.summary.text()
    panels = [p for p in everything if p is not forecast]
    assert all(p.is_empty for p in panels)
    assert all(p.content is not None and p.content.isHidden() for p in panels)
    assert all(not p.empty.isHidden() and p.empty.text() for p in panels)
    texts = {p.heading.text(): p.empty.text() for p in panels}
    assert "No reviews yet" in texts["Reviews per day"]
    assert "No reviews yet" in texts["Study calendar"]
    assert "No quizzes yet" in texts["Quiz scores"]
    assert "Nothing mixed up" in texts["What you mix up"]
    assert "No exam is set" in texts["Ready for the exam"]


def test_charts_show_once_there_is_history(qtbot: QtBot, seeded: AppContext) -> None:
    view = _view(qtbot, seeded)
    shown = {s.panel.heading.text() for s in view.sections if not s.panel.is_empty}
    assert shown == {"Reviews per day", "Study calendar", "Topic mastery (weakest first)",
                     "Retention", "Due in the next 30 days", "Quiz scores", "Answer buttons",
                     "Hours of the day", "What you mix up"}
    assert view.confusions is not None and view.confusions.list.rows > 0


# ---------------------------------------------------------------------- range selector
def test_the_range_selector_switches_30_90_365_days(qtbot: QtBot, seeded: AppContext) -> None:
    view = _view(qtbot, seeded)
    reviews = view.reviews
    assert reviews is not None
    chart = reviews.chart
    assert [b.text() for b in reviews.range.buttons] == ["30 days", "90 days", "1 year"]
    assert all(s.count() == 30 for s in chart.bar_sets)
    for button, days in zip(reviews.range.buttons, (30, 90, 365, 30)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
        assert [s.count() for s in chart.bar_sets] == [days] * 4
        assert (chart.x_axis.min(), chart.x_axis.max()) == (-0.5, days - 0.5)
    qtbot.mouseClick(reviews.range.buttons[2], Qt.MouseButton.LeftButton)
    assert view.stats is not None
    last = view.stats.daily[-1]
    values = [chart.bar_sets[k].at(364) for k in range(4)]
    assert values == [last.new, last.learning, last.review, last.relearning]
    # Charts are built once: a refresh only updates their series.
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.refresh()
    assert view.reviews is reviews and reviews.chart is chart
    assert [s.count() for s in chart.bar_sets] == [365] * 4


# ---------------------------------------------------------------------- content is data
def test_topic_titles_are_shown_literally(qtbot: QtBot, make_ctx: MakeContext,
                                          clock: FixedClock) -> None:
    bank = Bank(BankMeta("hostile", HOSTILE, "en"),
                (Topic("t", HOSTILE, SourceRef(1, (HOSTILE,))),),
                (Item("c", ItemKind.FLASHCARD, "t", HOSTILE, back=HOSTILE),))
    ctx = make_ctx(bank)
    _run(qtbot, ctx, lambda col: _session(col, clock, clock.now(), 1))
    view = _view(qtbot, ctx)
    assert view.topics is not None
    title = view.topics.bars.rows[0][0].label
    assert title.text() == HOSTILE
    assert title.textFormat() == Qt.TextFormat.PlainText
    shown = [w for w in view.findChildren(QLabel) if w.text() == HOSTILE]
    assert shown and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    # QtCharts renders axis labels as rich text: no bank text may reach a chart.
    for section in view.charts:
        labels = section.chart.x_axis.categoriesLabels()
        assert not any("<" in label for label in labels)


def test_topics_weakest_first_with_show_all(qtbot: QtBot, make_ctx: MakeContext,
                                            clock: FixedClock) -> None:
    ctx = make_ctx(make_bank(topics=12, cards_per_topic=1, questions_per_topic=0))
    _run(qtbot, ctx, lambda col: _session(col, clock, clock.now(), 40))
    view = _view(qtbot, ctx)
    topics = view.topics
    assert topics is not None and view.stats is not None
    visible = [row for row in topics.bars.rows if not row[0].isHidden()]
    assert len(visible) == 10
    values = [row[1].value() for row in visible]
    assert values == sorted(values)  # weakest first
    assert not topics.more.isHidden() and topics.more.text() == "Show all 12"
    qtbot.mouseClick(topics.more, Qt.MouseButton.LeftButton)
    assert sum(not row[0].isHidden() for row in topics.bars.rows) == 12
    assert topics.more.text() == "Show fewer"


# ---------------------------------------------------------------------- tooltips
def test_tooltips_give_exact_numbers(qtbot: QtBot, seeded: AppContext) -> None:
    view = _view(qtbot, seeded)
    stats = view.stats
    assert stats is not None and view.reviews is not None and view.heatmap is not None
    today = stats.daily[-1]
    chart = view.reviews.chart
    chart.bar_sets[2].hovered.emit(True, 29)  # hover today's "review" bar
    assert chart.tip == chart.tip_for(2, 29)
    assert f"Reviews: {today.total}" in chart.tip
    for name, value in (("New", today.new), ("Learning", today.learning),
                        ("Review", today.review), ("Relearning", today.relearning)):
        assert f"{name}: {value}" in chart.tip
    chart.bar_sets[2].hovered.emit(False, 29)

    heat = view.heatmap.heatmap
    last = len(stats.heatmap) - 1
    rect_centre = heat._rect(last).center()  # noqa: SLF001 - geometry under test
    assert heat.index_at(rect_centre) == last
    assert heat.index_at(QPoint(0, 0)) == -1
    tip = heat.tooltip_for(last)
    assert f"Reviews: {stats.heatmap[-1].reviews}" in tip
    assert QLocale().toString(stats.today_date, QLocale.FormatType.LongFormat) in tip
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Left)  # a week back
    assert heat.cursor_index == last - 7
    assert heat.accessibleDescription() == heat.tooltip_for(last - 7)

    forecast = next(s for s in view.charts if s.panel.heading.text().startswith("Due"))
    assert f"Cards due: {stats.forecast[1].due}" in forecast.chart.tip_for(0, 1)
    quiz = next(s for s in view.charts if s.panel.heading.text() == "Quiz scores")
    assert "3 of 4 right (75 %)" in quiz.chart.tip_for(0, 0)
    hours = next(s for s in view.charts if s.panel.heading.text() == "Hours of the day")
    busiest = max(stats.hours, key=lambda h: h.reviews)
    assert f"Reviews: {busiest.reviews}" in hours.chart.tip_for(0, busiest.hour)
    assert view.tiles is not None
    assert f"{stats.today.reviews} reviews today" in view.tiles.today.toolTip()
    assert view.topics is not None
    assert "Predicted to be remembered in 7 days" in view.topics.bars.rows[0][1].toolTip()


# ---------------------------------------------------------------------- theme
def _colour(value: object) -> str:
    assert isinstance(value, QColor)
    return value.name()


@pytest.fixture
def restore_theme() -> Iterator[QApplication]:
    """The application with its style, palette and stylesheet put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette, qss = app.style().name(), QPalette(app.palette()), app.styleSheet()
    current = app.property("quizapp_theme")
    yield app
    app.setStyle(style)
    app.setPalette(palette)
    app.setStyleSheet(qss)
    app.setProperty("quizapp_theme", current)


def test_switching_theme_recolours_the_charts(qtbot: QtBot, seeded: AppContext,
                                              restore_theme: QApplication) -> None:
    app = restore_theme
    theme.apply(app, Theme.LIGHT)
    view = _view(qtbot, seeded)
    assert view.reviews is not None and view.heatmap is not None
    chart = view.reviews.chart
    light, dark = theme.CHART_COLOURS[Theme.LIGHT], theme.CHART_COLOURS[Theme.DARK]
    assert _colour(chart.chart_.backgroundBrush().color()) == light["background"]
    # As in app.py: the application applies the saved theme; the screen follows.
    seeded.settings.changed.connect(lambda s: theme.apply(app, s.theme))
    seeded.settings.save(replace(seeded.settings.value, theme=Theme.DARK))
    qtbot.waitUntil(lambda: _colour(chart.chart_.backgroundBrush().color())
                    == dark["background"], timeout=5000)
    assert [_colour(s.color()) for s in chart.bar_sets] == [
        dark[k] for k in ("new", "learning", "review", "relearning")]
    assert _colour(chart.x_axis.labelsColor()) == dark["text"]
    assert _colour(view.heatmap.heatmap.shade(0)) == dark["empty"]


# ---------------------------------------------------------------------- refresh, keys
def test_refreshes_after_changes_and_goes_home_on_escape(qtbot: QtBot, seeded: AppContext,
                                                          clock: FixedClock) -> None:
    view = _view(qtbot, seeded)
    assert view.tiles is not None
    before = int(view.tiles.total.value.text())

    def answer(col: Collection) -> None:
        card = col.next_card()
        assert card is not None
        col.answer(card, Rating.GOOD, 1000)

    with qtbot.waitSignal(view.rendered, timeout=15000):
        seeded.backend.run(answer, changes=Change.REVIEWS)
    assert int(view.tiles.total.value.text()) == before + 1
    view.hide()
    with qtbot.waitSignal(seeded.backend.changed, timeout=15000):
        seeded.backend.run(lambda col: None, changes=Change.QUIZ)
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.show()
        view.activate()
    with qtbot.waitSignal(view.home_requested, timeout=2000):
        qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)


def test_statistics_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 640)
    window.show_stats()
    view = window.stats
    qtbot.waitUntil(lambda: view.stats is not None, timeout=15000)
    assert window.stack.currentWidget() is view
    assert view.tiles is not None and view.tiles.today.value.text() == "0"
    assert view.grid.columns == 1  # narrow: one column of cards
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.grid.columns == 2, timeout=5000)
    view.home_button.setFocus()
    with qtbot.waitSignal(view.home_requested, timeout=2000):
        qtbot.keyClick(view.home_button, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


# ---------------------------------------------------------------------- start-up cost
def test_qtcharts_is_imported_only_when_the_charts_are_built() -> None:
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import quizapp.gui.mainwindow, quizapp.gui.views.stats.view\n"
            "print('PySide6.QtCharts' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_render_of_a_year_is_cheap(qtbot: QtBot, seeded: AppContext) -> None:
    """Rendering reuses the charts: re-rendering the same numbers changes no widget tree."""
    view = _view(qtbot, seeded)
    assert view.stats is not None
    children = len(view.findChildren(QLabel))
    stats: Stats = view.stats
    for _ in range(3):
        view.render(stats)
    assert len(view.findChildren(QLabel)) == children


def test_a_failed_computation_is_shown_not_raised(qtbot: QtBot, make_ctx: MakeContext,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.core.errors import StorageError
    from quizapp.gui.views.stats import view as stats_module

    def broken(col: Collection) -> Stats:
        raise StorageError("the disk is unhappy")

    monkeypatch.setattr(stats_module, "_load", broken)
    view = StatsView(make_ctx(make_bank()))
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: "the disk is unhappy" in view.loading.text(), timeout=15000)
    assert not view.loading.isHidden() and view.stats is None


def test_shown_before_the_collection_opens_it_loads_once_open(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(), open_now=False)
    view = StatsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    assert view.stats is None and not view.loading.isHidden()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        ctx.backend.open()
    assert view.loading.isHidden() and view.tiles is not None
    # The bank file is new: it is read beside the worker, and the screen follows.
    qtbot.waitUntil(lambda: view.tiles is not None
                    and view.tiles.states.counts["new"].text() == "6", timeout=15000)


# ---------------------------------------------------------------------- the first week
def test_the_forecast_shows_the_new_cards_to_come(qtbot: QtBot, make_ctx: MakeContext,
                                                  clock: FixedClock) -> None:
    """The tester's forecast said "tomorrow: 0" with 55 cards unseen, 20 a day to come."""
    ctx = make_ctx()  # the study bank: 65 cards, 20 new a day
    _run(qtbot, ctx, lambda col: _session(col, clock, clock.now(), 20))
    view = _view(qtbot, ctx)
    forecast = next(s for s in view.charts if s.panel.heading.text().startswith("Due"))
    assert view.stats is not None
    tomorrow = view.stats.forecast[1]
    assert tomorrow.new == 20
    assert f"tomorrow: {tomorrow.due + 20}" in forecast.panel.summary.text()
    assert "New cards: 20" in forecast.chart.tip_for(1, 1)


@pytest.mark.parametrize("width", [1024, 1280])
@pytest.mark.parametrize("language", ["en", "lv"])
def test_kind_names_under_the_bars_are_not_cut(qtbot: QtBot, seeded: AppContext,
                                               language: str, width: int) -> None:
    """A kind's name under its bars was cut ("Atkārtoti apg…") in Latvian. QtCharts
    shortens a category label that is wider than its category: every name must fit (the
    first category spans half a slot, from the axis start to its bars)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontMetricsF

    from quizapp.gui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    i18n.switch(app, language)
    try:
        view = StatsView(seeded)
        qtbot.addWidget(view)
        view.resize(width, 800)
        view.show()
        with qtbot.waitSignal(view.rendered, timeout=15000):
            view.activate()
        buttons = next(s for s in view.charts if s.panel.heading.text() in (
            "Answer buttons", "Atbilžu pogas"))
        chart = buttons.chart
        qtbot.waitUntil(lambda: chart.chart_.plotArea().width() > 100, timeout=5000)
        labels = chart.x_axis.categoriesLabels()
        assert len(labels) == 4
        slot = chart.chart_.plotArea().width() / len(labels)
        metrics = QFontMetricsF(chart.x_axis.labelsFont())
        room = [slot / 2] + [slot] * (len(labels) - 1)
        wide = [(label, round(metrics.horizontalAdvance(label)), round(r))
                for label, r in zip(labels, room) if metrics.horizontalAdvance(label) > r]
        assert wide == []
    finally:
        i18n.switch(app, "en")


def test_the_exam_card_draws_predicted_recall_day_by_day(qtbot: QtBot, seeded: AppContext
                                                         ) -> None:
    from dataclasses import replace
    from datetime import date

    view = _view(qtbot, seeded)
    exam = view.exam
    assert exam.panel.is_empty and "No exam is set" in exam.panel.empty.text()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        seeded.settings.save(replace(seeded.settings.value, exam_date=date(2026, 3, 20),
                                     exam_target=0.8))
    qtbot.waitUntil(lambda: not exam.panel.is_empty, timeout=15000)
    plan = _run(qtbot, seeded, lambda col: col.exam_plan())
    # One point a day from the first answer (2 March) to today (9 March), the last one the
    # plan's own prediction; and the target drawn beside them.
    assert [d.day for d in exam.days] == [date(2026, 3, n) for n in range(2, 10)]
    assert exam.days[-1].recall == pytest.approx(plan.recall)
    assert exam.chart.lines[0].count() == 8 and exam.chart.target.count() == 2
    shown = round(plan.recall * 100)
    assert exam.panel.summary.text() == (
        f"Exam on Friday, 20 March 2026 · predicted recall now: {shown} % · target: 80 %")
    assert f"Predicted recall on exam day: {shown} %" in exam._tip(0, 7)
