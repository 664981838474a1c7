"""Home's exam plan: days left, today's load, the predicted recall on exam day (overall and
for the weakest topics), whether the target is on track, and the button that sets the exam."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.errors import SettingsError
from quizapp.gui.context import AppContext
from quizapp.gui.theme import initial_role, set_role
from quizapp.gui.views.stats.format import long_date
from quizapp.gui.widgets.layouts import clear_layout
from quizapp.gui.widgets.mastery import level
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.study.exam import ExamPlan

# Home names this many of the topics weakest on exam day.
TOPICS_SHOWN = 3


def _percent(share: float) -> str:
    return f"{round(share * 100)}\u00a0%"


class ExamPlanPanel(QFrame):
    """The exam card on home. ``render`` shows a plan; the button opens the date dialog,
    and a saved choice reaches the collection through the settings (``app.build_context``).

    Signals:
        saved(): The exam's date or target was saved (home asks for a new plan).
    """

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ExamPlan | None = None
        initial_role(self, "role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.heading = plain_label("", "heading")
        top.addWidget(self.heading, 1)
        self.when = plain_label("", "muted", wrap=False)
        top.addWidget(self.when)
        self.date_button = QPushButton(self.tr("Set exam date…"))
        self.date_button.clicked.connect(self.choose_date)
        top.addWidget(self.date_button)
        layout.addLayout(top)
        self.load = plain_label("")
        layout.addWidget(self.load)
        self.recall = plain_label("")
        layout.addWidget(self.recall)
        self.status = plain_label("")
        layout.addWidget(self.status)
        self.topics_box = QVBoxLayout()
        self.topics_box.setSpacing(4)
        layout.addLayout(self.topics_box)
        self.dialog: QWidget | None = None  # the open date dialog (tests reach it here)

    # ------------------------------------------------------------------ rendering
    def render(self, plan: ExamPlan | None, complete: bool = True) -> None:
        """Show ``plan``; without one, the exam date set in the settings (if any) and the
        button to set one. ``complete``: the plan is the latest (else one is coming)."""
        self.plan = plan
        exam_date = self.ctx.settings.value.exam_date
        clear_layout(self.topics_box)
        for label in (self.load, self.recall, self.status):
            label.hide()
        self.when.setVisible(exam_date is not None)
        if exam_date is not None:
            set_plain(self.when, long_date(exam_date))
        if exam_date is None:
            set_plain(self.heading, self.tr("Studying for an exam?"))
            self._line(self.load, self.tr(
                "Set its date, and quizapp plans your reviews so that you are ready on the "
                "day."), "hint")
            self.date_button.setText(self.tr("Set exam date…"))
            return
        self.date_button.setText(self.tr("Change…"))
        self.date_button.setAccessibleName(self.tr("Change the exam date"))
        if plan is None or plan.exam_date != exam_date:
            set_plain(self.heading, self.tr("Exam"))
            if not complete or plan is not None:
                self._line(self.load, self.tr("Working out the plan…"), "hint")
            return
        if plan.today > plan.exam_day:
            set_plain(self.heading, self.tr("The exam is over"))
            self._line(self.load, self.tr(
                "Reviews are scheduled as usual again. Set a new date for your next exam."),
                "hint")
            return
        self._render_plan(plan)

    def _render_plan(self, plan: ExamPlan) -> None:
        if plan.days_left == 0:
            set_plain(self.heading, self.tr("The exam is today"))
            self._line(self.recall, self.tr("Predicted recall today: %1 (target %2).")
                       .replace("%1", _percent(plan.recall))
                       .replace("%2", _percent(plan.target)))
            self._status(plan.on_track, self.tr("Target reached. Good luck!") if plan.on_track
                         else self.tr("Below the target: a last look at the weakest topics "
                                      "helps most."))
        else:
            set_plain(self.heading, self.tr("Exam in %n day(s)", "", plan.days_left))
            load = self.tr("Today: %n card(s) to study", "", plan.load_today)
            if plan.brought_forward:
                load += self.tr(", %n of them brought forward for the exam", "",
                                plan.brought_forward)
            self._line(self.load, load + ".")
            self._line(self.recall, self.tr(
                "Predicted recall on exam day if you stopped now: %1 (target %2).")
                .replace("%1", _percent(plan.recall)).replace("%2", _percent(plan.target)))
            self._status(plan.on_track, self._verdict(plan))
        weakest = [t for t in plan.topics if t.recall < plan.target][:TOPICS_SHOWN]
        if weakest:
            self.topics_box.addWidget(plain_label(self.tr("Weakest on exam day:"), "muted"))
            for topic in weakest:
                self.topics_box.addWidget(_TopicRecall(topic.topic, topic.recall))

    def _verdict(self, plan: ExamPlan) -> str:
        """On track, or plainly what cannot be done at the current limits and what helps."""
        pace = plan.new_cards
        if plan.on_track:
            return self.tr("On track: the plan fits your daily limits. Study the cards each "
                           "day brings.")
        if not pace.feasible:
            if pace.last_day < plan.today:
                return self.tr("Not on track: too few days are left to see the %n new "
                               "card(s) twice before the exam.", "", pace.left)
            return self.tr(
                "Not on track: at %1 new cards a day, the %n new card(s) cannot all be seen "
                "twice before the exam. It takes %2 a day: raise New cards per day in "
                "Settings, or move the exam.", "", pace.left).replace(
                    "%1", str(pace.per_day)).replace("%2", str(pace.needed_per_day))
        return self.tr(
            "Not on track: %n card(s) are predicted below the target, more than can be "
            "brought forward in the days left at %1 a day. Raise the daily cap in Settings, "
            "or move the exam.", "", plan.backlog).replace(
                "%1", str(plan.daily_cap))

    def _line(self, label: QLabel, text: str, role: str | None = None) -> None:
        set_role(label, "role", role)
        set_plain(label, text)
        label.show()

    def _status(self, ok: bool, text: str) -> None:
        # The mark says it without colour: ✓ on track, ✗ not.
        self._line(self.status, ("✓ " if ok else "✗ ") + text)
        set_role(self.status, "state", "correct" if ok else "wrong")

    # ------------------------------------------------------------------ the date
    def choose_date(self) -> None:
        """Open the date dialog (window-modal); a choice is saved when it is accepted."""
        from quizapp.gui.views.examdate import ExamDateDialog, study_date

        s = self.ctx.settings.value
        dialog = ExamDateDialog(study_date(self.ctx), s.exam_date, s.exam_target,
                                self.window())
        dialog.accepted.connect(lambda: self._save(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, chosen: tuple[date, float] | None) -> None:
        s = self.ctx.settings.value
        new = (replace(s, exam_date=None) if chosen is None
               else replace(s, exam_date=chosen[0], exam_target=chosen[1]))
        try:
            self.ctx.settings.save(new)
        except SettingsError as exc:
            self._line(self.status, self.tr("Could not save the exam date: %1")
                       .replace("%1", str(exc)), "error")
            return
        self.render(None, complete=False)
        self.saved.emit()


class _TopicRecall(QWidget):
    """A topic's title, and its predicted exam-day recall as a bar with the percentage."""

    def __init__(self, title: str, recall: float) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        name = plain_label(title)
        row.addWidget(name, 3)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(recall * 100))
        bar.setTextVisible(False)
        bar.setFixedHeight(10)
        initial_role(bar, "role", "mastery")
        initial_role(bar, "level", level(recall))
        bar.setAccessibleName(title)
        row.addWidget(bar, 2, Qt.AlignmentFlag.AlignVCenter)
        self.percent = plain_label(_percent(recall), "muted", wrap=False)
        self.percent.setMinimumWidth(44)
        row.addWidget(self.percent)
