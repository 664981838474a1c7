"""The settings file's last reading is kept beside it: a start-up with an unchanged file reads
neither YAML nor the scheduler's checks, and any change, damage or doubt reads the file."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.datafolder.settings import (
    CACHE_VERSION,
    Settings,
    Theme,
    cache_path,
    load_settings,
    save_settings,
)
from tests.helpers import ROOT

TEXT = "version: 1\nnew_per_day: 25\ntheme: dark\nlearning_steps_minutes: [2, 15]\nbogus: 1\n"


def _settings_file(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_reading_comes_from_the_cache_and_says_the_same(tmp_path: Path) -> None:
    path = _settings_file(tmp_path)
    first = load_settings(path)
    assert cache_path(path).exists()
    assert first.settings.new_per_day == 25 and first.settings.theme is Theme.DARK
    assert first.settings.learning_steps_minutes == (2, 15)
    assert len(first.warnings) == 1 and "bogus" in first.warnings[0]
    # A fresh process, as at start-up: same answer, without importing YAML or fsrs.
    code = ("import sys; from pathlib import Path; from quizapp.core.datafolder.settings import "
            f"load_settings; l = load_settings(Path({str(path)!r})); "
            "print(repr((l.settings.new_per_day, l.settings.theme.value, "
            "l.settings.learning_steps_minutes, l.warnings, 'yaml' in sys.modules, "
            "'fsrs' in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.stdout.strip() == repr((25, "dark", (2, 15), first.warnings, False, False))
    assert load_settings(path) == first


def test_an_edited_file_is_read_afresh(tmp_path: Path) -> None:
    path = _settings_file(tmp_path)
    load_settings(path)
    stat = path.stat()
    # Same length, a different value, and even the same modification time.
    path.write_text(TEXT.replace("25", "30"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_settings(path).settings.new_per_day == 30


@pytest.mark.parametrize("cache", [
    b"",
    b"garbage \x00\xff",
    marshal.dumps("not a tuple"),
    marshal.dumps((CACHE_VERSION + 1, TEXT.encode(), {}, ())),
    marshal.dumps((CACHE_VERSION, b"other text", {"new_per_day": 99}, ())),
])
def test_a_damaged_or_foreign_cache_is_not_used(tmp_path: Path, cache: bytes) -> None:
    path = _settings_file(tmp_path)
    expected = load_settings(path)
    cache_path(path).write_bytes(cache)
    assert load_settings(path) == expected


def test_a_cache_holding_values_the_file_would_refuse_is_not_used(tmp_path: Path) -> None:
    path = _settings_file(tmp_path)
    expected = load_settings(path)
    for values in ({"new_per_day": -5}, {"theme": "purple"}, {"nonsense": 1},
                   {"learning_steps_minutes": []}, {"fsrs_parameters": ["x"]}):
        cache_path(path).write_bytes(marshal.dumps(
            (CACHE_VERSION, path.read_bytes(), values, ())))
        assert load_settings(path) == expected, values


def test_saving_writes_the_cache_the_next_start_reads(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    wanted = replace(Settings(), reviews_per_day=321, theme=Theme.LIGHT)
    save_settings(wanted, path)
    assert cache_path(path).exists()
    assert load_settings(path).settings == wanted
    # The reading did come from that cache: a cache with other values is believed.
    cache_path(path).write_bytes(marshal.dumps(
        (CACHE_VERSION, path.read_bytes(), {"reviews_per_day": 123}, ())))
    assert load_settings(path).settings.reviews_per_day == 123


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_folder_still_reads_the_settings(tmp_path: Path) -> None:
    path = _settings_file(tmp_path)
    tmp_path.chmod(0o555)
    try:
        loaded = load_settings(path)
        assert loaded.settings.new_per_day == 25
        assert not cache_path(path).exists()
    finally:
        tmp_path.chmod(0o755)


def test_a_cache_that_cannot_be_written_loses_nothing(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.mkstemp", no_space)
    path = _settings_file(tmp_path)
    loaded = load_settings(path)
    assert loaded.settings.new_per_day == 25 and not cache_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]
