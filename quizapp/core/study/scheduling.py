"""FSRS scheduling on study days: answers, interval previews, deterministic fuzz, leeches."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import fsrs
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    FUZZ_RANGES,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

from quizapp.core.study.balance import LoadBalancer
from quizapp.core.study.cards import CardSchedule, CardState, Rating
from quizapp.core.clock import ensure_utc
from quizapp.core.errors import SettingsError
from quizapp.core.study.day import StudyDay

DAY = timedelta(days=1)


@dataclass(frozen=True)
class SchedulerConfig:
    """What the learner can tune about scheduling (the settings screen's numbers).

    Attributes:
        desired_retention: Target probability of recall at the due date (0.7–0.99).
        learning_steps: Delays between answers of a new card before it graduates.
        relearning_steps: Delays after forgetting a review card.
        maximum_interval: Longest interval in days.
        new_per_day: New cards introduced per study day.
        reviews_per_day: Review cards answered per study day.
        leech_lapses: Lapses after which a card is flagged as a leech.
        learn_ahead: When nothing else is due, learning cards due this soon are shown.
        rollover_hour: Local hour at which the study day changes.
        fuzz: Spread review intervals a little so cards learned together drift apart.
        parameters: FSRS-6 model weights fitted to this learner (see
            ``quizapp.core.study.optimize``); empty means fsrs's defaults.
    """

    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    new_per_day: int = 20
    reviews_per_day: int = 200
    leech_lapses: int = 8
    learn_ahead: timedelta = timedelta(minutes=20)
    rollover_hour: int = 4
    fuzz: bool = True
    parameters: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        # The learner's values are checked against the settings' specification when they
        # are read or saved (quizapp.core.datafolder.settings); only the weights are
        # normalised here (a list from YAML, ints), so equal weights compare equal.
        if self.parameters:
            object.__setattr__(self, "parameters", check_parameters(self.parameters))

    @property
    def fsrs_parameters(self) -> tuple[float, ...]:
        """The weights the scheduler uses: the fitted ones, else fsrs's defaults."""
        return self.parameters or tuple(DEFAULT_PARAMETERS)


def check_parameters(values: Sequence[object]) -> tuple[float, ...]:
    """``values`` as FSRS-6 weights, each within the bounds fsrs itself enforces.

    Raises:
        SettingsError: Not 21 numbers, or one is out of its bounds (the message names it).
    """
    if len(values) != len(LOWER_BOUNDS_PARAMETERS):
        raise SettingsError(f"FSRS parameters: expected {len(LOWER_BOUNDS_PARAMETERS)} "
                            f"numbers, got {len(values)}")
    out: list[float] = []
    for index, (value, low, high) in enumerate(
            zip(values, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not low <= value <= high:
            raise SettingsError(f"FSRS parameter {index} must be a number between {low:g} "
                                f"and {high:g}, not {value!r}")
        out.append(float(value))
    return tuple(out)


@dataclass(frozen=True)
class IntervalPreview:
    """What one rating button would do (its label shows ``interval``).

    Attributes:
        rating: The button.
        state: The card's state after that answer.
        due: When the card would next be shown.
        due_day: The study day of ``due``.
        interval: Time until then; whole days for review cards.
    """

    rating: Rating
    state: CardState
    due: datetime
    due_day: int
    interval: timedelta


@dataclass
class Scheduler:
    """Runs FSRS on cards whose days are counted on the learner's calendar.

    fsrs counts elapsed days by flooring 24-hour blocks and fuzzes with the global
    ``random``; this wrapper feeds it calendar-day distances (so yesterday evening → this
    morning is one day) and applies its own fuzz seeded by card and repetition, so the same
    history always gives the same due dates and previews equal the real outcome.

    Attributes:
        config: The learner's settings.
        days: The learner's calendar.
        balancer: When set, a review interval's day within its fuzz range is picked by
            load (``quizapp.core.study.balance``) instead of by the fuzz alone.
        exam_day: When set and still ahead, no interval runs past this study day.
    """

    config: SchedulerConfig = field(default_factory=SchedulerConfig)
    days: StudyDay = field(default_factory=StudyDay)
    balancer: LoadBalancer | None = None
    exam_day: int | None = None

    def __post_init__(self) -> None:
        c = self.config
        self._fsrs = fsrs.Scheduler(
            parameters=c.fsrs_parameters,
            desired_retention=c.desired_retention,
            learning_steps=c.learning_steps,
            relearning_steps=c.relearning_steps,
            maximum_interval=c.maximum_interval,
            enable_fuzzing=False,
        )
        self._decay: float = -float(c.fsrs_parameters[20])
        self._factor: float = 0.9 ** (1 / self._decay) - 1

    @property
    def decay(self) -> float:
        """The forgetting-curve exponent (negative)."""
        return self._decay

    @property
    def factor(self) -> float:
        """The forgetting-curve factor: R = (1 + factor·t/S) ** decay."""
        return self._factor

    def review(self, card: CardSchedule, rating: Rating, now: datetime, key: str,
               fact: Hashable | None = None) -> CardSchedule:
        """The card's schedule after answering ``rating`` at ``now``.

        Args:
            card: The schedule before the answer.
            rating: The button pressed.
            now: When (aware; converted to UTC).
            key: The card's stable identity, seeding its interval fuzz.
            fact: The fact the card asks about: the balancer keeps siblings apart.
        """
        now = ensure_utc(now)
        today = self.days.day_of(now)
        out, _ = self._fsrs.review_card(self._to_fsrs(card, now, today), fsrs.Rating(int(rating)),
                                        now)
        state = CardState(int(out.state))
        delay: timedelta = out.due - now
        if state is CardState.REVIEW:
            due_day = today + self._interval(max(1, round(delay / DAY)), key, card.reps, today,
                                             fact)
            due = self.days.start_of(due_day)
        elif delay >= DAY:
            due_day = today + self._ceiling(today, delay.days)
            due = self.days.start_of(due_day)
        else:
            due = out.due
            due_day = self.days.day_of(due)
        lapses = card.lapses + (1 if card.state is CardState.REVIEW and rating is Rating.AGAIN
                                else 0)
        return CardSchedule(
            state=state,
            step=out.step,
            stability=out.stability,
            difficulty=out.difficulty,
            due=due,
            due_day=due_day,
            last_review=now,
            last_day=today,
            reps=card.reps + 1,
            lapses=lapses,
            leech=card.leech or lapses >= self.config.leech_lapses,
        )

    def preview(self, card: CardSchedule, now: datetime, key: str,
                fact: Hashable | None = None) -> dict[Rating, IntervalPreview]:
        """What each of the four ratings would do; exactly what ``review`` will then do."""
        now = ensure_utc(now)
        out: dict[Rating, IntervalPreview] = {}
        for rating in Rating:
            after = self.review(card, rating, now, key, fact)
            assert after.due is not None and after.due_day is not None
            if after.state is CardState.REVIEW:
                interval = timedelta(days=after.interval_days)
            else:
                interval = after.due - now
            out[rating] = IntervalPreview(rating, after.state, after.due, after.due_day, interval)
        return out

    def relearn_now(self, card: CardSchedule, now: datetime) -> CardSchedule:
        """The card made due at ``now`` for (re)learning, after a wrong quiz answer.

        Stability and difficulty stay: FSRS updates them when the learner next answers the
        flashcard itself. It is not a lapse: the quiz tested recognition, not recall.
        """
        now = ensure_utc(now)
        today = self.days.day_of(now)
        if card.state is CardState.NEW:
            state = CardState.LEARNING
        elif card.state is CardState.REVIEW and self.config.relearning_steps:
            state = CardState.RELEARNING
        else:
            state = card.state
        step = None if state is CardState.REVIEW else 0
        return replace(card, state=state, step=step, due=now, due_day=today)

    def retrievability(self, card: CardSchedule, day: int) -> float:
        """Probability of recall on study day ``day`` (0 for cards never answered)."""
        if card.stability is None or card.last_day is None:
            return 0.0
        return self.recall(day - card.last_day, card.stability)

    def recall(self, elapsed_days: int, stability: float) -> float:
        """fsrs's forgetting curve: recall after ``elapsed_days`` whole calendar days at
        ``stability`` (fsrs's ``get_card_retrievability``, on study days)."""
        return float((1 + self._factor * max(0, elapsed_days) / stability) ** self._decay)

    def _to_fsrs(self, card: CardSchedule, now: datetime, today: int) -> fsrs.Card:
        if card.state is CardState.NEW:
            return fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=now)
        last = None
        if card.last_day is not None:
            # fsrs floors (now - last_review) to whole days: give it the calendar distance.
            last = now - timedelta(days=max(0, today - card.last_day))
        return fsrs.Card(
            card_id=1,
            state=fsrs.State(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due or now,
            last_review=last,
        )

    def stability_after(self, card: CardSchedule, rating: Rating, day: int) -> float:
        """The stability a review card would have after ``rating`` on a later study ``day``:
        fsrs's own update (what :meth:`review` computes), without building an fsrs card —
        the exam planner asks this of every card each day.

        Raises:
            ValueError: ``card`` is not a review card last answered before ``day``.
        """
        if card.state is not CardState.REVIEW or card.stability is None \
                or card.difficulty is None or card.last_day is None or day <= card.last_day:
            raise ValueError("stability_after needs a review card answered before that day")
        # fsrs 6's review-state update (its private method; fsrs is pinned below 7, and a
        # test holds this to review()).
        stability: float = self._fsrs._next_stability(
            difficulty=card.difficulty, stability=card.stability,
            retrievability=self.retrievability(card, day), rating=fsrs.Rating(int(rating)))
        return stability

    def fuzz_range(self, ivl: int) -> tuple[int, int]:
        """The days an interval of ``ivl`` may become: fsrs's fuzz range (just ``ivl``
        without fuzz, or under 2.5 days)."""
        if not self.config.fuzz or ivl < 2.5:
            return ivl, ivl
        delta = 1.0
        for r in FUZZ_RANGES:
            delta += r["factor"] * max(min(float(ivl), r["end"]) - r["start"], 0.0)
        hi = min(round(ivl + delta), self.config.maximum_interval)
        return min(max(2, round(ivl - delta)), hi), hi

    def _fuzz(self, ivl: int, key: str, reps: int) -> int:
        """A day of the fuzz range, drawn from a hash of (card, repetition)."""
        lo, hi = self.fuzz_range(ivl)
        return lo + math.floor(_fraction(key, reps) * (hi - lo + 1))

    def _ceiling(self, today: int, ivl: int) -> int:
        """The longest interval allowed today: up to the exam while it is ahead."""
        if self.exam_day is None or today >= self.exam_day:
            return ivl
        return min(ivl, self.exam_day - today)

    def _interval(self, ivl: int, key: str, reps: int, today: int,
                  fact: Hashable | None) -> int:
        """The review interval to use for fsrs's ``ivl``: fuzzed (or load-balanced) within its
        fuzz range, and never past an exam ahead."""
        lo, hi = self.fuzz_range(ivl)
        ceiling = self._ceiling(today, hi)
        if ceiling < hi:
            # The range reaches past the exam: the card comes back on the exam day. Not
            # earlier: FSRS would not review it before then (but by the fuzz), and a review
            # that recall does not need yet is one the exam planner spends better.
            return ceiling
        if self.balancer is not None and lo < hi:
            # Seeded like the fuzz, so a preview shows exactly the day the answer gives.
            rng = random.Random(_digest(key, reps))
            picked = self.balancer.pick(today, ivl, lo, hi, fact, rng)
            if picked is not None:
                return picked
        return lo + math.floor(_fraction(key, reps) * (hi - lo + 1))


def _digest(key: str, reps: int) -> bytes:
    """A hash of (card, repetition): the same answer draws the same fuzz."""
    return hashlib.blake2b(f"{key}\x00{reps}".encode(), digest_size=8).digest()


def _fraction(key: str, reps: int) -> float:
    """A number in [0, 1) drawn from (card, repetition)."""
    return int.from_bytes(_digest(key, reps), "big") / 2**64
