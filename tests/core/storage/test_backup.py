"""Backups: one automatic backup a study day, ten kept, manual ones, restore that loses nothing."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.storage.backup import list_backups, restore
from quizapp.core.clock import FixedClock
from quizapp.core.storage import Store
from quizapp.core.storage.schema import LATEST_VERSION
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
)
from tests.core.factories import make_bank, open_collection, study_all


def _reviews_in(db_file: Path) -> int:
    store = Store.open(db_file)
    try:
        return store.reviews.count()
    finally:
        store.close()


def test_one_automatic_backup_per_study_day_and_the_last_ten_are_kept(
        tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "backups"
    for day in range(12):
        for _ in range(2):  # opening twice the same day backs up once
            open_collection(tmp_path, clock, make_bank(), auto_backup=True).close()
        clock.advance(days=1)
    col = open_collection(tmp_path, clock, make_bank())
    manual = col.backup()
    col.close()
    backups = list_backups(folder)
    autos = [b for b in backups if b.automatic]
    assert len(autos) == 10
    assert [b.created for b in autos] == sorted((b.created for b in autos), reverse=True)
    assert autos[0].created == clock.now() - timedelta(days=1)
    assert backups[0].path == manual and not backups[0].automatic
    (folder / "notes.txt").write_text("not a backup", "utf-8")
    assert len(list_backups(folder)) == 11


def test_a_backup_is_a_standalone_copy(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path / "data", clock, make_bank())
    study_all(col)
    path = col.backup()
    count = col.store.reviews.count()
    col.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp left
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())
    assert _reviews_in(copy) == count > 0


def test_restore_brings_back_the_backup_and_keeps_the_current_state(
        tmp_path: Path, clock: FixedClock) -> None:
    data = tmp_path / "data"
    col = open_collection(data, clock, make_bank())
    study_all(col, step_minutes=11)
    saved = col.backup()
    saved_count = col.store.reviews.count()
    clock.advance(days=5)
    study_all(col)
    later_count = col.store.reviews.count()
    assert later_count > saved_count
    col.close()
    saved_bytes = saved.read_bytes()

    clock.advance(seconds=1)
    outcome = restore(data, saved, clock.now())
    assert outcome.moved_aside is None and outcome.safety_backup is not None
    assert _reviews_in(data / "progress.sqlite3") == saved_count
    assert _reviews_in(outcome.safety_backup) == later_count  # nothing was lost
    assert saved.read_bytes() == saved_bytes  # the source is never modified
    # The restored store is fully usable.
    col = open_collection(data, clock, make_bank())
    assert col.stats().totals.reviews == saved_count
    col.close()


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer"])
def test_restore_refuses_what_is_not_a_sound_quizapp_database(
        tmp_path: Path, clock: FixedClock, kind: str) -> None:
    data = tmp_path / "data"
    col = open_collection(data, clock, make_bank())
    study_all(col)
    count = col.store.reviews.count()
    newer = col.backup()
    col.close()
    source = tmp_path / "candidate.sqlite3"
    if kind == "garbage":
        source.write_bytes(b"\x00garbage" * 100)
        expected: type[Exception] = DatabaseCorruptError
    elif kind == "foreign":
        conn = sqlite3.connect(source)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
        expected = NotAQuizappDatabaseError
    else:
        source.write_bytes(newer.read_bytes())
        conn = sqlite3.connect(source)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        expected = DatabaseTooNewError
    before = source.read_bytes()
    backups_before = list_backups(data / "backups")
    with pytest.raises(expected):
        restore(data, source, clock.now())
    assert source.read_bytes() == before
    assert list_backups(data / "backups") == backups_before
    assert _reviews_in(data / "progress.sqlite3") == count


def test_restore_over_a_broken_database_moves_it_aside(
        tmp_path: Path, clock: FixedClock) -> None:
    data = tmp_path / "data"
    col = open_collection(data, clock, make_bank())
    study_all(col)
    saved = col.backup()
    count = col.store.reviews.count()
    col.close()
    (data / "progress.sqlite3").write_bytes(b"scribbled over")

    outcome = restore(data, saved, clock.now())
    assert outcome.safety_backup is None and outcome.moved_aside is not None
    assert outcome.moved_aside.read_bytes() == b"scribbled over"
    assert _reviews_in(data / "progress.sqlite3") == count


def test_an_old_version_1_backup_is_migrated_on_restore(
        tmp_path: Path, clock: FixedClock) -> None:
    old = tmp_path / "old.sqlite3"
    Store.open(old, version=1).close()
    outcome = restore(tmp_path / "data", old, clock.now())
    assert outcome.version == 1
    store = Store.open(tmp_path / "data" / "progress.sqlite3")
    assert store.db.version == LATEST_VERSION
    store.close()


def test_a_failed_daily_backup_is_reported_but_does_not_stop_the_app(
        tmp_path: Path, clock: FixedClock) -> None:
    (tmp_path / "backups").write_text("a file where the backups folder should be", "utf-8")
    col = open_collection(tmp_path, clock, make_bank(), auto_backup=True)
    assert col.backup_error is not None and "backup" in str(col.backup_error)
    assert col.next_card() is not None  # studying works regardless
    col.close()
