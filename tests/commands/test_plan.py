"""`quizapp plan` on a temporary data folder: the plan as text and JSON, bad input."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.clock import FixedClock
from quizapp.core.study.day import StudyDay
from tests.commands.test_progress import _seed


def _today() -> date:
    """The study day the command sees (system clock and zone, 4:00 rollover)."""
    return StudyDay.date_of(StudyDay().day_of(datetime.now(timezone.utc)))


def test_plan_json_has_every_number(tmp_path: Path, clock: FixedClock,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    _seed(tmp_path, clock)
    exam = _today() + timedelta(days=10)
    assert main(["--data-dir", str(tmp_path), "plan", "--exam", exam.isoformat(),
                 "--target", "0.85", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exam_date"] == exam.isoformat() and data["days_left"] == 10
    assert data["target"] == 0.85
    assert 0.0 <= data["recall"] < 1.0
    # The studied demo bank and the built-in bank, not started: its topics come first at 0.
    topics = {t["topic"]: t["recall"] for t in data["topics"]}
    assert {"Topic 0", "Topic 1", "Topic 2"} <= set(topics)
    assert data["topics"][0]["recall"] == 0.0 < topics["Topic 0"]
    assert [t["recall"] for t in data["topics"]] == sorted(topics.values())
    assert data["new_cards"]["left"] > 50 and data["new_cards"]["per_day"] == 20
    assert isinstance(data["on_track"], bool) and data["load_today"] >= 0


def test_plan_text_says_plainly_what_stands(tmp_path: Path, clock: FixedClock,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _seed(tmp_path, clock)
    exam = _today() + timedelta(days=3)
    assert main(["--data-dir", str(tmp_path), "plan", "--exam", exam.isoformat()]) == 0
    out = capsys.readouterr().out
    assert f"Exam on {exam.isoformat()}: 3 study days left (target 90%)" in out
    assert "Predicted recall on exam day if you stopped now: " in out
    assert "Topics on exam day, weakest first:" in out and "On track: " in out


@pytest.mark.parametrize(("args", "message"), [
    (["--exam", "2026-02-30"], "not a date: '2026-02-30' (write it as YYYY-MM-DD)"),
    (["--exam", "next week"], "not a date"),
    (["--exam", "2000-01-01"], "the exam date 2000-01-01 is in the past"),
    (["--exam", "2999-01-01", "--target", "0.3"], "the target must be between 0.50 and 0.99"),
    (["--exam", "2999-01-01", "--target", "1"], "between 0.50 and 0.99, not 1"),
    (["--exam", "2999-01-01", "--target", "most"], "the target must be a number"),
    (["--exam", "2999-01-01", "--cap", "0"], "at least 1"),
    ([], "no exam date: give --exam YYYY-MM-DD"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "plan", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert captured.err.startswith("quizapp: error: ")


def test_without_exam_the_saved_date_and_target_are_used(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.core.clock import CLOCK_VARIABLE

    _seed(tmp_path, clock)
    # The command's own clock starts at the fixture's time: today is 2 March 2026.
    monkeypatch.setenv(CLOCK_VARIABLE, "2026-03-02T09:00+00:00")
    (tmp_path / "settings.yaml").write_text(
        "exam_date: 2026-03-12\nexam_target: 0.8\nexam_daily_cap: 7\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "plan", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["today_date"], data["exam_date"], data["days_left"], data["target"]) == (
        "2026-03-02", "2026-03-12", 10, 0.8)
    # Given on the command line, they win over the saved ones.
    assert main(["--data-dir", str(tmp_path), "plan", "--exam", "2026-03-05",
                 "--target", "0.95", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["exam_date"], data["days_left"], data["target"]) == ("2026-03-05", 3, 0.95)
    # A saved exam that has passed is said so.
    (tmp_path / "settings.yaml").write_text("exam_date: 2026-02-27\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "plan"]) == 2
    assert "the exam date 2026-02-27 is in the past" in capsys.readouterr().err


def test_a_mistyped_test_clock_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.core.clock import CLOCK_VARIABLE

    monkeypatch.setenv(CLOCK_VARIABLE, "2026-03-02 9am")
    assert main(["--data-dir", str(tmp_path), "plan", "--exam", "2999-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "QUIZAPP_CLOCK='2026-03-02 9am' is not a date" in err
