"""Statistics as plain dataclasses: exactly the numbers the statistics screen shows."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from quizapp.core.study.cards import ReviewKind
from quizapp.core.stats.mastery import TopicMastery
from quizapp.core.quiz.engine import EndReason
from quizapp.core.study.streak import Streak

# Bucket lower bounds (days) for the interval and stability distributions.
DISTRIBUTION_BOUNDS: tuple[int, ...] = (0, 1, 2, 3, 7, 14, 30, 90, 180, 365)
HISTORY_DAYS = 365
FORECAST_DAYS = 30
RETENTION_WEEKS = 52


@dataclass(frozen=True)
class Today:
    """Today's study: answers, time spent (ms) and Again presses."""

    reviews: int
    time_ms: int
    again: int


@dataclass(frozen=True)
class Totals:
    """All-time totals.

    Attributes:
        reviews: Flashcard answers ever.
        time_ms: Time spent answering them.
        days_studied: Study days with at least one answer.
        cards: Active flashcards.
        questions: Active quiz questions.
        studied_cards: Active flashcards answered at least once.
        retired: Items no longer in their bank (kept with their history).
        quizzes: Quiz attempts.
        quiz_questions: Questions asked in them.
        quiz_correct: Of those, answered right.
    """

    reviews: int
    time_ms: int
    days_studied: int
    cards: int
    questions: int
    studied_cards: int
    retired: int
    quizzes: int
    quiz_questions: int
    quiz_correct: int


@dataclass(frozen=True)
class DayReviews:
    """One study day's answers by kind (the stacked bars) and time spent (ms)."""

    day: date
    new: int
    learning: int
    review: int
    relearning: int
    time_ms: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review + self.relearning


@dataclass(frozen=True)
class Retention:
    """True retention over ``start``…``end``: review-state answers passed (not Again) and
    failed. ``rate`` is ``None`` when there were none."""

    start: date
    end: date
    passed: int
    failed: int

    @property
    def rate(self) -> float | None:
        n = self.passed + self.failed
        return self.passed / n if n else None


@dataclass(frozen=True)
class ForecastDay:
    """Cards due on ``day`` (today includes everything overdue) and the new cards the daily
    limit will introduce that day (today: what is left of it), while unseen cards last."""

    day: date
    due: int
    new: int = 0

    @property
    def total(self) -> int:
        return self.due + self.new


@dataclass(frozen=True)
class StateCounts:
    """Active flashcards by state, and leeches among them."""

    new: int
    learning: int
    review: int
    relearning: int
    leeches: int


@dataclass(frozen=True)
class Bucket:
    """Review cards whose value (days) lies in ``[low, high)``; ``high`` is ``None`` for
    the open-ended last bucket."""

    low: int
    high: int | None
    count: int


@dataclass(frozen=True)
class ButtonCounts:
    """How often each answer button was pressed, for one kind of review (past year)."""

    kind: ReviewKind
    again: int
    hard: int
    good: int
    easy: int


@dataclass(frozen=True)
class HourCount:
    """Answers in one local hour of the day over the past year, and how many were passes."""

    hour: int
    reviews: int
    correct: int


@dataclass(frozen=True)
class QuizScore:
    """One quiz of the score history."""

    finished: datetime
    correct: int
    total: int
    reason: EndReason

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class HeatDay:
    """One cell of the calendar heatmap."""

    day: date
    reviews: int


@dataclass(frozen=True)
class RecallPoint:
    """Predicted exam-day recall as it stood at the end of study day ``day``."""

    day: date
    recall: float


@dataclass(frozen=True)
class ExamRecall:
    """The exam set in exam mode and its predicted recall day by day (the review log
    replayed: see ``quizapp.core.study.exam.recall_history``)."""

    exam_date: date
    target: float
    days: tuple[RecallPoint, ...]


@dataclass(frozen=True)
class Stats:
    """Everything the statistics screen shows.

    Attributes:
        today_date: The study day the numbers are for.
        today: Today's tile.
        streak: The streak tile.
        totals: All-time totals.
        daily: The last 365 study days, oldest first, one entry per day (zeros included).
        retention_daily: True retention per day, aligned with ``daily``.
        retention_weekly: True retention per 7-day block ending today, oldest first.
        true_retention: True retention over the last 30 days (the tile).
        forecast: Cards due and new cards to come on each of the next 30 days, today
            first.
        states: Cards by state.
        intervals: Review cards by interval.
        stabilities: Review cards by FSRS stability.
        buttons: Answer-button counts per review kind over the past year.
        hours: Answers per local hour over the past year (24 entries).
        topics: Every active topic's mastery, weakest first.
        quizzes: Quiz score history, oldest first.
        exam_recall: Predicted exam-day recall over the days before the exam (``None``:
            no exam is set).
    """

    today_date: date
    today: Today
    streak: Streak
    totals: Totals
    daily: tuple[DayReviews, ...]
    retention_daily: tuple[Retention, ...]
    retention_weekly: tuple[Retention, ...]
    true_retention: Retention
    forecast: tuple[ForecastDay, ...]
    states: StateCounts
    intervals: tuple[Bucket, ...]
    stabilities: tuple[Bucket, ...]
    buttons: tuple[ButtonCounts, ...]
    hours: tuple[HourCount, ...]
    topics: tuple[TopicMastery, ...]
    quizzes: tuple[QuizScore, ...]
    exam_recall: ExamRecall | None = None

    def reviews_per_day(self, days: int) -> tuple[DayReviews, ...]:
        """The last ``days`` entries of ``daily`` (30, 90 or 365)."""
        return self.daily[-days:]

    @property
    def heatmap(self) -> tuple[HeatDay, ...]:
        """Calendar heatmap cells for the past year."""
        return tuple(HeatDay(d.day, d.total) for d in self.daily)


def stats_to_dict(stats: Stats) -> dict[str, Any]:
    """``stats`` as JSON-ready data with stable keys (``quizapp stats --json``).

    Dates are ISO strings, enums lower-case names; derived values (totals per day,
    retention rates, quiz accuracy, the heatmap) are included so consumers need no maths.
    """
    data = _plain(stats)
    assert isinstance(data, dict)
    for day, d in zip(data["daily"], stats.daily):
        day["total"] = d.total
    for key in ("retention_daily", "retention_weekly"):
        for item, r in zip(data[key], getattr(stats, key)):
            item["rate"] = r.rate
    data["true_retention"]["rate"] = stats.true_retention.rate
    for item, m in zip(data["topics"], stats.topics):
        item["quiz_accuracy"] = m.quiz_accuracy
    for item, q in zip(data["quizzes"], stats.quizzes):
        item["score"] = q.score
    data["heatmap"] = [_plain(h) for h in stats.heatmap]
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.name.lower()
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
