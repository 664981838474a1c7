"""What a quiz is asked to be: its questions' number, kinds and topics, and its clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum

from quizapp.core.banks.model import ItemKind

DEFAULT_QUESTIONS = 10
DEFAULT_WHOLE_SECONDS = 600
DEFAULT_PER_QUESTION_SECONDS = 30
QUESTION_KINDS = frozenset({ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE, ItemKind.CLOZE,
                            ItemKind.ORDER})


class TimeLimitMode(IntEnum):
    """How a quiz is timed."""

    NONE = 0
    WHOLE_QUIZ = 1
    PER_QUESTION = 2


class QuizScope(IntEnum):
    """Which topics a quiz draws from."""

    ALL = 0
    WEAK = 1
    TOPICS = 2


@dataclass(frozen=True)
class TimeLimit:
    """A quiz's clock: none, one limit for the whole quiz, or one per question."""

    mode: TimeLimitMode = TimeLimitMode.WHOLE_QUIZ
    seconds: int = DEFAULT_WHOLE_SECONDS

    def __post_init__(self) -> None:
        if self.mode is not TimeLimitMode.NONE and self.seconds <= 0:
            raise ValueError("a time limit must be positive")

    @classmethod
    def none(cls) -> TimeLimit:
        return cls(TimeLimitMode.NONE, 0)

    @classmethod
    def whole_quiz(cls, seconds: int = DEFAULT_WHOLE_SECONDS) -> TimeLimit:
        return cls(TimeLimitMode.WHOLE_QUIZ, seconds)

    @classmethod
    def per_question(cls, seconds: int = DEFAULT_PER_QUESTION_SECONDS) -> TimeLimit:
        return cls(TimeLimitMode.PER_QUESTION, seconds)

    @property
    def delta(self) -> timedelta:
        return timedelta(seconds=self.seconds)


@dataclass(frozen=True)
class QuizConfig:
    """What the quiz set-up screen asks.

    Attributes:
        count: Number of questions (fewer if the scope has fewer).
        kinds: Question kinds to include.
        scope: All topics, the weakest ones, or ``topics``.
        topics: ``(bank id, topic id)`` pairs for ``QuizScope.TOPICS``.
        bank: Only this bank (``None``: every bank).
        time_limit: How the quiz is timed.
    """

    count: int = DEFAULT_QUESTIONS
    kinds: frozenset[ItemKind] = QUESTION_KINDS
    scope: QuizScope = QuizScope.ALL
    topics: tuple[tuple[str, str], ...] = ()
    bank: str | None = None
    time_limit: TimeLimit = field(default_factory=TimeLimit)

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("a quiz has at least one question")
        if not self.kinds or not self.kinds <= QUESTION_KINDS:
            raise ValueError("kinds must be question kinds")
