"""Assembling ``Stats`` from the store's aggregates in one read snapshot (no review-log scan)."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.study.cards import CardState, ReviewKind
from quizapp.core.stats.mastery import TopicMastery
from quizapp.core.stats.model import (
    DISTRIBUTION_BOUNDS,
    FORECAST_DAYS,
    HISTORY_DAYS,
    RETENTION_WEEKS,
    Bucket,
    ButtonCounts,
    DayReviews,
    ForecastDay,
    HourCount,
    QuizScore,
    Retention,
    StateCounts,
    Stats,
    Today,
    Totals,
)
from quizapp.core.study.streak import streak_of
from quizapp.core.storage import Store
from quizapp.core.storage.aggregates import DayKindRow, HourRow
from quizapp.core.study.day import StudyDay

QUIZ_HISTORY = 100
RETENTION_TILE_DAYS = 30


def build_stats(store: Store, today: int, topics: Sequence[TopicMastery], *,
                new_per_day: int = 0, banks: Sequence[str] = ()) -> Stats:
    """Everything the statistics screen shows, as of study day ``today``.

    Args:
        store: The open store.
        today: The current study day.
        topics: Per-topic mastery (computed by the caller with the same ``today``).
        new_per_day: The daily limit of new cards (the forecast shows them coming).
        banks: The banks whose unseen cards the forecast counts.
    """
    first = today - HISTORY_DAYS + 1
    with store.transaction(write=False):
        rows = store.stats.day_rows(first, today)
        hours = store.stats.hours(first, today)
        totals = store.progress.totals()
        reviews, time_ms = totals.reviews, totals.time_ms
        study_days = store.progress.study_days()
        forecast = store.stats.forecast(today, today + FORECAST_DAYS - 1)
        new = new_to_come(store.progress.new_cards(banks) if banks else 0,
                          store.progress.done_on(today).new_left(new_per_day), new_per_day,
                          FORECAST_DAYS)
        counts = store.stats.card_counts()
        intervals, stabilities = store.stats.distributions(DISTRIBUTION_BOUNDS)
        cards, questions, retired = store.banks.item_counts()
        quizzes, quiz_questions, quiz_correct = store.quizzes.totals()
        history = store.quizzes.history(QUIZ_HISTORY)

    daily, retention = _daily(rows, first, today)
    s = counts.by_state
    return Stats(
        today_date=StudyDay.date_of(today),
        today=_today(rows, today),
        streak=streak_of(study_days, today),
        totals=Totals(reviews, time_ms, len(study_days), cards, questions,
                      cards - s[CardState.NEW], retired, quizzes, quiz_questions, quiz_correct),
        daily=daily,
        retention_daily=retention,
        retention_weekly=tuple(
            _merge(retention[max(0, len(retention) - 7 * (k + 1)): len(retention) - 7 * k])
            for k in reversed(range(RETENTION_WEEKS))),
        true_retention=_merge(retention[-RETENTION_TILE_DAYS:]),
        forecast=tuple(ForecastDay(StudyDay.date_of(d), forecast.get(d, 0), new[d - today])
                       for d in range(today, today + FORECAST_DAYS)),
        states=StateCounts(s[CardState.NEW], s[CardState.LEARNING], s[CardState.REVIEW],
                           s[CardState.RELEARNING], counts.leeches),
        intervals=_buckets(intervals),
        stabilities=_buckets(stabilities),
        buttons=_buttons(rows),
        hours=_hours(hours),
        topics=tuple(sorted(topics, key=lambda m: (m.mastery, m.title))),
        quizzes=tuple(QuizScore(q.finished, q.correct, q.questions, q.reason) for q in history),
    )


def new_to_come(unseen: int, left_today: int, per_day: int, days: int) -> list[int]:
    """New cards introduced on each of ``days`` days from today: what is left of today's
    limit, then ``per_day`` a day, while the ``unseen`` cards last."""
    out = []
    for d in range(days):
        n = min(unseen, left_today if d == 0 else per_day)
        out.append(n)
        unseen -= n
    return out


def _daily(rows: Sequence[DayKindRow], first: int, today: int
           ) -> tuple[tuple[DayReviews, ...], tuple[Retention, ...]]:
    by_day: dict[int, dict[ReviewKind, DayKindRow]] = {}
    for r in rows:
        by_day.setdefault(r.day, {})[r.kind] = r
    daily = []
    retention = []
    for day in range(first, today + 1):
        kinds = by_day.get(day, {})

        def n(kind: ReviewKind, _kinds: dict[ReviewKind, DayKindRow] = kinds) -> int:
            row = _kinds.get(kind)
            return row.reviews if row else 0

        when = StudyDay.date_of(day)
        daily.append(DayReviews(when, n(ReviewKind.NEW), n(ReviewKind.LEARNING),
                                n(ReviewKind.REVIEW), n(ReviewKind.RELEARNING),
                                sum(r.duration_ms for r in kinds.values())))
        rev = kinds.get(ReviewKind.REVIEW)
        retention.append(Retention(when, when, rev.reviews - rev.again if rev else 0,
                                   rev.again if rev else 0))
    return tuple(daily), tuple(retention)


def _merge(days: Sequence[Retention]) -> Retention:
    return Retention(days[0].start, days[-1].end, sum(d.passed for d in days),
                     sum(d.failed for d in days))


def _today(rows: Sequence[DayKindRow], today: int) -> Today:
    mine = [r for r in rows if r.day == today]
    return Today(sum(r.reviews for r in mine), sum(r.duration_ms for r in mine),
                 sum(r.again for r in mine))


def _buckets(counts: Sequence[int]) -> tuple[Bucket, ...]:
    bounds = DISTRIBUTION_BOUNDS
    return tuple(Bucket(bounds[i], bounds[i + 1] if i + 1 < len(bounds) else None, n)
                 for i, n in enumerate(counts))


def _buttons(rows: Sequence[DayKindRow]) -> tuple[ButtonCounts, ...]:
    out = []
    for kind in ReviewKind:
        mine = [r for r in rows if r.kind is kind]
        out.append(ButtonCounts(kind, sum(r.again for r in mine), sum(r.hard for r in mine),
                                sum(r.good for r in mine), sum(r.easy for r in mine)))
    return tuple(out)


def _hours(rows: Sequence[HourRow]) -> tuple[HourCount, ...]:
    found = {r.hour: r for r in rows}
    empty = HourRow(0, 0, 0)
    return tuple(HourCount(h, found.get(h, empty).reviews, found.get(h, empty).correct)
                 for h in range(24))
