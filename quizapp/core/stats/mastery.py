"""Per-topic mastery from FSRS recall and recent quiz accuracy, and the ranked weak topics."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quizapp.core.storage.records import TopicCardStats, TopicQuizStats, TopicRecord

# How many of a topic's latest quiz answers count as "recent".
RECENT_QUIZ_ANSWERS = 20
# Share of mastery that comes from quiz accuracy when a topic has both cards and answers.
QUIZ_WEIGHT = 0.3
WEAK_TOPICS_SHOWN = 5


@dataclass(frozen=True)
class TopicMastery:
    """How well one topic is known, with the numbers behind it.

    Attributes:
        bank: The bank's id.
        topic: The topic's id.
        title: The topic's title.
        cards: Its active flashcards.
        studied: Of those, answered at least once.
        recall: Expected share of its cards recalled today (mean FSRS retrievability;
            cards not yet studied and leeches count 0), 0–1.
        leeches: Its cards flagged as leeches.
        lapses: Times its cards were forgotten.
        quiz_answered: Its recent quiz answers (up to ``RECENT_QUIZ_ANSWERS``).
        quiz_correct: Of those, right.
        mastery: The combined score, 0–1 (what the bars show).
    """

    bank: str
    topic: str
    title: str
    cards: int
    studied: int
    recall: float
    leeches: int
    lapses: int
    quiz_answered: int
    quiz_correct: int
    mastery: float

    @property
    def quiz_accuracy(self) -> float | None:
        """Recent quiz accuracy, or ``None`` without quiz answers."""
        return self.quiz_correct / self.quiz_answered if self.quiz_answered else None

    @property
    def has_evidence(self) -> bool:
        """Something was studied or answered: the mastery is a measurement, not a default."""
        return self.studied > 0 or self.quiz_answered > 0

    @property
    def key(self) -> tuple[str, str]:
        return self.bank, self.topic


def combine(recall: float | None, accuracy: float | None) -> float:
    """Mastery from card recall and quiz accuracy (either may be missing)."""
    if recall is None:
        return accuracy if accuracy is not None else 0.0
    if accuracy is None:
        return recall
    return (1 - QUIZ_WEIGHT) * recall + QUIZ_WEIGHT * accuracy


def topic_masteries(
    topics: Iterable[TopicRecord],
    cards: Mapping[int, TopicCardStats],
    quizzes: Mapping[int, TopicQuizStats],
) -> list[TopicMastery]:
    """Mastery of every active topic, in the given order."""
    out = []
    for t in topics:
        if t.retired:
            continue
        c = cards.get(t.pk)
        q = quizzes.get(t.pk)
        n_cards = c.cards if c else 0
        recall = c.recall_sum / c.cards if c and c.cards else None
        answered = q.answered if q else 0
        correct = q.correct if q else 0
        accuracy = correct / answered if answered else None
        out.append(TopicMastery(
            bank=t.bank, topic=t.key, title=t.title, cards=n_cards,
            studied=c.studied if c else 0, recall=recall or 0.0,
            leeches=c.leeches if c else 0, lapses=c.lapses if c else 0,
            quiz_answered=answered, quiz_correct=correct,
            mastery=combine(recall, accuracy),
        ))
    return out


def rank_weak(masteries: Iterable[TopicMastery], limit: int = WEAK_TOPICS_SHOWN
              ) -> list[TopicMastery]:
    """The weakest topics first: lowest mastery, then most leeches and lapses.

    Only topics with evidence are ranked: a topic nobody has studied yet is unknown,
    not weak.
    """
    ranked = sorted(
        (m for m in masteries if m.has_evidence),
        key=lambda m: (m.mastery, -m.leeches, -m.lapses, m.title),
    )
    return ranked[:limit]
