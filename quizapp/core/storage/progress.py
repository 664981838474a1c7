"""The learner's progress at a glance, read-only: what is due, the banks, the days studied.

One SQL text per question, used by the open store (``Store.progress``) and, opened on its own
read-only connection (:meth:`ProgressReader.open`), by the home screen's early numbers before
the collection is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.storage.db import Database
from quizapp.core.storage.records import BankRecord
from quizapp.core.study.cards import CardState, ReviewKind
from quizapp.core.study.due import DueCounts

LEARNING_STATES = (int(CardState.LEARNING), int(CardState.RELEARNING))


@dataclass(frozen=True)
class DayDone:
    """What a study day has used of the daily limits (new cards introduced, reviews done)
    and the new cards the learner added to that day's limit (study more)."""

    new: int
    reviews: int
    extra_new: int = 0

    def new_left(self, new_per_day: int) -> int:
        """New cards still to introduce that day under a daily limit of ``new_per_day``."""
        return max(0, new_per_day + self.extra_new - self.new)


@dataclass(frozen=True)
class Totals:
    """Answers ever given and the time spent giving them."""

    reviews: int
    time_ms: int


def scope_clause(banks: Sequence[str],
                 topics: Sequence[int] | None) -> tuple[str, tuple[str | int, ...]]:
    """SQL restricting items to the given banks (by id) and, unless ``topics`` is ``None``,
    to those topics (by row id; empty matches nothing), and its parameters."""
    marks = ", ".join("?" * len(banks))
    sql = f" AND bank IN (SELECT id FROM banks WHERE key IN ({marks}))"
    if topics is None:
        return sql, tuple(banks)
    return sql + f" AND topic IN ({', '.join('?' * len(topics))})", (*banks, *topics)


def visible_clause(today: int) -> tuple[str, tuple[int, ...]]:
    """SQL keeping out the items the learner suspended, or buried for study day ``today``,
    and its parameters (the columns are in the queue index)."""
    return " AND suspended = 0 AND buried_until <= ?", (today,)


class ProgressReader:
    """Reads the progress summary from one database; :meth:`open` gives one of its own."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @classmethod
    def open(cls, path: Path) -> ProgressReader:
        """A reader on its own read-only connection to the database at ``path`` (close it).

        Raises:
            StorageError: It cannot be opened (missing, damaged, too new, not ours).
        """
        return cls(Database.open(path, read_only=True))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def due(self, today: int, new_per_day: int, reviews_per_day: int, banks: Sequence[str],
            topics: Sequence[int] | None = None) -> DueCounts:
        """New / learning / review cards left on study day ``today`` in ``banks`` (and
        ``topics``): the daily limits (new cards with what study more added) minus what was
        already done today.

        The limits are shared by every bank, as in Anki: cards introduced or reviewed in one
        bank count against the others' allowance too. Suspended and buried cards are not
        due. Without ``topics`` counted on the queue index alone.
        """
        done = self.done_on(today)
        clause, params = scope_clause(banks, topics)
        hidden, hidden_params = visible_clause(today)
        clause, params = clause + hidden, (*params, *hidden_params)
        row = self._db.one(
            "SELECT "
            f"(SELECT count(*) FROM (SELECT 1 FROM items WHERE retired = 0 AND state = ?"
            f"{clause} LIMIT ?)), "
            "(SELECT count(*) FROM items WHERE retired = 0 AND state IN (?, ?) AND due_day <= ?"
            f"{clause}), "
            f"(SELECT count(*) FROM (SELECT 1 FROM items WHERE retired = 0 AND state = ?"
            f" AND due_day <= ?{clause} LIMIT ?))",
            (int(CardState.NEW), *params, done.new_left(new_per_day),
             *LEARNING_STATES, today, *params,
             int(CardState.REVIEW), today, *params, max(0, reviews_per_day - done.reviews)))
        assert row is not None
        return DueCounts(int(row[0]), int(row[1]), int(row[2]))

    def done_on(self, day: int) -> DayDone:
        """New cards introduced and review cards answered on study day ``day``, and the new
        cards added to its limit."""
        rows = self._db.rows("SELECT kind, reviews FROM day_stats WHERE day = ? "
                             "AND kind IN (?, ?)", (day, int(ReviewKind.NEW),
                                                    int(ReviewKind.REVIEW)))
        done = {int(k): int(n) for k, n in rows}
        extra = self._db.scalar("SELECT coalesce(sum(extra_new), 0) FROM day_limits "
                                "WHERE day = ?", (day,))
        return DayDone(done.get(int(ReviewKind.NEW), 0), done.get(int(ReviewKind.REVIEW), 0),
                       int(extra or 0))

    def known_file(self, path: str, stamp: str) -> str | None:
        """The id of the bank last synced from ``path`` when the file still has ``stamp``
        (size and mtime): its items are in the store already and it need not be parsed."""
        if not stamp:
            return None
        row = self._db.one("SELECT key FROM banks WHERE path = ? AND file_stamp = ?",
                           (path, stamp))
        return None if row is None else str(row[0])

    def banks(self, keys: Iterable[str]) -> list[BankRecord]:
        """The stored banks ``keys``, in that order, with their active item counts."""
        wanted = list(keys)
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.rows(
            "SELECT b.key, b.title, b.language, b.path, "
            "coalesce(sum(i.retired = 0 AND i.state IS NOT NULL), 0), "
            "coalesce(sum(i.retired = 0 AND i.state IS NULL), 0) "
            f"FROM banks b LEFT JOIN items i ON i.bank = b.id WHERE b.key IN ({marks}) "
            "GROUP BY b.id", tuple(wanted))
        by_key = {str(r[0]): BankRecord(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]),
                                        int(r[5])) for r in rows}
        return [by_key[k] for k in wanted if k in by_key]

    def totals(self) -> Totals:
        """Answers ever given and the time spent giving them."""
        row = self._db.one("SELECT coalesce(sum(reviews), 0), coalesce(sum(duration_ms), 0) "
                           "FROM day_stats")
        assert row is not None
        return Totals(int(row[0]), int(row[1]))

    def new_cards(self, banks: Sequence[str], topics: Sequence[int] | None = None) -> int:
        """Cards never studied in ``banks`` (and ``topics``), whatever the daily limit."""
        clause, params = scope_clause(banks, topics)
        return int(self._db.scalar("SELECT count(*) FROM items WHERE retired = 0 AND state = ?"
                                   f"{clause}", (int(CardState.NEW), *params)) or 0)

    def study_days(self) -> list[int]:
        """Every study day with at least one answer, newest first."""
        rows = self._db.rows("SELECT day FROM day_stats GROUP BY day HAVING sum(reviews) > 0 "
                             "ORDER BY day DESC")
        return [int(r[0]) for r in rows]
