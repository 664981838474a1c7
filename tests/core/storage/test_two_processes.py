"""Two processes on one database: while the app holds it in a write, CLI reads go on (WAL);
CLI writes wait for the busy timeout, then fail in one line, and change nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.commands.exitcodes import EXIT_BUSY
from quizapp.core.storage.backup import list_backups, restore
from quizapp.core.banks.io import write_bank
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.datafolder.paths import user_banks_dir
from quizapp.core.storage.recovery import (
    ProblemKind,
    diagnose,
    move_aside_and_start_fresh,
    restore_latest_backup,
)
from quizapp.core.storage import Store
from quizapp.core.storage.errors import DatabaseLockedError
from tests.core.factories import RIGA, make_bank, study_all
from tests.helpers import ROOT, held

# The "app": opens the folder, answers a card inside a write transaction and holds it there
# (as a long write would) until told to go on; then commits and prints the review id.
HOLDER = """
import sys
from pathlib import Path
from quizapp.core.study.cards import Rating
from quizapp.core.collection import Collection

col = Collection.open(Path(sys.argv[1]), auto_backup=False)
card = col.next_card()
with col.store.db.transaction():
    result = col.answer(card, Rating.GOOD, 2000)
    print("holding", flush=True)
    sys.stdin.readline()
print(result.review_id, flush=True)
col.close()
"""


def _seed(data: Path, clock: FixedClock) -> int:
    """Answers and a backup in ``data``, with the banks the app would sync (built-in ones
    and an imported one) already in the store, as after any earlier start."""
    write_bank(make_bank(), user_banks_dir(data) / "demo.yaml")
    col = Collection.open(data, clock=clock, tz=RIGA, auto_backup=False)
    study_all(col, step_minutes=11, limit=6)
    col.backup()
    count = col.store.reviews.count()
    col.close()
    return count


@pytest.fixture
def holder(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """A second process holding the database of ``tmp_path`` in a write transaction."""
    count = _seed(tmp_path, clock)
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline().strip() == "holding"
        yield proc, count
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdin.close()
        proc.stdout.close()


def _release(proc: subprocess.Popen[str]) -> int:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("go on\n")
    proc.stdin.flush()
    review_id = int(proc.stdout.readline())
    assert proc.wait(timeout=30) == 0
    return review_id


@pytest.mark.slow
def test_cli_reads_go_on_and_writes_fail_clearly_while_the_app_writes(
        tmp_path: Path, holder: tuple[subprocess.Popen[str], int],
        capsys: pytest.CaptureFixture[str]) -> None:
    proc, count = holder
    quick = ["--data-dir", str(tmp_path), "--busy-timeout", "0.2"]

    assert main([*quick, "stats", "--json"]) == 0  # reads the last committed state
    assert '"reviews": 6' in capsys.readouterr().out
    assert main([*quick, "backup"]) == 0  # a backup only reads
    taken = Path(capsys.readouterr().out.strip().removeprefix("backed up to "))
    backups = list_backups(tmp_path / "backups")
    db_files = sorted(p.name for p in tmp_path.iterdir())

    for cmd in (["restore", str(backups[0].path)], ["recover", "--restore-latest"],
                ["recover", "--start-fresh"], ["recover"]):
        assert main([*quick, *cmd]) == EXIT_BUSY, cmd
        err = capsys.readouterr().err
        assert err.startswith("quizapp: error: the progress database is in use by another "
                              "program"), err
        assert err.count("\n") == 1 and "Traceback" not in err
    # Nothing was moved, restored or backed up by the commands that gave up.
    assert sorted(p.name for p in tmp_path.iterdir()) == db_files
    assert list_backups(tmp_path / "backups") == backups

    review_id = _release(proc)
    store = Store.open(tmp_path / "progress.sqlite3")
    try:
        assert store.db.integrity_check() == ("ok",)
        assert store.reviews.count() == count + 1 and store.reviews.get(review_id) is not None
    finally:
        store.close()
    # The backup taken meanwhile holds what was committed when it was taken.
    backup = Store.open(taken)
    assert backup.reviews.count() == count
    backup.close()
    assert main([*quick, "recover", "--restore-latest"]) == 0  # now that it is free


def test_core_writes_give_up_with_database_locked_and_change_nothing(
        tmp_path: Path, clock: FixedClock) -> None:
    count = _seed(tmp_path, clock)
    source = list_backups(tmp_path / "backups")[0].path
    with held(tmp_path / "progress.sqlite3"):
        with pytest.raises(DatabaseLockedError):
            restore(tmp_path, source, clock.now(), busy_timeout_ms=50)
        with pytest.raises(DatabaseLockedError):
            restore_latest_backup(tmp_path, clock.now(), busy_timeout_ms=50)
        with pytest.raises(DatabaseLockedError):
            move_aside_and_start_fresh(tmp_path, clock.now(), busy_timeout_ms=50)
        assert diagnose(tmp_path, busy_timeout_ms=50).kind is ProblemKind.LOCKED
        # Opening (banks already in sync) and reading need no lock; answering does.
        col = Collection.open(tmp_path, clock=clock, tz=RIGA, auto_backup=False,
                              busy_timeout_ms=50)
        card = col.next_card()
        assert card is not None
        with pytest.raises(DatabaseLockedError):
            col.answer(card, Rating.GOOD, 1000)
        assert col.stats().totals.reviews == count
        stored = col.store.cards.get(card.pk)
        assert stored is not None and stored.schedule == card.schedule
        col.close()
    assert len(list_backups(tmp_path / "backups")) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("progress")) == [
        "progress.sqlite3"]
    store = Store.open(tmp_path / "progress.sqlite3")
    assert store.reviews.count() == count and store.db.integrity_check() == ("ok",)
    store.close()
