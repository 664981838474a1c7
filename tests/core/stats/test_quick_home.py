"""The home screen's early numbers, read before the collection opens, equal the full ones."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from quizapp.core.banks.io import write_bank
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.stats.overview import DailyLimits, home_overview, quick_home
from quizapp.core.study.scheduling import SchedulerConfig
from tests.core.factories import RIGA, make_bank

LIMITS = DailyLimits(new_per_day=5, reviews_per_day=200, rollover_hour=4)
CONFIG = SchedulerConfig(new_per_day=5, reviews_per_day=200)


def _seeded(tmp_path: Path, clock: FixedClock) -> tuple[Path, Path]:
    banks = tmp_path / "banks"
    write_bank(make_bank(topics=3, cards_per_topic=4, bank_id="a"), banks / "a.yaml")
    write_bank(make_bank(topics=2, cards_per_topic=3, bank_id="b"), banks / "b.yaml")
    data = tmp_path / "data"
    with Collection.open(data, clock=clock, config=CONFIG, tz=RIGA, bank_dirs=[banks],
                         auto_backup=False) as col:
        for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY):
            col.answer(col.next_card(), rating, 2000)  # type: ignore[arg-type]
    return data, banks


def test_quick_numbers_equal_the_collections(tmp_path: Path, clock: FixedClock) -> None:
    data, banks = _seeded(tmp_path, clock)
    clock.advance(hours=20)  # the next study day: reviews fall due, limits reset
    quick = quick_home(data, [banks], LIMITS, clock.now(), RIGA)
    assert quick is not None and not quick.complete
    with Collection.open(data, clock=clock, config=CONFIG, tz=RIGA, bank_dirs=[banks],
                         auto_backup=False, lazy_banks=True) as col:
        full = home_overview(col)
    assert full.complete
    assert replace(quick, weak=full.weak, complete=True) == full
    assert quick.due.total > 0 and quick.reviews_total == 3


def test_no_quick_numbers_when_they_could_differ(tmp_path: Path, clock: FixedClock) -> None:
    assert quick_home(tmp_path / "nothing", [], LIMITS, clock.now(), RIGA) is None
    data, banks = _seeded(tmp_path, clock)
    assert quick_home(data, [banks], LIMITS, clock.now(), RIGA) is not None
    # A bank file changed since it was synced: it must be parsed first.
    write_bank(make_bank(topics=3, cards_per_topic=5, bank_id="a"), banks / "a.yaml")
    os.utime(banks / "a.yaml", ns=(1, 1))
    assert quick_home(data, [banks], LIMITS, clock.now(), RIGA) is None
    # A new bank file appeared.
    data2, banks2 = _seeded(tmp_path / "two", clock)
    write_bank(make_bank(bank_id="c"), banks2 / "c.yaml")
    assert quick_home(data2, [banks2], LIMITS, clock.now(), RIGA) is None


def test_no_quick_numbers_while_an_exam_is_ahead(tmp_path: Path, clock: FixedClock) -> None:
    # The exam brings cards forward: only the open collection knows how many are due.
    data, banks = _seeded(tmp_path, clock)
    today = clock.now().astimezone(RIGA).date()
    for exam, quick in ((today + timedelta(days=10), False), (today - timedelta(days=1), True)):
        limits = replace(LIMITS, exam_date=exam)
        assert (quick_home(data, [banks], limits, clock.now(), RIGA) is not None) == quick


def test_a_broken_database_gives_no_quick_numbers(tmp_path: Path, clock: FixedClock) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "progress.sqlite3").write_bytes(b"garbage" * 100)
    assert quick_home(data, [], LIMITS, clock.now(), RIGA) is None
    assert (data / "progress.sqlite3").read_bytes() == b"garbage" * 100
