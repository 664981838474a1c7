"""A simulated learner whose memory follows FSRS with its own (non-default) weights, studying
through the core's scheduler day after day on a ``FixedClock``."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta, timezone

from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.scheduling import SchedulerConfig

DEFAULTS = SchedulerConfig().fsrs_parameters
# A learner who forgets much faster than FSRS's defaults assume: a quarter of the initial
# stabilities, memories that grow more slowly with each success (w8) and a steeper curve.
FORGETFUL = tuple(w * 0.25 if i < 4 else 1.0 if i == 8 else w
                  for i, w in enumerate(DEFAULTS))[:20] + (0.5,)


class Learner:
    """Answers like a person whose recall probability is FSRS's with ``weights``."""

    def __init__(self, weights: tuple[float, ...], rng: random.Random) -> None:
        self._fsrs = FSRS(list(weights))
        self._decay = -weights[20]
        self._factor = 0.9 ** (1 / self._decay) - 1
        self._rng = rng
        self._seen: dict[str, list[tuple[int, Rating]]] = {}

    def answer(self, key: str, day: int) -> Rating:
        past = self._seen.setdefault(key, [])
        if not past:
            rating = self._first()
        else:
            recall = self._recall(past, day)
            rating = self._recalled() if self._rng.random() < recall else Rating.AGAIN
        past.append((day, rating))
        return rating

    def _recall(self, past: list[tuple[int, Rating]], day: int) -> float:
        elapsed = day - past[-1][0]
        if elapsed == 0:
            return 0.95  # a learning step minutes after the last answer
        reviews, previous = [], past[0][0]
        for d, r in past:
            reviews.append(FSRSReview(int(r), d - previous))
            previous = d
        stability = self._fsrs.memory_state(FSRSItem(reviews)).stability
        return float((1 + self._factor * elapsed / stability) ** self._decay)

    def _first(self) -> Rating:
        x = self._rng.random()
        return Rating.AGAIN if x < 0.25 else Rating.HARD if x < 0.35 else \
            Rating.GOOD if x < 0.9 else Rating.EASY

    def _recalled(self) -> Rating:
        x = self._rng.random()
        return Rating.HARD if x < 0.1 else Rating.GOOD if x < 0.95 else Rating.EASY


def simulate(col: Collection, learner: Learner, days: int, *,
             start: datetime = datetime(2026, 1, 5, tzinfo=timezone.utc)) -> int:
    """Study every day for ``days`` days from 08:00 UTC, answering every card the collection
    offers (learning steps included, the clock moving on a minute per answer and jumping to
    the next learning step); return how many answers were given."""
    clock = col.clock
    assert isinstance(clock, FixedClock)
    answers = 0
    for d in range(days):
        clock.set(datetime.combine(start.date() + timedelta(days=d), time(8), timezone.utc))
        evening = clock.now() + timedelta(hours=12)
        while True:
            card = col.next_card()
            if card is None:
                due = col.next_learning_due()
                if due is None or due > evening:
                    break
                clock.set(max(due, clock.now()))
                continue
            col.answer(card, learner.answer(card.key, col.today()), 4000)
            answers += 1
            clock.advance(minutes=1)
    return answers
