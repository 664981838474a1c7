"""Options come in a fresh order for each quiz, and a retry never keeps the right option
where it was."""

from __future__ import annotations

import random
from dataclasses import replace

from quizapp.core.banks.model import TRUE_INDEX, ChoiceForm, Item, ItemKind
from quizapp.core.quiz.engine import QuizQuestion
from quizapp.core.quiz.shuffle import for_retry, shuffled, shufflable


def _mc(n: int = 4, correct: int = 1, **kw: object) -> Item:
    return Item("q", ItemKind.MULTIPLE_CHOICE, "t", "Which?",
                options=tuple(f"option {k}" for k in range(n)), correct=correct, **kw)  # type: ignore[arg-type]


def test_shuffling_keeps_the_right_answer_right() -> None:
    rng = random.Random(1)
    item = _mc()
    orders = set()
    for _ in range(50):
        s = shuffled(item, rng)
        assert sorted(s.options) == sorted(item.options)
        assert s.options[s.correct] == item.options[item.correct]
        orders.add(s.options)
    assert len(orders) > 10  # really random orders, not one fixed permutation


def test_a_retry_moves_every_right_option_and_reorders_the_questions() -> None:
    rng = random.Random(7)
    questions = [QuizQuestion("b", replace(_mc(n, correct=c), id=f"q{n}{c}"))
                 for n in (2, 3, 4) for c in range(n)]
    before = {q.item.id: q.item for q in questions}
    orders = set()
    for _ in range(20):
        again = for_retry(questions, rng)
        assert sorted(q.item.id for q in again) == sorted(before)
        for q in again:
            old = before[q.item.id]
            assert q.item.options[q.item.correct] == old.options[old.correct]
            assert q.item.correct != old.correct  # the right option moved
        orders.add(tuple(q.item.id for q in again))
    assert len(orders) > 1  # the questions come in another order too


def test_true_false_order_steps_and_sides_keep_their_order() -> None:
    tf = Item("tf", ItemKind.TRUE_FALSE, "t", "Statement.", correct=TRUE_INDEX)
    order = Item("o", ItemKind.ORDER, "t", "Order these.", options=("a", "b", "c"))
    sides = _mc(3, form=ChoiceForm.SIDES)
    rng = random.Random(3)
    for item in (tf, order, sides):
        assert not shufflable(item)
        assert shuffled(item, rng, away_from=item.correct) is item
    assert shufflable(_mc()) and shufflable(_mc(2))
