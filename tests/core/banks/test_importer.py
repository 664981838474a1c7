"""Importing a document: what the preview shows, cancelling, saving, re-importing an edited
document with its history, and failures at every step leaving nothing half-imported."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from quizapp.core.banks.model import ItemKind
from quizapp.core.banks.io import load_bank
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.parse.document import WarningCode
from quizapp.core.errors import DocumentError
from quizapp.core.banks.importer import (
    DocumentPart,
    ImportCancelled,
    ImportConflictError,
    commit_import,
    preview_import,
)
from quizapp.core.datafolder.paths import documents_dir, user_banks_dir
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.storage.errors import DatabaseLockedError, DatabaseReadOnlyError, DiskFullError
from tests.core.factories import RIGA
from tests.helpers import BROKEN, DOCS, STUDY_DOC, held

EMAIL = DOCS / "email-vs-content-marketing.txt"
COFFEE = DOCS / "coffee-vs-tea.html"
UNLIMITED = SchedulerConfig(new_per_day=1000, reviews_per_day=1000)
# Copies are named after the bank and their content: the bank names exactly its document.
COFFEE_COPY = f"coffee-vs-tea-{hashlib.sha256(COFFEE.read_bytes()).hexdigest()[:8]}.html"


def _copy_name(stem: str, data: bytes, suffix: str) -> str:
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}{suffix}"


def _open(data: Path, clock: FixedClock, **kw: object) -> Collection:
    """A collection on ``data`` with only the imported banks (none built in)."""
    return Collection.open(data, clock=clock, tz=RIGA, config=UNLIMITED,
                           bank_dirs=[user_banks_dir(data)], auto_backup=False, **kw)  # type: ignore[arg-type]


def _files(data: Path) -> list[str]:
    return sorted(p.relative_to(data).as_posix() for p in data.rglob("*")
                  if p.is_file() and not p.name.startswith("progress.sqlite3"))


def test_the_preview_counts_what_each_part_of_the_document_gave() -> None:
    preview = preview_import(COFFEE)
    bank = preview.bank
    assert preview.bank_id == bank.meta.id == "coffee-vs-tea"
    assert preview.document_name == COFFEE_COPY
    assert preview.data == COFFEE.read_bytes()
    assert sum(preview.kinds.values()) == len(bank.items)
    assert preview.kinds[ItemKind.FLASHCARD] == len(bank.flashcards) > 0
    parts = {p.part: p for p in preview.parts}
    assert list(parts) == list(DocumentPart)
    assert sum(p.items for p in preview.parts) == len(bank.items)
    for part in (DocumentPart.KEY_POINTS, DocumentPart.TABLE, DocumentPart.WHAT_IS,
                 DocumentPart.DIFFERENCES):
        assert parts[part].found > 0 and parts[part].items > 0, part
    assert preview.warnings == ()


def test_the_preview_passes_on_the_parsers_warnings_as_codes() -> None:
    preview = preview_import(BROKEN / "truncated-mid-table.txt")
    assert (WarningCode.TABLE_TRUNCATED, 35) in [(w.code, w.line) for w in preview.warnings]
    # The bank adds the generator's own warnings (source text that looks broken) after them.
    parsed = [str(w) for w in preview.warnings]
    assert list(preview.bank.warnings)[: len(parsed)] == parsed


@pytest.mark.parametrize("stop_at", [1, 2, 3, 4])
def test_cancel_is_polled_between_the_steps(stop_at: int) -> None:
    polls = 0

    def cancel() -> bool:
        nonlocal polls
        polls += 1
        return polls >= stop_at

    with pytest.raises(ImportCancelled):
        preview_import(STUDY_DOC, cancel=cancel)
    assert polls == stop_at


@pytest.mark.parametrize(("path", "message"), [
    (BROKEN / "image.png", "binary file"),
    (BROKEN / "empty.txt", "the document is empty"),
    (DOCS, "is a folder"),
])
def test_an_unusable_document_is_a_document_error(path: Path, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        preview_import(path)


def test_commit_copies_the_document_writes_the_bank_and_syncs_it(
        tmp_path: Path, clock: FixedClock) -> None:
    preview = preview_import(COFFEE)
    col = _open(tmp_path, clock)
    report = commit_import(col, preview)
    assert report.added == len(preview.bank.items)
    assert col.bank_ids == ["coffee-vs-tea"] and col.next_card() is not None
    col.close()

    assert _files(tmp_path) == ["banks/coffee-vs-tea.yaml", f"documents/{COFFEE_COPY}"]
    assert (documents_dir(tmp_path) / COFFEE_COPY).read_bytes() == COFFEE.read_bytes()
    saved = load_bank(user_banks_dir(tmp_path) / "coffee-vs-tea.yaml")
    assert saved == preview.bank
    # Recorded relative to the data folder, where the document screen finds it.
    assert saved.meta.source_document == f"documents/{COFFEE_COPY}"
    assert (tmp_path / saved.meta.source_document).is_file()
    with _open(tmp_path, clock) as again:  # the next start finds it, with no problem
        assert again.bank_ids == ["coffee-vs-tea"] and again.problems == []


def test_reimporting_an_edited_document_keeps_the_history_of_unchanged_items(
        tmp_path: Path, clock: FixedClock) -> None:
    source = tmp_path / "in" / "Email vs Content.txt"
    source.parent.mkdir()
    text = EMAIL.read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    col = _open(data, clock)
    commit_import(col, preview_import(source))
    answered = {}
    for _ in range(15):
        card = col.next_card()
        assert card is not None
        col.answer(card, Rating.GOOD, 3000)
        answered[card.item.id] = col.store.cards.find(card.bank, card.item.id)
        clock.advance(minutes=1)
    reviews = col.store.reviews.count()

    # A typo fixed in the table, a sentence reworded, and one table row dropped.
    edited = (text.replace("Results build slowly over months", "Results build up slowly")
              .replace("ExamplesA weekly newsletter with discount codesA how-to guide on "
                       "YouTube or a blog\n", ""))
    assert edited != text
    source.write_text(edited, encoding="utf-8")
    report = commit_import(col, preview_import(source))
    assert report.retired > 0 and report.added == 0
    assert col.store.reviews.count() == reviews
    kept = 0
    for item_id, before in answered.items():
        after = col.store.cards.find("email-vs-content", item_id)
        assert after is not None and after.pk == before.pk
        if not after.retired:
            assert after.schedule == before.schedule
            kept += 1
    assert kept > 0
    # The copy of the earlier version is gone; the bank names the new one.
    copy = _copy_name("email-vs-content", edited.encode(), ".txt")
    assert _files(data) == ["banks/email-vs-content.yaml", f"documents/{copy}"]
    assert (documents_dir(data) / copy).read_text("utf-8") == edited
    col.close()


def test_reimporting_as_another_file_type_replaces_the_old_copies(
        tmp_path: Path, clock: FixedClock) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "notes.txt").write_bytes(EMAIL.read_bytes())
    (src / "notes.html").write_bytes(COFFEE.read_bytes())
    docs = documents_dir(tmp_path / "data")
    docs.mkdir(parents=True)
    (docs / "notes-0123abcd.txt").write_text("left by a crash", "utf-8")
    (docs / "notes-extra-0123abcd.txt").write_text("another bank's copy", "utf-8")
    with _open(tmp_path / "data", clock) as col:
        commit_import(col, preview_import(src / "notes.txt"))
        commit_import(col, preview_import(src / "notes.html"))
    assert _files(tmp_path / "data") == [
        "banks/notes.yaml", f"documents/{_copy_name('notes', COFFEE.read_bytes(), '.html')}",
        "documents/notes-extra-0123abcd.txt"]


def test_a_bank_id_taken_by_a_built_in_bank_is_refused(
        tmp_path: Path, clock: FixedClock) -> None:
    col = Collection.open(tmp_path, clock=clock, tz=RIGA, auto_backup=False)  # built-ins too
    with pytest.raises(ImportConflictError, match="already exists") as info:
        commit_import(col, preview_import(STUDY_DOC))
    assert info.value.field == "bank.id"
    col.close()
    assert _files(tmp_path) == []


def _fail_writing(monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """The rename that puts the file ending in ``suffix`` in place fails: the disk is full."""
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst).name.endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr("quizapp.core.datafolder.atomic.os.replace", replace)


@pytest.mark.parametrize("fails", ["document", "bank", "store"])
def test_a_full_disk_at_any_step_leaves_nothing(
        tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
        fails: str) -> None:
    preview = preview_import(COFFEE)
    col = _open(tmp_path, clock)
    if fails == "store":  # SQLite itself finds no room for the bank's items
        # The coffee bank fits in the free room of a new database's pages: a bigger one
        # (the email article's) does not.
        preview = preview_import(EMAIL)
        col.store.db.rows(f"PRAGMA max_page_count = {col.store.db.scalar('PRAGMA page_count')}")
    else:
        _fail_writing(monkeypatch, {"document": ".html", "bank": ".yaml"}[fails])
    with pytest.raises(DiskFullError):
        commit_import(col, preview)
    assert _files(tmp_path) == [] and not documents_dir(tmp_path).exists()
    assert col.bank_ids == [] and col.store.progress.banks([preview.bank.meta.id]) == []
    col.close()


def test_a_store_held_by_another_process_leaves_no_files(
        tmp_path: Path, clock: FixedClock) -> None:
    preview = preview_import(COFFEE)
    col = _open(tmp_path, clock, busy_timeout_ms=50)
    with held(tmp_path / "progress.sqlite3"), pytest.raises(DatabaseLockedError):
        commit_import(col, preview)
    assert _files(tmp_path) == []
    assert col.store.progress.banks(["coffee-vs-tea"]) == []
    commit_import(col, preview)  # once the other process is done, it goes through
    col.close()


def test_a_failed_reimport_puts_the_previous_document_and_bank_back(
        tmp_path: Path, clock: FixedClock) -> None:
    source = tmp_path / "in" / "email.txt"
    source.parent.mkdir()
    source.write_bytes(EMAIL.read_bytes())
    data = tmp_path / "data"
    col = _open(data, clock, busy_timeout_ms=50)
    commit_import(col, preview_import(source))
    card = col.next_card()
    assert card is not None
    col.answer(card, Rating.GOOD, 3000)
    before = {name: (data / name).read_bytes() for name in _files(data)}

    source.write_text(EMAIL.read_text("utf-8").replace("Results build slowly over months",
                                                       "Results take months"), "utf-8")
    preview = preview_import(source)
    with held(data / "progress.sqlite3"), pytest.raises(DatabaseLockedError):
        commit_import(col, preview)
    assert {name: (data / name).read_bytes() for name in _files(data)} == before
    assert col.store.reviews.count() == 1
    assert col.banks["email"].bank == load_bank(user_banks_dir(data) / "email.yaml")
    col.close()


def test_a_read_only_collection_refuses_before_writing(
        tmp_path: Path, clock: FixedClock) -> None:
    _open(tmp_path, clock).close()
    col = _open(tmp_path, clock, read_only=True)
    with pytest.raises(DatabaseReadOnlyError):
        commit_import(col, preview_import(COFFEE))
    col.close()
    assert _files(tmp_path) == []
