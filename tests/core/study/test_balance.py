"""The load balancer: an even daily load, inside the fuzz range, siblings apart, easy days."""

from __future__ import annotations

import random
import re
import statistics
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.errors import SettingsError
from quizapp.core.study.balance import (
    MAX_BALANCE_INTERVAL,
    EasyDay,
    EasyDays,
    LoadBalancer,
)
from quizapp.core.study.cards import NEW_CARD, CardSchedule, CardState, Rating
from quizapp.core.study.day import StudyDay
from quizapp.core.study.scheduling import Scheduler, SchedulerConfig
from tests.core.factories import RIGA, make_bank, open_collection

START = date(2026, 1, 5).toordinal()  # a Monday


def _review_card(stability: float, last_day: int) -> CardSchedule:
    return CardSchedule(CardState.REVIEW, None, stability, 5.0, None, last_day, None, last_day,
                        reps=3)


def _simulate(balancer: LoadBalancer | None, *, cards: int = 300, days: int = 60,
              seed: int = 7) -> list[int]:
    """Review cards due each day (20 new a day, 90 % recalled) through the real scheduler;
    return the review load of each of the last 30 days."""
    sched = Scheduler(SchedulerConfig(), StudyDay(RIGA), balancer=balancer)
    rng = random.Random(seed)
    state = {f"c{i}": NEW_CARD for i in range(cards)}
    new = list(state)
    load = []
    for day in range(START, START + days):
        now = datetime.combine(date.fromordinal(day), time(9), timezone.utc)
        due = [k for k, c in state.items() if c.state is CardState.REVIEW and c.due_day == day]
        load.append(len(due))
        todo = due + [new.pop(0) for _ in range(min(20, len(new)))]
        for key in todo:
            card = state[key]
            old_day = card.due_day if card.state is CardState.REVIEW else None
            at = now
            while True:
                rating = Rating.GOOD if rng.random() < 0.9 else Rating.AGAIN
                card = sched.review(card, rating, at, key, fact=key[:-1] if key[-1] == "0"
                                    else None)
                if card.state is CardState.REVIEW:
                    break
                at = max(at, card.due or at) + timedelta(minutes=1)
            state[key] = card
            if balancer is not None:
                balancer.move(None, old_day, card.due_day)
    return load[30:]


def _cv(load: list[int]) -> float:
    return statistics.pstdev(load) / statistics.mean(load)


def test_balancing_lowers_the_spread_of_the_daily_load() -> None:
    plain = _simulate(None)
    balanced = _simulate(LoadBalancer(()))
    assert sum(balanced) == pytest.approx(sum(plain), rel=0.15)
    assert _cv(balanced) < 0.7 * _cv(plain)


def test_the_picked_day_is_always_inside_the_fuzz_range() -> None:
    sched = Scheduler(SchedulerConfig(), StudyDay(RIGA))
    rng = random.Random(1)
    balancer = LoadBalancer((START + rng.randrange(100), None, 1) for i in range(2000))
    for ivl in range(1, MAX_BALANCE_INTERVAL + 1):
        low, high = sched.fuzz_range(ivl)
        for _ in range(20):
            picked = balancer.pick(START, ivl, low, high, None, rng)
            assert picked is not None and low <= picked <= high

    # Through the scheduler: the due day is in the fuzz range of fsrs's own interval.
    balanced = Scheduler(SchedulerConfig(), StudyDay(RIGA), balancer=balancer)
    exact = Scheduler(SchedulerConfig(fuzz=False), StudyDay(RIGA))
    now = datetime.combine(date.fromordinal(START), time(9), timezone.utc)
    for stability in (3.0, 8.0, 15.0, 40.0, 70.0):
        card = _review_card(stability, START - round(stability))
        for n in range(30):
            ivl = exact.review(card, Rating.GOOD, now, f"k{n}").interval_days
            low, high = sched.fuzz_range(ivl)
            assert low <= balanced.review(card, Rating.GOOD, now, f"k{n}").interval_days <= high


def test_the_choice_is_deterministic_for_a_seed_and_previews_equal_answers() -> None:
    balancer = LoadBalancer((START + i % 40, None, 1) for i in range(400))
    picks = [balancer.pick(START, 20, 17, 23, None, random.Random(s)) for s in range(50)]
    assert picks == [balancer.pick(START, 20, 17, 23, None, random.Random(s)) for s in range(50)]
    assert len(set(picks)) > 1
    sched = Scheduler(SchedulerConfig(), StudyDay(RIGA), balancer=balancer)
    now = datetime.combine(date.fromordinal(START), time(9), timezone.utc)
    card = _review_card(20.0, START - 20)
    preview = sched.preview(card, now, "demo/x")
    for rating in Rating:
        assert preview[rating].due_day == sched.review(card, rating, now, "demo/x").due_day


def test_fewer_cards_due_weighs_more() -> None:
    # Days 10..14 ahead: 30 cards each except day 12 with 3.
    due = [(START + d, None, 3 if d == 12 else 30) for d in range(10, 15)]
    balancer = LoadBalancer(due)
    picks = [balancer.pick(START, 12, 10, 14, None, random.Random(s)) for s in range(200)]
    assert picks.count(12) > 190


def test_a_siblings_day_is_avoided() -> None:
    due = [(START + d, None, 1) for d in range(10, 15)] + [(START + 12, "fact-1", 1)]
    balancer = LoadBalancer(due)
    picks = [balancer.pick(START, 12, 10, 14, "fact-1", random.Random(s)) for s in range(500)]
    assert picks.count(12) < 5  # one day in five without the penalty
    balancer.move("fact-1", START + 12, None)  # the sibling was answered and is no longer due
    picks = [balancer.pick(START, 12, 10, 14, "fact-1", random.Random(s)) for s in range(500)]
    assert picks.count(12) > 50


def test_easy_days_get_less() -> None:
    sunday = date(2026, 1, 11).weekday()
    setting = [EasyDay.NORMAL] * 7
    setting[sunday] = EasyDay.MINIMUM
    setting[sunday - 1] = EasyDay.REDUCED
    normal = _simulate(LoadBalancer(()))
    easy = _simulate(LoadBalancer((), EasyDays(tuple(setting))))

    def by_weekday(load: list[int]) -> dict[int, float]:
        days = [date.fromordinal(START + 30 + i).weekday() for i in range(len(load))]
        return {w: statistics.mean(n for n, d in zip(load, days) if d == w) for w in range(7)}

    base, got = by_weekday(normal), by_weekday(easy)
    weekdays = statistics.mean(got[w] for w in range(5))
    assert got[sunday] < 0.2 * weekdays
    assert got[sunday] < got[sunday - 1] < weekdays
    assert base[sunday] > 0.6 * statistics.mean(base[w] for w in range(5))


def test_long_intervals_are_left_alone() -> None:
    balancer = LoadBalancer([(START + 95, None, 50)])
    assert balancer.pick(START, MAX_BALANCE_INTERVAL + 1, 86, 96, None, random.Random(1)) is None
    plain = Scheduler(SchedulerConfig(), StudyDay(RIGA))
    balanced = replace(plain, balancer=balancer)
    now = datetime.combine(date.fromordinal(START), time(9), timezone.utc)
    card = _review_card(120.0, START - 100)
    for n in range(20):
        after = balanced.review(card, Rating.GOOD, now, f"k{n}")
        assert after.interval_days > MAX_BALANCE_INTERVAL
        assert after == plain.review(card, Rating.GOOD, now, f"k{n}")


def test_easy_days_setting_is_checked() -> None:
    days = EasyDays.parse(["normal"] * 5 + ["reduced", "Minimum"])
    assert days.of(date(2026, 1, 11).toordinal()) is EasyDay.MINIMUM
    with pytest.raises(SettingsError, match="unknown value 'sometimes'"):
        EasyDays.parse(["normal"] * 6 + ["sometimes"])
    with pytest.raises(SettingsError, match="expected 7"):
        EasyDays.parse(["normal"] * 6)


def _sunday_share(data: Path, easy: EasyDays | None) -> float:
    """Study a 60-card bank for 35 days through the collection; return the share of review
    answers given on Sundays."""
    clock = FixedClock(datetime.combine(date.fromordinal(START), time(7), timezone.utc))
    col = open_collection(data, clock, make_bank(topics=6, cards_per_topic=10,
                                                 questions_per_topic=0),
                          config=SchedulerConfig(new_per_day=10))
    col.set_balancing(easy)
    for _ in range(35):
        while (card := col.next_card()) is not None:
            assert col.preview(card)[Rating.GOOD].due_day \
                == col.answer(card, Rating.GOOD, 2000).after.due_day
            clock.advance(minutes=11)
        clock.advance(days=1)
        clock.set(clock.now().replace(hour=7))
    by_day = {d: col.store.progress.done_on(d).reviews for d in range(START, START + 35)}
    col.close()
    sundays = sum(n for d, n in by_day.items() if date.fromordinal(d).weekday() == 6)
    return sundays / sum(by_day.values())


def test_the_collection_balances_and_spares_easy_days_when_asked(tmp_path: Path) -> None:
    plain = _sunday_share(tmp_path / "plain", None)
    spared = _sunday_share(tmp_path / "easy", EasyDays.parse(["normal"] * 6 + ["minimum"]))
    assert plain > 0.1  # about one day in seven
    # Sundays keep the cards whose interval is too short to move (under 2.5 days).
    assert spared < 0.7 * plain


def test_the_collections_balancer_counts_what_the_store_holds_after_every_answer(
        tmp_path: Path) -> None:
    # Flashcards in pairs of one fact: siblings are counted per fact and day. Two banks use
    # the same fact ids: a fact belongs to its bank, so they are not each other's siblings.
    banks = []
    for bank_id in ("a", "b"):
        bank = make_bank(topics=2, cards_per_topic=6, questions_per_topic=0, bank_id=bank_id)
        banks.append(replace(bank, items=tuple(
            replace(i, fact=f"{i.topic}/f{int(i.id[-1]) // 2}") for i in bank.items)))
    clock = FixedClock(datetime.combine(date.fromordinal(START), time(7), timezone.utc))
    col = open_collection(tmp_path, clock, *banks, config=SchedulerConfig(new_per_day=8))
    col.set_balancing(EasyDays())
    rng = random.Random(3)
    for _ in range(20):
        while (card := col.next_card()) is not None:
            col.answer(card, Rating.GOOD if rng.random() < 0.85 else Rating.AGAIN, 2000)
            balancer = col.scheduler.balancer
            assert balancer is not None
            today = col.today()
            held = col.store.cards.review_load(today, today + 99, col.shelf.ids)
            for day in range(today, today + 100):
                assert balancer.load(day) == sum(n for d, _, n in held if d == day)
            clock.advance(minutes=9)
        clock.advance(days=1)
        clock.set(clock.now().replace(hour=7))
    assert sum(n for _, fact, n in held if fact is not None) > 10  # read per fact
    # "t0/f0" of bank a and of bank b are two facts, each named with its bank's row.
    named = {str(fact) for _, fact, _ in held if fact is not None}
    assert all(re.fullmatch(r"\d+/t\d/f\d", f) for f in named), named
    assert len({f.split("/", 1)[0] for f in named}) == 2
    col.close()
