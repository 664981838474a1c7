"""Study streaks: consecutive study days, kept apart from the statistics so the home screen
can show the streak without importing them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Streak:
    """Consecutive study days ending today (or yesterday, before today's first answer),
    and the longest such run ever."""

    current: int
    longest: int


def streak_of(days_desc: Sequence[int], today: int) -> Streak:
    """The streak tile from study days (newest first) as of study day ``today``."""
    longest = run = 0
    previous = None
    for d in days_desc:
        run = run + 1 if previous is not None and previous - d == 1 else 1
        longest = max(longest, run)
        previous = d
    current = 0
    if days_desc and days_desc[0] >= today - 1:
        expected = days_desc[0]
        for d in days_desc:
            if d != expected:
                break
            current += 1
            expected -= 1
    return Streak(current, longest)
