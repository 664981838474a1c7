"""One Browse row per item: what it asks, where it stands, and what the learner marked."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.banks.model import Item, ItemKind
from quizapp.core.material.marks import Marks
from quizapp.core.material.overlay import EditState
from quizapp.core.study.cards import CardState


class Column(StrEnum):
    """Browse's columns, in order (``quizapp items`` prints the same)."""

    KIND = "kind"
    TOPIC = "topic"
    QUESTION = "question"
    DUE = "due"
    INTERVAL = "interval"
    RECALL = "recall"
    LAPSES = "lapses"
    ACCURACY = "accuracy"
    MARKS = "marks"


# Not frozen, for the same reason as ``BrowseRecord``: 10,000 are made per Browse load, and
# a frozen __init__ cost ~20 ms more for them (A/B: browse_rows 68 → 41 ms with both).
@dataclass(slots=True)
class BrowseRow:
    """One item as Browse lists it (treat as read-only).

    Attributes:
        bank: The bank's id.
        item: The item as the learner sees it (edits in force).
        topic_title: Its topic's title.
        state: Its flashcard state (``None`` for a quiz question).
        due_day: The study day it is due (``None``: new, or a question).
        interval: Days between its last answer and its due day (``None``: not yet).
        recall: Its chance of being recalled today (FSRS retrievability; ``None``: not
            studied yet, or a question).
        lapses: Times it was forgotten.
        leech: Forgotten often enough to count as a leech.
        quiz_answered: Quiz answers it had (questions; cloze and order items too).
        quiz_right: Of those, right.
        marks: Suspended, buried, flagged.
        edit: Edited, source changed, the learner's own.
    """

    bank: str
    item: Item
    topic_title: str
    state: CardState | None
    due_day: int | None
    interval: int | None
    recall: float | None
    lapses: int
    leech: bool
    quiz_answered: int
    quiz_right: int
    marks: Marks
    edit: EditState

    @property
    def key(self) -> str:
        return self.item.id

    @property
    def kind(self) -> ItemKind:
        return self.item.kind

    @property
    def question(self) -> str:
        """The question as shown (a cloze with its blank)."""
        return self.item.cloze_text() if self.item.kind is ItemKind.CLOZE else self.item.prompt

    @property
    def accuracy(self) -> float | None:
        """Share of its quiz answers that were right (``None`` without answers)."""
        return self.quiz_right / self.quiz_answered if self.quiz_answered else None

    def is_due(self, today: int) -> bool:
        """A studied card due on ``today`` or before (learning, review or relearning)."""
        return (self.state not in (None, CardState.NEW) and self.due_day is not None
                and self.due_day <= today)

    def search_text(self) -> str:
        """Everything a word of a search looks in: question, answer, options, explanation."""
        it = self.item
        return "\n".join((self.question, it.back, *it.options, it.explanation))
