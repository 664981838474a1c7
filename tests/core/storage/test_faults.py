"""A full disk: the write that does not fit raises DiskFullError and is rolled back whole;
what was committed before stays, and the app goes on once there is room again.

SQLite's own ``max_page_count`` limit makes the database "full" for real (SQLITE_FULL from
inside SQLite, at whatever write needs a new page); file writes outside SQLite get ENOSPC
injected where the file is created.
"""

from __future__ import annotations

import errno
import random
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.storage.backup import list_backups
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.errors import StorageError
from quizapp.core.quiz.engine import QuizConfig
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.storage import Database, Store
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    ReadOnlyError,
    map_error,
    map_os_error,
)
from tests.core.factories import make_bank, open_collection

BIG = dict(topics=30, cards_per_topic=20, questions_per_topic=4)
UNLIMITED = SchedulerConfig(new_per_day=100_000, reviews_per_day=100_000)


def _fill_up(col: Collection) -> None:
    """From now on the database cannot grow by a single page."""
    pages = col.store.db.scalar("PRAGMA page_count")
    col.store.db.rows(f"PRAGMA max_page_count = {pages}")


def _cards(col: Collection) -> dict[int, object]:
    """Every stored item's record (flashcards with their schedules)."""
    return {pk: col.store.cards.get(pk) for pk in col.store.banks.item_pks("demo").values()}


def _make_room(col: Collection) -> None:
    col.store.db.rows("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_during_an_answer_commits_nothing_of_it(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(**BIG), config=UNLIMITED)
    rng = random.Random(3)
    committed: list[int] = []
    for n in range(5000):
        if n == 10:
            _fill_up(col)
        card = col.next_card()
        assert card is not None
        before = col.store.cards.get(card.pk)
        try:
            result = col.answer(card, rng.choice(list(Rating)), 4000)
        except DiskFullError as exc:
            assert "disk is full" in str(exc)
            break
        committed.append(result.review_id)
        clock.advance(seconds=30)
    else:
        pytest.fail("the database never filled up")
    assert len(committed) >= 10

    # Nothing of the failed answer: the card, the log and the day's totals are as before.
    assert col.store.cards.get(card.pk) == before
    assert col.store.reviews.count() == len(committed)
    assert col.store.progress.totals().reviews == len(committed)
    assert all(col.store.reviews.get(rid) is not None for rid in committed)
    assert col.store.db.integrity_check() == ("ok",)
    # Undo still undoes the last answer that was really made, not the failed one.
    undone = col.undo()
    assert undone is not None and col.store.reviews.get(committed[-1]) is None
    committed.pop()

    _make_room(col)  # the learner freed some space: the same answer now goes through
    again = col.next_card()
    assert again is not None and again.pk == undone.pk
    col.answer(again, Rating.GOOD, 4000)
    assert col.store.reviews.count() == len(committed) + 1
    col.close()


def test_a_full_disk_while_a_quiz_is_recorded_stores_none_of_it(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(**BIG))
    stored: list[int] = []
    for n in range(500):
        if n == 3:
            _fill_up(col)
        quiz = col.build_quiz(QuizConfig(count=20), random.Random(n))
        quiz.start(clock.now())
        while (q := quiz.current(clock.now())) is not None:
            quiz.answer((q.item.correct + 1) % q.item.option_count, clock.now())  # all wrong
        result = quiz.result()
        before = _cards(col)
        try:
            stored.append(col.record_quiz(result).attempt)
        except DiskFullError:
            break
        clock.advance(minutes=1)
    else:
        pytest.fail("the database never filled up")
    assert len(stored) >= 3
    assert _cards(col) == before  # no flashcard was made due by the lost quiz
    assert [a.id for a in col.store.quizzes.history(1000)] == stored
    assert all(len(col.store.quizzes.answers(a)) == 20 for a in stored)
    assert col.store.db.integrity_check() == ("ok",)
    col.close()


def test_a_full_disk_while_a_bank_is_synced_adds_none_of_it(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    _fill_up(col)
    with pytest.raises(DiskFullError):
        col.add_bank(make_bank(**BIG, bank_id="big"))
    assert col.bank_ids == ["demo"]
    assert col.store.progress.banks(["big"]) == []
    col.close()


def _no_space(*args: object, **kwargs: object) -> object:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_backup_on_a_full_disk_leaves_no_file_and_studying_goes_on(
        tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    monkeypatch.setattr("tempfile.mkstemp", _no_space)
    with pytest.raises(DiskFullError, match="No space left"):
        col.backup()
    assert col.auto_backup() is None
    assert isinstance(col.backup_error, DiskFullError)
    assert list_backups(tmp_path / "backups") == []
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []
    card = col.next_card()
    assert card is not None
    col.answer(card, Rating.GOOD, 1000)
    col.close()


def test_no_room_to_create_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.mkstemp", _no_space)
    with pytest.raises(DiskFullError):
        Collection.open(tmp_path / "data", bank_dirs=[])
    assert not (tmp_path / "data" / "progress.sqlite3").exists()


def _sqlite_error(name: str, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("SQLITE_FULL", "database or disk is full", DiskFullError),
    ("SQLITE_READONLY", "attempt to write a readonly database", DatabaseReadOnlyError),
    ("SQLITE_READONLY_DIRECTORY", "attempt to write a readonly database",
     DatabaseReadOnlyError),
    ("SQLITE_BUSY", "database is locked", DatabaseLockedError),
    ("SQLITE_CORRUPT", "database disk image is malformed", DatabaseCorruptError),
    ("SQLITE_NOTADB", "file is not a database", DatabaseCorruptError),
    ("SQLITE_IOERR", "disk I/O error", StorageError),
])
def test_sqlite_errors_map_to_what_happened(name: str, text: str,
                                            expected: type[StorageError]) -> None:
    error = map_error(_sqlite_error(name, text), Path("p.sqlite3"))
    assert type(error) is expected and str(error).startswith("p.sqlite3: ")


@pytest.mark.parametrize(("code", "expected"), [
    (errno.ENOSPC, DiskFullError), (errno.EDQUOT, DiskFullError),
    (errno.EROFS, ReadOnlyError), (errno.EACCES, ReadOnlyError), (errno.EIO, StorageError),
])
def test_os_errors_map_to_what_happened(code: int, expected: type[StorageError]) -> None:
    error = map_os_error(OSError(code, "reason"), Path("x"), "cannot write")
    assert type(error) is expected and str(error) == "x: cannot write: reason"


def test_a_store_at_its_size_limit_still_reads(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.sqlite3")
    store.banks.sync(make_bank())
    pages = store.db.scalar("PRAGMA page_count")
    store.db.rows(f"PRAGMA max_page_count = {pages}")
    assert store.banks.item_counts()
    store.close()
    Database.open(tmp_path / "p.sqlite3").close()
