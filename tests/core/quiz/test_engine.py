"""The quiz state machine with a fixed clock: expiry, refusal, score, breakdown, skip, abandon."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX
from quizapp.core.quiz.engine import (
    EndReason,
    QuestionOutcome,
    QuizError,
    QuizQuestion,
    QuizSession,
    TimeLimit,
    TimeLimitMode,
    TopicScore,
)
from tests.core.factories import make_bank

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _questions(topics: int = 3) -> list[QuizQuestion]:
    bank = make_bank(topics=topics, cards_per_topic=1, questions_per_topic=2)
    return [QuizQuestion("demo", it) for it in bank.questions]  # t0-mc0, t0-tf1, t1-mc0, …


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_whole_quiz_limit_expires_mid_quiz_and_refuses_late_answers() -> None:
    qs = _questions()[:5]
    quiz = QuizSession(qs, TimeLimit.whole_quiz(60))
    assert quiz.start(T0) is qs[0]
    assert quiz.answer(1, _at(10)).correct  # multiple choice, right option 1
    fb = quiz.answer(FALSE_INDEX, _at(25))  # true/false, the statement is true
    assert fb.accepted and not fb.correct and fb.right == TRUE_INDEX
    assert quiz.remaining(_at(30)) == timedelta(seconds=30)
    assert quiz.current(_at(59)) is qs[2]

    late = quiz.answer(1, _at(61))
    assert not late.accepted and late.question is qs[2]
    assert quiz.finished and quiz.current(_at(62)) is None
    assert quiz.remaining(_at(62)) == timedelta(0)
    result = quiz.result()
    assert result.reason is EndReason.EXPIRED
    assert result.finished == _at(60) and result.duration == timedelta(seconds=60)
    assert [r.outcome for r in result.records] == [
        QuestionOutcome.CORRECT, QuestionOutcome.WRONG, QuestionOutcome.TIMED_OUT,
        QuestionOutcome.UNANSWERED, QuestionOutcome.UNANSWERED]
    assert (result.correct, result.total, result.score) == (1, 5, 0.2)
    assert [r.time_spent.total_seconds() for r in result.records] == [10, 15, 35, 0, 0]
    assert [r.chosen for r in result.records] == [1, FALSE_INDEX, None, None, None]


def test_per_question_limit_times_out_each_question_from_its_own_deadline() -> None:
    qs = _questions()[:5]
    quiz = QuizSession(qs, TimeLimit.per_question(30))
    quiz.start(T0)
    quiz.answer(1, _at(10))
    assert quiz.remaining(_at(20)) == timedelta(seconds=20)  # q1 shown at 10 s
    # Nobody touched q1 or q2: q1 timed out at 40 s, q2 at 70 s; q3 was shown at 70 s.
    assert quiz.current(_at(75)) is qs[3]
    assert quiz.remaining(_at(75)) == timedelta(seconds=25)
    # An answer arriving exactly at q3's deadline is refused and not given to q4.
    refused = quiz.answer(1, _at(100))
    assert not refused.accepted and refused.question is qs[3]
    assert quiz.index == 4
    assert quiz.answer(1, _at(101)).correct  # q4 (multiple choice), 1 s into it
    result = quiz.result()
    assert result.reason is EndReason.COMPLETED
    assert [r.outcome for r in result.records] == [
        QuestionOutcome.CORRECT, QuestionOutcome.TIMED_OUT, QuestionOutcome.TIMED_OUT,
        QuestionOutcome.TIMED_OUT, QuestionOutcome.CORRECT]
    assert [r.time_spent.total_seconds() for r in result.records] == [10, 30, 30, 30, 1]


def test_score_and_per_topic_breakdown() -> None:
    qs = _questions(topics=3)  # two questions per topic
    quiz = QuizSession(qs, TimeLimit.none())
    quiz.start(T0)
    right = {"mc": 1, "tf": TRUE_INDEX}
    wrong = {"mc": 3, "tf": FALSE_INDEX}
    plan = [True, True, True, False, False, False]  # topic 0 all right, topic 2 all wrong
    for n, (q, ok) in enumerate(zip(qs, plan)):
        kind = "mc" if "-mc" in q.item.id else "tf"
        assert quiz.remaining(_at(n)) is None
        quiz.answer((right if ok else wrong)[kind], _at(n + 1))
    result = quiz.result()
    assert (result.correct, result.total) == (3, 6)
    assert result.per_topic == (TopicScore("demo", "t0", 2, 2), TopicScore("demo", "t1", 1, 2),
                                TopicScore("demo", "t2", 0, 2))
    assert [m.question.item.id for m in result.mistakes] == ["t1-tf1", "t2-mc0", "t2-tf1"]


def test_skip_counts_as_wrong_and_abandon_ends_the_quiz_with_what_was_asked() -> None:
    qs = _questions()[:4]
    quiz = QuizSession(qs, TimeLimit.whole_quiz(600))
    quiz.start(T0)
    assert quiz.skip(_at(5))
    quiz.answer(TRUE_INDEX, _at(9))
    quiz.abandon(_at(20))
    assert quiz.finished and not quiz.skip(_at(21))
    result = quiz.result()
    assert result.reason is EndReason.ABANDONED
    # The question on screen and the one never shown are not part of the result.
    assert [r.outcome for r in result.records] == [
        QuestionOutcome.SKIPPED, QuestionOutcome.CORRECT]
    assert (result.correct, result.total) == (1, 2)
    assert result.finished == _at(20)


def test_abandoning_before_any_answer_leaves_an_empty_result() -> None:
    quiz = QuizSession(_questions()[:3], TimeLimit.none())
    quiz.start(T0)
    quiz.abandon(_at(4))
    result = quiz.result()
    assert result.records == () and result.score == 0.0 and result.total == 0


def test_deadline_is_the_running_clock_s_end() -> None:
    whole = QuizSession(_questions()[:2], TimeLimit.whole_quiz(60))
    assert whole.deadline() is None  # not started
    whole.start(T0)
    whole.answer(TRUE_INDEX, _at(10))
    assert whole.deadline() == _at(60)
    per = QuizSession(_questions()[:2], TimeLimit.per_question(12))
    per.start(T0)
    assert per.deadline() == _at(12)
    per.answer(TRUE_INDEX, _at(5))
    assert per.deadline() == _at(17)  # the second question's own 12 seconds
    assert QuizSession(_questions()[:1], TimeLimit.none()).deadline() is None


def test_misuse_is_refused_with_typed_errors() -> None:
    qs = _questions()[:2]
    quiz = QuizSession(qs, TimeLimit.whole_quiz(60))
    with pytest.raises(QuizError):
        quiz.answer(0, T0)
    with pytest.raises(QuizError):
        quiz.result()
    quiz.start(T0)
    with pytest.raises(QuizError):
        quiz.start(T0)
    with pytest.raises(ValueError):
        quiz.answer(4, _at(1))  # four options: 0–3
    with pytest.raises(QuizError):
        QuizSession([], TimeLimit.none())
    with pytest.raises(ValueError):
        TimeLimit(TimeLimitMode.PER_QUESTION, 0)
