"""The learner's settings: a validated YAML file, written atomically, with safe fallbacks."""

from __future__ import annotations

import marshal
from dataclasses import asdict, dataclass, fields, replace
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.core.datafolder.atomic import write_bytes_atomic, write_text_atomic
from quizapp.core.errors import SettingsError
from quizapp.core.datafolder.paths import SETTINGS_NAME

if TYPE_CHECKING:
    # Imported where used: the GUI reads settings before anything else at start-up, and
    # these pull in the scheduler (fsrs) and the quiz engine.
    from quizapp.core.quiz.engine import TimeLimit
    from quizapp.core.study.scheduling import SchedulerConfig

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 256 * 1024


class Theme(StrEnum):
    """Colour scheme of the app."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class QuizTiming(StrEnum):
    """Default time-limit mode of a new quiz."""

    WHOLE_QUIZ = "whole_quiz"
    PER_QUESTION = "per_question"
    NONE = "none"


@dataclass(frozen=True)
class Settings:
    """Everything the Settings screen edits; defaults are the app's out-of-the-box choices."""

    new_per_day: int = 20
    reviews_per_day: int = 200
    desired_retention: float = 0.90
    learning_steps_minutes: tuple[int, ...] = (1, 10)
    relearning_steps_minutes: tuple[int, ...] = (10,)
    maximum_interval_days: int = 36500
    rollover_hour: int = 4
    quiz_questions: int = 10
    quiz_timing: QuizTiming = QuizTiming.WHOLE_QUIZ
    quiz_minutes: int = 10
    quiz_seconds_per_question: int = 30
    quiz_immediate_feedback: bool = True
    theme: Theme = Theme.SYSTEM
    language: str = ""  # "" follows the system locale
    font_size: int = 0  # points; 0 keeps the platform's default
    # FSRS weights fitted by the optimiser and accepted by the learner; () = fsrs defaults.
    fsrs_parameters: tuple[float, ...] = ()

    def scheduler_config(self) -> SchedulerConfig:
        """The scheduling part as the core's config."""
        from quizapp.core.study.scheduling import SchedulerConfig

        return SchedulerConfig(
            desired_retention=self.desired_retention,
            learning_steps=tuple(timedelta(minutes=m) for m in self.learning_steps_minutes),
            relearning_steps=tuple(timedelta(minutes=m) for m in self.relearning_steps_minutes),
            maximum_interval=self.maximum_interval_days,
            new_per_day=self.new_per_day,
            reviews_per_day=self.reviews_per_day,
            rollover_hour=self.rollover_hour,
            parameters=self.fsrs_parameters,
        )

    def time_limit(self) -> TimeLimit:
        """The default quiz time limit."""
        from quizapp.core.quiz.engine import TimeLimit

        if self.quiz_timing is QuizTiming.WHOLE_QUIZ:
            return TimeLimit.whole_quiz(self.quiz_minutes * 60)
        if self.quiz_timing is QuizTiming.PER_QUESTION:
            return TimeLimit.per_question(self.quiz_seconds_per_question)
        return TimeLimit.none()


# (low, high) bounds of the numeric fields; a value outside them is refused (the settings
# screen's number fields use the same ranges).
BOUNDS: dict[str, tuple[float, float]] = {
    "new_per_day": (0, 9999),
    "reviews_per_day": (0, 99999),
    "desired_retention": (0.70, 0.99),
    "maximum_interval_days": (1, 36500),
    "rollover_hour": (0, 23),
    "quiz_questions": (1, 200),
    "quiz_minutes": (1, 180),
    "quiz_seconds_per_question": (5, 600),
    "font_size": (0, 40),
}
STEP_BOUNDS = (1, 60 * 24 * 7)
_LANGUAGES = ("", "lv", "en")


@dataclass(frozen=True)
class LoadedSettings:
    """Settings read from disk, with what was wrong with the file (if anything).

    Attributes:
        settings: Valid settings; fields that were broken hold their defaults.
        warnings: One line per problem; empty when the file was fine or absent.
    """

    settings: Settings
    warnings: tuple[str, ...] = ()


def settings_path(folder: Path) -> Path:
    """The settings file inside config folder ``folder``."""
    return folder / SETTINGS_NAME


def load_settings(path: Path) -> LoadedSettings:
    """Read settings; a missing file gives defaults, a broken one defaults plus warnings.

    Never raises for bad content: the app must start with a broken settings file. Each
    invalid field falls back to its default on its own, so one typo loses nothing else.
    """
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return LoadedSettings(Settings(), (f"{path}: too large; defaults used",))
        raw = path.read_bytes()
    except OSError as exc:
        return LoadedSettings(Settings(), (f"{path}: unreadable ({type(exc).__name__}); "
                                           "defaults used",))
    cached = _read_cache(path, raw)
    if cached is not None:
        return cached
    import yaml  # only when the file changed since it was last read (start-up time)

    try:
        text = raw.decode("utf-8-sig")
        data = yaml.safe_load(text) if text.strip() else {}
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
        reason = getattr(exc, "problem", None) or type(exc).__name__
        return LoadedSettings(Settings(), (f"{path}: unreadable ({reason}); defaults used",))
    if not isinstance(data, dict):
        return LoadedSettings(Settings(), (f"{path}: not a mapping; defaults used",))
    loaded = _from_data(data, str(path))
    _write_cache(path, raw, loaded)
    return loaded


# The settings as last read, beside the file: PyYAML and the scheduler's checks (fsrs) cost
# some 25 ms to import, paid at every start-up otherwise. The cache holds the file's exact
# bytes with the result, so any edit is read afresh; a cache that is missing, stale or not
# readable is simply not used.
CACHE_VERSION = 1


def cache_path(path: Path) -> Path:
    """Where the last reading of settings file ``path`` is kept."""
    return path.with_name(f".{path.name}.cache")


def _read_cache(path: Path, raw: bytes) -> LoadedSettings | None:
    try:
        version, cached_raw, values, warnings = marshal.loads(cache_path(path).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (version != CACHE_VERSION or cached_raw != raw
            or not isinstance(values, dict) or not isinstance(warnings, tuple)
            or not all(isinstance(w, str) for w in warnings)):
        return None
    try:
        # The values were written from validated settings: each field is checked again,
        # except the scheduler's cross-field checks and fsrs's bounds, which they passed.
        settings = replace(Settings(), **{str(k): _coerce(str(k), v, checked=True)
                                          for k, v in values.items()})
    except (SettingsError, TypeError, ValueError, KeyError, AttributeError):
        return None  # not what this version writes: read the file
    return LoadedSettings(settings, warnings)


def _write_cache(path: Path, raw: bytes, loaded: LoadedSettings) -> None:
    try:
        write_bytes_atomic(cache_path(path), marshal.dumps(
            (CACHE_VERSION, raw, _to_data(loaded.settings), loaded.warnings)),
            error=SettingsError)
    except SettingsError:
        pass  # a read-only folder, a full disk: the next start reads the file again


def _to_data(settings: Settings) -> dict[str, Any]:
    """``settings`` as plain values (what the file holds)."""
    data: dict[str, Any] = {}
    for key, value in asdict(settings).items():
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        data[key] = value
    return data


def _from_data(data: dict[Any, Any], name: str) -> LoadedSettings:
    warnings: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for key, raw in data.items():
        if key == "version":
            continue
        if key not in known:
            warnings.append(f"{name}: unknown setting '{key}' ignored")
            continue
        try:
            values[key] = _coerce(key, raw)
        except SettingsError as exc:
            warnings.append(f"{name}: '{key}': {exc}; default used")
    try:
        settings = replace(Settings(), **values)
        settings.scheduler_config()  # cross-field checks live in the core's config
    except SettingsError as exc:
        warnings.append(f"{name}: {exc}; scheduling defaults used")
        settings = replace(Settings(), **{k: v for k, v in values.items()
                                          if not k.startswith(("learning", "relearning"))})
    return LoadedSettings(settings, tuple(warnings))


def _coerce(key: str, raw: Any, *, checked: bool = False) -> Any:
    if key == "fsrs_parameters":
        if checked and isinstance(raw, list):
            return tuple(float(v) for v in raw)
        return _parameters(raw)
    default = getattr(Settings(), key)
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise SettingsError("must be true or false")
        return raw
    if isinstance(default, StrEnum):
        try:
            return type(default)(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in type(default))
            raise SettingsError(f"must be one of: {allowed}") from None
    if isinstance(default, tuple):
        if not isinstance(raw, list) or not raw or not all(
            isinstance(v, int) and not isinstance(v, bool)
            and STEP_BOUNDS[0] <= v <= STEP_BOUNDS[1] for v in raw
        ):
            raise SettingsError(f"must be a list of minutes ({STEP_BOUNDS[0]}–{STEP_BOUNDS[1]})")
        return tuple(raw)
    if isinstance(default, str):
        if raw not in _LANGUAGES:
            raise SettingsError("must be one of: " + ", ".join(repr(v) for v in _LANGUAGES))
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise SettingsError("must be a number")
    if isinstance(default, int) and not float(raw).is_integer():
        raise SettingsError("must be a whole number")
    low, high = BOUNDS[key]
    if not low <= raw <= high:
        raise SettingsError(f"must be between {low:g} and {high:g}")
    return type(default)(raw)


def _parameters(raw: Any) -> tuple[float, ...]:
    """Fitted FSRS weights: an empty list (the defaults) or 21 numbers within fsrs's bounds."""
    if not isinstance(raw, list):
        raise SettingsError("must be a list of numbers (empty for the defaults)")
    if not raw:
        return ()
    from quizapp.core.study.scheduling import check_parameters

    return check_parameters(raw)


def validate(settings: Settings) -> Settings:
    """Check ``settings`` as the loader would.

    Raises:
        SettingsError: A field is out of range (the message names it).
    """
    for key, value in asdict(settings).items():
        try:
            _coerce(key, list(value) if isinstance(value, tuple) else value)
        except SettingsError as exc:
            raise SettingsError(f"'{key}': {exc}") from None
    settings.scheduler_config()
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Validate and write ``settings`` atomically.

    Raises:
        SettingsError: Invalid settings, or the file cannot be written (old file kept).
    """
    validate(settings)
    data: dict[str, Any] = {"version": SETTINGS_VERSION, **_to_data(settings)}
    import yaml

    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    write_text_atomic(path, text, error=SettingsError)
    _write_cache(path, text.encode("utf-8"), LoadedSettings(settings))
