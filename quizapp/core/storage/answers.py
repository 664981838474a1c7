"""Each item's own answer history: its quiz answers in order, its accuracy, and how the
flashcards of its fact fare (what confusions, Browse and the giveaway checks read)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quizapp.core.quiz.engine import QuestionOutcome
from quizapp.core.storage.db import Database

_CHUNK = 500


@dataclass(frozen=True)
class ItemAnswer:
    """One quiz answer to one item, in the order given.

    Attributes:
        pk: The item's row id.
        bank: The bank's id.
        key: The item's id.
        chosen: Index of the option chosen (``None``: none, or an order item).
        chosen_text: The option's text as it was shown then.
        outcome: Right, wrong, skipped, timed out or unanswered.
        duration_ms: Time spent on the question.
        time_ms: When the quiz started.
    """

    pk: int
    bank: str
    key: str
    chosen: int | None
    chosen_text: str | None
    outcome: QuestionOutcome
    duration_ms: int
    time_ms: int


@dataclass(frozen=True)
class FactCards:
    """How the flashcards of one fact fared: answers, Again presses, the first answer."""

    reviews: int
    again: int
    first_ms: int | None


class AnswerRepo:
    """Reads of quiz answers per item (never the whole review log)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def quiz_answers(self, pks: Iterable[int] | None = None) -> list[ItemAnswer]:
        """The quiz answers of the given items (default: every item), item by item, each
        item's in the order given."""
        sql = ("SELECT a.item, b.key, i.key, a.chosen, a.chosen_text, a.outcome, "
               "a.duration_ms, q.started_ms FROM quiz_answers a "
               "JOIN quiz_attempts q ON q.id = a.attempt JOIN items i ON i.id = a.item "
               "JOIN banks b ON b.id = i.bank ")
        order = " ORDER BY a.item, a.attempt, a.position"
        if pks is None:
            chunks: list[list[int]] | None = None
        else:
            wanted = sorted(set(pks))
            chunks = [wanted[s:s + _CHUNK] for s in range(0, len(wanted), _CHUNK)]
        rows = []
        for chunk in ([None] if chunks is None else chunks):
            where = "" if chunk is None else f"WHERE a.item IN ({', '.join('?' * len(chunk))})"
            rows += self._db.rows(sql + where + order, tuple(chunk or ()))
        return [ItemAnswer(int(r[0]), str(r[1]), str(r[2]), r[3], r[4], QuestionOutcome(r[5]),
                           int(r[6]), int(r[7])) for r in rows]

    def accuracy(self) -> dict[int, tuple[int, int]]:
        """Item row id → (quiz answers, right ones), unanswered questions left out."""
        rows = self._db.rows("SELECT item, count(*), sum(correct) FROM quiz_answers "
                             "WHERE outcome != ? GROUP BY item",
                             (int(QuestionOutcome.UNANSWERED),))
        return {int(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def answered_count(self) -> int:
        """Quiz questions the learner has answered or skipped, all time."""
        return int(self._db.scalar("SELECT count(*) FROM quiz_answers WHERE outcome != ?",
                                   (int(QuestionOutcome.UNANSWERED),)) or 0)

    def fact_cards(self, pks: Iterable[int]) -> dict[int, FactCards]:
        """For each given item with a fact: how the studied items of that fact (its
        siblings, or itself) fared in study."""
        out: dict[int, FactCards] = {}
        wanted = sorted(set(pks))
        for s in range(0, len(wanted), _CHUNK):
            chunk = wanted[s:s + _CHUNK]
            rows = self._db.rows(
                "SELECT q.id, count(r.id), coalesce(sum(r.rating = 1), 0), min(r.time_ms) "
                "FROM items q JOIN items c ON c.bank = q.bank AND c.fact = q.fact "
                "AND c.state IS NOT NULL LEFT JOIN revlog r ON r.item = c.id "
                f"WHERE q.fact != '' AND q.id IN ({', '.join('?' * len(chunk))}) "
                "GROUP BY q.id", tuple(chunk))
            out.update((int(r[0]), FactCards(int(r[1]), int(r[2]), r[3])) for r in rows)
        return out
