"""A settings file's problems in the learner's words (the core names them; this says them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.core.datafolder.settings import Problem, Rule, Settings, SettingsWarning, spec


def describe(warning: SettingsWarning) -> str:
    """One line for ``warning``, translated."""
    if warning.problem is Problem.TOO_LARGE:
        return QCoreApplication.translate("SettingsProblems", "The file is too large.")
    if warning.problem is Problem.UNREADABLE:
        return QCoreApplication.translate(
            "SettingsProblems", "The file cannot be read (%1).").replace("%1", warning.detail)
    if warning.problem is Problem.NOT_A_MAPPING:
        return QCoreApplication.translate(
            "SettingsProblems", "The file does not list settings by name.")
    if warning.problem is Problem.UNKNOWN_SETTING:
        return QCoreApplication.translate(
            "SettingsProblems", "“%1” is not a setting; it was ignored.").replace(
                "%1", warning.key)
    return QCoreApplication.translate(
        "SettingsProblems", "“%1” %2; the default is used.").replace(
            "%1", warning.key).replace("%2", _requirement(warning.key))


def _requirement(key: str) -> str:
    s = spec(key)
    if s.rule is Rule.RANGE:
        whole = isinstance(getattr(Settings(), key), int)
        text = (QCoreApplication.translate("SettingsProblems",
                                           "must be a whole number from %1 to %2") if whole
                else QCoreApplication.translate("SettingsProblems",
                                                "must be a number from %1 to %2"))
        return text.replace("%1", f"{s.low:g}").replace("%2", f"{s.high:g}")
    if s.rule is Rule.STEPS:
        return QCoreApplication.translate(
            "SettingsProblems", "must list whole minutes, each from %1 to %2").replace(
                "%1", f"{s.low:g}").replace("%2", f"{s.high:g}")
    if s.rule is Rule.CHOICE:
        return QCoreApplication.translate("SettingsProblems", "must be one of: %1").replace(
            "%1", ", ".join(c or "\"\"" for c in s.choices))
    if s.rule is Rule.BOOLEAN:
        return QCoreApplication.translate("SettingsProblems", "must be true or false")
    if s.rule is Rule.DATE:
        return QCoreApplication.translate("SettingsProblems",
                                          "must be a date written YYYY-MM-DD, or empty")
    if s.rule is Rule.WEEKDAYS:
        return QCoreApplication.translate(
            "SettingsProblems", "must list 7 days, Monday to Sunday, each one of: %1").replace(
                "%1", ", ".join(s.choices))
    return QCoreApplication.translate(
        "SettingsProblems", "must be empty or the weights the optimiser fitted")
