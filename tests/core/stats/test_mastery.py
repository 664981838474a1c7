"""Topic mastery predicts: the share of a topic's facts recalled at a horizon, from FSRS
stability, unseen facts counting as not known, quiz answers weighted by kind."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from quizapp.core.banks.model import ItemKind
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.quiz.engine import QuizConfig, QuizScope, TimeLimit
from quizapp.core.stats.mastery import (
    HORIZON_DAYS,
    fact_score,
    horizon_day,
    rank_weak,
    topic_masteries,
)
from quizapp.core.storage.records import FactRecall, QuizEvidence, TopicRecord
from quizapp.core.study.cards import Rating
from quizapp.core.study.exam import Exam
from tests.core.factories import make_bank, open_collection, study_all
from tests.helpers import study_bank


def _topics(n: int) -> list[TopicRecord]:
    return [TopicRecord(pk, "demo", f"t{pk}", f"Topic {pk}", False) for pk in range(1, n + 1)]


def _fact(topic: int, name: str, recall: float | None, *, cards: int = 1, leeches: int = 0,
          lapses: int = 0) -> FactRecall:
    return FactRecall(topic, name, cards, 0 if recall is None else cards, recall, leeches,
                      lapses)


def test_a_fact_scores_its_prediction_blended_with_weighted_quiz_answers() -> None:
    assert fact_score(None, ()) == 0.0  # never studied: not known
    assert fact_score(0.8, ()) == pytest.approx(0.8)
    # A right multiple choice counts half a recall, a right true/false a quarter.
    assert fact_score(None, [(ItemKind.MULTIPLE_CHOICE, True)]) == pytest.approx(0.5 / 1.5)
    assert fact_score(None, [(ItemKind.TRUE_FALSE, True)]) == pytest.approx(0.25 / 1.25)
    assert fact_score(0.8, [(ItemKind.MULTIPLE_CHOICE, False)]) == pytest.approx(0.8 / 1.5)
    # However many right answers, a fact never studied stays short of certain.
    assert fact_score(None, [(ItemKind.MULTIPLE_CHOICE, True)] * 10) < 0.9


def test_per_topic_numbers_and_weak_ranking() -> None:
    topics = _topics(5) + [TopicRecord(9, "demo", "gone", "Gone", True)]
    facts = [
        _fact(1, "a", 0.9), _fact(1, "b", 0.9, lapses=1),
        _fact(2, "a", 0.9), _fact(2, "b", None),  # half its facts never studied
        _fact(3, "a", 0.9), _fact(3, "b", 0.0, leeches=1, lapses=9),
        _fact(4, "a", None), _fact(4, "b", None), _fact(4, "c", None),
        _fact(5, "q1", None, cards=0), _fact(5, "q2", None, cards=0),  # questions only
        _fact(9, "a", 0.1),
    ]
    answers = [QuizEvidence(1, "a", "multiple_choice", False)] * 2 + [
        QuizEvidence(5, "q1", "true_false", True), QuizEvidence(5, "q2", "true_false", True)]
    ms = {m.topic: m for m in topic_masteries(topics, facts, answers, 30)}
    assert "gone" not in ms  # retired topics are not shown
    t1 = ms["t1"]
    assert t1.recall == pytest.approx(0.9) and t1.quiz_accuracy == 0.0
    assert t1.mastery == pytest.approx((0.9 / 2 + 0.9) / 2)  # two wrong answers on fact a
    assert t1.horizon_day == 30 and t1.facts == 2 and t1.facts_seen == 2 and t1.complete
    assert ms["t2"].mastery == pytest.approx(0.45)  # the unstudied fact counts 0
    assert ms["t2"].facts_seen == 1 and not ms["t2"].complete
    assert ms["t3"].mastery == pytest.approx(0.45) and ms["t3"].leeches == 1
    assert ms["t4"].mastery == 0.0 and not ms["t4"].has_evidence
    # Two right true/false answers are not mastery: each counts a quarter of a recall.
    assert ms["t5"].cards == 0 and ms["t5"].mastery == pytest.approx(0.2)

    ranked = rank_weak(ms.values())
    # t4 was never studied: unknown, not weak. Equal mastery: more leeches is weaker.
    assert [m.topic for m in ranked] == ["t5", "t3", "t2", "t1"]
    assert [m.topic for m in rank_weak(ms.values(), limit=2)] == ["t5", "t3"]


def test_the_horizon_is_the_exam_when_it_is_ahead_else_a_week() -> None:
    assert horizon_day(100, None) == 100 + HORIZON_DAYS
    assert horizon_day(100, 130) == 130
    assert horizon_day(100, 100) == 100 + HORIZON_DAYS  # exam day itself: a week on
    assert horizon_day(100, 90) == 100 + HORIZON_DAYS


def test_one_pass_over_the_cards_gives_well_under_100_percent(
        tmp_path: Path, clock: FixedClock) -> None:
    """The tester's first evening: 20 cards studied once in one sitting, every learning
    step answered Good. The weakest topics used to read 100 %."""
    col = open_collection(tmp_path, clock, study_bank())
    study_all(col, step_minutes=11)  # today's 20 new cards, through their learning steps
    masteries = col.topic_mastery()
    studied = [m for m in masteries if m.studied]
    assert studied and all(m.mastery < 0.85 for m in studied)
    complete = [m for m in studied if m.complete]
    assert complete, "some topic had every fact studied"
    # Even a topic whose every fact was studied is predicted well short of certain.
    assert max(m.mastery for m in complete) < 0.85
    weak = col.weak_topics()
    assert weak and max(m.mastery for m in weak) < 0.85
    # Topics not started are not ranked; unseen facts of started topics count as not known.
    partial = [m for m in studied if not m.complete]
    for m in partial:
        assert m.mastery <= m.facts_seen / m.facts
    col.close()


def _study_rating_one_again(col: Collection, clock: FixedClock, again: str) -> None:
    """Answer everything due now Good, except card ``again``'s first answer of the day."""
    first = True
    while (card := col.next_card()) is not None:
        rate_again = card.item.id == again and first
        first = first and not rate_again
        col.answer(card, Rating.AGAIN if rate_again else Rating.GOOD, 3000)
        clock.advance(minutes=11)


def test_a_card_rated_again_lowers_its_topic(tmp_path: Path, clock: FixedClock) -> None:
    bank = make_bank(topics=2, cards_per_topic=2, questions_per_topic=0)
    # Forgotten at once, while new: less stability, a lower prediction than its twin topic.
    col = open_collection(tmp_path / "new", clock, bank)
    _study_rating_one_again(col, clock, "t1-c0")
    ms = {m.topic: m for m in col.topic_mastery()}
    assert ms["t1"].mastery < ms["t0"].mastery
    col.close()

    # Forgotten at its first review: a lapse; the topic drops below its twin.
    col = open_collection(tmp_path / "review", clock, bank)
    _study_rating_one_again(col, clock, "")
    clock.advance(days=3)
    before = {m.topic: m for m in col.topic_mastery()}
    assert before["t0"].mastery == pytest.approx(before["t1"].mastery)
    _study_rating_one_again(col, clock, "t0-c0")
    after = {m.topic: m for m in col.topic_mastery()}
    assert after["t0"].lapses == 1 and after["t1"].lapses == 0
    assert after["t0"].mastery < after["t1"].mastery
    col.close()


def test_mastery_predicts_for_the_exam_day(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, cards_per_topic=2))
    study_all(col, step_minutes=11)
    week = col.topic_mastery()[0]
    col.set_exam(Exam.on(date(2026, 6, 1), col.today()))
    far = col.topic_mastery()[0]
    col.set_exam(Exam(col.today() + 2))
    near = col.topic_mastery()[0]
    assert far.horizon_day > week.horizon_day > near.horizon_day
    assert far.mastery < week.mastery < near.mastery < 1.0
    col.close()


def test_quiz_answers_feed_mastery_and_unasked_questions_do_not(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, cards_per_topic=2))
    before = col.topic_mastery()[0]
    assert before.mastery == 0.0 and not before.has_evidence
    quiz = col.build_quiz(QuizConfig(count=2, scope=QuizScope.ALL,
                                     time_limit=TimeLimit.none()), random.Random(3))
    quiz.start(clock.now())
    q = quiz.current(clock.now())
    assert q is not None
    quiz.answer(q.item.correct, clock.now())
    quiz.abandon(clock.now())  # the second question was never answered
    col.record_quiz(quiz.result())
    after = col.topic_mastery()[0]
    assert after.quiz_answered == 1 and after.quiz_correct == 1
    assert 0.0 < after.mastery < 0.5


def test_mastery_is_kept_until_something_it_reads_changes(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    """Home's weak topics and the study queue share one reading; any write, by this
    collection or by another connection (the command line), and a new day read it again."""
    import sqlite3

    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=2,
                                                     questions_per_topic=0))
    study_all(col, Rating.GOOD)
    first = col._masteries()
    assert col._masteries() is first  # nothing changed: the same reading
    conn = sqlite3.connect(col.store.path)
    conn.execute("UPDATE items SET lapses = lapses + 3 WHERE key = 't0-c0'")
    conn.commit()
    conn.close()
    after_write = {m.topic: m for m in col.topic_mastery()}
    assert after_write["t0"].lapses == 3
    clock.advance(days=1)
    next_day = col.topic_mastery()
    assert next_day[0].horizon_day == first[0][1].horizon_day + 1
    col.close()
