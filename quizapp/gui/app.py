"""Builds the QApplication (theme, settings, backend) and shows the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from typing import TYPE_CHECKING

from quizapp.core.clock import Clock, SystemClock
from quizapp.core.paths import config_dir
from quizapp.core.paths import data_dir as resolve_data_dir

if TYPE_CHECKING:
    from quizapp.gui.context import AppContext


def build_context(data: Path, config: Path, clock: Clock, *, tz: tzinfo | None = None,
                  bank_dirs: Sequence[Path] | None = None,
                  auto_backup: bool = True) -> AppContext:
    """Settings, backend and clock for a main window (the collection is not opened yet).

    ``tz``, ``bank_dirs`` and ``auto_backup`` go to :meth:`Collection.open` (tests pin the
    time zone and the banks).
    """
    from quizapp.core.collection import Collection
    from quizapp.core.settings import load_settings, settings_path
    from quizapp.gui.backend import Backend
    from quizapp.gui.context import AppContext, SettingsHolder

    loaded = load_settings(settings_path(config))
    holder = SettingsHolder(config, loaded.settings, loaded.warnings)
    backend = Backend(lambda: Collection.open(
        data, clock=clock, config=holder.value.scheduler_config(), tz=tz,
        bank_dirs=bank_dirs, auto_backup=auto_backup))
    holder.changed.connect(lambda s: backend.run(
        lambda col: col.set_config(s.scheduler_config())))
    return AppContext(data, config, holder, backend, clock)


def run_gui(data_dir: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Start the desktop app on data folder ``data_dir`` (``--data-dir``); return its exit
    code."""
    from PySide6.QtWidgets import QApplication

    from quizapp.gui import theme
    from quizapp.gui.mainwindow import MainWindow

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("quizapp")
    app.setOrganizationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    data = data_dir_for(data_dir)
    ctx = build_context(data, config_dir(data_dir), SystemClock())
    settings = ctx.settings.value
    theme.apply(app, settings.theme, settings.font_size)
    ctx.settings.changed.connect(lambda s: theme.apply(app, s.theme, s.font_size))
    window = MainWindow(ctx)
    window.show()
    ctx.backend.open()
    code = app.exec()
    ctx.backend.shutdown()
    return code


def data_dir_for(arg: str | None) -> Path:
    """The data folder for ``--data-dir`` (created if missing)."""
    folder = resolve_data_dir(arg)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
