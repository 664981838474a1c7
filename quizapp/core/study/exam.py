"""Exam mode: predicted recall on exam day, the cards to bring forward each day, the plan."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from quizapp.core.errors import QuizAppError
from quizapp.core.storage.records import Answered, Remembered
from quizapp.core.study.cards import NEW_CARD, CardSchedule, CardState, Rating
from quizapp.core.study.day import StudyDay
from quizapp.core.study.scheduling import Scheduler

MIN_TARGET = 0.5
MAX_TARGET = 0.99
DEFAULT_TARGET = 0.9
# Brought-forward reviews a day at most, so the last days never pile up.
DEFAULT_DAILY_CAP = 30
# Brought-forward work is spread evenly over this many last days before the exam (more when
# the cap needs them). A review adds more to exam-day recall the closer to the exam it comes:
# spread over all days left, the same reviews bought 1–3 points less recall on exam day
# (tests/benchmarks/bench_exam.py, target 0.95).
SPREAD_DAYS = 7
# Cards are brought forward until their predicted exam-day recall is this much above the
# target (at most MAX_AIM). The prediction is FSRS's model of an average memory, and a
# learner's own cards stray from it both ways; and a review in the last days before the
# exam is the cheapest exam-day recall there is. Aimed at the target itself, exam mode did
# almost nothing wherever plain FSRS at 90 % already reached it, and raising the plain
# retention bought more recall for the same answers (tests/benchmarks/bench_exam.py:
# target 0.9, 14 days, 0.7 points behind; with the margin see the README).
AIM_MARGIN = 0.03
MAX_AIM = 0.99


class ExamError(QuizAppError):
    """An exam date or target that cannot be used (in the past, target out of range)."""


@dataclass(frozen=True)
class Exam:
    """An exam on study day ``day`` and the share of cards to recall then.

    Attributes:
        day: The study day of the exam (``StudyDay.day_of_date``).
        target: Share of cards to recall on exam day, 0.5–0.99.
        daily_cap: Most cards brought forward on one day.

    Raises:
        ExamError: ``target`` or ``daily_cap`` out of range.
    """

    day: int
    target: float = DEFAULT_TARGET
    daily_cap: int = DEFAULT_DAILY_CAP

    def __post_init__(self) -> None:
        if not MIN_TARGET <= self.target <= MAX_TARGET:
            raise ExamError(f"the target must be between {MIN_TARGET:.2f} and "
                            f"{MAX_TARGET:.2f}, not {self.target:g}")
        if self.daily_cap < 1:
            raise ExamError("the daily cap of brought-forward cards must be at least 1")

    @classmethod
    def on(cls, when: date, today: int, target: float = DEFAULT_TARGET,
           daily_cap: int = DEFAULT_DAILY_CAP) -> Exam:
        """An exam on calendar date ``when``, checked against study day ``today``.

        Raises:
            ExamError: The date is in the past, or the target is out of range.
        """
        day = StudyDay.day_of_date(when)
        if day < today:
            raise ExamError(f"the exam date {when.isoformat()} is in the past")
        return cls(day, target, daily_cap)

    @property
    def aim(self) -> float:
        """The predicted exam-day recall cards are brought forward to (see AIM_MARGIN)."""
        return min(MAX_AIM, self.target + AIM_MARGIN)

    def days_left(self, today: int) -> int:
        """Study days before the exam, today included (0 on the exam day and after)."""
        return max(0, self.day - today)

    def ahead(self, today: int) -> bool:
        return today < self.day


@dataclass(frozen=True)
class ExamCard:
    """A flashcard as the planner sees it: its row id, topic and schedule."""

    pk: int
    topic: str
    schedule: CardSchedule


def exam_recall(scheduler: Scheduler, card: CardSchedule, exam_day: int) -> float:
    """Predicted recall on ``exam_day`` if the card is not studied again: FSRS's
    retrievability from its stability and last review (0 for a card never studied)."""
    return scheduler.retrievability(card, exam_day)


def review_gain(scheduler: Scheduler, card: CardSchedule, exam_day: int, today: int) -> float:
    """How much a review on ``today`` is expected to add to the card's recall on exam day:
    recalled (with today's retrievability) it gets the stability of a Good answer, forgotten
    that of an Again; either way it then decays until the exam."""
    now = scheduler.retrievability(card, today)
    left = exam_day - today
    good = scheduler.recall(left, scheduler.stability_after(card, Rating.GOOD, today))
    again = scheduler.recall(left, scheduler.stability_after(card, Rating.AGAIN, today))
    return now * good + (1 - now) * again - exam_recall(scheduler, card, exam_day)


def below_target(scheduler: Scheduler, cards: Sequence[ExamCard], exam: Exam,
                 today: int, level: float | None = None) -> list[ExamCard]:
    """Review cards not due yet whose predicted exam-day recall is below ``level`` (default:
    the target) and that nothing else will review before the exam (their next due day is
    the exam's or later).

    A card due before the exam is left to its due day: FSRS reviews it then, when the
    review does more, and its next interval stops at the exam.
    """
    out = []
    for c in cards:
        s = c.schedule
        if s.state is not CardState.REVIEW or s.last_day is None or s.last_day >= today:
            continue
        if (s.due_day or 0) < exam.day:
            continue
        if exam_recall(scheduler, s, exam.day) < (exam.target if level is None else level):
            out.append(c)
    return out


def bring_forward(scheduler: Scheduler, cards: Sequence[ExamCard], exam: Exam, today: int,
                  done_today: int = 0) -> list[int]:
    """Row ids of the cards to review today ahead of their due day, most useful first.

    The cards below the exam's aim (see :func:`below_target` and ``AIM_MARGIN``) are
    ordered by how much a review
    today adds to their exam-day recall (the weakest gain most). They are spread evenly
    over the last ``SPREAD_DAYS`` days before the exam — or over as many days as the daily
    cap needs, starting earlier — and no day takes more than the cap (counting the
    ``done_today`` already brought forward today).
    """
    left = exam.days_left(today)
    if left == 0:
        return []
    return _pick(scheduler, below_target(scheduler, cards, exam, today, exam.aim), exam,
                 today, done_today)


def _pick(scheduler: Scheduler, candidates: Sequence[ExamCard], exam: Exam, today: int,
          done_today: int) -> list[int]:
    left = exam.days_left(today)
    work = len(candidates) + done_today
    window = max(SPREAD_DAYS, math.ceil(work / exam.daily_cap))
    if left > window:
        return []
    quota = min(exam.daily_cap, math.ceil(work / left)) - done_today
    if quota <= 0:
        return []
    ranked = sorted(candidates, key=lambda c: (-review_gain(scheduler, c.schedule, exam.day,
                                                            today), c.pk))
    return [c.pk for c in ranked[:quota]]


@dataclass(frozen=True)
class TopicRecall:
    """Predicted exam-day recall of one topic's cards (new cards count 0)."""

    topic: str
    recall: float
    cards: int


@dataclass(frozen=True)
class NewCardPace:
    """Whether the new cards can all be seen twice before the exam at the daily limit.

    Attributes:
        left: New cards not yet studied.
        per_day: The daily limit of new cards.
        needed_per_day: New cards a day that seeing all twice needs (0: none left).
        last_day: The last study day a new card can start and still come back once before
            the exam (its first interval after a Good answer).
        feasible: ``left`` fit in the days up to ``last_day`` at ``per_day``.
    """

    left: int
    per_day: int
    needed_per_day: int
    last_day: int
    feasible: bool


@dataclass(frozen=True)
class ExamPlan:
    """What exam mode plans, for the home screen and ``quizapp plan``.

    Attributes:
        exam_day: The exam's study day.
        today: The study day the plan is for.
        days_left: Study days before the exam, today included.
        target: The share of cards to recall on exam day.
        load_today: Cards to study today: due (after the daily limits) and brought forward.
        brought_forward: Of those, cards reviewed ahead of their due day for the exam.
        below_target: Cards whose exam-day recall is predicted below target if nothing more
            is done (new cards included).
        recall: Predicted exam-day recall over all cards if nothing more is studied (new
            cards count 0).
        topics: The same per topic, weakest first.
        new_cards: Whether the new cards can all be seen twice in time.
        on_track: The target is within reach: the new cards fit in time and the cards below
            target fit under the daily cap in the days left (on the exam day: ``recall``
            reaches the target).
        backlog: Review cards below target that only bringing forward can review before
            the exam; with those already brought forward today, at most the daily cap times
            the days left is on track.
        daily_cap: The exam's daily cap of brought-forward cards.
    """

    exam_day: int
    today: int
    days_left: int
    target: float
    load_today: int
    brought_forward: int
    below_target: int
    recall: float
    topics: tuple[TopicRecall, ...]
    new_cards: NewCardPace
    on_track: bool
    backlog: int = 0
    daily_cap: int = DEFAULT_DAILY_CAP

    @property
    def exam_date(self) -> date:
        return StudyDay.date_of(self.exam_day)


def first_interval(scheduler: Scheduler) -> int:
    """Days until a new card answered Good at every learning step comes back."""
    plain = replace(scheduler, balancer=None, exam_day=None)
    card, when = NEW_CARD, plain.days.start_of(StudyDay.day_of_date(date(2026, 1, 5)))
    while card.state is not CardState.REVIEW:
        card = plain.review(card, Rating.GOOD, when, "exam/first-interval")
        when = card.due or when
    return card.interval_days


def new_card_pace(scheduler: Scheduler, exam: Exam, today: int, left: int,
                  per_day: int) -> NewCardPace:
    """Whether ``left`` new cards at ``per_day`` a day can all be seen twice before the exam."""
    last = exam.day - 1 - first_interval(scheduler)
    days = last - today + 1
    needed = 0 if left == 0 else math.ceil(left / days) if days > 0 else left
    feasible = left == 0 or (days > 0 and needed <= per_day)
    return NewCardPace(left, per_day, needed, last, feasible)


def build_plan(scheduler: Scheduler, cards: Sequence[ExamCard], exam: Exam, today: int, *,
               due_today: int, new_per_day: int, done_ahead: int = 0,
               titles: Mapping[str, str] | None = None) -> ExamPlan:
    """The plan for study day ``today``.

    Args:
        scheduler: The scheduler (its forgetting curve and stability updates).
        cards: Every active flashcard in scope.
        exam: The exam.
        today: The study day.
        due_today: Cards due today after the daily limits (new, learning, review).
        new_per_day: The daily limit of new cards.
        done_ahead: Cards already brought forward today.
        titles: Topic titles by the topic keys of ``cards`` (default: the keys).
    """
    recalls = [exam_recall(scheduler, c.schedule, exam.day) for c in cards]
    by_topic: dict[str, list[float]] = defaultdict(list)
    for c, r in zip(cards, recalls):
        by_topic[c.topic].append(r)
    names = titles or {}
    topics = sorted((TopicRecall(names.get(t, t), sum(rs) / len(rs), len(rs))
                     for t, rs in by_topic.items()), key=lambda t: (t.recall, t.topic))
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    new_left = sum(1 for c in cards if c.schedule.state is CardState.NEW)
    pace = new_card_pace(scheduler, exam, today, new_left, new_per_day)
    left = exam.days_left(today)
    backlog: list[ExamCard] = []
    if left == 0:
        ahead: list[int] = []
        on_track = recall >= exam.target
    else:
        backlog = below_target(scheduler, cards, exam, today)
        ahead = _pick(scheduler, below_target(scheduler, cards, exam, today, exam.aim), exam,
                      today, done_ahead)
        on_track = pace.feasible and len(backlog) + done_ahead <= exam.daily_cap * left
    return ExamPlan(exam.day, today, left, exam.target, due_today + len(ahead), len(ahead),
                    sum(1 for r in recalls if r < exam.target), recall, tuple(topics), pace,
                    on_track, len(backlog), exam.daily_cap)


@dataclass(frozen=True)
class RecallDay:
    """Exam-day recall as predicted at the end of study day ``day`` (new cards count 0)."""

    day: int
    recall: float


def recall_history(scheduler: Scheduler, exam_day: int, cards: int,
                   now: Iterable[Remembered], answers: Iterable[Answered], first: int,
                   last: int, today: int | None = None) -> tuple[RecallDay, ...]:
    """Predicted exam-day recall at the end of each study day ``first`` to ``last``: each
    card counts the retrievability on ``exam_day`` that its memory by then gave (0 while it
    was new), over ``cards`` cards. The cards' memory now is taken back through the review
    log, newest answer first, so only the days shown are read (a history of a million
    answers costs no more than its last weeks). The last day's value is what
    :func:`build_plan` reports as ``recall``.

    Args:
        scheduler: The forgetting curve.
        exam_day: The exam's study day.
        cards: The cards the share is taken over (the active cards now).
        now: The memory of every card that has one, as it is now (on ``today``).
        answers: The answers of days ``first`` to ``today``, newest first, each with the
            card's memory before it.
        first: The first day to report.
        last: The last day to report.
        today: The day ``now`` is of (default ``last``); later days are taken back, not
            reported (an exam that has passed).
    """
    if cards <= 0 or last < first:
        return ()
    held = {m.pk: scheduler.recall(exam_day - m.day, m.stability) for m in now}
    total = sum(held.values())
    out: list[RecallDay] = []
    day = last if today is None else today
    for a in answers:
        while day >= a.day:  # every later answer is undone: this is how ``day`` ended
            if day <= last:
                out.append(RecallDay(day, total / cards))
            day -= 1
        r = 0.0 if a.before is None else scheduler.recall(exam_day - a.before.day,
                                                            a.before.stability)
        total += r - held.get(a.pk, 0.0)
        held[a.pk] = r
    while day >= first:
        if day <= last:
            out.append(RecallDay(day, total / cards))
        day -= 1
    return tuple(reversed(out))


def plan_to_dict(plan: ExamPlan) -> dict[str, Any]:
    """``plan`` as JSON-ready data (dates as ISO strings)."""
    data = asdict(plan)
    data["exam_date"] = plan.exam_date.isoformat()
    data["today_date"] = StudyDay.date_of(plan.today).isoformat()
    data["new_cards"]["last_date"] = StudyDay.date_of(plan.new_cards.last_day).isoformat()
    return data
