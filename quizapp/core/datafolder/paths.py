"""Where quizapp keeps its files: the data folder (progress, backups, banks) and settings."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "quizapp"
DATA_ENV = "QUIZAPP_DATA_DIR"
CONFIG_ENV = "QUIZAPP_CONFIG_DIR"
DB_NAME = "progress.sqlite3"
SETTINGS_NAME = "settings.yaml"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override`` (``--data-dir``), else ``$QUIZAPP_DATA_DIR``, else the
    platform's user data dir (``appdirs.user_data_dir("quizapp")``)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(data_override: str | os.PathLike[str] | None = None) -> Path:
    """The settings folder.

    With an explicit data folder (``--data-dir`` or ``$QUIZAPP_DATA_DIR``) settings live inside
    it, so a throw-away data folder never touches the learner's real settings; otherwise
    ``$QUIZAPP_CONFIG_DIR`` or ``appdirs.user_config_dir("quizapp")``.
    """
    if data_override or os.environ.get(DATA_ENV):
        return data_dir(data_override)
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def db_path(folder: Path) -> Path:
    """The progress database inside data folder ``folder``."""
    return folder / DB_NAME


def backups_dir(folder: Path) -> Path:
    """Where automatic and manual backups of ``folder``'s database go."""
    return folder / "backups"


def user_banks_dir(folder: Path) -> Path:
    """Banks generated from documents the learner imported."""
    return folder / "banks"


def documents_dir(folder: Path) -> Path:
    """Copies of the documents the learner imported (the document screen shows them)."""
    return folder / "documents"
