"""Statistics queries: daily and hourly aggregates, forecast, states and distributions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.study.cards import CardState, ReviewKind
from quizapp.core.storage.db import Database


@dataclass(frozen=True)
class DayKindRow:
    """One study day's answers of one kind: count, the four buttons and time."""

    day: int
    kind: ReviewKind
    reviews: int
    again: int
    hard: int
    good: int
    easy: int
    duration_ms: int


@dataclass(frozen=True)
class HourRow:
    """Answers given in one local hour of the day, and how many were not Again."""

    hour: int
    reviews: int
    correct: int


@dataclass(frozen=True)
class CardCounts:
    """Active flashcards by state, plus leeches among them."""

    by_state: dict[CardState, int]
    leeches: int


def _bucket_case(column: str, bounds: Sequence[float]) -> str:
    """SQL giving the index of the bucket ``[bounds[i], bounds[i+1])`` holding ``column``."""
    parts = [f"WHEN {column} < {float(b)!r} THEN {i - 1}" for i, b in enumerate(bounds) if i]
    return f"CASE WHEN {column} IS NULL THEN -1 {' '.join(parts)} ELSE {len(bounds) - 1} END"


class StatsRepo:
    """Read-only queries behind the statistics screen; none scans the review log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def day_rows(self, first: int, last: int) -> list[DayKindRow]:
        """Aggregates of study days ``first``…``last`` (inclusive)."""
        rows = self._db.rows(
            "SELECT day, kind, reviews, again, hard, good, easy, duration_ms FROM day_stats "
            "WHERE day BETWEEN ? AND ? ORDER BY day, kind", (first, last))
        return [DayKindRow(r[0], ReviewKind(r[1]), *r[2:]) for r in rows]

    def hours(self, first: int, last: int) -> list[HourRow]:
        """Answers per local hour over study days ``first``…``last``."""
        rows = self._db.rows(
            "SELECT hour, sum(reviews), sum(correct) FROM hour_stats WHERE day BETWEEN ? AND ? "
            "GROUP BY hour ORDER BY hour", (first, last))
        return [HourRow(int(r[0]), int(r[1]), int(r[2])) for r in rows]

    def forecast(self, today: int, last: int) -> dict[int, int]:
        """Scheduled cards per due day up to ``last``; overdue cards count on ``today``
        (suspended cards are not scheduled)."""
        rows = self._db.rows(
            "SELECT max(due_day, ?) AS d, count(*) FROM items WHERE retired = 0 "
            "AND suspended = 0 AND state IN (?, ?, ?) AND due_day <= ? GROUP BY d",
            (today, int(CardState.LEARNING), int(CardState.REVIEW), int(CardState.RELEARNING),
             last))
        return {int(r[0]): int(r[1]) for r in rows}

    def card_counts(self) -> CardCounts:
        """Active flashcards per state and leeches."""
        rows = self._db.rows("SELECT state, count(*), sum(leech) FROM items "
                             "WHERE retired = 0 AND state IS NOT NULL GROUP BY state")
        by_state = {s: 0 for s in CardState}
        leeches = 0
        for state, n, leech in rows:
            by_state[CardState(state)] = int(n)
            leeches += int(leech)
        return CardCounts(by_state, leeches)

    def distributions(self, bounds: Sequence[float]) -> tuple[list[int], list[int]]:
        """Review-state cards by interval (days) and by stability (days), bucketed.

        Bucket ``i`` holds values in ``[bounds[i], bounds[i+1])``; the last is open-ended.
        Both histograms come from one pass over the cards.
        """
        ivl = _bucket_case("(due_day - last_day)", bounds)
        stab = _bucket_case("stability", bounds)
        rows = self._db.rows(
            f"SELECT {ivl} AS iv, {stab} AS st, count(*) FROM items WHERE retired = 0 "
            "AND state = ? GROUP BY iv, st", (int(CardState.REVIEW),))
        intervals = [0] * len(bounds)
        stabilities = [0] * len(bounds)
        for iv, st, n in rows:
            if iv >= 0:
                intervals[iv] += n
            if st >= 0:
                stabilities[st] += n
        return intervals, stabilities
