"""Choosing quiz questions: weak topics weigh more, no topic is starved, a seed repeats a quiz."""

from __future__ import annotations

import random
from collections import Counter

from quizapp.core.quiz.engine import QuizQuestion
from quizapp.core.quiz.builder import choose_questions
from tests.core.factories import make_bank


def _pool(topics: int = 4, per_topic: int = 10) -> list[QuizQuestion]:
    bank = make_bank(topics=topics, cards_per_topic=0, questions_per_topic=per_topic)
    return [QuizQuestion("demo", it) for it in bank.questions]


def test_weaker_topics_are_asked_more_without_starving_the_others() -> None:
    pool = _pool()
    weakness = {("demo", "t0"): 1.0, ("demo", "t1"): 0.0, ("demo", "t2"): 0.0,
                ("demo", "t3"): 0.0}
    per_topic: Counter[str] = Counter()
    quizzes_with: Counter[str] = Counter()
    for seed in range(300):
        quiz = choose_questions(pool, weakness, 10, random.Random(seed))
        assert len(quiz) == 10 and len({q.item.id for q in quiz}) == 10
        topics = Counter(q.item.topic for q in quiz)
        assert max(topics.values()) <= 4  # at most 40 % from one topic
        per_topic.update(topics)
        quizzes_with.update(topics.keys())
    # The weak topic gets the most questions (its cap allows 4 of 10)…
    assert per_topic["t0"] > 1.3 * max(per_topic[t] for t in ("t1", "t2", "t3"))
    # …and every mastered topic still turns up in most quizzes.
    assert min(quizzes_with[t] for t in ("t1", "t2", "t3")) > 0.8 * 300


def test_the_same_seed_gives_the_same_quiz() -> None:
    pool = _pool()
    a = choose_questions(pool, {}, 8, random.Random(42))
    b = choose_questions(pool, {}, 8, random.Random(42))
    assert a == b
    assert a != choose_questions(pool, {}, 8, random.Random(43))


def test_small_pools_and_single_topics() -> None:
    one_topic = _pool(topics=1, per_topic=6)
    # The cap cannot be honoured with one topic: the quiz still fills up.
    assert len(choose_questions(one_topic, {}, 5, random.Random(1))) == 5
    assert len(choose_questions(one_topic, {}, 50, random.Random(1))) == 6
    assert choose_questions([], {}, 5, random.Random(1)) == []


def test_a_quick_quiz_asks_the_weakest_topics_that_have_questions() -> None:
    """Found in a simulated first week: the weakest topics were taught by flashcards alone,
    and the quick quiz said no question matched."""
    from dataclasses import replace
    from pathlib import Path

    from quizapp.core.banks.library import LoadedBank
    from quizapp.core.banks.model import ItemKind
    from quizapp.core.quiz.builder import build_quiz
    from quizapp.core.quiz.engine import QuizConfig, QuizScope
    from quizapp.core.stats.mastery import TopicMastery

    bank = make_bank(topics=8, cards_per_topic=2, questions_per_topic=2)
    # t0–t4 keep only their flashcards; t5–t7 have questions too.
    cards_only = {f"t{k}" for k in range(5)}
    bank = replace(bank, items=tuple(i for i in bank.items if i.kind is ItemKind.FLASHCARD
                                     or i.topic not in cards_only))
    masteries = [TopicMastery("demo", f"t{k}", f"Topic {k}", cards=2, studied=2, recall=0.5,
                              leeches=0, lapses=0, quiz_answered=0, quiz_correct=0,
                              mastery=0.1 * k, facts=2, facts_seen=2) for k in range(8)]
    banks = {"demo": LoadedBank(bank, Path("demo.yaml"))}
    for seed in range(5):
        quiz = build_quiz(QuizConfig(count=4, scope=QuizScope.WEAK), banks, masteries,
                          random.Random(seed))
        assert quiz.questions
        assert {q.item.topic for q in quiz.questions} <= {"t5", "t6", "t7"}
