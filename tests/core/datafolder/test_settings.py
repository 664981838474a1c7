"""Settings: defaults, round trip, and broken files that fall back without losing the rest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.errors import SettingsError
from quizapp.core.quiz.engine import TimeLimitMode
from quizapp.core.datafolder.settings import (
    QuizTiming,
    Settings,
    Theme,
    load_settings,
    save_settings,
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
    text = "\n".join(loaded.warnings)
    assert "'reviews_per_day': must be a number" in text
    assert "'desired_retention': must be between 0.7 and 0.99" in text
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
    assert loaded.warnings and "defaults used" in loaded.warnings[0]
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
