"""Flashcard schedules: reading cards, the indexed due/queue queries and per-topic recall."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quizapp.core.study.cards import CardSchedule, CardState
from quizapp.core.storage.db import Database
from quizapp.core.storage.progress import LEARNING_STATES as _LEARNING
from quizapp.core.storage.progress import scope_clause as _scope_clause
from quizapp.core.storage.progress import visible_clause as _visible
from quizapp.core.storage.records import (
    SCHEDULE_COLUMNS,
    CardMemory,
    CardRecord,
    FactMemory,
    QueueEntry,
    FactRecall,
    schedule_from,
    schedule_values,
)

_CARD_SELECT = (
    f"SELECT i.id, b.key, i.key, i.topic, i.retired, {SCHEDULE_COLUMNS.replace(', ', ', i.')} "
    "FROM items i JOIN banks b ON b.id = i.bank "
)
# Queue queries name the columns of the items_queue index (retired, state, due_day, bank);
# a topic-scoped query also reads the rows, which is fine for a few topics' cards.


def _card(row: tuple[object, ...]) -> CardRecord:
    return CardRecord(
        pk=int(row[0]),  # type: ignore[call-overload]
        bank=str(row[1]),
        key=str(row[2]),
        topic_pk=int(row[3]),  # type: ignore[call-overload]
        retired=bool(row[4]),
        schedule=schedule_from(row[5:]),
    )


class CardRepo:
    """Reads and writes of flashcard schedules."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, pk: int) -> CardRecord | None:
        """The flashcard with row id ``pk`` (``None`` if no such flashcard)."""
        row = self._db.one(_CARD_SELECT + "WHERE i.id = ? AND i.state IS NOT NULL", (pk,))
        return None if row is None else _card(row)

    def find(self, bank: str, key: str) -> CardRecord | None:
        """The flashcard ``key`` of bank ``bank``."""
        row = self._db.one(_CARD_SELECT + "WHERE b.key = ? AND i.key = ? AND i.state IS NOT NULL",
                           (bank, key))
        return None if row is None else _card(row)

    def set_schedules(self, changes: Iterable[tuple[int, CardSchedule]]) -> None:
        """Overwrite the schedules of the given cards (one transaction)."""
        with self._db.transaction() as c:
            c.executemany(
                "UPDATE items SET state = ?, step = ?, stability = ?, difficulty = ?, "
                "due_ms = ?, due_day = ?, last_ms = ?, last_day = ?, reps = ?, lapses = ?, "
                "leech = ? WHERE id = ?",
                [(*schedule_values(s), pk) for pk, s in changes])

    def review_load(self, first: int, last: int,
                    banks: Sequence[str]) -> list[tuple[int, str | None, int]]:
        """How many review cards are due on each study day ``first`` to ``last``, per fact
        (named ``<bank row>/<fact>`` as ``BankRepo.facts`` names it; ``None``: the items
        that name none): ``(day, fact, cards)``, for the load balancer and study more."""
        clause, params = _scope_clause(banks, None)
        rows = self._db.rows(
            "SELECT due_day, CASE WHEN fact != '' THEN bank || '/' || fact END, count(*) "
            "FROM items WHERE retired = 0 AND suspended = 0 AND state = ? "
            f"AND due_day BETWEEN ? AND ?{clause} GROUP BY due_day, bank, fact",
            (int(CardState.REVIEW), first, last, *params))
        return [(r[0], r[1], r[2]) for r in rows]

    def reviews_later(self, first: int, last: int | None, banks: Sequence[str],
                      topics: Sequence[int] | None = None) -> list[int]:
        """Row ids of the review cards due on study days ``first`` to ``last`` (``None``: any
        later day), soonest first (review ahead)."""
        clause, params = _scope_clause(banks, topics)
        rows = self._db.rows(
            "SELECT id FROM items WHERE retired = 0 AND state = ? AND due_day BETWEEN ? AND ?"
            f"{clause} ORDER BY due_day, id",
            (int(CardState.REVIEW), first, 1 << 40 if last is None else last, *params))
        return [int(r[0]) for r in rows]

    def active(self, banks: Sequence[str],
               topics: Sequence[int] | None = None) -> list[CardRecord]:
        """Every flashcard still in its bank and not suspended, new ones included (the exam
        plan reads them all: one query instead of one per card)."""
        clause, params = _scope_clause(banks, topics)
        rows = self._db.rows(_CARD_SELECT + "WHERE retired = 0 AND suspended = 0 "
                             f"AND state IS NOT NULL{clause}", params)
        return [_card(r) for r in rows]

    def visible(self, pks: Sequence[int], today: int) -> list[int]:
        """``pks`` without the cards suspended, or buried for study day ``today`` (in the
        given order)."""
        hidden: set[int] = set()
        clause, params = _visible(today)
        for start in range(0, len(pks), 500):
            chunk = list(pks[start:start + 500])
            marks = ", ".join("?" for _ in chunk)
            hidden.update(int(r[0]) for r in self._db.rows(
                f"SELECT id FROM items WHERE id IN ({marks}) AND NOT (1{clause})",
                (*chunk, *params)))
        return [pk for pk in pks if pk not in hidden]

    def fact_memories(self, banks: Sequence[str],
                      pks: Iterable[int] | None = None) -> list[FactMemory]:
        """The studied items of ``banks`` that name a fact, with their card's state and
        stability (only those of the facts of items ``pks``, when given)."""
        clause, params = _scope_clause(banks, None)
        facts = ""
        if pks is not None:
            wanted = sorted(set(pks))
            facts = (" AND (bank, fact) IN (SELECT bank, fact FROM items WHERE id IN "
                     f"({', '.join('?' * len(wanted))}))")
            params = (*params, *wanted)
        rows = self._db.rows(
            "SELECT i.id, b.key, i.fact, i.kind, i.state, i.stability FROM items i "
            "JOIN banks b ON b.id = i.bank WHERE retired = 0 AND state IS NOT NULL "
            f"AND fact != ''{clause}{facts}", params)
        return [FactMemory(int(r[0]), str(r[1]), str(r[2]), str(r[3]), CardState(r[4]),
                           None if r[5] is None else float(r[5])) for r in rows]

    def memories(self, banks: Sequence[str],
                 topics: Sequence[int] | None = None) -> list[CardMemory]:
        """Every flashcard still in its bank with the memory part of its schedule (the exam
        planner reads thousands: no timestamps are converted)."""
        clause, params = _scope_clause(banks, topics)
        rows = self._db.rows(
            "SELECT id, topic, state, step, stability, difficulty, due_day, last_day, reps, "
            f"lapses, leech FROM items WHERE retired = 0 AND state IS NOT NULL{clause}",
            params)
        return [CardMemory(int(r[0]), int(r[1]), CardSchedule(
            CardState(r[2]), r[3], r[4], r[5], None, r[6], None, r[7], int(r[8]), int(r[9]),
            bool(r[10]))) for r in rows]

    def count_active(self, banks: Sequence[str]) -> int:
        """Flashcards still in ``banks``."""
        clause, params = _scope_clause(banks, None)
        return int(self._db.scalar(
            f"SELECT count(*) FROM items WHERE retired = 0 AND state IS NOT NULL{clause}",
            params) or 0)

    def learning_due(self, today: int, banks: Sequence[str],
                     topics: Sequence[int] | None = None) -> list[QueueEntry]:
        """Learning and relearning cards due before today ends, soonest first (not
        suspended or buried)."""
        clause, params = _scope_clause(banks, topics)
        hidden, hidden_params = _visible(today)
        rows = self._db.rows(
            "SELECT id, due_day, due_ms, topic FROM items WHERE retired = 0 AND state IN (?, ?) "
            f"AND due_day <= ?{clause}{hidden} ORDER BY due_ms",
            (*_LEARNING, today, *params, *hidden_params))
        return [QueueEntry(*r) for r in rows]

    def reviews_due(self, today: int, banks: Sequence[str],
                    topics: Sequence[int] | None = None) -> list[QueueEntry]:
        """Review cards due today or overdue, most overdue first (not suspended or buried)."""
        clause, params = _scope_clause(banks, topics)
        hidden, hidden_params = _visible(today)
        rows = self._db.rows(
            "SELECT id, due_day, due_ms, topic FROM items WHERE retired = 0 AND state = ? "
            f"AND due_day <= ?{clause}{hidden} ORDER BY due_day, id",
            (int(CardState.REVIEW), today, *params, *hidden_params))
        return [QueueEntry(*r) for r in rows]

    def new_cards(self, limit: int, banks: Sequence[str],
                  topics: Sequence[int] | None = None, *, today: int = 0) -> list[int]:
        """Row ids of up to ``limit`` new cards, in bank order (not suspended, nor buried
        for study day ``today``)."""
        if limit <= 0:
            return []
        clause, params = _scope_clause(banks, topics)
        hidden, hidden_params = _visible(today)
        rows = self._db.rows(
            f"SELECT id FROM items WHERE retired = 0 AND state = ?{clause}{hidden} "
            "ORDER BY bank, position LIMIT ?",
            (int(CardState.NEW), *params, *hidden_params, limit))
        return [int(r[0]) for r in rows]

    def next_learning_due(self, banks: Sequence[str],
                          topics: Sequence[int] | None = None) -> int | None:
        """``due_ms`` of the soonest learning card, or ``None``."""
        clause, params = _scope_clause(banks, topics)
        value = self._db.scalar(
            "SELECT min(due_ms) FROM items WHERE retired = 0 AND suspended = 0 "
            f"AND state IN (?, ?){clause}", (*_LEARNING, *params))
        return None if value is None else int(value)

    def fact_recall(self, horizon_day: int, factor: float, decay: float) -> list[FactRecall]:
        """Per active fact of every topic: its cards, how many were studied, the best
        predicted recall at study day ``horizon_day`` among them, leeches and lapses
        (suspended items are left out).

        Recall is FSRS's forgetting curve ``(1 + factor·t/S) ** decay`` over the calendar
        days ``t`` from a card's last answer to the horizon; a leech counts 0. Items of
        schema-1 banks name no fact: each is a fact of its own. Questions belong to their
        fact without adding a card (a fact only asked in quizzes has none).
        """
        # Two index-ordered reads of items_facts, not one GROUP BY over "fact, else key":
        # that expression needs a temporary B-tree (see tests/benchmarks/bench_core.py's
        # weak_topics_ms; the README has the figures).
        recall = ("CASE WHEN last_day IS NOT NULL AND stability > 0 THEN CASE WHEN leech = 0 "
                  "THEN pow(1.0 + ? * max(0, ? - last_day) / stability, ?) ELSE 0.0 END END")
        params = (factor, horizon_day, decay)
        rows = self._db.rows(
            f"SELECT topic, fact, count(state), count(last_day), max({recall}), "
            "coalesce(sum(leech), 0), coalesce(sum(lapses), 0), count(*) - count(state) "
            "FROM items WHERE retired = 0 AND suspended = 0 AND fact != '' GROUP BY topic, fact",
            params)
        rows += self._db.rows(
            f"SELECT topic, key, state IS NOT NULL, last_day IS NOT NULL, {recall}, "
            "coalesce(leech, 0), coalesce(lapses, 0), state IS NULL FROM items "
            "WHERE retired = 0 AND suspended = 0 AND fact = ''", params)
        # The columns are FactRecall's fields, of its types (SQLite's integer and real).
        return list(map(FactRecall._make, rows))
