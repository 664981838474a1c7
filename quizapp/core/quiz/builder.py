"""Choosing a quiz's questions: weighted by topic weakness, without starving the other topics."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from quizapp.core.banks.library import LoadedBank
from quizapp.core.stats.mastery import TopicMastery, rank_weak
from quizapp.core.quiz.engine import QuizConfig, QuizError, QuizQuestion, QuizScope, QuizSession
from quizapp.core.quiz.shuffle import shuffle_options
from quizapp.core.study.evidence import Practice
from quizapp.core.study.practice import practice_weight

if TYPE_CHECKING:
    from quizapp.core.quiz.confusions import QuizMaterial

# Every question keeps this much weight however well its topic is known, so strong topics
# still come up (at most 1 : 1 + 1/FLOOR against the weakest).
WEIGHT_FLOOR = 0.25
# No topic takes more than this share of a quiz while other topics have questions left.
MAX_TOPIC_SHARE = 0.4
# Weakness assumed for a topic with no evidence yet (neither strong nor weak).
UNKNOWN_WEAKNESS = 0.5


def choose_questions(
    pool: Sequence[QuizQuestion],
    weakness: Mapping[tuple[str, str], float],
    count: int,
    rng: random.Random,
    practice: Mapping[tuple[str, str], Practice] | None = None,
) -> list[QuizQuestion]:
    """Sample ``count`` distinct questions from ``pool``.

    Each question is drawn with weight ``WEIGHT_FLOOR + weakness`` of its topic, times
    ``practice_weight`` of its kind and its fact's favoured practice (recognition while the
    fact is new or fragile, recall later: ``study.practice``)
    (weighted sampling without replacement, Efraimidis–Spirakis), then a per-topic cap of
    ``MAX_TOPIC_SHARE`` of the quiz is applied while other topics can fill the places. A
    quiz never asks two items of one fact: the first drawn stands for its siblings.

    Args:
        pool: Candidate questions.
        weakness: ``(bank, topic)`` → 0 (mastered) … 1 (unknown/weak); missing topics
            count as ``UNKNOWN_WEAKNESS``.
        practice: ``(bank, fact)`` → the practice the fact favours (missing: any).
        count: How many to pick (all of ``pool`` if it has fewer).
        rng: The randomness (seed it for reproducible quizzes).

    Returns:
        The chosen questions in quiz order.
    """
    if count <= 0 or not pool:
        return []
    keyed = []
    favoured = practice or {}
    for q in pool:
        w = WEIGHT_FLOOR + min(1.0, max(0.0, weakness.get(q.topic, UNKNOWN_WEAKNESS)))
        w *= practice_weight(q.item.kind, favoured.get((q.bank, q.item.fact)))
        keyed.append((rng.random() ** (1.0 / w), q))
    keyed.sort(key=lambda kq: kq[0], reverse=True)
    facts: set[tuple[str, str]] = set()
    ordered = []
    for _, q in keyed:
        fact = (q.bank, q.item.fact)
        if q.item.fact and fact in facts:
            continue
        facts.add(fact)
        ordered.append(q)
    cap = max(1, math.ceil(count * MAX_TOPIC_SHARE))
    taken: list[QuizQuestion] = []
    per_topic: Counter[tuple[str, str]] = Counter()
    skipped: list[QuizQuestion] = []
    for q in ordered:
        if len(taken) == count:
            break
        if per_topic[q.topic] < cap:
            taken.append(q)
            per_topic[q.topic] += 1
        else:
            skipped.append(q)
    # Too few topics to honour the cap: fill up with the best-ranked leftovers.
    taken.extend(skipped[: count - len(taken)])
    rng.shuffle(taken)
    return taken


def build_quiz(config: QuizConfig, banks: Mapping[str, LoadedBank],
               masteries: Sequence[TopicMastery], rng: random.Random,
               material: QuizMaterial | None = None,
               practice: Mapping[tuple[str, str], Practice] | None = None) -> QuizSession:
    """A quiz per ``config`` from ``banks``, weighted towards the weak topics of
    ``masteries`` and the kinds each fact favours (``practice``, see
    :func:`choose_questions`); ``QuizScope.WEAK`` takes the weakest topics that have
    questions, and with none yet falls back to every topic. ``material``: the items to leave
    out, and the learner's confusions to offer as wrong options first.

    Raises:
        QuizError: No question matches.
    """
    weakness = {m.key: (1.0 - m.mastery) if m.has_evidence else UNKNOWN_WEAKNESS
                for m in masteries}
    askable = [
        QuizQuestion(bank_id, item)
        for bank_id, loaded in banks.items() if config.bank in (None, bank_id)
        for item in loaded.bank.items
        if item.kind in config.kinds
        and (material is None or (bank_id, item.id) not in material.left_out)
    ]
    allowed: set[tuple[str, str]] | None = None
    if config.scope is QuizScope.WEAK:
        # The weakest topics that have questions: a topic taught by flashcards alone has
        # nothing to ask (it stays weak on home, and study brings it back).
        quizzable = {(q.bank, q.item.topic) for q in askable}
        allowed = {m.key for m in rank_weak(m for m in masteries if m.key in quizzable)} or None
    elif config.scope is QuizScope.TOPICS:
        allowed = set(config.topics)
    pool = [q for q in askable if allowed is None or (q.bank, q.item.topic) in allowed]
    chosen = choose_questions(pool, weakness, config.count, rng, practice)
    if not chosen:
        raise QuizError("no questions match this quiz's topics and kinds")
    if material is not None and material.confusions:
        from quizapp.core.quiz.confusions import with_confusions

        chosen = [with_confusions(q, banks[q.bank].bank, material.confusions) for q in chosen]
    return QuizSession(shuffle_options(chosen, rng), config.time_limit)
