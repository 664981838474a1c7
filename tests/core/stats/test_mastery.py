"""Topic mastery: recall and quiz accuracy combined; only studied topics are ranked as weak."""

from __future__ import annotations

import pytest

from quizapp.core.stats.mastery import QUIZ_WEIGHT, combine, rank_weak, topic_masteries
from quizapp.core.storage.records import TopicCardStats, TopicQuizStats, TopicRecord


def _topics(n: int) -> list[TopicRecord]:
    return [TopicRecord(pk, "demo", f"t{pk}", f"Topic {pk}", False) for pk in range(1, n + 1)]


def test_mastery_combines_recall_and_recent_quiz_accuracy() -> None:
    assert combine(0.8, None) == 0.8
    assert combine(None, 0.5) == 0.5
    assert combine(None, None) == 0.0
    assert combine(0.8, 0.5) == pytest.approx((1 - QUIZ_WEIGHT) * 0.8 + QUIZ_WEIGHT * 0.5)


def test_per_topic_numbers_and_weak_ranking() -> None:
    topics = _topics(5) + [TopicRecord(9, "demo", "gone", "Gone", True)]
    cards = {
        1: TopicCardStats(1, cards=4, studied=4, recall_sum=3.6, leeches=0, lapses=1),
        2: TopicCardStats(2, cards=4, studied=2, recall_sum=1.8, leeches=0, lapses=0),
        3: TopicCardStats(3, cards=2, studied=2, recall_sum=0.9, leeches=1, lapses=9),
        4: TopicCardStats(4, cards=3, studied=0, recall_sum=0.0, leeches=0, lapses=0),
        9: TopicCardStats(9, cards=3, studied=3, recall_sum=0.1, leeches=0, lapses=0),
    }
    quizzes = {1: TopicQuizStats(1, answered=10, correct=4), 5: TopicQuizStats(5, 4, 4)}
    ms = {m.topic: m for m in topic_masteries(topics, cards, quizzes)}
    assert "gone" not in ms  # retired topics are not shown
    assert ms["t1"].recall == pytest.approx(0.9) and ms["t1"].quiz_accuracy == 0.4
    assert ms["t1"].mastery == pytest.approx(0.7 * 0.9 + 0.3 * 0.4)
    assert ms["t2"].mastery == pytest.approx(0.45)  # unstudied half of the cards count 0
    assert ms["t3"].mastery == pytest.approx(0.45) and ms["t3"].leeches == 1
    assert ms["t4"].mastery == 0.0 and not ms["t4"].has_evidence
    assert ms["t5"].cards == 0 and ms["t5"].mastery == 1.0  # questions only

    ranked = rank_weak(ms.values())
    # t4 was never studied: unknown, not weak. Equal mastery: more leeches is weaker.
    assert [m.topic for m in ranked] == ["t3", "t2", "t1", "t5"]
    assert [m.topic for m in rank_weak(ms.values(), limit=2)] == ["t3", "t2"]
