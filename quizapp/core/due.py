"""Today's due counts after the daily limits: one rule for the collection and for the home
screen's quick start-up path."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.storage.records import DueCounts
from quizapp.core.storage.reviews import ReviewRepo
from quizapp.core.storage.schedules import CardRepo


def due_counts(cards: CardRepo, reviews: ReviewRepo, today: int, new_per_day: int,
               reviews_per_day: int, banks: Sequence[str],
               topics: Sequence[int] | None = None) -> DueCounts:
    """New / learning / review cards left on study day ``today`` in ``banks`` (and
    ``topics``): the daily limits minus what was already done today.

    The limits are shared by every bank, as in Anki: cards introduced or reviewed in one bank
    count against the others' allowance too.
    """
    new_done, reviews_done = reviews.done_on(today)
    return DueCounts(*cards.due_counts(today, new_per_day - new_done,
                                       reviews_per_day - reviews_done, banks, topics))
