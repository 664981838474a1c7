"""What every screen may use: folders, settings, the backend, the clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from quizapp.core.clock import Clock
from quizapp.core.datafolder.settings import (
    Settings,
    SettingsWarning,
    save_settings,
    settings_path,
)
from quizapp.gui.backend import Backend


class SettingsHolder(QObject):
    """The current settings; ``changed`` fires after a successful save.

    Signals:
        changed(object): The new ``Settings``.
    """

    changed = Signal(object)

    def __init__(self, folder: Path, settings: Settings,
                 warnings: tuple[SettingsWarning, ...]) -> None:
        super().__init__()
        self.folder = folder
        self.value = settings
        self.warnings = warnings

    @property
    def path(self) -> Path:
        return settings_path(self.folder)

    def save(self, settings: Settings) -> None:
        """Validate and write ``settings`` atomically, then announce them.

        Raises:
            SettingsError: Invalid, or not writable (the old file is kept).
        """
        save_settings(settings, self.path)
        self.value = settings
        self.warnings = ()
        self.changed.emit(settings)


@dataclass
class AppContext:
    """Shared services, built once in ``app.py`` (tests build their own)."""

    data_dir: Path
    config_dir: Path
    settings: SettingsHolder
    backend: Backend
    clock: Clock
    tz: tzinfo | None = None
    bank_dirs: Sequence[Path] | None = None  # None: the built-in and imported banks
    extras: dict[str, object] = field(default_factory=dict)
