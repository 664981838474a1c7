"""Settings: defaults, round trip, and broken files that fall back without losing the rest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.errors import SettingsError
from quizapp.core.quiz.engine import TimeLimitMode
from quizapp.core.datafolder.settings import (
    Problem,
    QuizTiming,
    Rule,
    Settings,
    SettingsWarning,
    Theme,
    check,
    load_settings,
    save_settings,
    spec,
    validate,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.yaml")
    assert loaded.settings == Settings()
    assert loaded.warnings == ()
    assert loaded.settings.new_per_day == 20 and loaded.settings.reviews_per_day == 200
    assert loaded.settings.desired_retention == 0.90


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    mine = replace(Settings(), new_per_day=7, theme=Theme.DARK, language="lv",
                   learning_steps_minutes=(2, 15, 60), quiz_timing=QuizTiming.PER_QUESTION,
                   quiz_seconds_per_question=45, desired_retention=0.85)
    save_settings(mine, path)
    assert load_settings(path) == type(load_settings(path))(mine, ())
    assert "theme: dark" in path.read_text(encoding="utf-8")


def test_one_bad_field_keeps_every_other_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("new_per_day: 5\nreviews_per_day: lots\ntheme: dark\n"
                    "desired_retention: 1.5\nbogus: 1\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.new_per_day == 5
    assert loaded.settings.theme is Theme.DARK
    assert loaded.settings.reviews_per_day == 200
    assert loaded.settings.desired_retention == 0.90
    assert loaded.warnings == (
        SettingsWarning(Problem.INVALID_VALUE, "reviews_per_day"),
        SettingsWarning(Problem.INVALID_VALUE, "desired_retention"),
        SettingsWarning(Problem.UNKNOWN_SETTING, "bogus"),
    )
    text = "\n".join(map(str, loaded.warnings))
    assert "'reviews_per_day': must be a whole number from 0 to 99999" in text
    assert "'desired_retention': must be a number from 0.7 to 0.99" in text
    assert "unknown setting 'bogus'" in text


@pytest.mark.parametrize("content", [
    b"{{{{ not yaml", b"- a\n- list\n", b"\xff\xfe\x00garbage", b"42", b"theme: [1, 2",
])
def test_broken_file_falls_back_to_defaults_with_a_warning(tmp_path: Path,
                                                           content: bytes) -> None:
    path = tmp_path / "settings.yaml"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert [w.problem for w in loaded.warnings] in (
        [Problem.UNREADABLE], [Problem.NOT_A_MAPPING])
    assert "defaults used" in str(loaded.warnings[0])
    assert path.read_bytes() == content  # the broken file is left for the learner to see


def test_scheduler_config_and_time_limit() -> None:
    s = replace(Settings(), learning_steps_minutes=(3,), quiz_timing=QuizTiming.NONE)
    cfg = s.scheduler_config()
    assert [st.total_seconds() for st in cfg.learning_steps] == [180]
    assert s.time_limit().mode is TimeLimitMode.NONE
    assert Settings().time_limit().seconds == 600


def test_save_refuses_invalid_settings_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    save_settings(Settings(), path)
    before = path.read_bytes()
    with pytest.raises(SettingsError, match="new_per_day"):
        save_settings(replace(Settings(), new_per_day=-1), path)
    assert path.read_bytes() == before
    with pytest.raises(SettingsError):
        validate(replace(Settings(), learning_steps_minutes=()))


def test_every_setting_states_what_it_accepts_and_its_default_passes() -> None:
    for name, value in vars(Settings()).items():
        rule = spec(name).rule
        assert check(name, list(value) if isinstance(value, tuple) else value) == value, name
        if rule is Rule.RANGE:
            low, high = spec(name).low, spec(name).high
            assert low <= value <= high
            for outside in (low - 1, high + 1):
                with pytest.raises(SettingsError, match=name):
                    check(name, outside)


@pytest.mark.parametrize(("name", "raw"), [
    ("new_per_day", 2.5), ("new_per_day", True), ("new_per_day", "5"), ("rollover_hour", 24),
    ("desired_retention", 0.5), ("learning_steps_minutes", []),
    ("learning_steps_minutes", [0]), ("learning_steps_minutes", [1, "ten"]),
    ("relearning_steps_minutes", [60 * 24 * 7 + 1]), ("theme", "blue"), ("language", "de"),
    ("quiz_timing", 3), ("quiz_immediate_feedback", "yes"), ("fsrs_parameters", "fast"),
    ("fsrs_parameters", [1.0, 2.0]), ("quick_quiz_explained", "maybe"),
])
def test_values_outside_a_settings_spec_are_refused(name: str, raw: object) -> None:
    with pytest.raises(SettingsError, match=name):
        check(name, raw)


def test_the_scheduler_takes_its_values_from_the_settings() -> None:
    s = replace(Settings(), desired_retention=0.8, maximum_interval_days=90, rollover_hour=2,
                relearning_steps_minutes=(5, 20))
    cfg = s.scheduler_config()
    assert (cfg.desired_retention, cfg.maximum_interval, cfg.rollover_hour) == (0.8, 90, 2)
    assert [st.total_seconds() / 60 for st in cfg.relearning_steps] == [5, 20]


def test_exam_and_easy_days_round_trip_and_configure_the_core(tmp_path: Path) -> None:
    from datetime import date

    from quizapp.core.study.balance import EasyDay
    from quizapp.core.study.day import StudyDay
    from quizapp.core.study.examaccess import easy_days_of, exam_of

    path = tmp_path / "settings.yaml"
    assert exam_of(Settings()) is None and Settings().exam_date is None
    assert easy_days_of(Settings()) is not None  # on by default, no easy days
    mine = replace(Settings(), exam_date=date(2026, 3, 12), exam_target=0.85,
                   exam_daily_cap=12, easy_days=("normal",) * 5 + ("reduced", "minimum"),
                   typed_answers=True)
    save_settings(mine, path)
    text = path.read_text(encoding="utf-8")
    assert "exam_date: '2026-03-12'" in text and "- minimum" in text
    assert load_settings(path) == type(load_settings(path))(mine, ())
    exam = exam_of(mine)
    assert exam is not None
    assert (exam.day, exam.target, exam.daily_cap) == (
        StudyDay.day_of_date(date(2026, 3, 12)), 0.85, 12)
    easy = easy_days_of(mine)
    assert easy is not None and easy.days[5:] == (EasyDay.REDUCED, EasyDay.MINIMUM)
    assert easy_days_of(replace(mine, load_balancing=False)) is None
    # A date as YAML writes it bare is a date too; an empty one is no exam.
    path.write_text("exam_date: 2026-04-01\n", encoding="utf-8")
    assert load_settings(path).settings.exam_date == date(2026, 4, 1)
    path.write_text("exam_date:\n", encoding="utf-8")
    assert load_settings(path) == type(load_settings(path))(Settings(), ())


def test_a_broken_exam_date_or_easy_day_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("exam_date: 2026-02-30\nexam_target: 0.2\nnew_per_day: 7\n"
                    "easy_days: [normal, normal, lazy, normal, normal, normal, normal]\n",
                    encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.new_per_day == 7
    assert (loaded.settings.exam_date, loaded.settings.exam_target,
            loaded.settings.easy_days) == (None, 0.9, ("normal",) * 7)
    assert [w.key for w in loaded.warnings] == ["exam_date", "exam_target", "easy_days"]
    text = "\n".join(map(str, loaded.warnings))
    assert "'exam_date': must be a date written YYYY-MM-DD, or empty" in text
    assert "'exam_target': must be a number from 0.5 to 0.99" in text
    assert "'easy_days': must list 7 days, Monday to Sunday, each one of: 'normal'" in text


@pytest.mark.parametrize(("name", "raw"), [
    ("exam_date", "2026-02-30"), ("exam_date", "soon"), ("exam_date", 20260301),
    ("exam_date", "2026-3-1"), ("exam_date", True), ("exam_date", [2026, 3, 1]),
    ("exam_target", 1.0), ("exam_target", 0.49), ("exam_daily_cap", 0),
    ("easy_days", ["normal"] * 6), ("easy_days", ["normal"] * 8), ("easy_days", "normal"),
    ("easy_days", ["normal"] * 6 + ["Minimum"]), ("load_balancing", "on"),
    ("typed_answers", 1),
])
def test_exam_and_easy_day_values_outside_their_spec_are_refused(name: str,
                                                                raw: object) -> None:
    with pytest.raises(SettingsError, match=name):
        check(name, raw)


def test_a_date_and_time_is_not_an_exam_date() -> None:
    from datetime import datetime

    with pytest.raises(SettingsError, match="exam_date"):
        check("exam_date", datetime(2026, 3, 1, 10, 0))
