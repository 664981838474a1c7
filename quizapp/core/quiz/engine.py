"""The timed quiz as a pure state machine: start, answer, skip, expiry, score and breakdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum

from quizapp.core.banks.model import Item, ItemKind
from quizapp.core.clock import ensure_utc
from quizapp.core.errors import QuizAppError

# What a quiz is asked to be lives in ``config``; its names stay importable from here.
from quizapp.core.quiz.config import DEFAULT_PER_QUESTION_SECONDS as DEFAULT_PER_QUESTION_SECONDS
from quizapp.core.quiz.config import DEFAULT_QUESTIONS as DEFAULT_QUESTIONS
from quizapp.core.quiz.config import DEFAULT_WHOLE_SECONDS as DEFAULT_WHOLE_SECONDS
from quizapp.core.quiz.config import QUESTION_KINDS as QUESTION_KINDS
from quizapp.core.quiz.config import QuizConfig as QuizConfig
from quizapp.core.quiz.config import QuizScope as QuizScope
from quizapp.core.quiz.config import TimeLimit as TimeLimit
from quizapp.core.quiz.config import TimeLimitMode as TimeLimitMode


class QuizError(QuizAppError):
    """The quiz was used out of order (e.g. answered before it started)."""


class QuestionOutcome(IntEnum):
    """What became of one question; everything but ``CORRECT`` scores as wrong."""

    CORRECT = 1
    WRONG = 2
    SKIPPED = 3
    TIMED_OUT = 4
    UNANSWERED = 5  # never put to the learner: the quiz's time ran out first


class EndReason(IntEnum):
    """Why a quiz ended."""

    COMPLETED = 1
    EXPIRED = 2
    ABANDONED = 3


@dataclass(frozen=True)
class QuizQuestion:
    """One question of a quiz: the bank it belongs to and the item."""

    bank: str
    item: Item

    @property
    def topic(self) -> tuple[str, str]:
        return self.bank, self.item.topic


@dataclass(frozen=True)
class Feedback:
    """The reply to an answer.

    Attributes:
        accepted: False when time had run out (or the quiz was over): nothing was recorded.
        correct: The answer was right (False when not accepted).
        right: Index of the right option.
        question: The question the answer was meant for.
    """

    accepted: bool
    correct: bool
    right: int
    question: QuizQuestion


@dataclass(frozen=True)
class QuestionRecord:
    """How one question went: outcome, chosen option (for an order item the order given,
    as indices into its steps) and time spent on it."""

    question: QuizQuestion
    outcome: QuestionOutcome
    chosen: int | None
    time_spent: timedelta
    order: tuple[int, ...] | None = None

    @property
    def correct(self) -> bool:
        return self.outcome is QuestionOutcome.CORRECT

    @property
    def asked(self) -> bool:
        """The learner saw the question and answered, skipped it or ran out of its time."""
        return self.outcome is not QuestionOutcome.UNANSWERED


@dataclass(frozen=True)
class TopicScore:
    """Right answers out of questions asked, for one topic of a quiz."""

    bank: str
    topic: str
    correct: int
    total: int


@dataclass(frozen=True)
class QuizResult:
    """A finished quiz: every question's record, the score and the per-topic breakdown."""

    started: datetime
    finished: datetime
    reason: EndReason
    time_limit: TimeLimit
    records: tuple[QuestionRecord, ...]

    @property
    def total(self) -> int:
        return len(self.records)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.records)

    @property
    def score(self) -> float:
        """Fraction right, 0–1."""
        return self.correct / self.total if self.records else 0.0

    @property
    def duration(self) -> timedelta:
        return self.finished - self.started

    @property
    def mistakes(self) -> tuple[QuestionRecord, ...]:
        return tuple(r for r in self.records if not r.correct)

    @property
    def per_topic(self) -> tuple[TopicScore, ...]:
        """One score per topic, in order of first appearance."""
        tally: dict[tuple[str, str], list[int]] = {}
        for r in self.records:
            t = tally.setdefault(r.question.topic, [0, 0])
            t[0] += r.correct
            t[1] += 1
        return tuple(TopicScore(b, t, c, n) for (b, t), (c, n) in tally.items())


class QuizSession:
    """A quiz in progress. Pure: every call takes ``now``; nothing reads a clock.

    Per-question limits chain: when a question times out, the next one is shown from that
    deadline (the GUI timer fired then), so a late call replays the timeouts exactly.
    """

    def __init__(self, questions: Sequence[QuizQuestion], time_limit: TimeLimit) -> None:
        if not questions:
            raise QuizError("a quiz needs at least one question")
        self.questions = tuple(questions)
        self.time_limit = time_limit
        self._records: list[QuestionRecord] = []
        self._started: datetime | None = None
        self._shown: datetime | None = None
        self._finished: datetime | None = None
        self._reason: EndReason | None = None

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def finished(self) -> bool:
        return self._reason is not None

    @property
    def index(self) -> int:
        """0-based position of the current question (``len(questions)`` when done)."""
        return len(self._records)

    def start(self, now: datetime) -> QuizQuestion:
        """Start the clock and return the first question."""
        if self._started is not None:
            raise QuizError("the quiz has already started")
        self._started = self._shown = ensure_utc(now)
        return self.questions[0]

    def current(self, now: datetime) -> QuizQuestion | None:
        """The question to show at ``now`` (after any expiry), or ``None`` when over."""
        self.tick(now)
        return None if self.finished else self.questions[self.index]

    def tick(self, now: datetime) -> bool:
        """Apply any time-outs due by ``now``; True if the current question changed."""
        now = self._running_check(now)
        if self.finished:
            return False
        before = self.index
        limit = self.time_limit
        if limit.mode is TimeLimitMode.WHOLE_QUIZ:
            assert self._started is not None
            deadline = self._started + limit.delta
            if now >= deadline:
                self._close(deadline, QuestionOutcome.TIMED_OUT, EndReason.EXPIRED)
                return True
        elif limit.mode is TimeLimitMode.PER_QUESTION:
            assert self._shown is not None
            while not self.finished and now >= self._shown + limit.delta:
                self._record(None, QuestionOutcome.TIMED_OUT, self._shown + limit.delta)
        return self.index != before

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left on the running clock (quiz or question); ``None`` without a limit."""
        if self.time_limit.mode is TimeLimitMode.NONE:
            return None
        self.tick(now)
        if self.finished:
            return timedelta(0)
        start = self._started if self.time_limit.mode is TimeLimitMode.WHOLE_QUIZ else self._shown
        assert start is not None
        return max(timedelta(0), start + self.time_limit.delta - ensure_utc(now))

    def answer(self, choice: int, now: datetime) -> Feedback:
        """Answer the current question with option ``choice``.

        An answer arriving after its time ran out is refused (``accepted=False``) and never
        applied to the question that replaced it.

        Raises:
            QuizError: The quiz has not started.
            ValueError: ``choice`` is not an option of the question.
        """
        question = self._current_unchecked()
        item = question.item
        if item.kind is ItemKind.ORDER:
            raise ValueError("an order item is answered with answer_order()")
        if not 0 <= choice < item.option_count:
            raise ValueError(f"choice {choice} is not one of {item.option_count} options")
        if self.tick(now) or self.finished:
            return Feedback(False, False, item.correct, question)
        correct = choice == item.correct
        self._record(choice, QuestionOutcome.CORRECT if correct else QuestionOutcome.WRONG,
                     ensure_utc(now))
        return Feedback(True, correct, item.correct, question)

    def answer_order(self, order: Sequence[int], now: datetime) -> Feedback:
        """Answer the current order item with its steps in ``order`` (indices into the
        item's steps, which are stored in their right order).

        Raises:
            QuizError: The quiz has not started.
            ValueError: The current question is not an order item, or ``order`` is not an
                ordering of all its steps.
        """
        question = self._current_unchecked()
        item = question.item
        if item.kind is not ItemKind.ORDER:
            raise ValueError("only an order item is answered with an order")
        if sorted(order) != list(range(len(item.options))):
            raise ValueError(f"{list(order)} does not order {len(item.options)} steps")
        if self.tick(now) or self.finished:
            return Feedback(False, False, -1, question)
        correct = list(order) == sorted(order)
        self._record(None, QuestionOutcome.CORRECT if correct else QuestionOutcome.WRONG,
                     ensure_utc(now), tuple(order))
        return Feedback(True, correct, -1, question)

    def skip(self, now: datetime) -> bool:
        """Leave the current question unanswered (it scores as wrong); False if too late."""
        self._current_unchecked()
        if self.tick(now) or self.finished:
            return False
        self._record(None, QuestionOutcome.SKIPPED, ensure_utc(now))
        return True

    def abandon(self, now: datetime) -> None:
        """Stop early. Only what happened counts: the answers, skips and time-outs so far;
        the question on screen and the ones never shown are not part of the result."""
        now = self._running_check(now)
        self.tick(now)
        if not self.finished:
            self._finished = now
            self._reason = EndReason.ABANDONED

    def deadline(self) -> datetime | None:
        """When the running clock (the quiz's or the current question's) runs out; ``None``
        without a limit, before the start or once finished."""
        limit = self.time_limit
        start = self._started if limit.mode is TimeLimitMode.WHOLE_QUIZ else self._shown
        if limit.mode is TimeLimitMode.NONE or start is None or self.finished:
            return None
        return start + limit.delta

    def result(self) -> QuizResult:
        """The finished quiz.

        Raises:
            QuizError: It has not finished.
        """
        if self._reason is None or self._started is None or self._finished is None:
            raise QuizError("the quiz has not finished")
        return QuizResult(self._started, self._finished, self._reason, self.time_limit,
                          tuple(self._records))

    def _current_unchecked(self) -> QuizQuestion:
        if self._started is None:
            raise QuizError("the quiz has not started")
        return self.questions[min(self.index, len(self.questions) - 1)]

    def _running_check(self, now: datetime) -> datetime:
        if self._started is None:
            raise QuizError("the quiz has not started")
        return ensure_utc(now)

    def _record(self, chosen: int | None, outcome: QuestionOutcome, at: datetime,
                order: tuple[int, ...] | None = None) -> None:
        assert self._shown is not None
        self._records.append(QuestionRecord(self.questions[self.index], outcome, chosen,
                                            at - self._shown, order))
        self._shown = at
        if self.index == len(self.questions):
            self._finished = at
            self._reason = EndReason.COMPLETED

    def _close(self, at: datetime, current: QuestionOutcome, reason: EndReason) -> None:
        """End at ``at``: the current question gets ``current``, the rest UNANSWERED."""
        self._record(None, current, at)
        while self.index < len(self.questions):
            self._record(None, QuestionOutcome.UNANSWERED, at)
        self._finished = at
        self._reason = reason


@dataclass(frozen=True)
class QuizRecord:
    """A stored quiz: its attempt id and the flashcards made due again (``bank/item``)."""

    attempt: int
    relearn: tuple[str, ...]
