"""The review log: one transaction per answer (card, log row, daily and hourly aggregates), undo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from quizapp.core.study.cards import CardSchedule, CardState, Rating, ReviewKind
from quizapp.core.storage.db import Database
from quizapp.core.storage.progress import scope_clause
from quizapp.core.storage.records import (
    CardHistory,
    HistoryEntry,
    Answered,
    RatedDay,
    Remembered,
    ReviewRecord,
    from_ms,
    schedule_from,
    schedule_values,
    to_ms,
)

_UPDATE_CARD = (
    "UPDATE items SET state = ?, step = ?, stability = ?, difficulty = ?, due_ms = ?, "
    "due_day = ?, last_ms = ?, last_day = ?, reps = ?, lapses = ?, leech = ? WHERE id = ?"
)
_INSERT_LOG = (
    "INSERT INTO revlog (item, time_ms, day, hour, kind, rating, duration_ms, state_after, "
    "interval_after, stability_after, state_before, step_before, stability_before, "
    "difficulty_before, due_ms_before, due_day_before, last_ms_before, last_day_before, "
    "reps_before, lapses_before, leech_before) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ADD_DAY = (
    "INSERT INTO day_stats (day, kind, reviews, again, hard, good, easy, duration_ms) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, kind) DO UPDATE SET "
    "reviews = reviews + excluded.reviews, again = again + excluded.again, "
    "hard = hard + excluded.hard, good = good + excluded.good, easy = easy + excluded.easy, "
    "duration_ms = duration_ms + excluded.duration_ms"
)
_ADD_HOUR = (
    "INSERT INTO hour_stats (day, hour, reviews, correct) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (day, hour) DO UPDATE SET reviews = reviews + excluded.reviews, "
    "correct = correct + excluded.correct"
)


@dataclass(frozen=True)
class Answer:
    """Everything one answer writes.

    Attributes:
        pk: The card's row id.
        before: Its schedule before (kept in the log for undo).
        after: Its schedule after.
        rating: The button pressed.
        kind: New / learning / review / relearning (from ``before``).
        duration_ms: Time the learner took.
        day: Study day of the answer.
        hour: Local hour of the answer (hourly breakdown).
    """

    pk: int
    before: CardSchedule
    after: CardSchedule
    rating: Rating
    kind: ReviewKind
    duration_ms: int
    day: int
    hour: int


def _log_values(a: Answer) -> tuple[object, ...]:
    assert a.after.last_review is not None
    return (
        a.pk, to_ms(a.after.last_review), a.day, a.hour, int(a.kind), int(a.rating),
        a.duration_ms, int(a.after.state), a.after.interval_days, a.after.stability,
        *schedule_values(a.before),
    )


def _rating_counts(rating: int, n: int = 1) -> tuple[int, int, int, int]:
    return tuple(n if rating == r else 0 for r in (1, 2, 3, 4))  # type: ignore[return-value]


class ReviewRepo:
    """Writes answers and undoes them; keeps ``day_stats`` and ``hour_stats`` in step."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, a: Answer) -> int:
        """Persist one answer in one transaction; return its review id.

        When this returns, the answer is committed (it survives a killed process).
        """
        with self._db.transaction() as c:
            c.execute(_UPDATE_CARD, (*schedule_values(a.after), a.pk))
            review_id = int(c.execute(_INSERT_LOG, _log_values(a)).lastrowid or 0)
            c.execute(_ADD_DAY, (a.day, int(a.kind), 1, *_rating_counts(a.rating),
                                 a.duration_ms))
            c.execute(_ADD_HOUR, (a.day, a.hour, 1, int(a.rating > Rating.AGAIN)))
        return review_id

    def undo(self, review_id: int) -> tuple[int, CardSchedule]:
        """Delete review ``review_id``, restore the card's schedule from before it and take
        it out of the aggregates, in one transaction.

        Returns:
            The card's row id and its restored schedule.

        Raises:
            KeyError: No such review (already undone).
        """
        with self._db.transaction() as c:
            row = c.execute(
                "SELECT item, day, hour, kind, rating, duration_ms, state_before, step_before, "
                "stability_before, difficulty_before, due_ms_before, due_day_before, "
                "last_ms_before, last_day_before, reps_before, lapses_before, leech_before "
                "FROM revlog WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise KeyError(review_id)
            pk, day, hour, kind, rating, duration = row[:6]
            before = schedule_from(row[6:])
            c.execute(_UPDATE_CARD, (*schedule_values(before), pk))
            c.execute("DELETE FROM revlog WHERE id = ?", (review_id,))
            again, hard, good, easy = _rating_counts(rating)
            c.execute(
                "UPDATE day_stats SET reviews = reviews - 1, again = again - ?, hard = hard - ?, "
                "good = good - ?, easy = easy - ?, duration_ms = duration_ms - ? "
                "WHERE day = ? AND kind = ?", (again, hard, good, easy, duration, day, kind))
            c.execute("DELETE FROM day_stats WHERE day = ? AND kind = ? AND reviews = 0",
                      (day, kind))
            c.execute("UPDATE hour_stats SET reviews = reviews - 1, correct = correct - ? "
                      "WHERE day = ? AND hour = ?", (int(rating > 1), day, hour))
            c.execute("DELETE FROM hour_stats WHERE day = ? AND hour = ? AND reviews = 0",
                      (day, hour))
        return int(pk), before

    def get(self, review_id: int) -> ReviewRecord | None:
        """One review, or ``None`` if there is no such review."""
        rows = self._select("WHERE id = ?", (review_id,))
        return rows[0] if rows else None

    def history(self, pk: int) -> list[ReviewRecord]:
        """Every answer of card ``pk``, oldest first."""
        return self._select("WHERE item = ? ORDER BY id", (pk,))

    def count(self) -> int:
        """Rows in the review log."""
        return int(self._db.scalar("SELECT count(*) FROM revlog"))

    def ahead_done_on(self, day: int) -> int:
        """Review cards answered on study day ``day`` before they were due (brought forward
        by exam mode)."""
        return int(self._db.scalar(
            "SELECT count(*) FROM revlog WHERE day = ? AND kind = ? AND due_day_before > day",
            (day, int(ReviewKind.REVIEW))) or 0)

    def answers_back(self, first: int, last: int, banks: Sequence[str],
                     topics: Sequence[int] | None = None) -> list[Answered]:
        """The answers of study days ``first`` to ``last`` to the active cards of ``banks``
        (and ``topics``), newest first, each with the card's memory before it (exam mode's
        recall history, replayed back from the cards' memory now)."""
        clause, params = scope_clause(banks, topics)
        rows = self._db.rows(
            # "+item": through the index on day (a few days), not card by card (all of it).
            "SELECT item, day, last_day_before, stability_before FROM revlog WHERE day "
            "BETWEEN ? AND ? AND +item IN (SELECT id FROM items WHERE retired = 0 AND state "
            f"IS NOT NULL{clause}) ORDER BY id DESC", (first, last, *params))
        return [Answered(int(r[0]), int(r[1]), None if r[2] is None or r[3] is None
                         else Remembered(int(r[0]), int(r[2]), float(r[3]))) for r in rows]

    def first_day(self) -> int | None:
        """The study day of the oldest answer in the log (``None``: no answers)."""
        value = self._db.scalar("SELECT day FROM revlog ORDER BY id LIMIT 1")  # ids grow
        return None if value is None else int(value)

    def export_log(self, bank: str | None = None) -> Iterator[HistoryEntry]:
        """Every answer (of bank ``bank``, or of all banks), oldest first, streamed in
        batches: a history of millions of answers is never held in memory at once."""
        where, params = ("WHERE b.key = ? ", (bank,)) if bank is not None else ("", ())
        for r in self._db.stream(
                "SELECT r.time_ms, r.day, b.key, i.key, r.kind, r.rating, r.duration_ms, "
                "r.state_after, r.interval_after, r.stability_after FROM revlog r "
                "JOIN items i ON i.id = r.item JOIN banks b ON b.id = i.bank "
                f"{where}ORDER BY r.id", params):
            time = from_ms(r[0])
            assert time is not None
            yield HistoryEntry(time, int(r[1]), str(r[2]), str(r[3]), ReviewKind(r[4]),
                               Rating(r[5]), int(r[6]), CardState(r[7]), int(r[8]), r[9])

    def card_histories(self) -> Iterator[CardHistory]:
        """Each flashcard's answers (study day, rating, kind), oldest first, card by card."""
        rows = self._db.stream("SELECT item, day, rating, kind FROM revlog ORDER BY item, id")
        for pk, group in groupby(rows, key=lambda r: int(r[0])):
            yield CardHistory(pk, tuple(RatedDay(int(r[1]), Rating(r[2]), ReviewKind(r[3]))
                                        for r in group))

    def bulk_insert(self, answers: Iterable[Answer]) -> int:
        """Append many historical answers at once (imports, simulations), with the same
        aggregates as :meth:`record` but without touching the cards' schedules.

        Returns:
            How many rows were written.
        """
        days: Counter[tuple[int, int, int]] = Counter()
        durations: Counter[tuple[int, int]] = Counter()
        hours: Counter[tuple[int, int, bool]] = Counter()
        n = 0

        def rows() -> Iterable[tuple[object, ...]]:
            nonlocal n
            for a in answers:
                n += 1
                days[(a.day, int(a.kind), int(a.rating))] += 1
                durations[(a.day, int(a.kind))] += a.duration_ms
                hours[(a.day, a.hour, a.rating > Rating.AGAIN)] += 1
                yield _log_values(a)

        with self._db.transaction() as c:
            c.executemany(_INSERT_LOG, rows())
            c.executemany(_ADD_DAY, [
                (day, kind, count, *_rating_counts(rating, count), 0)
                for (day, kind, rating), count in days.items()])
            c.executemany(_ADD_DAY, [(day, kind, 0, 0, 0, 0, 0, ms)
                                     for (day, kind), ms in durations.items()])
            c.executemany(_ADD_HOUR, [(day, hour, count, count if ok else 0)
                                      for (day, hour, ok), count in hours.items()])
        return n

    def _select(self, where: str, params: tuple[object, ...]) -> list[ReviewRecord]:
        rows = self._db.rows(
            "SELECT id, item, time_ms, day, kind, rating, duration_ms, state_before, "
            f"state_after, interval_after FROM revlog {where}", params)
        out = []
        for r in rows:
            time = from_ms(r[2])
            assert time is not None
            out.append(ReviewRecord(int(r[0]), int(r[1]), time, int(r[3]), ReviewKind(r[4]),
                                    Rating(r[5]), int(r[6]), CardState(r[7]), CardState(r[8]),
                                    int(r[9])))
        return out
