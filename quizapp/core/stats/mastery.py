"""Per-topic mastery — the predicted share of a topic's facts recalled at a horizon — and the
ranked weak topics.

The rule (the README states it for learners): each fact of a topic scores its predicted
recall at the horizon — the exam day when one is set and ahead, otherwise a week from today —
from the FSRS stability of its best-known flashcard (a fact never studied: 0, a leech: 0).
Recent quiz answers on the fact are blended in as evidence, each weighted by its kind
(``quizapp.core.study.evidence``: a right true/false counts a quarter of a recall, a right
multiple choice half), against that prediction counted as one recall's worth. A topic's
mastery is the mean over its facts, so unseen facts pull it down and one pass over a few
cards can never read as 100 %; how many of its facts were seen is kept beside it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.banks.model import ItemKind
from quizapp.core.storage.records import FactRecall, QuizEvidence, TopicRecord
from quizapp.core.study.evidence import evidence_weight

if TYPE_CHECKING:
    from quizapp.core.storage import Store

# How far ahead mastery predicts when no exam is set: a week of study days.
HORIZON_DAYS = 7
# How many of a topic's latest quiz answers count as evidence.
RECENT_QUIZ_ANSWERS = 20
# What the flashcards' prediction (or, for a fact never studied, "not known") counts against
# quiz answers: as much as one answer recalled unaided.
PREDICTION_WEIGHT = 1.0
WEAK_TOPICS_SHOWN = 5


def horizon_day(today: int, exam_day: int | None) -> int:
    """The study day mastery predicts for: the exam's when it is ahead, else a week on."""
    if exam_day is not None and exam_day > today:
        return exam_day
    return today + HORIZON_DAYS


@dataclass(frozen=True)
class TopicMastery:
    """How well one topic is known, with the numbers behind it.

    Attributes:
        bank: The bank's id.
        topic: The topic's id.
        title: The topic's title.
        cards: Its active flashcards.
        studied: Of those, answered at least once.
        recall: Predicted share of its facts recalled at the horizon from the flashcards
            alone (facts not yet studied and leeches count 0), 0–1.
        leeches: Its cards flagged as leeches.
        lapses: Times its cards were forgotten.
        quiz_answered: Its recent quiz answers (up to ``RECENT_QUIZ_ANSWERS``).
        quiz_correct: Of those, right.
        mastery: Predicted share of its facts recalled at the horizon, quiz answers
            included, 0–1 (what the bars show).
        facts: The facts it teaches.
        facts_seen: Of those, studied as a flashcard or asked in a quiz.
        horizon_day: The study day the prediction is for.
        days_ahead: How many days from today that is.
        questions: Its quiz questions (none: there is nothing to quiz it on).
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
    facts: int = 0
    facts_seen: int = 0
    horizon_day: int = 0
    days_ahead: int = HORIZON_DAYS
    questions: int = 0

    @property
    def quiz_accuracy(self) -> float | None:
        """Recent quiz accuracy, or ``None`` without quiz answers."""
        return self.quiz_correct / self.quiz_answered if self.quiz_answered else None

    @property
    def has_evidence(self) -> bool:
        """Something was studied or answered: the mastery is a measurement, not a default."""
        return self.facts_seen > 0 or self.studied > 0 or self.quiz_answered > 0

    @property
    def complete(self) -> bool:
        """Every fact of the topic has been studied or asked at least once."""
        return self.facts_seen >= self.facts

    @property
    def key(self) -> tuple[str, str]:
        return self.bank, self.topic


def fact_score(recall: float | None, answers: Iterable[tuple[ItemKind, bool]]) -> float:
    """A fact's predicted recall: its flashcards' prediction (``None``: never studied,
    which counts as not known) blended with quiz answers weighted by kind."""
    total = (recall or 0.0) * PREDICTION_WEIGHT
    weight = PREDICTION_WEIGHT
    for kind, right in answers:
        w = evidence_weight(kind)
        weight += w
        total += w if right else 0.0
    return total / weight


def _kind(value: str) -> ItemKind:
    try:
        return ItemKind(value)
    except ValueError:  # a kind this version does not know counts as a multiple choice
        return ItemKind.MULTIPLE_CHOICE


def topic_masteries(
    topics: Iterable[TopicRecord],
    facts: Iterable[FactRecall],
    answers: Iterable[QuizEvidence],
    horizon: int,
    days_ahead: int = HORIZON_DAYS,
) -> list[TopicMastery]:
    """Mastery of every active topic, in the given order.

    Args:
        topics: The topics (retired ones are left out).
        facts: Every fact of the topics with its flashcards' prediction at ``horizon``.
        answers: The topics' recent quiz answers.
        horizon: The study day predicted for (kept in each result).
        days_ahead: How far from today ``horizon`` is.
    """
    by_topic: dict[int, list[FactRecall]] = defaultdict(list)
    for f in facts:
        by_topic[f.topic_pk].append(f)
    asked: dict[int, dict[str, list[tuple[ItemKind, bool]]]] = defaultdict(dict)
    for a in answers:
        asked[a.topic_pk].setdefault(a.fact, []).append((_kind(a.kind), a.correct))
    out = []
    for t in topics:
        if t.retired:
            continue
        mine = by_topic.get(t.pk, [])
        quizzed = asked.get(t.pk, {})
        known = {f.fact for f in mine}
        # An answer about a fact the topic no longer lists still says something about it.
        extra = [fact for fact in quizzed if fact not in known]
        scores = [fact_score(f.recall, quizzed.get(f.fact, ())) for f in mine]
        scores += [fact_score(None, quizzed[fact]) for fact in extra]
        seen = sum(1 for f in mine if f.studied or f.fact in quizzed) + len(extra)
        recalls = [f.recall or 0.0 for f in mine]
        topic_answers = [r for rs in quizzed.values() for r in rs]
        out.append(TopicMastery(
            bank=t.bank, topic=t.key, title=t.title,
            cards=sum(f.cards for f in mine), studied=sum(f.studied for f in mine),
            recall=sum(recalls) / len(recalls) if recalls else 0.0,
            leeches=sum(f.leeches for f in mine), lapses=sum(f.lapses for f in mine),
            quiz_answered=len(topic_answers),
            quiz_correct=sum(1 for _, right in topic_answers if right),
            mastery=sum(scores) / len(scores) if scores else 0.0,
            facts=len(scores), facts_seen=seen, horizon_day=horizon, days_ahead=days_ahead,
            questions=sum(f.questions for f in mine),
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



def read_masteries(store: Store, banks: Container[str], today: int, exam_day: int | None,
                   factor: float, decay: float) -> list[tuple[int, TopicMastery]]:
    """(topic row id, mastery) of every active topic of ``banks`` on study day ``today``,
    read in one snapshot; ``exam_day`` sets the horizon (:func:`horizon_day`), ``factor``
    and ``decay`` are the scheduler's forgetting curve."""
    horizon = horizon_day(today, exam_day)
    with store.transaction(write=False):
        topics = [t for t in store.banks.topics() if t.bank in banks and not t.retired]
        facts = store.cards.fact_recall(horizon, factor, decay)
        answers = store.quizzes.recent_answers(RECENT_QUIZ_ANSWERS)
    return list(zip((t.pk for t in topics),
                    topic_masteries(topics, facts, answers, horizon, horizon - today)))
