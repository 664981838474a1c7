"""Exam mode on screen: setting the date on home shows the plan; the app's collection follows
the saved exam and load-balancing settings."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from quizapp.core.collection import Collection
from quizapp.core.study.balance import EasyDay
from quizapp.core.study.cards import Rating
from quizapp.core.study.day import StudyDay
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.examdate import ExamDateDialog
from quizapp.gui.views.examplan import ExamPlanPanel
from tests.gui.conftest import MakeContext

TODAY = date(2026, 3, 2)  # the clock fixture's day


def _run(qtbot: QtBot, ctx: AppContext, job: Any) -> Any:
    out: list[Any] = []
    ctx.backend.run(job, out.append, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=15000)
    assert not isinstance(out[0], Exception), out[0]
    return out[0]


def _panel(qtbot: QtBot, window: MainWindow) -> ExamPlanPanel:
    qtbot.waitUntil(lambda: window.home.exam_panel is not None, timeout=15000)
    panel = window.home.exam_panel
    assert panel is not None
    return panel


def _set_exam(qtbot: QtBot, panel: ExamPlanPanel, when: date, target: int = 90) -> None:
    panel.date_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ExamDateDialog) and dialog.isVisible()
    dialog.date.setDate(QDate(when.year, when.month, when.day))
    dialog.target.setValue(target)
    dialog.save_button.click()


def test_setting_an_exam_date_on_home_shows_the_plan(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    panel = _panel(qtbot, window)
    assert panel.heading.text() == "Studying for an exam?"
    assert panel.date_button.text() == "Set exam date…"
    _set_exam(qtbot, panel, TODAY + timedelta(days=10), target=85)
    qtbot.waitUntil(lambda: panel.heading.text() == "Exam in 10 days", timeout=15000)
    assert ctx.settings.value.exam_date == TODAY + timedelta(days=10)
    assert ctx.settings.value.exam_target == 0.85
    assert "exam_date: '2026-03-12'" in ctx.settings.path.read_text(encoding="utf-8")
    assert panel.when.text() == "Thursday, 12 March 2026"
    # Nothing studied yet: the 20 new cards are today's load, exam-day recall is nothing.
    assert panel.load.text() == "Today: 20 cards to study."
    assert panel.recall.text() == ("Predicted recall on exam day if you stopped now: "
                                   "0\u00a0% (target 85\u00a0%).")
    # The bank's new cards at 20 a day fit in the 7 days that leave time for a second look.
    assert panel.status.text().startswith("✓ On track")
    assert panel.status.property("state") == "correct"
    # The collection the app studies with has the exam.
    exam = _run(qtbot, ctx, lambda col: col.exam)
    assert exam.day == StudyDay.day_of_date(TODAY + timedelta(days=10)) and exam.target == 0.85


def test_home_says_plainly_when_the_new_cards_do_not_fit(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    _set_exam(qtbot, panel, TODAY + timedelta(days=4))
    qtbot.waitUntil(lambda: panel.heading.text() == "Exam in 4 days", timeout=15000)
    # Two days of starts are left (a card needs its first interval before the exam).
    # The built-in bank's new cards, however many its generation gives, need half a day each.
    said = re.fullmatch(
        r"✗ Not on track: at 20 new cards a day, the (\d+) new cards cannot all be seen twice "
        r"before the exam\. It takes (\d+) a day: raise New cards per day in Settings, or move "
        r"the exam\.", panel.status.text())
    assert said is not None, panel.status.text()
    new_cards, per_day = int(said[1]), int(said[2])
    assert new_cards > 40 and per_day == math.ceil(new_cards / 2)
    assert panel.status.property("state") == "wrong"
    # The weakest topics on exam day are listed, weakest first (none studied: all 0 %).
    assert panel.topics_box.count() == 4  # the caption and three topics


def test_the_exam_can_be_removed_and_its_passing_is_said(qtbot: QtBot, window: MainWindow,
                                                         clock: Any) -> None:
    ctx = window.ctx
    panel = _panel(qtbot, window)
    _set_exam(qtbot, panel, TODAY + timedelta(days=3))
    qtbot.waitUntil(lambda: panel.heading.text() == "Exam in 3 days", timeout=15000)
    panel.date_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ExamDateDialog)
    # The dialog offers no day before today, and starts at the exam's date.
    assert dialog.date.minimumDate() == QDate(2026, 3, 2)
    assert dialog.date.date() == QDate(2026, 3, 5)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: panel.heading.text() == "Studying for an exam?", timeout=15000)
    assert ctx.settings.value.exam_date is None
    assert _run(qtbot, ctx, lambda col: col.exam) is None
    # An exam that has passed: the plan says so and scheduling is as usual.
    ctx.settings.save(replace(ctx.settings.value, exam_date=TODAY - timedelta(days=1)))
    qtbot.waitUntil(lambda: panel.heading.text() == "The exam is over", timeout=15000)


def test_the_collection_follows_the_saved_load_balancing(qtbot: QtBot,
                                                         make_ctx: MakeContext) -> None:
    ctx = make_ctx()

    def balancer(col: Collection) -> object:
        card = col.next_card()  # builds today's queue, and the balancer with it
        assert card is not None
        col.answer(card, Rating.EASY, 2000)
        return col.scheduler.balancer

    # On by default, as Anki's is, with no easy days.
    assert _run(qtbot, ctx, balancer) is not None
    easy = ("normal",) * 5 + ("reduced", "minimum")
    ctx.settings.save(replace(ctx.settings.value, easy_days=easy))
    found = _run(qtbot, ctx, lambda col: (col.easy_days, balancer(col)))
    assert found[0].days[5:] == (EasyDay.REDUCED, EasyDay.MINIMUM) and found[1] is not None
    assert found[1].easy_days == found[0]
    ctx.settings.save(replace(ctx.settings.value, load_balancing=False))
    assert _run(qtbot, ctx, balancer) is None


def test_an_exam_date_that_cannot_be_saved_is_said_and_nothing_changes(
        qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    panel = _panel(qtbot, window)
    ctx.settings.path.mkdir()  # a folder where the file should go: the write fails
    _set_exam(qtbot, panel, TODAY + timedelta(days=10))
    assert panel.status.isVisible()
    assert panel.status.text().startswith("Could not save the exam date:")
    assert panel.status.property("role") == "error"
    assert ctx.settings.value.exam_date is None
    assert _run(qtbot, ctx, lambda col: col.exam) is None
    assert panel.heading.text() == "Studying for an exam?"
