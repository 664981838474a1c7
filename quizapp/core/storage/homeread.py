"""The home screen's reads: what is due, the banks and their counts, the study days.

One SQL text per question, used both by the repositories (the open collection) and by
:func:`~quizapp.core.stats.overview.quick_home` (start-up, before the collection opens). Light to
import on purpose: start-up reads through this module in a forked child, and every import
there is time the window waits for (no records, no bank model).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from quizapp.core.study.cards import CardState, ReviewKind

if TYPE_CHECKING:
    from quizapp.core.storage.db import Database

LEARNING_STATES = (int(CardState.LEARNING), int(CardState.RELEARNING))


def scope_clause(banks: Sequence[str],
                 topics: Sequence[int] | None) -> tuple[str, tuple[str | int, ...]]:
    """SQL restricting items to the given banks (by id) and, unless ``topics`` is ``None``,
    to those topics (by row id; empty matches nothing), and its parameters."""
    marks = ", ".join("?" * len(banks))
    sql = f" AND bank IN (SELECT id FROM banks WHERE key IN ({marks}))"
    if topics is None:
        return sql, tuple(banks)
    return sql + f" AND topic IN ({', '.join('?' * len(topics))})", (*banks, *topics)


def due_counts(db: Database, today: int, new_limit: int, review_limit: int,
               banks: Sequence[str], topics: Sequence[int] | None = None
               ) -> tuple[int, int, int]:
    """New (up to ``new_limit``), learning due today and reviews due (up to
    ``review_limit``); without ``topics`` counted on the queue index alone."""
    clause, params = scope_clause(banks, topics)
    row = db.one(
        "SELECT "
        f"(SELECT count(*) FROM (SELECT 1 FROM items WHERE retired = 0 AND state = ?{clause}"
        " LIMIT ?)), "
        "(SELECT count(*) FROM items WHERE retired = 0 AND state IN (?, ?) AND due_day <= ?"
        f"{clause}), "
        f"(SELECT count(*) FROM (SELECT 1 FROM items WHERE retired = 0 AND state = ?"
        f" AND due_day <= ?{clause} LIMIT ?))",
        (int(CardState.NEW), *params, max(0, new_limit),
         *LEARNING_STATES, today, *params,
         int(CardState.REVIEW), today, *params, max(0, review_limit)))
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def done_on(db: Database, day: int) -> tuple[int, int]:
    """New cards introduced and review cards answered on study day ``day``."""
    rows = db.rows("SELECT kind, reviews FROM day_stats WHERE day = ? AND kind IN (?, ?)",
                   (day, int(ReviewKind.NEW), int(ReviewKind.REVIEW)))
    done = {int(k): int(n) for k, n in rows}
    return done.get(int(ReviewKind.NEW), 0), done.get(int(ReviewKind.REVIEW), 0)


def known_file(db: Database, path: str, stamp: str) -> str | None:
    """The id of the bank last synced from ``path`` when the file still has ``stamp``
    (size and mtime): its items are in the store already and it need not be parsed."""
    if not stamp:
        return None
    row = db.one("SELECT key FROM banks WHERE path = ? AND file_stamp = ?", (path, stamp))
    return None if row is None else str(row[0])


def bank_rows(db: Database, keys: Iterable[str]) -> list[tuple[str, str, str, str, int, int]]:
    """The stored banks ``keys``, in that order: id, title, language, file path, active
    flashcards and active questions."""
    wanted = list(keys)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = db.rows(
        "SELECT b.key, b.title, b.language, b.path, "
        "coalesce(sum(i.retired = 0 AND i.state IS NOT NULL), 0), "
        "coalesce(sum(i.retired = 0 AND i.state IS NULL), 0) "
        f"FROM banks b LEFT JOIN items i ON i.bank = b.id WHERE b.key IN ({marks}) "
        "GROUP BY b.id", tuple(wanted))
    by_key = {r[0]: (str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]))
              for r in rows}
    return [by_key[k] for k in wanted if k in by_key]


def all_time(db: Database) -> tuple[int, int]:
    """Answers and milliseconds spent answering, ever."""
    row = db.one("SELECT coalesce(sum(reviews), 0), coalesce(sum(duration_ms), 0) "
                 "FROM day_stats")
    assert row is not None
    return int(row[0]), int(row[1])


def study_days(db: Database) -> list[int]:
    """Every study day with at least one answer, newest first."""
    rows = db.rows("SELECT day FROM day_stats GROUP BY day HAVING sum(reviews) > 0 "
                   "ORDER BY day DESC")
    return [int(r[0]) for r in rows]
