"""Cloze and order items in a quiz: answered by option and by order, scored, stored, and a
mistake makes the item itself due for study again."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.clock import FixedClock
from quizapp.core.quiz.engine import (
    QuestionOutcome,
    QuizConfig,
    QuizQuestion,
    QuizSession,
    TimeLimit,
)
from quizapp.core.study.cards import CardState
from tests.core.factories import open_collection

CLOZE = Item("c", ItemKind.CLOZE, "t", "Kafijas tasē ir apmēram {{95 mg}} kofeīna.",
             options=("47 mg", "95 mg"), correct=1, fact="f1")
ORDER = Item("o", ItemKind.ORDER, "t", "Sakārtojiet posmus.",
             options=("Pirmais", "Otrais", "Trešais"), fact="f2")


def _session(*items: Item) -> QuizSession:
    return QuizSession([QuizQuestion("b", it) for it in items], TimeLimit.none())


def test_a_cloze_is_answered_like_a_choice(clock: FixedClock) -> None:
    s = _session(CLOZE)
    s.start(clock.now())
    fb = s.answer(1, clock.now())
    assert fb.accepted and fb.correct and fb.right == 1
    assert s.result().records[0].outcome is QuestionOutcome.CORRECT


def test_an_order_item_is_answered_with_its_steps_in_order(clock: FixedClock) -> None:
    s = _session(ORDER, ORDER)
    s.start(clock.now())
    with pytest.raises(ValueError):
        s.answer(0, clock.now())
    with pytest.raises(ValueError):
        s.answer_order([0, 1], clock.now())  # not every step
    assert s.answer_order([0, 1, 2], clock.now()).correct
    wrong = s.answer_order([1, 0, 2], clock.now())
    assert wrong.accepted and not wrong.correct
    records = s.result().records
    assert [r.order for r in records] == [(0, 1, 2), (1, 0, 2)]
    assert [r.outcome for r in records] == [QuestionOutcome.CORRECT, QuestionOutcome.WRONG]
    with pytest.raises(ValueError):
        _started(_session(CLOZE), clock).answer_order([0, 1], clock.now())


def _started(s: QuizSession, clock: FixedClock) -> QuizSession:
    s.start(clock.now())
    return s


def test_an_order_answer_after_the_time_ran_out_is_refused(clock: FixedClock) -> None:
    s = QuizSession([QuizQuestion("b", ORDER)], TimeLimit.per_question(10))
    s.start(clock.now())
    late = clock.advance(timedelta(seconds=11))
    assert not s.answer_order([0, 1, 2], late).accepted
    assert s.result().records[0].outcome is QuestionOutcome.TIMED_OUT


def test_quizzes_draw_the_new_kinds_and_a_mistake_makes_the_item_due(
        tmp_path: Path, clock: FixedClock) -> None:
    bank = Bank(BankMeta("k", "Kinds", "lv"), (Topic("t", "T"),), (CLOZE, ORDER))
    col = open_collection(tmp_path, clock, bank)
    quiz = col.build_quiz(QuizConfig(count=5, time_limit=TimeLimit.none()),
                          random.Random(1))
    assert {q.item.kind for q in quiz.questions} == {ItemKind.CLOZE, ItemKind.ORDER}
    quiz.start(clock.now())
    for q in quiz.questions:
        if q.item.kind is ItemKind.ORDER:
            quiz.answer_order([2, 1, 0], clock.now())
        else:
            quiz.answer(q.item.correct, clock.now())
    record = col.record_quiz(quiz.result())
    assert record.relearn == ("k/o",)
    rows = col.store.db.rows("SELECT chosen_text FROM quiz_answers ORDER BY position")
    assert "Trešais → Otrais → Pirmais" in {r[0] for r in rows}
    # The order item was never studied: the mistake starts its learning now.
    card = col.store.cards.find("k", "o")
    assert card is not None and card.schedule.state is CardState.LEARNING
    cloze = col.store.cards.find("k", "c")
    assert cloze is not None and cloze.schedule.state is CardState.NEW  # answered right
    col.close()


def test_study_shows_a_cloze_blank_and_the_steps_shuffled() -> None:
    front, back = CLOZE.study_sides()
    assert front == "Kafijas tasē ir apmēram _____ kofeīna."
    assert back == "Kafijas tasē ir apmēram [95 mg] kofeīna."
    front, back = ORDER.study_sides()
    lines = front.splitlines()
    assert lines[0] == "Sakārtojiet posmus." and len(lines) == 5
    assert [line[3:] for line in lines[2:]] != list(ORDER.options)  # shuffled
    assert sorted(line[3:] for line in lines[2:]) == sorted(ORDER.options)
    assert back == "1. Pirmais\n2. Otrais\n3. Trešais"
