"""FSRS scheduling on the learner's calendar: golden due dates, day counting, fuzz, leeches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import fsrs
import pytest

from quizapp.core.study.cards import NEW_CARD, CardSchedule, CardState, Rating
from quizapp.core.errors import SettingsError
from quizapp.core.study.scheduling import Scheduler, SchedulerConfig
from quizapp.core.study.day import StudyDay
from tests.core.factories import RIGA

UTC = timezone.utc


def _scheduler(**config: object) -> Scheduler:
    return Scheduler(SchedulerConfig(**config), StudyDay(RIGA))  # type: ignore[arg-type]


def _at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def test_golden_rating_sequence_gives_the_expected_due_dates() -> None:
    # Checked by hand against FSRS-6's default weights (retention 0.9, steps 1m 10m / 10m):
    # Good on a new card: S = w2 = 2.3065, first step → 10 min. Good again the same day:
    # short-term factor < 1 is clamped to 1, graduates with interval round(S) = 2 days.
    # Two days later Good: R = 0.9095, S = 10.971 → 11 days. Then Again: forget stability
    # 1.539, relearning step 10 min, one lapse. Good after 10 min: short-term S = 1.572 →
    # 2 days. Review days start at 04:00 Riga (02:00 UTC in March).
    s = _scheduler(fuzz=False)
    steps = [
        (_at(2026, 3, 2, 9), Rating.GOOD, CardState.LEARNING, _at(2026, 3, 2, 9, 10), 0),
        (_at(2026, 3, 2, 9, 10), Rating.GOOD, CardState.REVIEW, _at(2026, 3, 4, 2), 2),
        (_at(2026, 3, 4, 8), Rating.GOOD, CardState.REVIEW, _at(2026, 3, 15, 2), 11),
        (_at(2026, 3, 15, 8), Rating.AGAIN, CardState.RELEARNING, _at(2026, 3, 15, 8, 10), 0),
        (_at(2026, 3, 15, 8, 10), Rating.GOOD, CardState.REVIEW, _at(2026, 3, 17, 2), 2),
    ]
    card = NEW_CARD
    for when, rating, state, due, interval in steps:
        card = s.review(card, rating, when, "demo/t0-c0")
        assert (card.state, card.due, card.interval_days) == (state, due, interval)
    assert card.stability == pytest.approx(1.5718, abs=1e-4)
    assert (card.reps, card.lapses, card.leech) == (5, 1, False)
    assert StudyDay.date_of(card.due_day or 0) == date(2026, 3, 17)


def test_yesterday_evening_counts_as_a_day_this_morning_after_the_rollover() -> None:
    s = _scheduler()
    days = s.days
    evening = _at(2026, 3, 2, 18, 40)  # 20:40 in Riga
    card = s.review(NEW_CARD, Rating.AGAIN, evening, "k")
    card = s.review(card, Rating.GOOD, evening + timedelta(minutes=1), "k")
    card = s.review(card, Rating.GOOD, evening + timedelta(minutes=11), "k")
    assert card.state is CardState.REVIEW and card.interval_days == 1
    morning = _at(2026, 3, 3, 2)  # 04:00 in Riga, only 7 hours later
    assert card.due == morning
    assert days.day_of(morning - timedelta(seconds=1)) < (card.due_day or 0)
    assert days.day_of(morning) == card.due_day

    after = s.review(card, Rating.GOOD, morning, "k")
    # fsrs alone floors 7 h to 0 days (a same-day review); on the calendar it is a full day,
    # exactly what fsrs computes for a card last seen 24 h earlier.
    expected, _ = fsrs.Scheduler(enable_fuzzing=False).review_card(
        fsrs.Card(card_id=1, state=fsrs.State.Review, stability=card.stability,
                  difficulty=card.difficulty, due=morning, last_review=morning - timedelta(days=1)),
        fsrs.Rating.Good, morning)
    assert after.stability == pytest.approx(expected.stability)
    same_day, _ = fsrs.Scheduler(enable_fuzzing=False).review_card(
        fsrs.Card(card_id=1, state=fsrs.State.Review, stability=card.stability,
                  difficulty=card.difficulty, due=morning, last_review=card.last_review),
        fsrs.Rating.Good, morning)
    assert (after.stability or 0.0) > (same_day.stability or 0.0)


def test_previews_are_exactly_what_the_answer_then_does() -> None:
    s = _scheduler()
    card = s.review(NEW_CARD, Rating.GOOD, _at(2026, 3, 2, 9), "demo/x")
    card = s.review(card, Rating.GOOD, _at(2026, 3, 2, 9, 10), "demo/x")
    now = _at(2026, 3, 9, 7)
    previews = s.preview(card, now, "demo/x")
    assert list(previews) == list(Rating)
    for rating, p in previews.items():
        after = s.review(card, rating, now, "demo/x")
        assert (p.state, p.due, p.due_day) == (after.state, after.due, after.due_day)
    assert previews[Rating.AGAIN].interval == timedelta(minutes=10)
    days = [previews[r].interval.days for r in (Rating.HARD, Rating.GOOD, Rating.EASY)]
    assert days == sorted(days) and days[0] >= 1


def test_fuzz_is_deterministic_within_fsrs_range_and_spreads_cards() -> None:
    s = _scheduler()
    # fsrs's fuzz range for 11 days is 11 ± 2.075 → 9…13.
    values = [s._fuzz(11, f"demo/card-{i}", 2) for i in range(200)]
    assert set(values) == {9, 10, 11, 12, 13}
    assert values == [s._fuzz(11, f"demo/card-{i}", 2) for i in range(200)]
    assert s._fuzz(2, "demo/any", 1) == 2  # short intervals are never fuzzed
    assert _scheduler(fuzz=False)._fuzz(11, "demo/card-1", 2) == 11


def test_eight_lapses_make_a_leech() -> None:
    s = _scheduler()
    card = CardSchedule(CardState.REVIEW, None, 4.0, 6.0, _at(2026, 3, 2, 2), 739677,
                        _at(2026, 2, 26, 9), 739673, reps=20, lapses=6)
    now = _at(2026, 3, 2, 9)
    card = s.review(card, Rating.AGAIN, now, "k")
    assert (card.lapses, card.leech) == (7, False)
    # Again while relearning is not another lapse.
    card = s.review(card, Rating.AGAIN, now + timedelta(minutes=10), "k")
    assert card.lapses == 7
    card = s.review(card, Rating.GOOD, now + timedelta(minutes=20), "k")
    assert card.state is CardState.REVIEW
    card = s.review(card, Rating.AGAIN, card.due or now, "k")
    assert (card.lapses, card.leech) == (8, True)
    # A leech stays flagged when it is recalled again.
    card = s.review(card, Rating.GOOD, (card.due or now) + timedelta(minutes=10), "k")
    assert card.leech


def test_relearn_now_makes_a_card_due_without_a_lapse() -> None:
    s = _scheduler()
    now = _at(2026, 3, 5, 10)
    review = CardSchedule(CardState.REVIEW, None, 30.0, 5.0, _at(2026, 4, 1, 2), 739707,
                          _at(2026, 3, 1, 9), 739676, reps=4, lapses=1)
    r = s.relearn_now(review, now)
    assert (r.state, r.step, r.due, r.due_day) == (CardState.RELEARNING, 0, now,
                                                   s.days.day_of(now))
    assert (r.stability, r.difficulty, r.lapses, r.reps) == (30.0, 5.0, 1, 4)
    fresh = s.relearn_now(NEW_CARD, now)
    assert (fresh.state, fresh.due, fresh.stability) == (CardState.LEARNING, now, None)
    learning = replace(fresh, due=now + timedelta(minutes=8), step=1)
    assert s.relearn_now(learning, now).due == now


def test_retrievability_follows_the_forgetting_curve_on_calendar_days() -> None:
    s = _scheduler()
    card = CardSchedule(CardState.REVIEW, None, 10.0, 5.0, None, 739690, None, 739680)
    assert s.retrievability(card, 739680) == 1.0
    assert s.retrievability(card, 739690) == pytest.approx(0.9, abs=1e-9)  # t = S → 90 %
    assert s.retrievability(NEW_CARD, 739690) == 0.0


def test_fitted_weights_outside_fsrs_bounds_are_refused() -> None:
    with pytest.raises(SettingsError, match="FSRS parameter"):
        SchedulerConfig(parameters=(1e9,) * 21)
