"""`quizapp recover`, and the one line every command prints for a broken progress database."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.clock import FixedClock
from quizapp.core.storage import LATEST_VERSION, Store
from tests.core.factories import studied_folder


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    assert err.startswith("quizapp: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("command", [["stats"], ["backup"], ["recover"]])
def test_a_damaged_database_gets_one_line_naming_both_ways_out(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    studied_folder(tmp_path, clock)
    db = tmp_path / "progress.sqlite3"
    db.write_bytes(b"scribbled over" * 50)
    code, _, err = _run(capsys, tmp_path, *command)
    assert code == 2
    line = _one_line(err)
    assert f"the progress database is damaged ({db}: not an SQLite database" in line
    assert "nothing was changed" in line
    assert "`quizapp recover --restore-latest` to restore the backup of 2026-03-02" in line
    assert "`quizapp recover --start-fresh` to set it aside (it is kept)" in line
    assert db.read_bytes() == b"scribbled over" * 50


def test_a_newer_database_says_to_update(tmp_path: Path, clock: FixedClock,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    studied_folder(tmp_path, clock, backup=False)
    conn = sqlite3.connect(tmp_path / "progress.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    code, _, err = _run(capsys, tmp_path, "stats")
    assert code == 2
    line = _one_line(err)
    assert (f"written by a newer quizapp (schema {LATEST_VERSION + 1}; this one reads up to "
            f"{LATEST_VERSION}): update quizapp, or run `quizapp recover --start-fresh`") in line
    assert "--restore-latest" not in line  # there is no backup to offer


def test_recover_restore_latest_and_start_fresh(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    count = studied_folder(tmp_path, clock)
    assert _run(capsys, tmp_path, "recover")[1].startswith("the progress database is fine")
    db = tmp_path / "progress.sqlite3"
    db.write_bytes(b"broken" * 100)

    code, out, _ = _run(capsys, tmp_path, "recover", "--restore-latest")
    assert code == 0
    assert "the database that could not be opened was moved to " in out
    assert f"restored {tmp_path / 'backups'}" in out
    [moved] = tmp_path.glob("progress.sqlite3.broken-*")
    assert moved.read_bytes() == b"broken" * 100
    store = Store.open(db)
    assert store.reviews.count() == count
    store.close()

    code, out, _ = _run(capsys, tmp_path, "recover", "--start-fresh")
    assert code == 0 and "the previous database was moved to" in out
    assert len(list(tmp_path.glob("progress.sqlite3.broken-*"))) == 2
    assert '"reviews": 0' in _run(capsys, tmp_path, "stats", "--json")[1]


def test_restore_latest_without_a_backup_points_to_start_fresh(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    studied_folder(tmp_path, clock, backup=False)
    (tmp_path / "progress.sqlite3").write_bytes(b"broken" * 100)
    code, _, err = _run(capsys, tmp_path, "recover", "--restore-latest")
    assert code == 2
    line = _one_line(err)
    assert "no usable backup to restore" in line and "--start-fresh" in line
    assert (tmp_path / "progress.sqlite3").read_bytes() == b"broken" * 100


def test_recover_options_are_exclusive(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(tmp_path), "recover", "--restore-latest", "--start-fresh"])
    assert info.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_a_full_disk_is_one_line(tmp_path: Path, clock: FixedClock,
                                 capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    studied_folder(tmp_path, clock)

    def no_space(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("tempfile.mkstemp", no_space)
    code, _, err = _run(capsys, tmp_path, "backup")
    assert code == 2
    line = _one_line(err)
    assert line.startswith("quizapp: error: the disk is full (") and "Free some space" in line


@pytest.mark.parametrize("value", ["-1", "soon", "99999"])
def test_busy_timeout_must_be_sensible(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--busy-timeout", value, "stats"])
    assert "--busy-timeout" in capsys.readouterr().err
