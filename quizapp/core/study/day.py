"""The learner's calendar: study days that roll over at 4:00 local time, numbered by ordinal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

DEFAULT_ROLLOVER_HOUR = 4


@dataclass(frozen=True)
class StudyDay:
    """Maps instants to study days and back.

    A study day is the local calendar date of ``instant - rollover_hour``, numbered with
    ``date.toordinal()`` so that day arithmetic is integer arithmetic. A card reviewed
    yesterday at 21:00 with a one-day interval is due on day ``d + 1``, which starts today at
    4:00 local time, however few hours have passed.

    Attributes:
        tz: The learner's time zone; ``None`` means the system's local time (with its DST
            rules, looked up per instant). Tests pass a fixed zone so they are deterministic.
        rollover_hour: Local hour at which a new study day starts (0–23).
    """

    tz: tzinfo | None = None
    rollover_hour: int = DEFAULT_ROLLOVER_HOUR

    def __post_init__(self) -> None:
        if not 0 <= self.rollover_hour <= 23:
            raise ValueError("rollover_hour must be 0–23")

    def local(self, instant: datetime) -> datetime:
        """``instant`` in the learner's zone."""
        return instant.astimezone(self.tz) if self.tz is not None else instant.astimezone()

    def day_of(self, instant: datetime) -> int:
        """The study day containing ``instant`` (aware)."""
        shifted = self.local(instant) - timedelta(hours=self.rollover_hour)
        return shifted.date().toordinal()

    def hour_of(self, instant: datetime) -> int:
        """The local hour of day (0–23) of ``instant``, for the hourly breakdown."""
        return self.local(instant).hour

    def start_of(self, day: int) -> datetime:
        """The UTC instant at which study day ``day`` starts (its rollover hour, local)."""
        naive = datetime.combine(date.fromordinal(day), time(self.rollover_hour))
        if self.tz is None:
            local = naive.astimezone()  # a naive datetime is read as system local time
        else:
            local = naive.replace(tzinfo=self.tz)
        return local.astimezone(timezone.utc)

    @staticmethod
    def date_of(day: int) -> date:
        """The calendar date a study day is named after."""
        return date.fromordinal(day)

    @staticmethod
    def day_of_date(when: date) -> int:
        """The study day named after calendar date ``when``."""
        return when.toordinal()
