"""The composition root: the application, its services and the main window, put together."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.clock import Clock, ClockError, default_clock
from quizapp.core.datafolder.paths import config_dir
from quizapp.core.datafolder.paths import data_dir as resolve_data_dir
from quizapp.core.errors import ResourceMissingError
from quizapp.gui.startup import earlyinit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.settings import LoadedSettings
    from quizapp.gui.context import AppContext
    from quizapp.gui.instance import SingleInstance
    from quizapp.gui.startup.homechild import HomeChild


def build_context(data: Path, config: Path, clock: Clock, *, tz: tzinfo | None = None,
                  bank_dirs: Sequence[Path] | None = None,
                  loaded: LoadedSettings | None = None) -> AppContext:
    """Settings, backend and clock for a main window (the collection is not opened yet).

    ``tz`` and ``bank_dirs`` go to :meth:`Collection.open` (tests pin the time zone and
    banks); ``loaded`` is the settings file already read from ``config``.
    """
    from quizapp.core.datafolder.settings import load_settings, settings_path
    from quizapp.gui.backend import Backend, Change
    from quizapp.gui.context import AppContext, SettingsHolder

    if loaded is None:
        loaded = load_settings(settings_path(config))
    holder = SettingsHolder(config, loaded.settings, loaded.warnings)

    def open_collection(read_only: bool = False) -> Collection:
        # Runs on the worker thread. New and changed bank files are parsed aside (see
        # Backend), and the daily backup waits until the window is up.
        from quizapp.core.collection import Collection

        col = Collection.open(data, clock=clock, config=holder.value.scheduler_config(),
                              tz=tz, bank_dirs=bank_dirs, auto_backup=False,
                              lazy_banks=True, read_only=read_only)
        col.use_settings(holder.value)  # the exam and the load balancing too
        return col

    backend = Backend(open_collection)
    # Views that show what the settings decide (due counts, home's exam plan) refresh after.
    holder.changed.connect(lambda s: backend.run(lambda col: col.use_settings(s),
                                                 changes=Change.SETTINGS))
    return AppContext(data, config, holder, backend, clock, tz=tz, bank_dirs=bank_dirs)


def run_gui(data_dir: str | None = None, qt_args: Sequence[str] = (),
            document: Path | None = None) -> int:
    """Start the desktop app on data folder ``data_dir`` (``--data-dir``), importing
    ``document`` once home is on screen; return its exit code."""
    problem = earlyinit.display_problem(qt_args)
    if problem is not None:
        print(f"quizapp: error: {problem}", file=sys.stderr)
        return 2
    try:
        return _run_app(data_dir, qt_args, document)
    except (ResourceMissingError, ClockError) as exc:  # an incomplete installation (or a
        # mistyped test clock): one line, no traceback
        print(f"quizapp: error: {exc}", file=sys.stderr)
        return 2


def _run_app(data_dir: str | None, qt_args: Sequence[str], document: Path | None) -> int:
    from quizapp.core.banks.files import bank_folders
    from quizapp.core.datafolder.settings import load_settings, settings_path

    data = data_dir_for(data_dir)
    config = config_dir(data_dir)
    loaded = load_settings(settings_path(config))
    clock = default_clock()
    s = loaded.settings
    child = earlyinit.start_home_child(data, bank_folders(data), s.new_per_day,
                                       s.reviews_per_day, s.rollover_hour, clock.now(),
                                       s.exam_date)
    try:
        from PySide6.QtWidgets import QApplication

        earlyinit.skip_feature_scan()
        from quizapp.gui.instance import SingleInstance, hand_over

        app = QApplication([sys.argv[0], *qt_args])
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
        app.setApplicationDisplayName("quizapp")
        app.setDesktopFileName("quizapp")  # how Wayland matches it to its menu entry
        instance = SingleInstance(data)
        if not instance.acquire():
            if hand_over(data, document):
                print(f"quizapp: already running on {data}; switched to its window",
                      file=sys.stderr)
                return 0
            print(f"quizapp: error: another quizapp holds {data} and does not answer; "
                  "close it (or end its process) and start again", file=sys.stderr)
            return 1
        try:
            ctx = build_context(data, config, clock, loaded=loaded)
            try:
                return _run_window(app, ctx, instance, child, document)
            finally:
                ctx.backend.shutdown()
        finally:
            instance.release()
    finally:
        if child is not None:
            child.close()


def _run_window(app: QApplication, ctx: AppContext, instance: SingleInstance,
                child: HomeChild | None, document: Path | None = None) -> int:
    from quizapp.gui import i18n, icon, opening, theme
    from quizapp.gui.mainwindow import MainWindow
    from quizapp.gui.startup import probe
    from quizapp.gui.startup.window import start_window

    # Before any widget exists: every tr() call below sees the chosen language. The
    # translators are children of the app, which keeps them alive.
    i18n.install(app, i18n.choose(ctx.settings.value.language))
    i18n.follow(app, ctx.settings)  # a language saved in Settings applies at once
    theme.follow(app, ctx.settings)
    icon.install(app)
    window = MainWindow(ctx)
    if probe.wanted():  # before the first numbers can arrive
        probe.watch(app, window, lambda: numbers.from_child)
    numbers, after = start_window(ctx, window, child)
    after.add(lambda: ctx.backend.run(_after_start, lambda failed: failed and
                                      window.home.refresh(), owner=window))
    instance.activated.connect(window.bring_to_front)
    instance.listen()
    opening.open_documents(window, instance, document, after.add)
    window.show()

    try:
        return app.exec()
    finally:
        numbers.close()


def _after_start(col: Collection) -> bool:
    """Work that waits until the window is up: the unchanged banks' items (from their
    snapshots) and the day's automatic backup. True when home should show a new problem."""
    from quizapp.gui.startup.collector import set_aside_session_objects

    set_aside_session_objects()
    before = len(col.problems)
    col.load_pending()
    col.auto_backup()
    return len(col.problems) > before or col.backup_error is not None


def data_dir_for(arg: str | None) -> Path:
    """The data folder for ``--data-dir`` (created if missing)."""
    folder = resolve_data_dir(arg)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
