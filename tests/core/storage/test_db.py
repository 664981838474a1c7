"""Opening the progress database: creation, WAL, migrations, and refusing bad files untouched."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.core.storage.backup import move_aside
from quizapp.core.errors import StorageError
from quizapp.core.storage import LATEST_VERSION, Database, Store
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
)
from tests.core.factories import make_bank


def test_new_database_is_created_at_the_latest_version_in_wal_mode(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "sub" / "p.sqlite3")
    try:
        assert db.version == LATEST_VERSION
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.integrity_check() == ("ok",)
    finally:
        db.close()
    leftovers = [p.name for p in (tmp_path / "sub").iterdir()]
    assert leftovers == ["p.sqlite3"]


def test_a_failing_transaction_commits_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.sqlite3")
    store.banks.sync(make_bank())
    before = store.banks.item_counts()
    with pytest.raises(RuntimeError):
        with store.db.transaction() as c:
            c.execute("UPDATE items SET retired = 1")
            raise RuntimeError("boom")
    assert store.banks.item_counts() == before
    store.close()


def test_sqlite_errors_surface_as_storage_errors(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "p.sqlite3")
    with pytest.raises(StorageError):
        db.rows("SELECT * FROM no_such_table")
    db.close()


def _v1_database(path: Path) -> None:
    """A database as quizapp's schema 1 wrote it: a bank, a card answered twice."""
    Database.open(path, version=1).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO banks (id, key, title) VALUES (1, 'demo', 'Demo')")
        conn.execute("INSERT INTO topics (id, bank, key, title) VALUES (1, 1, 't0', 'Topic 0')")
        conn.execute(
            "INSERT INTO items (id, bank, key, kind, topic, position, state, step, stability, "
            "difficulty, due_ms, due_day, last_ms, last_day, reps) VALUES "
            "(1, 1, 't0-c0', 'flashcard', 1, 0, 2, NULL, 3.2, 5.0, 1772600400000, 739680, "
            "1772442000000, 739677, 2)")
        for rid, hour, rating in ((1, 9, 1), (2, 10, 3)):
            conn.execute(
                "INSERT INTO revlog (id, item, time_ms, day, hour, kind, rating, duration_ms, "
                "state_after, interval_after, state_before, reps_before, lapses_before, "
                "leech_before) VALUES (?, 1, 1772442000000, 739677, ?, 0, ?, 4000, 1, 0, 0, "
                "0, 0, 0)", (rid, hour, rating))
        conn.execute("INSERT INTO day_stats (day, kind, reviews, again, good, duration_ms) "
                     "VALUES (739677, 0, 2, 1, 1, 8000)")
    conn.close()


def test_a_version_1_database_migrates_keeping_its_history(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _v1_database(path)
    store = Store.open(path)
    try:
        assert store.db.version == LATEST_VERSION
        card = store.cards.find("demo", "t0-c0")
        assert card is not None and card.schedule.reps == 2 and card.schedule.stability == 3.2
        assert [r.rating for r in store.reviews.history(card.pk)] == [1, 3]
        # Version 2 back-filled the hourly breakdown from the version-1 review log.
        hours = {h.hour: (h.reviews, h.correct) for h in store.stats.hours(739677, 739677)}
        assert hours == {9: (1, 0), 10: (1, 1)}
        assert store.quizzes.totals() == (0, 0, 0)
        # Version 3 added the file stamp and language to banks (empty until synced).
        [record] = store.progress.banks(["demo"])
        assert (record.title, record.language, record.flashcards) == ("Demo", "", 1)
        # And the store works on: the old bank syncs with its history intact.
        report = store.banks.sync(make_bank(topics=1, cards_per_topic=1, questions_per_topic=0))
        assert report.added == 0 and report.retired == 0
        assert len(store.reviews.history(card.pk)) == 2
    finally:
        store.close()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 10, b"", b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["garbage", "empty", "cut-in-header"],
)
def test_garbage_is_refused_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorruptError):
        Database.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.sqlite3"]


def test_a_truncated_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = Store.open(path)
    store.banks.sync(make_bank(topics=30, cards_per_topic=20))
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorruptError, match="truncated"):
        Database.open(path)
    assert path.read_bytes() == data[: len(data) // 2]


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Database.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as info:
        Database.open(path)
    assert info.value.found == LATEST_VERSION + 1
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAQuizappDatabaseError):
        Database.open(path)


def test_move_aside_renames_a_broken_database_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"broken")
    (tmp_path / "progress.sqlite3-wal").write_bytes(b"wal")
    moved = move_aside(path, datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
    assert moved.name == "progress.sqlite3.broken-20260302-090000"
    assert moved.read_bytes() == b"broken"
    assert (tmp_path / "progress.sqlite3.broken-20260302-090000-wal").read_bytes() == b"wal"
    assert not path.exists()
    # The place is free for a fresh database.
    Database.open(path).close()


def test_the_review_log_is_read_by_day_through_its_index(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Exam mode's recall history and the queue's "answered today" read a few days of a log
    # that may hold millions of answers: by the index on day, not the whole table.
    store = Store.open(tmp_path / "p.sqlite3")
    store.banks.sync(make_bank())
    seen: list[tuple[str, tuple[object, ...]]] = []
    for name in ("rows", "scalar"):
        real = getattr(store.db, name)
        monkeypatch.setattr(store.db, name, lambda sql, params=(), real=real: (
            seen.append((sql, tuple(params))), real(sql, params))[1])
    store.reviews.answers_back(5, 9, ["demo"])
    store.reviews.ahead_done_on(5)
    store.banks.facts_studied_on(5)
    monkeypatch.undo()
    assert len(seen) == 3
    for sql, params in seen:
        plan = " ".join(str(r[-1]) for r in store.db.rows(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING INDEX revlog_day" in plan or "USING COVERING INDEX revlog_day" in plan, \
            plan
    store.close()
