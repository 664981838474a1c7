"""Exports that cannot be written: a clear typed error, and never a partial file."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.errors import ExportError, StorageError
from quizapp.core.export import export_collection
from quizapp.core.export.anki import export_anki
from quizapp.core.export.tables import export_history_csv, export_items_csv
from quizapp.core.storage.records import HistoryEntry
from tests.core.factories import make_bank, open_collection, study_all

_NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def _tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


Writer = Callable[[Path], object]
WRITERS: dict[str, Writer] = {
    "anki": lambda out: export_anki([make_bank()], out, now=_NOW),
    "csv": lambda out: export_items_csv([make_bank()], out),
}


@pytest.fixture(params=sorted(WRITERS))
def write(request: pytest.FixtureRequest) -> Writer:
    return WRITERS[request.param]


def test_a_missing_folder_is_named_and_not_created(write: Writer, tmp_path: Path) -> None:
    out = tmp_path / "nav" / "out.file"
    with pytest.raises(ExportError, match="the folder .*nav does not exist"):
        write(out)
    assert _tree(tmp_path) == []


def test_a_file_in_place_of_the_folder(write: Writer, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        write(tmp_path / "file" / "out.file")
    assert _tree(tmp_path) == ["file"]


def test_a_folder_in_place_of_the_file(write: Writer, tmp_path: Path) -> None:
    (tmp_path / "out.file").mkdir()
    with pytest.raises(ExportError, match="out.file: cannot write"):
        write(tmp_path / "out.file")
    assert _tree(tmp_path) == ["out.file"]  # no temp file left beside it


def test_an_unwritable_folder(write: Writer, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    # What a read-only folder does to the temp file, also when the tests run as root.
    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(ExportError, match="Permission denied"):
        write(tmp_path / "out.file")
    assert _tree(tmp_path) == []


def test_a_history_that_fails_part_way_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "history.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    def entries() -> Iterator[HistoryEntry]:
        col = open_collection(tmp_path / "data", FixedClock(_NOW), make_bank())
        study_all(col)
        yield from col.store.reviews.export_log()
        col.close()
        raise StorageError("disk went away")

    with pytest.raises(StorageError, match="disk went away"):
        export_history_csv(entries(), out)
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "history.csv"]


def test_export_checks_every_folder_before_writing_any_file(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    col = open_collection(tmp_path / "data", clock, make_bank())
    with pytest.raises(ExportError, match="does not exist"):
        export_collection(col, anki=tmp_path / "ok.apkg", items_csv=tmp_path / "no" / "x.csv")
    assert not (tmp_path / "ok.apkg").exists()
    with pytest.raises(ExportError, match="no bank with the id 'nope' \\(banks: demo\\)"):
        export_collection(col, anki=tmp_path / "ok.apkg", bank="nope")
    with pytest.raises(ExportError, match="its own file"):
        export_collection(col, items_csv=tmp_path / "a.csv", history_csv=tmp_path / "a.csv")
    with pytest.raises(ExportError, match="nothing to export"):
        export_collection(col)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    col.close()


def test_exported_files_get_ordinary_permissions(tmp_path: Path, clock: FixedClock) -> None:
    old = os.umask(0o022)
    try:
        col = open_collection(tmp_path / "data", clock, make_bank())
        report = export_collection(col, anki=tmp_path / "a.apkg", items_csv=tmp_path / "i.csv")
        col.close()
    finally:
        os.umask(old)
    assert report.anki is not None and report.items is not None
    for path in (report.anki.path, report.items.path):
        assert path.stat().st_mode & 0o777 == 0o644  # others may read what is shared
