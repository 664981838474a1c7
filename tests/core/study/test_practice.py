"""Recognition first, recall later, applied: which sibling study shows, and what a quiz draws."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.quiz.engine import QuizConfig
from quizapp.core.storage.records import FactMemory
from quizapp.core.study.cards import CardSchedule, CardState
from quizapp.core.study.evidence import RECALL_STABILITY_DAYS, Practice
from quizapp.core.study.practice import (
    MISMATCH_WEIGHT,
    fact_practices,
    passed_over,
    practice_weight,
)
from tests.core.factories import open_collection


def _memory(pk: int, fact: str, kind: ItemKind, stability: float | None) -> FactMemory:
    state = CardState.NEW if stability is None else CardState.REVIEW
    return FactMemory(pk, "b", fact, kind.value, state, stability)


def test_a_fact_goes_by_its_flashcard_or_else_its_most_stable_studied_item() -> None:
    edge = RECALL_STABILITY_DAYS
    practices = fact_practices([
        _memory(1, "new", ItemKind.FLASHCARD, None),
        _memory(2, "fragile", ItemKind.FLASHCARD, edge - 0.5),
        _memory(3, "fragile", ItemKind.ORDER, 40.0),  # the flashcard decides, not this
        _memory(4, "known", ItemKind.FLASHCARD, edge),
        _memory(5, "cloze-only", ItemKind.CLOZE, 2.0),
        _memory(6, "cloze-only", ItemKind.CLOZE, 12.0),
    ])
    assert practices == {("b", "new"): Practice.RECOGNITION,
                         ("b", "fragile"): Practice.RECOGNITION,
                         ("b", "known"): Practice.RECALL,
                         ("b", "cloze-only"): Practice.RECALL}


def test_a_quiz_question_weighs_less_when_its_kind_is_not_what_its_fact_favours() -> None:
    assert practice_weight(ItemKind.MULTIPLE_CHOICE, Practice.RECOGNITION) == 1.0
    assert practice_weight(ItemKind.TRUE_FALSE, Practice.RECALL) == MISMATCH_WEIGHT
    assert practice_weight(ItemKind.CLOZE, Practice.RECALL) == 1.0
    assert practice_weight(ItemKind.CLOZE, Practice.RECOGNITION) == MISMATCH_WEIGHT
    assert practice_weight(ItemKind.MULTIPLE_CHOICE, None) == 1.0  # no studied item
    assert 0 < MISMATCH_WEIGHT < 1


def test_study_passes_over_siblings_that_do_not_ask_as_the_fact_favours() -> None:
    items = [_memory(1, "f", ItemKind.FLASHCARD, None), _memory(2, "f", ItemKind.ORDER, None),
             _memory(3, "g", ItemKind.FLASHCARD, 30.0), _memory(4, "g", ItemKind.ORDER, 3.0),
             _memory(5, "h", ItemKind.FLASHCARD, 30.0)]
    # f is new: its order item (recognition) goes first; g is known: its flashcard does.
    assert passed_over([1, 2, 3, 4, 5], items) == {1, 4}
    # A sibling that is not a candidate today changes nothing; nor does a lone card.
    assert passed_over([1, 3, 5], items) == set()


def _order_bank() -> Bank:
    """One fact asked by a flashcard and by an order item (both studied), bank order first."""
    return Bank(BankMeta("ord", "Order", "lv"), (Topic("t", "Soļi"),), (
        Item("steps/card", ItemKind.FLASHCARD, "t", "Kādi ir soļi?", back="Viens, divi, trīs",
             fact="steps"),
        Item("steps/order", ItemKind.ORDER, "t", "Sakārtojiet soļus.",
             options=("Viens", "Divi", "Trīs"), fact="steps"),
    ))


def _due_today(col: Collection, key: str, stability: float) -> None:
    rec = col.store.cards.find("ord", key)
    assert rec is not None
    today = col.today()
    col.store.cards.set_schedules([(rec.pk, CardSchedule(
        CardState.REVIEW, None, stability, 5.0, None, today, None, today - 5, reps=3))])


def test_study_shows_the_order_item_of_a_new_fact_and_its_flashcard_once_known(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, _order_bank())
    card = col.next_card()
    assert card is not None and card.item.kind is ItemKind.ORDER  # not the first in bank
    assert col.due_counts().new == 1  # the flashcard waits, buried like any sibling
    col.close()

    for stability, shown in ((RECALL_STABILITY_DAYS - 1, ItemKind.ORDER),
                             (RECALL_STABILITY_DAYS + 1, ItemKind.FLASHCARD)):
        col = open_collection(tmp_path / str(stability), clock, _order_bank())
        _due_today(col, "steps/card", stability)
        _due_today(col, "steps/order", 2.0)
        card = col.next_card()
        assert card is not None and card.item.kind is shown, stability
        assert col.due_counts().review == 1
        col.close()


def _quiz_bank(facts: int = 10) -> Bank:
    """Each fact asked by a multiple choice and by a (studied) cloze."""
    items: list[Item] = []
    for n in range(facts):
        items += [
            Item(f"f{n}/mc", ItemKind.MULTIPLE_CHOICE, "t", f"Cik ir {n}?",
                 options=(str(n), str(n + 10)), correct=0, fact=f"f{n}",
                 cards=(f"f{n}/cloze",)),
            Item(f"f{n}/cloze", ItemKind.CLOZE, "t", f"Tas ir {{{{{n}}}}} vienību.",
                 options=(str(n), str(n + 10)), correct=0, fact=f"f{n}"),
        ]
    return Bank(BankMeta("qz", "Quiz", "lv"), (Topic("t", "T"),), tuple(items))


def _mc_share(col: Collection) -> float:
    rng = random.Random(3)
    kinds: Counter[ItemKind] = Counter()
    for _ in range(100):
        quiz = col.build_quiz(QuizConfig(count=10), rng)
        kinds.update(q.item.kind for q in quiz.questions)
    return kinds[ItemKind.MULTIPLE_CHOICE] / sum(kinds.values())


@pytest.mark.parametrize("stability", [None, RECALL_STABILITY_DAYS + 5])
def test_a_quiz_asks_new_facts_by_recognition_and_known_ones_by_recall(
        tmp_path: Path, clock: FixedClock, stability: float | None) -> None:
    col = open_collection(tmp_path, clock, _quiz_bank())
    if stability is not None:
        today = col.today()
        schedule = CardSchedule(CardState.REVIEW, None, stability, 5.0, None, today + 9,
                                None, today - 1, reps=4)
        col.store.cards.set_schedules(
            [(r.pk, replace(schedule)) for r in col.store.cards.active(["qz"])])
    share = _mc_share(col)
    # One item per fact a quiz; the favoured one is drawn with twice the other's weight,
    # so it stands for its fact two times in three.
    if stability is None:
        assert 0.6 < share < 0.75
    else:
        assert 0.25 < share < 0.4
    col.close()
