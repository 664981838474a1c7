"""A data folder studied with schema-1 banks upgrades in place to schema-2 banks: every review
of a surviving item is kept, vanished items retire, facts are stored."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from quizapp.core.banks.io import load_bank
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.storage.schema import LATEST_VERSION
from tests.helpers import COMMITTED_BANK, FIXTURES

OLD = FIXTURES / "datafolder-schema1"


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_schema1_data_folder_upgrades_in_place(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(OLD / "progress.sqlite3", data / "progress.sqlite3")
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(COMMITTED_BANK, banks / COMMITTED_BANK.name)
    db = data / "progress.sqlite3"
    before = _rows(db, "SELECT i.key, r.time_ms, r.rating, r.state_after FROM revlog r "
                       "JOIN items i ON i.id = r.item ORDER BY r.id")
    quiz_before = _rows(db, "SELECT i.key, q.correct FROM quiz_answers q "
                            "JOIN items i ON i.id = q.item ORDER BY q.attempt, q.position")
    assert _rows(db, "PRAGMA user_version") == [(3,)] and len(before) == 160

    new_bank = load_bank(COMMITTED_BANK)
    clock = FixedClock(datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc))
    col = Collection.open(data, clock=clock, tz=timezone.utc, bank_dirs=[banks],
                          auto_backup=False)
    report = col.sync_reports[0]
    assert report.added > 0 and report.retired > 0
    assert col.next_card() is not None  # studying goes on
    col.close()

    assert _rows(db, "PRAGMA user_version") == [(LATEST_VERSION,)]
    after = _rows(db, "SELECT i.key, r.time_ms, r.rating, r.state_after FROM revlog r "
                      "JOIN items i ON i.id = r.item ORDER BY r.id")
    assert after == before  # not one answer lost or changed
    assert _rows(db, "SELECT i.key, q.correct FROM quiz_answers q JOIN items i "
                     "ON i.id = q.item ORDER BY q.attempt, q.position") == quiz_before
    surviving = {i.id for i in new_bank.items}
    active = dict(_rows(db, "SELECT key, retired FROM items"))
    for key in {k for k, *_ in before}:
        assert active[key] == (0 if key in surviving else 1), key
    # Reviewed cards that survive keep their schedule: they are not new again.
    kept = [k for k, *_ in before if k in surviving]
    assert kept, "some studied cards survive the upgrade"
    states = dict(_rows(db, "SELECT key, reps FROM items"))
    assert all(states[k] > 0 for k in kept)
    facts = dict(_rows(db, "SELECT key, fact FROM items WHERE retired = 0"))
    assert all(facts[i.id] == i.fact for i in new_bank.items)
    assert facts["table/kontrole/b/card"] == "table/kontrole/b"
