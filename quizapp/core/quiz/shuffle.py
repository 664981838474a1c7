"""Answer options in a fresh order for every quiz, so that no question — least of all a
retried one — can be answered by where its right option stood last time."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from quizapp.core.banks.model import ChoiceForm, Item, ItemKind
from quizapp.core.quiz.engine import QuizQuestion


def shufflable(item: Item) -> bool:
    """Whether ``item``'s options may be put in any order: multiple choice and cloze. True
    and false keep their order, an order item shows its steps its own way, and a "which of
    the two" question lists the compared sides as the document does."""
    return (item.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE)
            and item.form is not ChoiceForm.SIDES and len(item.options) > 1)


def shuffled(item: Item, rng: random.Random, *, away_from: int | None = None) -> Item:
    """``item`` with its options in a random order (``correct`` follows its option).

    Args:
        item: The item as the bank has it (or as a quiz last showed it).
        rng: The randomness.
        away_from: Where the right option stood last time; it lands elsewhere.
    """
    if not shufflable(item):
        return item
    order = list(range(len(item.options)))
    rng.shuffle(order)
    place = order.index(item.correct)
    if away_from is not None and place == away_from:
        other = rng.choice([k for k in range(len(order)) if k != place])
        order[place], order[other] = order[other], order[place]
    return replace(item, options=tuple(item.options[k] for k in order),
                   correct=order.index(item.correct))


def shuffle_options(questions: Sequence[QuizQuestion], rng: random.Random
                    ) -> list[QuizQuestion]:
    """``questions`` with every question's options in a fresh random order."""
    return [replace(q, item=shuffled(q.item, rng)) for q in questions]


def for_retry(questions: Sequence[QuizQuestion], rng: random.Random) -> list[QuizQuestion]:
    """``questions`` asked again: in another order, each one's options reshuffled with its
    right option in another place than before."""
    again = [replace(q, item=shuffled(q.item, rng, away_from=q.item.correct))
             for q in questions]
    rng.shuffle(again)
    return again
