"""Taking quizzes on exact questions with exact answers and times (a simulated learner)."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.collection import Collection
from quizapp.core.quiz.engine import QuizQuestion, QuizRecord, QuizSession, TimeLimit

# An answer: the item's id, the option chosen (None skips) and the seconds it took.
Pick = tuple[str, int | None, float]


def take_quiz(col: Collection, bank: str, picks: Sequence[Pick]) -> QuizRecord:
    """Ask the items of ``picks`` in order, answer each as given after its seconds on the
    collection's (fixed) clock, and store the quiz."""
    items = {it.id: it for it in col.banks[bank].bank.items}
    session = QuizSession([QuizQuestion(bank, items[key]) for key, _, _ in picks],
                          TimeLimit.none())
    clock = col.clock
    session.start(clock.now())
    for _key, choice, seconds in picks:
        clock.advance(seconds=seconds)  # type: ignore[attr-defined]  # a FixedClock
        if choice is None:
            session.skip(clock.now())
        else:
            session.answer(choice, clock.now())
    return col.record_quiz(session.result())
