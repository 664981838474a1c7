"""Today's due counts after the daily limits: one rule for the collection and for the home
screen's quick start-up path.

Light on purpose (no storage imports at run time): the home screen's early numbers are
unpickled on the GUI thread during start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.core.storage.db import Database


@dataclass(frozen=True)
class DueCounts:
    """Cards to study today, after the daily limits (new / learning / review)."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def due_counts(db: Database, today: int, new_per_day: int, reviews_per_day: int,
               banks: Sequence[str], topics: Sequence[int] | None = None) -> DueCounts:
    """New / learning / review cards left on study day ``today`` in ``banks`` (and
    ``topics``): the daily limits minus what was already done today.

    The limits are shared by every bank, as in Anki: cards introduced or reviewed in one bank
    count against the others' allowance too.
    """
    from quizapp.core.storage import homeread

    new_done, reviews_done = homeread.done_on(db, today)
    return DueCounts(*homeread.due_counts(db, today, new_per_day - new_done,
                                          reviews_per_day - reviews_done, banks, topics))
