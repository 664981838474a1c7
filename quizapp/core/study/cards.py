"""Flashcard scheduling values shared by the scheduler and the store: ratings, states, schedules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.core.banks.model import Item


class Rating(IntEnum):
    """The learner's answer to a flashcard (the four buttons, keys 1–4)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardState(IntEnum):
    """Where a flashcard is in its life; ``NEW`` has never been answered."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


class ReviewKind(IntEnum):
    """What kind of review an answer was, for the statistics' stacked charts.

    ``NEW`` is the first answer ever; the others name the state the card was in.
    """

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardSchedule:
    """The persisted scheduling state of one flashcard.

    Attributes:
        state: New, learning, review or relearning.
        step: Learning/relearning step index (``None`` in review or new).
        stability: FSRS stability in days (``None`` until the first answer).
        difficulty: FSRS difficulty 1–10 (``None`` until the first answer).
        due: First instant at which the card may be shown (``None`` for new cards).
        due_day: Study day of ``due`` (``None`` for new cards); review cards are due on a day.
        last_review: When the card was last answered.
        last_day: Study day of ``last_review``.
        reps: How many times the card was answered.
        lapses: How many times a review card was forgotten (rated Again).
        leech: The card has lapsed often enough to be flagged (see ``SchedulerConfig``).
    """

    state: CardState = CardState.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    due_day: int | None = None
    last_review: datetime | None = None
    last_day: int | None = None
    reps: int = 0
    lapses: int = 0
    leech: bool = False

    @property
    def interval_days(self) -> int:
        """Days between the last review and the due day (0 for new or same-day cards)."""
        if self.due_day is None or self.last_day is None:
            return 0
        return max(0, self.due_day - self.last_day)


NEW_CARD = CardSchedule()


def review_kind(before: CardSchedule) -> ReviewKind:
    """Classify an answer by the card's state before it."""
    if before.state is CardState.NEW or before.stability is None:
        return ReviewKind.NEW
    return ReviewKind(int(before.state))


@dataclass(frozen=True)
class StudyCard:
    """A flashcard to show: its content, topic title and current schedule."""

    pk: int
    bank: str
    item: Item
    topic_title: str
    schedule: CardSchedule

    @property
    def key(self) -> str:
        """Stable identity across banks (seeds the interval fuzz)."""
        return f"{self.bank}/{self.item.id}"


@dataclass(frozen=True)
class AnswerResult:
    """What one answer did.

    Attributes:
        review_id: Its row in the review log (it is committed when this is returned).
        card: The card as it was shown (schedule before the answer).
        rating: The button pressed.
        kind: New / learning / review / relearning.
        after: The card's new schedule.
        became_leech: This answer made the card a leech.
    """

    review_id: int
    card: StudyCard
    rating: Rating
    kind: ReviewKind
    after: CardSchedule
    became_leech: bool
