"""Plain records the repositories return (never rows or cursors), and time/column converters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, NamedTuple

from quizapp.core.study.cards import CardSchedule, CardState, Rating, ReviewKind

# Column list of an item's schedule, in CardSchedule order.
SCHEDULE_COLUMNS = (
    "state, step, stability, difficulty, due_ms, due_day, last_ms, last_day, reps, lapses, leech"
)


def to_ms(when: datetime | None) -> int | None:
    """Milliseconds since the epoch (``None`` stays ``None``)."""
    return None if when is None else round(when.timestamp() * 1000)


def from_ms(ms: int | None) -> datetime | None:
    """The aware UTC datetime of ``ms`` (``None`` stays ``None``)."""
    return None if ms is None else datetime.fromtimestamp(ms / 1000, timezone.utc)


def schedule_values(s: CardSchedule) -> tuple[Any, ...]:
    """``s`` as the values of ``SCHEDULE_COLUMNS``."""
    return (
        int(s.state), s.step, s.stability, s.difficulty, to_ms(s.due), s.due_day,
        to_ms(s.last_review), s.last_day, s.reps, s.lapses, int(s.leech),
    )


def schedule_from(row: tuple[Any, ...]) -> CardSchedule:
    """The schedule in ``row`` (the values of ``SCHEDULE_COLUMNS``)."""
    return CardSchedule(
        state=CardState(row[0]),
        step=row[1],
        stability=row[2],
        difficulty=row[3],
        due=from_ms(row[4]),
        due_day=row[5],
        last_review=from_ms(row[6]),
        last_day=row[7],
        reps=row[8],
        lapses=row[9],
        leech=bool(row[10]),
    )


@dataclass(frozen=True)
class CardRecord:
    """One flashcard as stored.

    Attributes:
        pk: Row id (internal; stable for the life of the database).
        bank: The bank's stable id.
        key: The item's stable id within its bank.
        topic_pk: Row id of its topic.
        retired: No longer in its bank (kept with its history, never queued).
        schedule: Its FSRS schedule.
    """

    pk: int
    bank: str
    key: str
    topic_pk: int
    retired: bool
    schedule: CardSchedule


@dataclass(frozen=True)
class BankRecord:
    """A bank as stored: enough for the home screen without reading its file.

    Attributes:
        key: The bank's id.
        title: Its title.
        language: Its content language ("" before schema 3 synced it).
        path: The file it was last synced from.
        flashcards: Active flashcards.
        questions: Active quiz questions.
    """

    key: str
    title: str
    language: str
    path: str
    flashcards: int
    questions: int


@dataclass(frozen=True)
class TopicRecord:
    """A topic as stored (``retired`` when its bank no longer has it)."""

    pk: int
    bank: str
    key: str
    title: str
    retired: bool


@dataclass(frozen=True)
class SyncReport:
    """What syncing a bank into the store changed.

    Attributes:
        bank: The bank's id.
        added: Items seen for the first time.
        retired: Items no longer in the bank (kept with their history).
        revived: Retired items that came back.
        updated: Items whose topic, kind or position changed.
        unchanged: The bank was already in sync (nothing was written).
    """

    bank: str
    added: int = 0
    retired: int = 0
    revived: int = 0
    updated: int = 0
    unchanged: bool = False


@dataclass(frozen=True)
class ReviewRecord:
    """One answer from the review log."""

    id: int
    item_pk: int
    time: datetime
    day: int
    kind: ReviewKind
    rating: Rating
    duration_ms: int
    state_before: CardState
    state_after: CardState
    interval_after: int


@dataclass(frozen=True)
class QueueEntry:
    """A due card for the study queue: its row id, due day and topic."""

    pk: int
    due_day: int
    due_ms: int
    topic_pk: int


class FactRecall(NamedTuple):
    """One fact of a topic as mastery reads it, from one grouped query over its items.

    Attributes:
        topic_pk: The topic.
        fact: The fact's id (an item of a schema-1 bank is a fact of its own: its id).
        cards: Its active flashcards (studied kinds); 0 for a fact only asked in quizzes.
        studied: Of those, answered at least once.
        recall: The best predicted recall at the horizon among its studied cards (FSRS
            retrievability; leeches count 0), or ``None`` when none was studied.
        leeches: Its cards flagged as leeches.
        lapses: Times its cards were forgotten.
        questions: Its quiz questions (items with no schedule).

    A named tuple, not a dataclass: mastery reads one per fact (10,000 for a large bank), and
    the store's rows become these at C speed (``FactRecall._make``).
    """

    topic_pk: int
    fact: str
    cards: int
    studied: int
    recall: float | None
    leeches: int
    lapses: int
    questions: int = 0


@dataclass(frozen=True)
class QuizEvidence:
    """One recent quiz answer as evidence about a fact: its topic, fact, kind, right or not."""

    topic_pk: int
    fact: str
    kind: str
    correct: bool


@dataclass(frozen=True)
class HistoryEntry:
    """One answer of the review log with the card it was given to (the history export).

    Attributes:
        time: When (aware UTC).
        day: The study day.
        bank: The bank's id.
        item: The flashcard's id within its bank.
        kind: New / learning / review / relearning (the card's state before).
        rating: The button pressed.
        duration_ms: Time the learner took (capped as stored).
        state_after: The card's state after the answer.
        interval_after: Days until it was next due (0 within a day).
        stability_after: FSRS stability in days after the answer.
    """

    time: datetime
    day: int
    bank: str
    item: str
    kind: ReviewKind
    rating: Rating
    duration_ms: int
    state_after: CardState
    interval_after: int
    stability_after: float | None


@dataclass(frozen=True)
class RatedDay:
    """One answer reduced to what fitting FSRS needs: the study day and the rating."""

    day: int
    rating: Rating
    kind: ReviewKind


@dataclass(frozen=True)
class CardHistory:
    """Every answer of one flashcard, oldest first."""

    pk: int
    reviews: tuple[RatedDay, ...]


@dataclass(frozen=True)
class Remembered:
    """A card's memory: the study day of its latest answer and the stability it left."""

    pk: int
    day: int
    stability: float


@dataclass(frozen=True)
class Answered:
    """One answer of the review log as exam mode replays it backwards: the card, the study
    day of the answer, and the card's memory before it (``None``: it was new)."""

    pk: int
    day: int
    before: Remembered | None


@dataclass(frozen=True)
class FactMemory:
    """A studied item of a fact as recognition-or-recall needs it: its bank and fact, its
    kind, and its card's state and stability."""

    pk: int
    bank: str
    fact: str
    kind: str
    state: CardState
    stability: float | None


@dataclass(frozen=True)
class CardMemory:
    """A flashcard as exam mode reads it, many at a time: its row id, topic and the memory
    part of its schedule (``due`` and ``last_review`` are left ``None``: days are enough)."""

    pk: int
    topic_pk: int
    schedule: CardSchedule
