"""Today's due counts after the daily limits, as the home screen and the study screen show them.

The counting itself is one query in the store (``ProgressReader.due``), shared by the open
collection and by the home screen's early numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DueCounts:
    """Cards to study today, after the daily limits (new / learning / review)."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review
