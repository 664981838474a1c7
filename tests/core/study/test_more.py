"""Study more today: more new cards (kept across a restart, gone the next day), review ahead,
a topic now; and the forecast shows the new cards still to come."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.study.cards import CardState
from quizapp.core.study.due import DueCounts
from quizapp.core.study.more import (
    AHEAD_DAYS,
    review_ahead,
    study_more_options,
    topic_now,
)
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.study.scope import StudyScope
from tests.core.factories import make_bank, open_collection, study_all

BANK = make_bank(topics=4, cards_per_topic=5, questions_per_topic=0)  # 20 cards
FIVE_A_DAY = SchedulerConfig(new_per_day=5)


def test_more_new_cards_today_are_offered_and_kept_until_the_day_ends(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, BANK, config=FIVE_A_DAY)
    study_all(col, step_minutes=11)
    assert col.due_counts() == DueCounts(0, 0, 0)
    options = study_more_options(col)
    assert (options.new_today, options.new_unseen, options.new_beyond_today) == (0, 15, 15)
    assert col.add_new_today(3) == 3
    assert col.due_counts().new == 3
    col.close()

    # A restart the same day keeps them.
    col = open_collection(tmp_path, clock, BANK, config=FIVE_A_DAY)
    assert col.due_counts().new == 3
    assert study_more_options(col).extra_today == 3
    assert len([c for c in study_all(col, step_minutes=11) if c.schedule.reps == 0]) == 3
    assert col.due_counts().new == 0
    # The next day the usual limit applies again.
    clock.advance(days=1)
    assert col.due_counts().new == 5
    assert study_more_options(col).extra_today == 0
    col.close()


def test_adding_a_wrong_number_of_new_cards_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, BANK, config=FIVE_A_DAY)
    for bad in (0, -3, 100_000):
        with pytest.raises(ValueError):
            col.add_new_today(bad)
    assert study_more_options(col).extra_today == 0
    for bad in (0, AHEAD_DAYS + 1):
        with pytest.raises(ValueError):
            review_ahead(bad)
    col.close()


def test_review_ahead_offers_the_cards_due_in_the_next_days_only(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, BANK, config=FIVE_A_DAY)
    study_all(col, step_minutes=11)  # five cards now in review, due in a few days
    clock.advance(days=1)
    study_all(col, step_minutes=11)  # the next day's new cards: due later than the first five
    today = col.today()
    due_days = sorted(c.schedule.due_day or 0 for c in col.store.cards.active(["demo"])
                      if c.schedule.state is CardState.REVIEW)
    assert len(due_days) == 10 and min(due_days) > today
    options = study_more_options(col)
    first = min(due_days) - today
    assert options.ahead_within(first) == due_days.count(min(due_days))
    assert 0 < options.ahead_within(first) < 10

    scope = review_ahead(first)
    assert col.due_counts(scope=scope) == DueCounts(0, 0, options.ahead_within(first))
    assert col.due_counts() == DueCounts(0, 0, 0)  # the ordinary day is unchanged
    studied = study_all(col, step_minutes=11, limit=50)
    assert studied == []  # the ordinary session still has nothing
    assert options.ahead_within(AHEAD_DAYS) == 10
    ahead = []
    while (card := col.next_card(scope=scope)) is not None:
        ahead.append(card)
        col.answer(card, 3, 2000)  # type: ignore[arg-type]
        clock.advance(minutes=11)
    assert len(ahead) == options.ahead_within(first)
    assert all(c.schedule.due_day == min(due_days) for c in ahead)
    for card in ahead:  # reviewed early: rescheduled from today, further ahead
        after = col.store.cards.get(card.pk)
        assert after is not None and after.schedule.last_day == col.today()
        assert (after.schedule.due_day or 0) > min(due_days)
    col.close()


def test_a_topic_now_offers_all_its_cards_beyond_the_limits(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, BANK, config=SchedulerConfig(new_per_day=2))
    study_all(col, step_minutes=11)  # two of topic t0's cards learned; the limit is used
    assert col.due_counts() == DueCounts(0, 0, 0)
    scope = topic_now("demo", "t0")
    assert scope == StudyScope(topics=(("demo", "t0"),), all_cards=True)
    # Topic t0: its 3 new cards beyond today's limit and its 2 reviews not yet due.
    assert col.due_counts(scope=scope) == DueCounts(3, 0, 2)
    shown = {c.item.id for c in study_all(col, step_minutes=11)}
    assert shown == set()  # the ordinary session is still done
    seen = set()
    while (card := col.next_card(scope=scope)) is not None:
        seen.add(card.item.id)
        col.answer(card, 3, 2000)  # type: ignore[arg-type]
        clock.advance(minutes=11)
    assert seen == {f"t0-c{k}" for k in range(5)}
    assert col.due_counts(scope=topic_now("demo", "t1")).new == 5
    col.close()


def test_the_forecast_shows_the_new_cards_to_come(tmp_path: Path, clock: FixedClock) -> None:
    """The tester saw "tomorrow: 0" with 55 cards unseen and 20 a day to come."""
    col = open_collection(tmp_path, clock, BANK, config=FIVE_A_DAY)
    forecast = col.stats().forecast
    assert [f.new for f in forecast[:5]] == [5, 5, 5, 5, 0]
    study_all(col, step_minutes=11)
    forecast = col.stats().forecast
    assert [f.new for f in forecast[:5]] == [0, 5, 5, 5, 0]
    assert forecast[1].total == forecast[1].due + 5
    col.add_new_today(2)
    assert [f.new for f in col.stats().forecast[:5]] == [2, 5, 5, 3, 0]
    col.close()


def test_what_study_more_offers_is_what_the_session_brings(
        tmp_path: Path, clock: FixedClock) -> None:
    """With the study bank's facts: a card learned today is not reviewed ahead today (its
    fact waits for tomorrow, as siblings do), and the dialog's numbers say so."""
    from tests.helpers import study_bank

    col = open_collection(tmp_path, clock, study_bank())
    study_all(col, step_minutes=11)
    options = study_more_options(col)
    for days in (1, 3, AHEAD_DAYS):
        assert col.due_counts(scope=review_ahead(days)).review == options.ahead_within(days)
    assert options.ahead_within(AHEAD_DAYS) == 0  # everything due ahead was learned today
    clock.advance(days=1)
    study_all(col, step_minutes=11)
    options = study_more_options(col)
    assert options.ahead_within(AHEAD_DAYS) > 0  # yesterday's cards can come early now
    for days in (1, 3, AHEAD_DAYS):
        assert col.due_counts(scope=review_ahead(days)).review == options.ahead_within(days)
    col.close()
