"""Injected time: a ``Clock`` protocol, the system clock and a fixed clock for tests."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Protocol

from quizapp.core.errors import QuizAppError

# Test-only: the app and the commands start their clock at this instant (ISO 8601, e.g.
# 2026-03-02T09:00+02:00) and let it run on from there, to try several study days in a row.
CLOCK_VARIABLE = "QUIZAPP_CLOCK"


class ClockError(QuizAppError):
    """``$QUIZAPP_CLOCK`` does not name a time."""


class Clock(Protocol):
    """Anything that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime:
        """Return the current time (timezone-aware, UTC)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that only moves when told to; for tests and simulations."""

    def __init__(self, start: datetime) -> None:
        self._now = ensure_utc(start)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = ensure_utc(when)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by ``delta`` or by ``timedelta(**kwargs)``; return the new time."""
        self._now = self._now + (delta if delta is not None else timedelta(**kwargs))
        return self._now


def ensure_utc(when: datetime) -> datetime:
    """Return ``when`` as an aware datetime whose tzinfo is ``timezone.utc``.

    fsrs insists on ``datetime.timezone.utc`` itself, not an equivalent zone.

    Raises:
        ValueError: ``when`` is naive.
    """
    if when.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware time")
    return when.astimezone(timezone.utc)


class ShiftedClock:
    """The system clock moved so that it read ``start`` when the clock was made."""

    def __init__(self, start: datetime) -> None:
        self._shift = ensure_utc(start) - datetime.now(timezone.utc)

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self._shift


def default_clock() -> Clock:
    """The system clock, or — when ``$QUIZAPP_CLOCK`` is set (tests and trials only) — one
    that starts at the time it names.

    Raises:
        ClockError: ``$QUIZAPP_CLOCK`` is not an ISO date and time with its UTC offset.
    """
    value = os.environ.get(CLOCK_VARIABLE, "")
    if not value:
        return SystemClock()
    try:
        return ShiftedClock(datetime.fromisoformat(value))
    except ValueError:
        raise ClockError(f"{CLOCK_VARIABLE}={value!r} is not a date and time with its UTC "
                           "offset (e.g. 2026-03-02T09:00+02:00)") from None
