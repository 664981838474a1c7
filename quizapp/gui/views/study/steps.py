"""The study screen's worker jobs and session log: what to show next, and what was done."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from quizapp.core.study.cards import CardState, Rating
from quizapp.core.collection import MAX_ANSWER_MS, AnswerResult, Collection, StudyCard
from quizapp.core.study.scheduling import IntervalPreview
from quizapp.core.study.scope import StudyScope
from quizapp.core.study.due import DueCounts


@dataclass(frozen=True)
class StudyStep:
    """Everything the study screen needs after a fetch, an answer or an undo (one round trip).

    Attributes:
        card: The card to show now, or ``None`` when nothing is due now.
        preview: What each rating would do to ``card`` (the buttons' intervals).
        counts: What is left today in the session's scope.
        next_due: When the next learning card of today falls due, in the learner's time
            zone (``None`` if none).
        can_undo: There is an answer to undo.
        answered: The answer that led here (``None`` after a fetch or an undo).
        undone: This step follows an undo.
    """

    card: StudyCard | None
    preview: dict[Rating, IntervalPreview]
    counts: DueCounts
    next_due: datetime | None
    can_undo: bool
    answered: AnswerResult | None = None
    undone: bool = False


@dataclass(frozen=True)
class ScopeInfo:
    """Names for the header: the banks' titles and the chosen topics' titles."""

    banks: tuple[str, ...]
    topics: tuple[str, ...]


def fetch_step(col: Collection, scope: StudyScope) -> StudyStep:
    """The card to show now in ``scope`` with its previews and today's counts (worker)."""
    card = col.next_card(scope=scope)
    due = col.next_learning_due(scope=scope) if card is None else None
    return StudyStep(
        card=card,
        preview=col.preview(card) if card is not None else {},
        counts=col.due_counts(scope=scope),
        next_due=due.astimezone(col.tz) if due is not None else None,
        can_undo=col.can_undo,
    )


def answer_step(col: Collection, scope: StudyScope, card: StudyCard, rating: Rating,
                duration_ms: int) -> StudyStep:
    """Answer ``card`` and fetch what comes next (worker)."""
    result = col.answer(card, rating, duration_ms)
    step = fetch_step(col, scope)
    return StudyStep(step.card, step.preview, step.counts, step.next_due, step.can_undo,
                     answered=result)


def undo_step(col: Collection, scope: StudyScope) -> StudyStep | None:
    """Undo the latest answer and fetch the card it brings back (worker); ``None`` when
    there was nothing to undo."""
    if col.undo() is None:
        return None
    step = fetch_step(col, scope)
    return StudyStep(step.card, step.preview, step.counts, step.next_due, step.can_undo,
                     undone=True)


def scope_info(col: Collection, scope: StudyScope) -> ScopeInfo:
    """The titles naming ``scope`` (worker)."""
    banks = tuple(loaded.bank.meta.title for bank_id, loaded in col.banks.items()
                  if scope.bank in (None, bank_id))
    titles = {(bank_id, t.id): t.title for bank_id, loaded in col.banks.items()
              for t in loaded.bank.topics}
    topics = tuple(titles[t] for t in scope.topics if t in titles)
    return ScopeInfo(banks, topics)


def count_kind(state: CardState) -> str:
    """Which of today's counts (``new``, ``learning``, ``review``) a card in ``state`` is in."""
    if state is CardState.NEW:
        return "new"
    return "review" if state is CardState.REVIEW else "learning"


@dataclass(frozen=True)
class LoggedAnswer:
    """One answer of the session, as the summary counts it."""

    review_id: int
    card_pk: int
    rating: Rating
    duration_ms: int


@dataclass
class SessionLog:
    """The answers given in this session (an undo takes its answer back out)."""

    answers: list[LoggedAnswer] = field(default_factory=list)

    def add(self, result: AnswerResult, duration_ms: int) -> None:
        self.answers.append(LoggedAnswer(result.review_id, result.card.pk, result.rating,
                                         max(0, min(duration_ms, MAX_ANSWER_MS))))

    def undo(self) -> None:
        """Forget the latest answer (it was undone)."""
        if self.answers:
            self.answers.pop()

    @property
    def cards(self) -> int:
        """Distinct cards answered."""
        return len({a.card_pk for a in self.answers})

    @property
    def time_ms(self) -> int:
        """Answer time summed (each answer capped as the statistics cap it)."""
        return sum(a.duration_ms for a in self.answers)

    def per_rating(self) -> dict[Rating, int]:
        counts = Counter(a.rating for a in self.answers)
        return {r: counts.get(r, 0) for r in Rating}
