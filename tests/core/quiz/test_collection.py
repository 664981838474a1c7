"""Quizzes through the Collection: building by scope, storing every answer, effect on scheduling."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.banks.model import FALSE_INDEX, ItemKind
from quizapp.core.study.cards import CardState
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.quiz.engine import (
    EndReason,
    QuestionOutcome,
    QuizConfig,
    QuizError,
    QuizResult,
    QuizScope,
    TimeLimit,
)
from tests.core.factories import make_bank, open_collection, study_all


def _take(col: Collection, config: QuizConfig, right: bool, seed: int = 1) -> QuizResult:
    """Take a quiz answering everything right (or everything wrong)."""
    quiz = col.build_quiz(config, random.Random(seed))
    quiz.start(col.clock.now())
    while (q := quiz.current(col.clock.now())) is not None:
        choice = q.item.correct if right else (q.item.correct + 1) % q.item.option_count
        quiz.answer(choice, col.clock.now())
    return quiz.result()


def test_a_wrong_answer_makes_its_flashcards_due_for_relearning_now(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=2))
    study_all(col, step_minutes=11)  # every card is now in review, due in days
    assert col.next_card() is None
    card_before = col.store.cards.find("demo", "t1-c0")
    assert card_before is not None and card_before.schedule.state is CardState.REVIEW

    config = QuizConfig(count=1, scope=QuizScope.TOPICS, topics=(("demo", "t1"),),
                        kinds=frozenset({ItemKind.MULTIPLE_CHOICE}))
    result = _take(col, config, right=False)
    record = col.record_quiz(result)

    assert record.relearn == ("demo/t1-c0",)
    after = col.store.cards.find("demo", "t1-c0")
    assert after is not None
    assert after.schedule.state is CardState.RELEARNING and after.schedule.due == clock.now()
    assert after.schedule.stability == card_before.schedule.stability  # not a lapse
    assert after.schedule.lapses == card_before.schedule.lapses
    assert col.due_counts().learning == 1
    shown = col.next_card()
    assert shown is not None and shown.item.id == "t1-c0"
    # Its sibling card and the other topic's cards were not touched.
    other = col.store.cards.find("demo", "t1-c1")
    assert other is not None and other.schedule.state is CardState.REVIEW
    col.close()


def test_a_right_answer_raises_mastery_but_leaves_intervals_alone(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=2))
    study_all(col, step_minutes=11)
    clock.advance(days=20)  # recall has decayed a little
    before = {m.topic: m for m in col.topic_mastery()}
    schedules = {it.id: col.store.cards.find("demo", it.id)
                 for it in col.banks["demo"].bank.flashcards}

    result = _take(col, QuizConfig(count=2, scope=QuizScope.TOPICS, topics=(("demo", "t0"),)),
                   right=True)
    assert col.record_quiz(result).relearn == ()

    after = {m.topic: m for m in col.topic_mastery()}
    assert after["t0"].quiz_answered == 2 and after["t0"].quiz_accuracy == 1.0
    assert after["t0"].mastery > before["t0"].mastery
    assert after["t1"].mastery == before["t1"].mastery
    assert {it.id: col.store.cards.find("demo", it.id)
            for it in col.banks["demo"].bank.flashcards} == schedules
    col.close()


def test_every_attempt_is_stored_with_the_chosen_options(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2))
    quiz = col.build_quiz(QuizConfig(count=3, time_limit=TimeLimit.whole_quiz(60)),
                          random.Random(3))
    quiz.start(clock.now())
    first = quiz.current(clock.now())
    assert first is not None
    wrong = (first.item.correct + 1) % first.item.option_count
    quiz.answer(wrong, clock.now() + timedelta(seconds=4))
    quiz.tick(clock.now() + timedelta(seconds=90))  # time runs out
    result = quiz.result()
    attempt = col.record_quiz(result).attempt

    answers = col.store.quizzes.answers(attempt)
    assert [a.item for a in answers] == [r.question.item.id for r in result.records]
    assert answers[0].chosen == wrong and answers[0].outcome is QuestionOutcome.WRONG
    assert answers[0].duration_ms == 4000
    if first.item.kind is ItemKind.MULTIPLE_CHOICE:  # the option as shown, whatever its place
        assert answers[0].chosen_text == first.item.options[wrong]
    assert [a.outcome for a in answers[1:]] == [QuestionOutcome.TIMED_OUT,
                                               QuestionOutcome.UNANSWERED]
    history = col.stats().quizzes
    assert len(history) == 1
    assert (history[0].correct, history[0].total, history[0].reason) == (0, 3,
                                                                         EndReason.EXPIRED)
    col.close()


def test_quiz_scope_and_kinds(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=4, questions_per_topic=4))
    tf = col.build_quiz(QuizConfig(count=50, kinds=frozenset({ItemKind.TRUE_FALSE})),
                        random.Random(1))
    assert len(tf.questions) == 8
    assert {q.item.kind for q in tf.questions} == {ItemKind.TRUE_FALSE}

    chosen = col.build_quiz(QuizConfig(count=10, scope=QuizScope.TOPICS,
                                       topics=(("demo", "t1"), ("demo", "t3"))),
                            random.Random(1))
    assert {q.item.topic for q in chosen.questions} == {"t1", "t3"}

    # No evidence yet: "weak topics" falls back to every topic.
    weak = col.build_quiz(QuizConfig(count=16, scope=QuizScope.WEAK), random.Random(1))
    assert {q.item.topic for q in weak.questions} == {"t0", "t1", "t2", "t3"}
    # After a bad quiz on t2 it is the only weak one with evidence.
    col.record_quiz(_take(col, QuizConfig(count=4, scope=QuizScope.TOPICS,
                                          topics=(("demo", "t2"),)), right=False))
    weak = col.build_quiz(QuizConfig(count=10, scope=QuizScope.WEAK), random.Random(1))
    assert {q.item.topic for q in weak.questions} == {"t2"}

    with pytest.raises(QuizError):
        col.build_quiz(QuizConfig(scope=QuizScope.TOPICS, topics=(("demo", "nope"),)))
    col.close()


def test_unasked_questions_never_change_scheduling(tmp_path: Path, clock: FixedClock) -> None:
    """The tester left a quiz after one answer: it recorded "0 of 10" and sent all ten
    cards back to relearning. Now only what was asked counts, whether the quiz is left or
    its time runs out."""
    col = open_collection(tmp_path, clock, make_bank(topics=4, cards_per_topic=1,
                                                     questions_per_topic=2))
    study_all(col, step_minutes=11)
    before = {c.id: col.store.cards.find("demo", c.id) for c in col.banks["demo"].bank.flashcards}
    config = QuizConfig(count=4, kinds=frozenset({ItemKind.MULTIPLE_CHOICE}),
                        time_limit=TimeLimit.whole_quiz(60))

    left = col.build_quiz(config, random.Random(5))
    left.start(clock.now())
    first = left.current(clock.now())
    assert first is not None
    left.answer((first.item.correct + 1) % first.item.option_count, clock.now())
    left.abandon(clock.now() + timedelta(seconds=5))
    result = left.result()
    assert (result.correct, result.total) == (0, 1)
    assert col.record_quiz(result).relearn == (f"demo/{first.item.cards[0]}",)
    assert col.stats().quizzes[-1].total == 1

    expired = col.build_quiz(config, random.Random(6))
    expired.start(clock.now())
    second = expired.current(clock.now())
    assert second is not None
    expired.answer(second.item.correct, clock.now())
    shown = expired.current(clock.now())
    assert shown is not None
    expired.tick(clock.now() + timedelta(seconds=61))
    outcomes = [r.outcome for r in expired.result().records]
    assert outcomes == [QuestionOutcome.CORRECT, QuestionOutcome.TIMED_OUT,
                        QuestionOutcome.UNANSWERED, QuestionOutcome.UNANSWERED]
    # The question on screen when time ran out was asked; the two never shown were not.
    assert col.record_quiz(expired.result()).relearn == (f"demo/{shown.item.cards[0]}",)

    untouched = {c for c in before if c not in (first.item.cards[0], shown.item.cards[0])}
    for key in untouched:
        assert col.store.cards.find("demo", key) == before[key]
    col.close()
