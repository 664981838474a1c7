"""`quizapp stats`, `backup` and `restore` on a temporary data folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.banks.io import write_bank
from quizapp.core.clock import FixedClock
from quizapp.core.datafolder.paths import user_banks_dir
from tests.core.factories import make_bank, open_collection, study_all


def _seed(data: Path, clock: FixedClock) -> int:
    """A data folder with the demo bank imported and some answers; returns their count."""
    write_bank(make_bank(), user_banks_dir(data) / "demo.yaml")
    col = open_collection(data, clock, make_bank())
    study_all(col, step_minutes=11)
    count = col.store.reviews.count()
    col.close()
    return count


def test_stats_json_prints_every_section(tmp_path: Path, clock: FixedClock,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    reviews = _seed(tmp_path, clock)
    assert main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["reviews"] == reviews == 12
    assert {"today", "streak", "daily", "retention_weekly", "forecast", "states", "intervals",
            "buttons", "hours", "topics", "quizzes", "heatmap"} <= set(data)
    assert {t["title"] for t in data["topics"]} >= {"Topic 0", "Topic 1", "Topic 2"}


def test_stats_summary_is_plain_text(tmp_path: Path, clock: FixedClock,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _seed(tmp_path, clock)
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "Total: 12 reviews on 1 days" in out
    assert "Cards: " in out
    assert "Weakest topics (share of their facts predicted to be remembered in 7 days):" in out
    # The same prediction as home and the statistics: one pass is never 100 %.
    shares = [int(m.group(1)) for m in re.finditer(r"^\s+(\d+)%\s", out, re.M)]
    assert shares and max(shares) < 100


def test_backup_then_restore(tmp_path: Path, clock: FixedClock,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "backup"]) == 0
    assert "nothing to back up" in capsys.readouterr().out
    _seed(tmp_path, clock)
    assert main(["--data-dir", str(tmp_path), "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip().removeprefix("backed up to "))
    assert backup.is_file() and backup.parent == tmp_path / "backups"

    assert main(["--data-dir", str(tmp_path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "previous progress was backed up to" in out and f"restored {backup}" in out


def test_restoring_garbage_fails_in_one_line_and_changes_nothing(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(tmp_path, clock)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 100)
    assert main(["--data-dir", str(tmp_path), "restore", str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: ") and err.count("\n") == 1
    assert "not an SQLite database" in err
    assert main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["reviews"] == 12


def test_a_damaged_database_is_reported_not_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "progress.sqlite3"
    db.write_bytes(b"damaged" * 50)
    assert main(["--data-dir", str(tmp_path), "stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: ") and "damaged" in err
    assert db.read_bytes() == b"damaged" * 50
