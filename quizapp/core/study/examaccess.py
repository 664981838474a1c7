"""A collection's exam mode and load balancing: the settings it schedules by, today's exam
plan, and the predicted exam-day recall of the days before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.study.scope import StudyScope
from quizapp.core.study.today import exam_cards

if TYPE_CHECKING:
    from quizapp.core.datafolder.settings import Settings
    from quizapp.core.stats.model import ExamRecall
    from quizapp.core.storage import Store
    from quizapp.core.study.balance import EasyDays
    from quizapp.core.study.due import DueCounts
    from quizapp.core.study.exam import Exam, ExamPlan, RecallDay
    from quizapp.core.study.queue import StudyQueue
    from quizapp.core.study.scheduling import Scheduler, SchedulerConfig

# The statistics draw at most this many days of predicted exam-day recall.
RECALL_HISTORY_DAYS = 90


def exam_of(settings: Settings) -> Exam | None:
    """The exam ``settings`` plan for, or ``None`` (no date set). A date that has passed
    is kept: the scheduler leaves intervals alone after the exam."""
    if settings.exam_date is None:
        return None
    from quizapp.core.study.day import StudyDay
    from quizapp.core.study.exam import Exam

    return Exam(StudyDay.day_of_date(settings.exam_date), settings.exam_target,
                settings.exam_daily_cap)


def easy_days_of(settings: Settings) -> EasyDays | None:
    """The easy days to balance the load with, or ``None`` when balancing is off."""
    if not settings.load_balancing:
        return None
    from quizapp.core.study.balance import EasyDays

    return EasyDays.parse(settings.easy_days)


class ExamAccess:
    """Exam mode and load balancing of a ``Collection`` (which provides the rest)."""

    store: Store
    scheduler: Scheduler
    config: SchedulerConfig
    exam: Exam | None
    easy_days: EasyDays | None
    _queue: StudyQueue | None

    if TYPE_CHECKING:  # provided by Collection
        def set_config(self, config: SchedulerConfig) -> None: ...
        def today(self) -> int: ...
        def due_counts(self, bank: str | None = None, *,
                       scope: StudyScope | None = None) -> DueCounts: ...
        def _scope_filter(self, scope: StudyScope
                          ) -> tuple[Sequence[str], Sequence[int] | None]: ...
        def _store_due(self, today: int, wanted: StudyScope) -> DueCounts: ...

    def use_settings(self, settings: Settings) -> None:
        """Schedule by ``settings``: limits and retention, the exam, the load balancing."""
        self.set_config(settings.scheduler_config())
        self.set_exam(exam_of(settings))
        self.set_balancing(easy_days_of(settings))

    def set_exam(self, exam: Exam | None) -> None:
        """Study for ``exam`` (``None``: no exam); see ``quizapp.core.study.exam``."""
        self.exam = exam
        self.scheduler.exam_day = None if exam is None else exam.day
        self._queue = None

    def set_balancing(self, easy_days: EasyDays | None) -> None:
        """Pick review days by load, sparing ``easy_days`` (``None``: fuzz alone)."""
        self.easy_days = easy_days
        self.scheduler.balancer = None
        self._queue = None

    def exam_plan(self, bank: str | None = None, *,
                  scope: StudyScope | None = None) -> ExamPlan:
        """Today's plan for the exam set (:meth:`set_exam`); ``ExamError`` if none is."""
        from quizapp.core.study.exam import ExamError, build_plan

        if self.exam is None:
            raise ExamError("no exam date is set")
        today = self.today()
        study = StudyScope.meant(bank, scope)
        cards, titles = exam_cards(self.store, *self._scope_filter(study))
        return build_plan(self.scheduler, cards, self.exam, today,
                          due_today=self._store_due(today, study).total,
                          new_per_day=self.config.new_per_day,
                          done_ahead=self.store.reviews.ahead_done_on(today), titles=titles)

    def exam_recall(self) -> ExamRecall | None:
        """The exam and :meth:`exam_history` as the statistics show them (``None``: no
        exam)."""
        from quizapp.core.stats.model import ExamRecall, RecallPoint
        from quizapp.core.study.day import StudyDay

        if self.exam is None:
            return None
        return ExamRecall(StudyDay.date_of(self.exam.day), self.exam.target, tuple(
            RecallPoint(StudyDay.date_of(d.day), d.recall) for d in self.exam_history()))

    def exam_history(self) -> tuple[RecallDay, ...]:
        """Predicted exam-day recall over every bank at the end of each study day, from the
        first answer (at most ``RECALL_HISTORY_DAYS`` back) to today or the exam, whichever
        comes first; empty without an exam or an answer (see ``exam.recall_history``)."""
        from quizapp.core.storage.records import Remembered
        from quizapp.core.study.exam import recall_history

        first = self.store.reviews.first_day()
        if self.exam is None or first is None:
            return ()
        today = self.today()
        last = min(today, self.exam.day)
        first = max(first, last - RECALL_HISTORY_DAYS + 1)
        banks, _ = self._scope_filter(StudyScope())
        with self.store.transaction(write=False):
            cards = self.store.cards.memories(banks)
            answers = self.store.reviews.answers_back(first, today, banks)
        now = [Remembered(c.pk, c.schedule.last_day, c.schedule.stability) for c in cards
               if c.schedule.last_day is not None and c.schedule.stability is not None]
        return recall_history(self.scheduler, self.exam.day, len(cards), now, answers, first,
                              last, today)
