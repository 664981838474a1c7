"""A broken progress database: a typed error on open, the file untouched, and the two ways out
(restore the latest usable backup, or set it aside and start fresh) that never delete it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.storage.backup import list_backups, sweep_partial_backups
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.errors import StorageError
from quizapp.core.storage.recovery import (
    NoBackupError,
    ProblemKind,
    Remedy,
    diagnose,
    latest_backup,
    move_aside_and_start_fresh,
    problem_from_error,
    restore_latest_backup,
)
from quizapp.core.storage import LATEST_VERSION, Store
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
)
from tests.core.factories import make_bank, open_collection, study_all, studied_folder


def _garbage(db: Path) -> None:
    db.write_bytes(b"\x00\x17 not a database " * 200)


def _truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _too_new(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()


def _foreign(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


BREAKAGES: list[tuple[str, Callable[[Path], None], type[StorageError], ProblemKind]] = [
    ("garbage", _garbage, DatabaseCorruptError, ProblemKind.CORRUPT),
    ("truncated", _truncated, DatabaseCorruptError, ProblemKind.CORRUPT),
    ("too-new", _too_new, DatabaseTooNewError, ProblemKind.TOO_NEW),
    ("foreign", _foreign, NotAQuizappDatabaseError, ProblemKind.NOT_QUIZAPP),
]


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("name", "breaks", "error", "kind"), BREAKAGES,
                         ids=[b[0] for b in BREAKAGES])
def test_a_broken_database_is_refused_with_its_own_error_and_left_untouched(
        tmp_path: Path, clock: FixedClock, name: str, breaks: Callable[[Path], None],
        error: type[StorageError], kind: ProblemKind) -> None:
    studied_folder(tmp_path, clock)
    db = tmp_path / "progress.sqlite3"
    breaks(db)
    before = _folder_state(tmp_path)
    with pytest.raises(error) as info:
        Collection.open(tmp_path, clock=clock, bank_dirs=[])
    assert _folder_state(tmp_path) == before  # no write, no -wal, no backup, no rename

    problem = problem_from_error(info.value, tmp_path)
    assert problem.kind is kind and problem.database == db
    assert str(db) in problem.detail
    assert problem.remedies == (Remedy.RESTORE_BACKUP, Remedy.START_FRESH)
    assert problem.latest_backup is not None
    assert diagnose(tmp_path).kind is kind
    if kind is ProblemKind.TOO_NEW:
        assert (problem.found_version, problem.supported_version) == (
            LATEST_VERSION + 1, LATEST_VERSION)
    assert _folder_state(tmp_path) == before


def test_damage_deep_inside_is_found_by_diagnose_and_can_be_set_aside(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=40, cards_per_topic=25))
    study_all(col, limit=300)
    col.close()
    db = tmp_path / "progress.sqlite3"
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(3, len(data) // page - 1, 2):  # scribble over every other page's header
        data[n * page:n * page + 16] = b"\xff" * 16
    db.write_bytes(bytes(data))
    problem = diagnose(tmp_path)
    assert problem.kind is ProblemKind.CORRUPT
    assert problem.remedies == (Remedy.START_FRESH,)  # no backup was ever taken
    damaged = db.read_bytes()
    moved = move_aside_and_start_fresh(tmp_path, clock.now())
    assert moved is not None and moved.read_bytes() == damaged
    assert diagnose(tmp_path).ok


@pytest.mark.parametrize(("name", "breaks", "error", "kind"), BREAKAGES,
                         ids=[b[0] for b in BREAKAGES])
def test_restore_latest_moves_the_broken_file_aside_and_brings_back_the_backup(
        tmp_path: Path, clock: FixedClock, name: str, breaks: Callable[[Path], None],
        error: type[StorageError], kind: ProblemKind) -> None:
    count = studied_folder(tmp_path, clock)
    db = tmp_path / "progress.sqlite3"
    breaks(db)
    broken = db.read_bytes()
    clock.advance(minutes=5)

    outcome = restore_latest_backup(tmp_path, clock.now())
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    assert outcome.moved_aside == tmp_path / f"progress.sqlite3.broken-{stamp}"
    assert outcome.moved_aside.read_bytes() == broken  # kept, byte for byte
    assert outcome.safety_backup is None and outcome.skipped == ()
    assert outcome.source == list_backups(tmp_path / "backups")[0].path
    with Collection.open(tmp_path, clock=clock, bank_dirs=[]) as col:
        assert col.store.reviews.count() == count > 0
        assert col.store.db.integrity_check() == ("ok",)


def test_restore_latest_passes_over_damaged_and_too_new_backups(
        tmp_path: Path, clock: FixedClock) -> None:
    count = studied_folder(tmp_path, clock)
    good = list_backups(tmp_path / "backups")[0].path
    clock.advance(hours=1)
    with open_collection(tmp_path, clock, make_bank()) as col:
        newer = col.backup()
        clock.advance(hours=1)
        newest = col.backup()
    newer.write_bytes(newer.read_bytes()[:3000])  # cut short
    _too_new(newest)
    _garbage(tmp_path / "progress.sqlite3")

    outcome = restore_latest_backup(tmp_path, clock.now())
    assert outcome.source == good
    assert outcome.skipped == (newest, newer)
    assert latest_backup(tmp_path) is not None
    store = Store.open(tmp_path / "progress.sqlite3")
    assert store.reviews.count() == count
    store.close()


def test_restore_latest_of_a_sound_database_backs_it_up_first(
        tmp_path: Path, clock: FixedClock) -> None:
    saved = studied_folder(tmp_path, clock)
    with open_collection(tmp_path, clock, make_bank()) as col:
        clock.advance(days=3)
        study_all(col)
        later = col.store.reviews.count()
    outcome = restore_latest_backup(tmp_path, clock.now())
    assert outcome.moved_aside is None and outcome.safety_backup is not None
    store = Store.open(outcome.safety_backup)
    assert store.reviews.count() == later > saved
    store.close()


def test_with_no_usable_backup_nothing_changes(tmp_path: Path, clock: FixedClock) -> None:
    studied_folder(tmp_path, clock, backup=False)
    db = tmp_path / "progress.sqlite3"
    _garbage(db)
    before = _folder_state(tmp_path)
    with pytest.raises(NoBackupError, match="there are no backups"):
        restore_latest_backup(tmp_path, clock.now())
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "progress-20260301-090000-auto.sqlite3").write_bytes(b"junk")
    with pytest.raises(NoBackupError, match="none of the 1 backups is usable"):
        restore_latest_backup(tmp_path, clock.now())
    after = _folder_state(tmp_path)
    after.pop("backups/progress-20260301-090000-auto.sqlite3")
    assert after == before
    problem = diagnose(tmp_path)
    assert problem.latest_backup is None and problem.remedies == (Remedy.START_FRESH,)


@pytest.mark.parametrize(("name", "breaks", "error", "kind"), BREAKAGES,
                         ids=[b[0] for b in BREAKAGES])
def test_start_fresh_keeps_the_broken_file_and_the_backups(
        tmp_path: Path, clock: FixedClock, name: str, breaks: Callable[[Path], None],
        error: type[StorageError], kind: ProblemKind) -> None:
    studied_folder(tmp_path, clock)
    db = tmp_path / "progress.sqlite3"
    (tmp_path / "progress.sqlite3-wal").unlink(missing_ok=True)
    breaks(db)
    broken = db.read_bytes()
    backups = list_backups(tmp_path / "backups")

    moved = move_aside_and_start_fresh(tmp_path, clock.now())
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    assert moved is not None and moved.name == f"progress.sqlite3.broken-{stamp}"
    assert moved.read_bytes() == broken
    assert list_backups(tmp_path / "backups") == backups
    assert diagnose(tmp_path).ok
    with Collection.open(tmp_path, clock=clock, bank_dirs=[]) as col:
        assert col.store.reviews.count() == 0


def test_start_fresh_on_an_empty_folder_just_creates_the_database(
        tmp_path: Path, clock: FixedClock) -> None:
    assert move_aside_and_start_fresh(tmp_path / "new", clock.now()) is None
    assert diagnose(tmp_path / "new").ok
    assert diagnose(tmp_path / "missing").ok  # created on open; nothing to report


def test_latest_backup_ignores_partial_and_cut_short_files(
        tmp_path: Path, clock: FixedClock) -> None:
    studied_folder(tmp_path, clock)
    folder = tmp_path / "backups"
    good = list_backups(folder)[0]
    # What a crash in the middle of a backup leaves: the temporary name, never listed.
    partial = folder / ".progress-20260302-100000-manual.sqlite3.k2j3.tmp"
    partial.write_bytes(good.path.read_bytes()[:5000])
    cut = folder / "progress-20260302-110000-auto.sqlite3"
    cut.write_bytes(good.path.read_bytes()[:5000])
    assert partial not in [b.path for b in list_backups(folder)]
    found = latest_backup(tmp_path)
    assert found is not None and found.path == good.path

    # A partial file is swept once it is clearly nobody's work in progress.
    assert sweep_partial_backups(folder, clock.now()) == []
    old = (clock.now() - timedelta(hours=2)).timestamp()
    os.utime(partial, (old, old))
    assert sweep_partial_backups(folder, clock.now()) == [partial]
    assert not partial.exists() and cut.exists() and good.path.exists()
