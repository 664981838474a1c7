"""The test clock variable: the app's clock can start at a chosen time and run on."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from quizapp.core.clock import CLOCK_VARIABLE, ClockError, SystemClock, default_clock


def test_without_the_variable_the_clock_is_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CLOCK_VARIABLE, raising=False)
    assert isinstance(default_clock(), SystemClock)


def test_the_clock_starts_at_the_named_time_and_runs_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CLOCK_VARIABLE, "2026-03-02T09:00+02:00")
    clock = default_clock()
    first = clock.now()
    assert first.tzinfo is timezone.utc
    start = datetime(2026, 3, 2, 7, 0, tzinfo=timezone.utc)
    assert timedelta(0) <= first - start < timedelta(seconds=5)
    assert clock.now() >= first


@pytest.mark.parametrize("value", ["2026-03-02T09:00", "tomorrow", "2026-13-01T09:00+00:00"])
def test_a_time_without_its_offset_or_no_time_at_all_is_refused(
        monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(CLOCK_VARIABLE, value)
    with pytest.raises(ClockError, match=CLOCK_VARIABLE):
        default_clock()
