"""Siblings: study shows one item of a fact a day (the others wait until tomorrow), and a quiz
never asks two items of one fact."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.clock import FixedClock
from quizapp.core.quiz.engine import QUESTION_KINDS, QuizConfig
from quizapp.core.study.cards import Rating
from tests.core.factories import open_collection, study_all


def sibling_bank(facts: int = 4) -> Bank:
    """Per fact: a flashcard, a cloze (both studied) and a multiple-choice question."""
    items: list[Item] = []
    for n in range(facts):
        fact = f"f{n}"
        items += [
            Item(f"{fact}/card", ItemKind.FLASHCARD, "t", f"Kas ir {n}?", back=f"{n}",
                 fact=fact),
            Item(f"{fact}/cloze", ItemKind.CLOZE, "t", f"Skaitlis ir {{{{{n}}}}} un ne cits.",
                 options=(str(n), str(n + 10)), correct=0, fact=fact),
            Item(f"{fact}/mc", ItemKind.MULTIPLE_CHOICE, "t", f"Kurš ir {n}?",
                 options=(str(n), str(n + 10)), correct=0, fact=fact,
                 cards=(f"{fact}/card",)),
        ]
    items.append(Item("lone", ItemKind.FLASHCARD, "t", "Kas ir vientuļš?", back="x"))
    return Bank(BankMeta("sib", "Siblings", "lv"), (Topic("t", "T"),), tuple(items))


def test_study_shows_one_item_of_a_fact_a_day(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, sibling_bank())
    assert col.due_counts().new == 9  # before the queue is built: every new card
    first = col.next_card()
    assert first is not None
    assert col.due_counts().new == 5  # one per fact, and the card without a fact
    shown = study_all(col, Rating.EASY)
    facts = [c.item.fact for c in shown]
    assert sorted(facts) == ["", "f0", "f1", "f2", "f3"]
    assert col.next_card() is None and col.due_counts().total == 0
    # Tomorrow the siblings come, still one per fact.
    clock.advance(timedelta(days=1))
    tomorrow = study_all(col, Rating.EASY)
    assert sorted(c.item.fact for c in tomorrow) == ["f0", "f1", "f2", "f3"]
    assert {c.item.id for c in shown} | {c.item.id for c in tomorrow} == {
        i.id for i in sibling_bank().studied}
    col.close()


def test_a_sibling_answered_today_buries_the_other_even_in_a_new_session(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, sibling_bank(1))
    card = col.next_card()
    assert card is not None and card.item.fact == "f0"
    col.answer(card, Rating.EASY, 3000)
    col.close()
    again = open_collection(tmp_path, clock, sibling_bank(1))
    rest = study_all(again, Rating.EASY)
    assert [c.item.id for c in rest] == ["lone"]
    again.close()


def test_a_quiz_never_asks_two_items_of_one_fact(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, sibling_bank(6))
    for seed in range(20):
        quiz = col.build_quiz(QuizConfig(count=12, kinds=QUESTION_KINDS),
                              random.Random(seed))
        facts = [q.item.fact for q in quiz.questions]
        assert len(facts) == len(set(facts)) == 6, seed
    col.close()
