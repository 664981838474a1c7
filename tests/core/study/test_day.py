"""Study days: they change at 4:00 local time, survive DST, and map back to instants."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from quizapp.core.study.day import StudyDay
from tests.core.factories import RIGA

UTC = timezone.utc


def test_the_day_changes_at_four_in_the_morning_local_time() -> None:
    days = StudyDay(RIGA)
    late = datetime(2026, 3, 3, 1, 59, tzinfo=UTC)  # 03:59 in Riga on the 3rd
    assert StudyDay.date_of(days.day_of(late)) == date(2026, 3, 2)
    assert StudyDay.date_of(days.day_of(late + timedelta(minutes=1))) == date(2026, 3, 3)
    assert days.start_of(StudyDay.day_of_date(date(2026, 3, 3))) == late + timedelta(minutes=1)


def test_start_of_day_follows_daylight_saving_time() -> None:
    days = StudyDay(RIGA)
    # Riga moves from UTC+2 to UTC+3 on 29 March 2026.
    assert days.start_of(date(2026, 3, 28).toordinal()) == datetime(2026, 3, 28, 2, tzinfo=UTC)
    assert days.start_of(date(2026, 3, 30).toordinal()) == datetime(2026, 3, 30, 1, tzinfo=UTC)
    for d in (date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)):
        assert days.day_of(days.start_of(d.toordinal())) == d.toordinal()


def test_hour_of_day_and_other_rollover_hours() -> None:
    days = StudyDay(ZoneInfo("America/New_York"), rollover_hour=0)
    when = datetime(2026, 7, 1, 3, 30, tzinfo=UTC)  # 23:30 on 30 June in New York
    assert days.hour_of(when) == 23
    assert StudyDay.date_of(days.day_of(when)) == date(2026, 6, 30)


def test_system_local_time_is_the_default() -> None:
    days = StudyDay()
    now = datetime.now(UTC)
    assert days.day_of(days.start_of(days.day_of(now))) == days.day_of(now)
