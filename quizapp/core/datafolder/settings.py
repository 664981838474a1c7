"""The learner's settings, each stated once: type, default and bounds; a validated YAML file.

:class:`Settings` is the specification: every field declares its default and what it accepts
(:func:`setting`), and the loader, the saver, the scheduler's config and the settings
screen's fields all read it from there. A broken file never stops the app: each invalid
field falls back to its default on its own, with a typed :class:`SettingsWarning` that the
GUI translates.
"""

from __future__ import annotations

import re
from dataclasses import Field, asdict, dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.core.datafolder.atomic import write_text_atomic
from quizapp.core.datafolder.paths import SETTINGS_NAME
from quizapp.core.errors import SettingsError

if TYPE_CHECKING:
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


class Rule(StrEnum):
    """What a setting accepts (for messages: the GUI words each one)."""

    RANGE = "range"  # a number from ``low`` to ``high`` (whole for int fields)
    STEPS = "steps"  # a non-empty list of whole minutes, each from ``low`` to ``high``
    CHOICE = "choice"  # one of ``choices``
    BOOLEAN = "boolean"  # true or false
    FSRS_WEIGHTS = "fsrs_weights"  # empty, or the FSRS weights within fsrs's own bounds
    DATE = "date"  # a calendar date written YYYY-MM-DD, or empty (null) for none
    WEEKDAYS = "weekdays"  # seven of ``choices``, Monday to Sunday


@dataclass(frozen=True)
class Spec:
    """What one setting accepts."""

    rule: Rule
    low: float = 0
    high: float = 0
    choices: tuple[str, ...] = ()


def setting(default: Any, rule: Rule, low: float = 0, high: float = 0,
            choices: tuple[str, ...] = ()) -> Any:
    """A field of :class:`Settings`: its default and its :class:`Spec`."""
    return field(default=default, metadata={"spec": Spec(rule, low, high, choices)})


_STEP_RANGE = (1, 60 * 24 * 7)


@dataclass(frozen=True)
class Settings:
    """Everything the Settings screen edits; defaults are the app's out-of-the-box choices."""

    new_per_day: int = setting(20, Rule.RANGE, 0, 9999)
    reviews_per_day: int = setting(200, Rule.RANGE, 0, 99999)
    desired_retention: float = setting(0.90, Rule.RANGE, 0.70, 0.99)
    learning_steps_minutes: tuple[int, ...] = setting((1, 10), Rule.STEPS, *_STEP_RANGE)
    relearning_steps_minutes: tuple[int, ...] = setting((10,), Rule.STEPS, *_STEP_RANGE)
    maximum_interval_days: int = setting(36500, Rule.RANGE, 1, 36500)
    rollover_hour: int = setting(4, Rule.RANGE, 0, 23)
    quiz_questions: int = setting(10, Rule.RANGE, 1, 200)
    quiz_timing: QuizTiming = setting(QuizTiming.WHOLE_QUIZ, Rule.CHOICE,
                                      choices=tuple(t.value for t in QuizTiming))
    quiz_minutes: int = setting(10, Rule.RANGE, 1, 180)
    quiz_seconds_per_question: int = setting(30, Rule.RANGE, 5, 600)
    quiz_immediate_feedback: bool = setting(True, Rule.BOOLEAN)
    theme: Theme = setting(Theme.SYSTEM, Rule.CHOICE,
                          choices=tuple(t.value for t in Theme))
    language: str = setting("", Rule.CHOICE, choices=("", "lv", "en"))  # "": the system's
    font_size: int = setting(0, Rule.RANGE, 0, 40)  # points; 0 keeps the platform's default
    # FSRS weights fitted by the optimiser and accepted by the learner; () = fsrs defaults.
    fsrs_parameters: tuple[float, ...] = setting((), Rule.FSRS_WEIGHTS)
    # Exam mode (quizapp.core.study.exam): the exam's date (None: no exam), the share of
    # cards to recall that day, and the most cards brought forward for it on one day. A
    # date that has passed stays valid: scheduling is back to normal after the exam.
    exam_date: date | None = setting(None, Rule.DATE)
    exam_target: float = setting(0.90, Rule.RANGE, 0.50, 0.99)
    exam_daily_cap: int = setting(30, Rule.RANGE, 1, 9999)
    # Review days picked by load within the fuzz range (quizapp.core.study.balance); on by
    # default, as Anki's load balancer is. Easy days (Monday first) need it on.
    load_balancing: bool = setting(True, Rule.BOOLEAN)
    easy_days: tuple[str, ...] = setting(("normal",) * 7, Rule.WEEKDAYS,
                                         choices=("normal", "reduced", "minimum"))
    typed_answers: bool = setting(False, Rule.BOOLEAN)  # study starts with typing on
    # The first quick quiz says what it is before it starts; then this is set.
    quick_quiz_explained: bool = setting(False, Rule.BOOLEAN)

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


def spec(name: str) -> Spec:
    """What setting ``name`` accepts.

    Raises:
        KeyError: No such setting.
    """
    spec_of: Spec = _FIELDS[name].metadata["spec"]
    return spec_of


_FIELDS: dict[str, Field[Any]] = {f.name: f for f in fields(Settings)}


def _default(name: str) -> Any:
    return getattr(_DEFAULTS, name)


_DEFAULTS = Settings()


class Problem(StrEnum):
    """What was wrong with the settings file."""

    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # ``detail``: the reader's reason
    NOT_A_MAPPING = "not_a_mapping"
    UNKNOWN_SETTING = "unknown_setting"  # ``key`` was ignored
    INVALID_VALUE = "invalid_value"  # ``key`` took its default; its spec says what it takes


@dataclass(frozen=True)
class SettingsWarning:
    """One problem of the settings file; the GUI words it (``str`` is English, for the CLI)."""

    problem: Problem
    key: str = ""
    detail: str = ""

    def __str__(self) -> str:
        if self.problem is Problem.TOO_LARGE:
            return "the settings file is too large; defaults used"
        if self.problem is Problem.UNREADABLE:
            return f"the settings file is unreadable ({self.detail}); defaults used"
        if self.problem is Problem.NOT_A_MAPPING:
            return "the settings file is not a mapping; defaults used"
        if self.problem is Problem.UNKNOWN_SETTING:
            return f"unknown setting '{self.key}' ignored"
        return f"'{self.key}': {requirement(self.key)}; default used"


def requirement(name: str) -> str:
    """What setting ``name`` accepts, in English (the CLI's messages)."""
    s = spec(name)
    if s.rule is Rule.RANGE:
        whole = isinstance(_default(name), int)
        return f"must be a {'whole ' if whole else ''}number from {s.low:g} to {s.high:g}"
    if s.rule is Rule.STEPS:
        return f"must be a list of whole minutes, each from {s.low:g} to {s.high:g}"
    if s.rule is Rule.CHOICE:
        return "must be one of: " + ", ".join(repr(c) for c in s.choices)
    if s.rule is Rule.BOOLEAN:
        return "must be true or false"
    if s.rule is Rule.DATE:
        return "must be a date written YYYY-MM-DD, or empty"
    if s.rule is Rule.WEEKDAYS:
        return "must list 7 days, Monday to Sunday, each one of: " + ", ".join(
            repr(c) for c in s.choices)
    return "must be an empty list or FSRS weights within fsrs's bounds"


@dataclass(frozen=True)
class LoadedSettings:
    """Settings read from disk, with what was wrong with the file (if anything).

    Attributes:
        settings: Valid settings; fields that were broken hold their defaults.
        warnings: One per problem; empty when the file was fine or absent.
    """

    settings: Settings
    warnings: tuple[SettingsWarning, ...] = ()


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
            return LoadedSettings(Settings(), (SettingsWarning(Problem.TOO_LARGE),))
        raw = path.read_bytes()
    except OSError as exc:
        return LoadedSettings(Settings(), (SettingsWarning(Problem.UNREADABLE,
                                                           detail=type(exc).__name__),))
    import yaml

    try:
        text = raw.decode("utf-8-sig")
        data = yaml.load(text, Loader=_loader()) if text.strip() else {}
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError) as exc:
        reason = getattr(exc, "problem", None) or type(exc).__name__
        return LoadedSettings(Settings(), (SettingsWarning(Problem.UNREADABLE,
                                                           detail=str(reason)),))
    if not isinstance(data, dict):
        return LoadedSettings(Settings(), (SettingsWarning(Problem.NOT_A_MAPPING),))
    warnings: list[SettingsWarning] = []
    values: dict[str, Any] = {}
    for key, raw_value in data.items():
        if key == "version":
            continue
        if key not in _FIELDS:
            warnings.append(SettingsWarning(Problem.UNKNOWN_SETTING, str(key)))
            continue
        try:
            values[key] = check(key, raw_value)
        except SettingsError:
            warnings.append(SettingsWarning(Problem.INVALID_VALUE, key))
    return LoadedSettings(replace(Settings(), **values), tuple(warnings))


def _loader() -> Any:
    """YAML's safe loader, but a bare ``2026-02-30`` stays text: a date that does not exist
    must fail its own setting, not the whole file (explicitly tagged ones still can)."""
    import yaml

    class Loader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no type hints
        pass

    Loader.yaml_implicit_resolvers = {
        first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return Loader


def check(name: str, raw: Any) -> Any:
    """``raw`` (as read from YAML) as a valid value of setting ``name``.

    Raises:
        SettingsError: It is not what the setting accepts (the message says what is).
    """
    s, default = spec(name), _default(name)
    if s.rule is Rule.FSRS_WEIGHTS:
        if not isinstance(raw, (list, tuple)):
            raise SettingsError(f"'{name}': {requirement(name)}")
        if not raw:
            return ()
        from quizapp.core.study.scheduling import check_parameters

        try:
            return check_parameters(raw)
        except SettingsError as exc:
            raise SettingsError(f"'{name}': {exc}") from None
    if s.rule is Rule.DATE:
        return _date(name, raw)
    ok: Any = None
    if s.rule is Rule.BOOLEAN:
        ok = raw if isinstance(raw, bool) else None
    elif s.rule is Rule.CHOICE:
        ok = raw if isinstance(raw, str) and raw in s.choices else None
        ok = type(default)(ok) if ok is not None else None
    elif s.rule is Rule.WEEKDAYS:
        if isinstance(raw, (list, tuple)) and len(raw) == 7 and all(
                isinstance(v, str) and v in s.choices for v in raw):
            ok = tuple(raw)
    elif s.rule is Rule.STEPS:
        if isinstance(raw, (list, tuple)) and raw and all(
                _whole(v) and s.low <= v <= s.high for v in raw):
            ok = tuple(int(v) for v in raw)
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool) \
            and s.low <= raw <= s.high and (not isinstance(default, int) or _whole(raw)):
        ok = type(default)(raw)
    if ok is None:
        raise SettingsError(f"'{name}': {requirement(name)}")
    return ok


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(name: str, raw: Any) -> date | None:
    """A date setting's value: a YAML date, an ISO ``YYYY-MM-DD`` string, or none."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if isinstance(raw, str) and _ISO_DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise SettingsError(f"'{name}': {requirement(name)}")


def _whole(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and float(value).is_integer()


def validate(settings: Settings) -> Settings:
    """Check every field of ``settings`` as the loader would.

    Raises:
        SettingsError: A field is out of range (the message names it).
    """
    for name, value in asdict(settings).items():
        check(name, list(value) if isinstance(value, tuple) else value)
    return settings


def to_data(settings: Settings) -> dict[str, Any]:
    """``settings`` as plain values, as the file holds them."""
    data: dict[str, Any] = {}
    for key, value in asdict(settings).items():
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        data[key] = value
    return data


def save_settings(settings: Settings, path: Path) -> None:
    """Validate and write ``settings`` atomically.

    Raises:
        SettingsError: Invalid settings, or the file cannot be written (old file kept).
    """
    validate(settings)
    import yaml

    text = yaml.safe_dump({"version": SETTINGS_VERSION, **to_data(settings)},
                          allow_unicode=True, sort_keys=False)
    write_text_atomic(path, text, error=SettingsError)
