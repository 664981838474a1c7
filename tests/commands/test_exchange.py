"""`quizapp export` and `quizapp optimize` on a temporary data folder."""

from __future__ import annotations

import csv
import random
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.banks.io import write_bank
from quizapp.core.clock import FixedClock
from quizapp.core.study.optimize import OptimizeResult
from quizapp.core.datafolder.paths import user_banks_dir
from quizapp.core.datafolder.settings import load_settings
from tests.core.factories import make_bank, open_collection, study_all
from tests.core.simulate import FORGETFUL, Learner, simulate

BUILTIN = "socialie-mediji-pret-ietekmetaju-marketingu"  # the committed bank, always loaded


def _data(data: Path, clock: FixedClock, bank_id: str = "demo", **sizes: int) -> None:
    bank = make_bank(bank_id=bank_id, **sizes)
    write_bank(bank, user_banks_dir(data) / f"{bank_id}.yaml")
    open_collection(data, clock, bank).close()


def test_export_anki_writes_the_package_and_says_what_is_in_it(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    _data(tmp_path / "data", clock)
    out = tmp_path / "cards.apkg"
    assert main(["--data-dir", str(tmp_path / "data"), "export", "--anki", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{out}: ") and "flashcards in 2 decks" in printed
    assert set(zipfile.ZipFile(out).namelist()) == {"collection.anki2", "media"}


def test_export_csv_of_one_bank_and_its_history(tmp_path: Path, clock: FixedClock,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _data(data, clock)
    col = open_collection(data, clock, make_bank())
    study_all(col, step_minutes=11)
    col.close()
    items, history = tmp_path / "items.csv", tmp_path / "history.csv"
    assert main(["--data-dir", str(data), "export", "--csv", str(items), "--history",
                 str(history), "--bank", "demo"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{items}: 12 items",
                                                     f"{history}: 12 reviews"]
    with items.open(encoding="utf-8-sig", newline="") as fh:
        assert {row["bank"] for row in csv.DictReader(fh)} == {"demo"}

    assert main(["--data-dir", str(data), "export", "--csv", str(items)]) == 0
    with items.open(encoding="utf-8-sig", newline="") as fh:
        assert {row["bank"] for row in csv.DictReader(fh)} == {"demo", BUILTIN}


@pytest.mark.parametrize(("args", "message"), [
    ([], "nothing to export"),
    (["--anki", "{tmp}/missing/out.apkg"], "does not exist"),
    (["--csv", "{tmp}/out.csv", "--bank", "nope"], "no bank with the id 'nope'"),
])
def test_export_problems_are_one_line_and_write_nothing(
        args: list[str], message: str, tmp_path: Path, clock: FixedClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    _data(tmp_path / "data", clock)
    argv = [a.format(tmp=tmp_path) for a in args]
    assert main(["--data-dir", str(tmp_path / "data"), "export", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: ") and message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_optimize_needs_500_reviews(tmp_path: Path, clock: FixedClock,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "optimize"]) == 2
    assert "0 reviews so far; optimising the schedule needs at least 500" in \
        capsys.readouterr().err


def test_optimize_reports_and_applies_only_when_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = FixedClock(datetime(2026, 1, 5, 8, tzinfo=timezone.utc))
    data = tmp_path / "data"
    _data(data, clock, topics=10, cards_per_topic=15, questions_per_topic=0)
    col = open_collection(data, clock, make_bank(topics=10, cards_per_topic=15,
                                                 questions_per_topic=0))
    simulate(col, Learner(FORGETFUL, random.Random(7)), 60, start=clock.now())
    col.close()
    settings = data / "settings.yaml"

    assert main(["--data-dir", str(data), "optimize"]) == 0
    out = capsys.readouterr().out
    assert "reviews used: " in out and "log loss on held-out reviews: current " in out
    assert "run again with --apply" in out
    assert not settings.exists()

    assert main(["--data-dir", str(data), "optimize", "--apply"]) == 0
    out = capsys.readouterr().out
    assert f"applied: the fitted weights are saved in {settings}" in out
    weights = load_settings(settings).settings.fsrs_parameters
    assert len(weights) == 21
    assert "fitted weights: " + " ".join(f"{w:g}" for w in weights) in out


def test_optimize_apply_keeps_the_schedule_when_the_fit_is_no_better(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    worse = OptimizeResult(800, 90, 18, 0.40, 0.41, tuple(FORGETFUL[:20]) + (0.3,))
    monkeypatch.setattr("quizapp.core.study.optimize.optimize", lambda col, rng: worse)
    assert main(["--data-dir", str(tmp_path), "optimize", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "current 0.4000, fitted 0.4100" in out
    assert "do not predict better; the schedule stays as it is" in out
    assert not (tmp_path / "settings.yaml").exists()


def test_optimize_apply_refuses_to_overwrite_a_broken_settings_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "settings.yaml").write_text("new_per_day: lots\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "optimize", "--apply"]) == 2
    err = capsys.readouterr().err
    assert "'new_per_day': must be a whole number from 0 to 9999" in err and "fix them before --apply" in err
    assert (tmp_path / "settings.yaml").read_text(encoding="utf-8") == "new_per_day: lots\n"
