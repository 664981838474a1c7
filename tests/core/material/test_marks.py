"""Suspend, bury and flag: what study, quizzes and due counts leave out, and for how long."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.banks.model import ItemKind
from quizapp.core.clock import FixedClock
from quizapp.core.material.marks import FlagReason, Marks, flag_named
from quizapp.core.material.service import ItemRef
from quizapp.core.quiz.engine import QUESTION_KINDS, QuizConfig, QuizError, QuizScope
from quizapp.core.study.cards import Rating
from tests.core.factories import make_bank, open_collection, study_all
from tests.core.study.test_siblings import sibling_bank


def _refs(*keys: str) -> list[ItemRef]:
    return [ItemRef("demo", k) for k in keys]


def _quiz_items(col, seeds: int = 15, **kw: object) -> set[str]:  # noqa: ANN001
    seen: set[str] = set()
    for seed in range(seeds):
        quiz = col.build_quiz(QuizConfig(count=20, **kw), random.Random(seed))
        seen |= {q.item.id for q in quiz.questions}
    return seen


def test_a_suspended_item_leaves_study_quizzes_and_counts_until_restored(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2))
    assert col.due_counts().new == 4
    undo = col.material.suspend(_refs("t0-c0", "t0-mc0"))
    assert col.due_counts().new == 3
    assert "t0-mc0" not in _quiz_items(col)
    shown = study_all(col, Rating.EASY)
    assert "t0-c0" not in {c.item.id for c in shown}
    assert col.material.marks(_refs("t0-c0"))[ItemRef("demo", "t0-c0")].suspended
    # Days later it is still out.
    clock.advance(timedelta(days=3))
    card = col.next_card()
    assert card is None or card.item.id != "t0-c0"
    col.material.undo(undo)  # undo restores exactly what was before
    assert "t0-mc0" in _quiz_items(col)
    card = col.next_card()
    assert card is not None and card.item.id == "t0-c0"
    col.close()


def test_restore_brings_back_suspended_and_buried_items(tmp_path: Path,
                                                         clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    col.material.suspend(_refs("t0-c0"))
    col.material.bury(_refs("t0-c1"))
    assert col.due_counts().new == 0
    col.material.restore(_refs("t0-c0", "t0-c1"))
    assert col.due_counts().new == 2
    col.close()


def test_a_buried_card_comes_back_at_the_next_study_day_not_at_midnight(
        tmp_path: Path, clock: FixedClock) -> None:
    # 09:00 UTC is 11:00 in Riga; the study day changes at 04:00 local time.
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=1))
    col.material.bury(_refs("t0-c0", "t0-mc0"))
    assert col.due_counts().new == 1
    with pytest.raises(QuizError):  # its only question is buried too
        col.build_quiz(QuizConfig(count=3))
    clock.advance(hours=16, minutes=59)  # 03:59 local, the next calendar day
    assert col.due_counts().new == 1
    assert [c.item.id for c in study_all(col, Rating.EASY)] == ["t0-c1"]
    clock.advance(minutes=1)  # 04:00: a new study day
    assert col.due_counts().new == 1
    card = col.next_card()
    assert card is not None and card.item.id == "t0-c0"
    assert "t0-mc0" in _quiz_items(col)
    col.close()


def test_a_buried_review_is_not_due_today_and_is_tomorrow(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=0))
    study_all(col, Rating.GOOD, step_minutes=11)
    clock.advance(timedelta(days=30))
    due = col.due_counts().review
    assert due == 2
    col.material.bury(_refs("t0-c0"))
    assert col.due_counts().review == 1
    assert [c.item.id for c in study_all(col, Rating.GOOD, step_minutes=11)] == ["t0-c1"]
    clock.advance(timedelta(days=1))
    assert "t0-c0" in {c.item.id for c in study_all(col, Rating.GOOD)}
    col.close()


def test_a_learner_flag_keeps_a_question_out_of_quizzes_but_its_card_in_study(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=1))
    col.material.flag(_refs("t0-mc0", "t0-c1"), FlagReason.AMBIGUOUS)
    with pytest.raises(QuizError):
        col.build_quiz(QuizConfig(count=3, kinds=frozenset({ItemKind.MULTIPLE_CHOICE})))
    assert col.due_counts().new == 2  # a flagged card is still studied
    marks = col.material.marks(_refs("t0-mc0"))[ItemRef("demo", "t0-mc0")]
    assert marks == Marks(flag=FlagReason.AMBIGUOUS)
    undo = col.material.unflag(_refs("t0-mc0"))
    assert col.build_quiz(QuizConfig(count=3, kinds=frozenset({ItemKind.MULTIPLE_CHOICE})))
    # Cleared by the learner: an automatic flag will not come back for it.
    assert col.material.marks(_refs("t0-mc0"))[ItemRef("demo", "t0-mc0")].flag_checked
    col.material.undo(undo)
    assert col.material.marks(_refs("t0-mc0"))[ItemRef("demo", "t0-mc0")].flag \
        is FlagReason.AMBIGUOUS
    col.close()


def test_an_automatic_flag_only_asks_for_a_look(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=1))
    found = col.store.material.find("demo", "t0-mc0")
    assert found is not None
    assert col.store.material.set_auto_flags({found[0]: FlagReason.SAME_WRONG_OPTION}) == 1
    quiz = col.build_quiz(QuizConfig(count=3, kinds=frozenset({ItemKind.MULTIPLE_CHOICE})))
    assert [q.item.id for q in quiz.questions] == ["t0-mc0"]
    col.close()


def test_flag_reasons_have_words_for_the_command_line() -> None:
    assert flag_named("gives-away") is FlagReason.GIVES_AWAY
    assert flag_named("Wrong") is FlagReason.WRONG
    with pytest.raises(KeyError):
        flag_named("same-wrong-option")  # the answers' own reasons are not set by hand
    assert not FlagReason.TRIVIAL.automatic and FlagReason.QUIZ_NOT_CARD.automatic


def test_sibling_burying_still_holds_beside_the_learners_marks(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, sibling_bank(3))
    # Suspending one sibling leaves the other of its fact to be studied today.
    col.material.suspend([ItemRef("sib", "f0/card")])
    shown = study_all(col, Rating.EASY)
    facts = sorted(c.item.fact for c in shown)
    assert facts == ["", "f0", "f1", "f2"]
    assert "f0/cloze" in {c.item.id for c in shown}
    for seed in range(10):
        quiz = col.build_quiz(QuizConfig(count=12, kinds=QUESTION_KINDS), random.Random(seed))
        fs = [q.item.fact for q in quiz.questions]
        assert len(fs) == len(set(fs))
    col.close()


def test_a_weak_topic_quiz_leaves_suspended_items_out_too(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2, questions_per_topic=2))
    study_all(col, Rating.AGAIN, limit=2)
    col.material.suspend(_refs("t0-mc0", "t1-mc0"))
    assert not _quiz_items(col, scope=QuizScope.WEAK) & {"t0-mc0", "t1-mc0"}
    col.close()


def test_reset_makes_cards_new_and_keeps_their_answers(tmp_path: Path,
                                                       clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=1))
    study_all(col, Rating.GOOD, step_minutes=11)
    answers = col.store.reviews.count()
    assert col.due_counts().new == 0
    assert col.material.reset(_refs("t0-c0", "t0-mc0")) == 1  # the question has no schedule
    assert col.due_counts().new == 1
    assert col.store.reviews.count() == answers
    col.close()


def test_exam_cards_and_the_forecast_leave_suspended_cards_out(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=0))
    study_all(col, Rating.GOOD, step_minutes=11)
    before = sum(d.due for d in col.stats().forecast)
    col.material.suspend(_refs("t0-c0"))
    assert sum(d.due for d in col.stats().forecast) == before - 1
    assert {c.key for c in col.store.cards.active(col.bank_ids)} == {"t0-c1"}
    col.close()


def test_an_exam_brings_no_buried_or_suspended_card_forward(tmp_path: Path,
                                                             clock: FixedClock) -> None:
    from quizapp.core.study.exam import Exam

    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=5,
                                                     questions_per_topic=0))
    study_all(col, Rating.EASY, step_minutes=11)  # every card due in five days or more
    clock.advance(timedelta(days=1))
    col.set_exam(Exam(col.today() + 3, 0.99, daily_cap=10))
    first = col.next_card()
    assert first is not None  # brought forward for the exam
    col.material.bury([ItemRef("demo", first.item.id)])
    second = col.next_card()
    assert second is not None and second.item.id != first.item.id
    col.material.suspend([ItemRef("demo", second.item.id)])
    shown = {c.item.id for c in study_all(col, Rating.GOOD, step_minutes=11)}
    assert first.item.id not in shown and second.item.id not in shown
    col.close()
