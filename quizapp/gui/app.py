"""Builds the QApplication (theme, settings, backend) and shows the main window."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.clock import Clock, SystemClock
from quizapp.core.errors import ResourceMissingError
from quizapp.core.datafolder.paths import config_dir
from quizapp.core.datafolder.paths import data_dir as resolve_data_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from quizapp.core.collection import Collection
    from quizapp.core.stats.overview import DailyLimits, HomeOverview
    from quizapp.core.prefetch import HomePrefetch
    from quizapp.core.datafolder.settings import LoadedSettings, Settings
    from quizapp.gui.views.home import HomeView
    from quizapp.gui.context import AppContext
    from quizapp.gui.instance import SingleInstance
    from quizapp.gui.mainwindow import MainWindow

# Set to make the app print one JSON line once home shows real numbers, then quit
# (the start-up benchmark and the smoke test use it).
STARTUP_PROBE_ENV = "QUIZAPP_STARTUP_PROBE"


def build_context(data: Path, config: Path, clock: Clock, *, tz: tzinfo | None = None,
                  bank_dirs: Sequence[Path] | None = None,
                  loaded: LoadedSettings | None = None) -> AppContext:
    """Settings, backend and clock for a main window (the collection is not opened yet).

    The collection opens without parsing unchanged bank files and without the daily
    backup: the main window asks for both once home is on screen (start-up time). ``tz``
    and ``bank_dirs`` go to :meth:`Collection.open` (tests pin the time zone and banks);
    ``loaded`` is the settings file already read from ``config``.
    """
    from quizapp.core.datafolder.settings import load_settings, settings_path
    from quizapp.gui.backend import Backend
    from quizapp.gui.context import AppContext, SettingsHolder

    if loaded is None:
        loaded = load_settings(settings_path(config))
    holder = SettingsHolder(config, loaded.settings, loaded.warnings)
    def open_collection(read_only: bool = False) -> Collection:
        # Runs on the worker thread, which also pays for importing the core.
        from quizapp.core.collection import Collection

        return Collection.open(data, clock=clock, config=holder.value.scheduler_config(),
                               tz=tz, bank_dirs=bank_dirs, auto_backup=False,
                               lazy_banks=True, read_only=read_only)

    backend = Backend(open_collection)
    holder.changed.connect(lambda s: backend.run(
        lambda col: col.set_config(s.scheduler_config())))
    return AppContext(data, config, holder, backend, clock, tz=tz, bank_dirs=bank_dirs)


def start_backend(ctx: AppContext, home: Callable[[], HomeView | None]) -> None:
    """Queue the start-up work on the worker: the home screen's quick numbers, read straight
    from the store, then the collection's opening (with its imports and bank checks).

    ``home`` gives the home screen once it exists: the quick numbers are delivered through
    the event loop, after the window is built, and only when the full overview has not
    arrived first. (With a :class:`HomePrefetch` child reading them instead, see
    :func:`start_backend_after`.)
    """
    settings = ctx.settings.value
    data, tz, clock, dirs = ctx.data_dir, ctx.tz, ctx.clock, ctx.bank_dirs

    def quick() -> HomeOverview | None:
        from quizapp.core.stats.overview import quick_home

        return quick_home(data, _bank_folders(data, dirs), _daily_limits(settings),
                          clock.now(), tz)

    def show(overview: HomeOverview | None) -> None:
        view = home()
        if overview is not None and view is not None:
            view.show_quick(overview)

    ctx.backend.call(quick, show)
    ctx.backend.open()


def start_backend_after(ctx: AppContext, prefetch: HomePrefetch
                        ) -> Callable[[MainWindow], None]:
    """Queue the collection's opening behind a gate, for a start-up whose quick numbers come
    from ``prefetch``; return the function that hands them to the window's home screen.

    The gate keeps the worker's imports (which hold the interpreter lock) from slowing the
    window's construction and first paint: it opens once the early numbers are on screen,
    once the child has nothing to give, or after ``GATE_TIMEOUT_S`` whatever happens.
    """
    gate = threading.Event()
    ctx.backend.call(lambda: gate.wait(GATE_TIMEOUT_S))
    ctx.backend.open()

    def deliver(window: MainWindow) -> None:
        from PySide6.QtCore import QSocketNotifier

        def finish() -> None:
            if prefetch.result is None:
                gate.set()
                return
            window.home_shown.connect(gate.set)
            window.home.show_quick(prefetch.result)

        if prefetch.poll():
            finish()
            return
        notifier = QSocketNotifier(prefetch.fileno(), QSocketNotifier.Type.Read, window)

        def readable() -> None:
            if prefetch.poll():
                notifier.setEnabled(False)
                notifier.deleteLater()
                finish()

        notifier.activated.connect(readable)

    return deliver


# How long the worker waits for the early numbers before opening the collection regardless.
GATE_TIMEOUT_S = 1.0


def _daily_limits(s: Settings) -> DailyLimits:
    from quizapp.core.stats.overview import DailyLimits

    return DailyLimits(s.new_per_day, s.reviews_per_day, s.rollover_hour)


def _bank_folders(data: Path, dirs: Sequence[Path] | None) -> Sequence[Path]:
    from quizapp.core.datafolder.paths import user_banks_dir
    from quizapp.core.resources import builtin_banks_dir

    return dirs if dirs is not None else [builtin_banks_dir(), user_banks_dir(data)]


def _start_prefetch(data: Path, loaded: LoadedSettings, clock: Clock) -> HomePrefetch | None:
    """Fork the child that reads home's early numbers (Linux, before Qt); None elsewhere."""
    from quizapp.core.prefetch import HomePrefetch

    return HomePrefetch.start(data, _bank_folders(data, None), _daily_limits(loaded.settings),
                              clock.now())


def run_gui(data_dir: str | None = None, qt_args: Sequence[str] = (),
            document: Path | None = None) -> int:
    """Start the desktop app on data folder ``data_dir`` (``--data-dir``), importing
    ``document`` once home is on screen; return its exit code."""
    if not _has_display(qt_args):
        print("quizapp: error: no display to show the app on (neither $DISPLAY nor "
              "$WAYLAND_DISPLAY is set); run it in a desktop session, or set "
              "QT_QPA_PLATFORM=offscreen to start it without one", file=sys.stderr)
        return 2
    from quizapp.core.datafolder.settings import load_settings, settings_path

    # Start-up allocates a great deal and frees almost nothing (modules, Qt's enum types):
    # cycle collection meanwhile only costs time. It resumes once home is on screen.
    gc.disable()
    data = data_dir_for(data_dir)
    config = config_dir(data_dir)
    loaded = load_settings(settings_path(config))
    clock = SystemClock()
    # Before Qt is imported and before any thread exists: the child reads home's numbers
    # on another core while this process loads Qt and builds the window.
    prefetch = None if os.environ.get(NO_PREFETCH_ENV) else _start_prefetch(data, loaded, clock)
    try:
        from PySide6.QtWidgets import QApplication

        from quizapp.gui.theme import STYLE

        # The style by argument, not setStyle(): see theme.apply. A -style given on the
        # command line comes later and wins.
        app = QApplication([sys.argv[0], "-style", STYLE, *qt_args])
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
        app.setApplicationDisplayName("quizapp")
        app.setDesktopFileName("quizapp")  # how Wayland matches it to its menu entry
        from quizapp.gui.instance import SingleInstance, hand_over

        instance = SingleInstance(data)
        # Taking the lock writes and syncs a small file, which can wait on a busy disk: it
        # happens on a thread (Qt lets go of Python's lock meanwhile) while this one loads
        # the window's modules.
        locked: list[bool] = []
        locker = threading.Thread(target=lambda: locked.append(instance.acquire()),
                                  name="quizapp-lock")
        locker.start()
        import quizapp.gui.mainwindow  # noqa: F401 - loaded now, used in _run_window

        locker.join()
        if not locked or not locked[0]:
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
                return _run_window(app, ctx, instance, prefetch, document)
            finally:
                ctx.backend.shutdown()
        except ResourceMissingError as exc:
            print(f"quizapp: error: {exc}", file=sys.stderr)
            return 2
        finally:
            instance.release()
    finally:
        if prefetch is not None:
            prefetch.close()
        gc.enable()


# Set (to anything) to read home's early numbers on the worker thread instead of a child
# process (the tests run both ways).
NO_PREFETCH_ENV = "QUIZAPP_NO_PREFETCH"


def _run_window(app: QApplication, ctx: AppContext, instance: SingleInstance,
                prefetch: HomePrefetch | None, document: Path | None = None) -> int:
    from PySide6.QtCore import QTimer

    # The worker starts first: it reads the home screen's numbers (unless the child does)
    # and opens the collection while this thread builds the window. Results arrive through
    # the event loop, after the window below is connected to them.
    window: MainWindow | None = None
    if prefetch is None:
        start_backend(ctx, lambda: window.home if window is not None else None)
    else:
        deliver = start_backend_after(ctx, prefetch)

    from quizapp.gui import i18n, opening, theme
    from quizapp.gui.mainwindow import MainWindow, remembered_system_scheme
    from quizapp.gui.widgets import text

    # Before any widget exists: every tr() call below sees the chosen language. The
    # translators are children of the app, which keeps them alive.
    i18n.install(app, i18n.choose(ctx.settings.value.language))
    theme.follow(app, ctx.settings, style_set=True,
                 system_guess=remembered_system_scheme(ctx.config_dir))
    text.defer_plain_format()
    window = MainWindow(ctx)
    # Hand-overs from later launches are accepted once home is up (QtNetwork's import
    # stays off the start-up path). What start-up put off follows then too, or after a
    # while if home is never painted (a minimised start).
    if os.environ.get(STARTUP_PROBE_ENV):  # first: it times the first paint, not the rest
        window.home_shown.connect(lambda: _report_startup(app, window, prefetch))
    window.home_shown.connect(lambda: QTimer.singleShot(100, instance.listen))
    done = _after_first_paint(app, ctx)
    window.home_shown.connect(done)
    QTimer.singleShot(STARTUP_OVER_AFTER_MS, done)
    instance.activated.connect(window.bring_to_front)
    opening.open_documents(window, instance, document, window.home_shown.connect)
    if prefetch is not None:
        deliver(window)
    window.show()
    return app.exec()


STARTUP_OVER_AFTER_MS = 3000


def _after_first_paint(app: QApplication, ctx: AppContext) -> Callable[[], None]:
    """What start-up put off, to run once (see :func:`_run_window`)."""
    pending = [True]

    def run() -> None:
        if not pending:
            return
        pending.clear()
        from quizapp.core.datafolder.settings import Theme
        from quizapp.gui import icon, theme
        from quizapp.gui.mainwindow import remember_system_scheme
        from quizapp.gui.widgets import text

        # Labels made during start-up show plain text from now on, whatever they get.
        text.finish_plain_format()
        icon.install(app)  # not before the paint: loading it takes ~14 ms
        # The theme followed the system's scheme as last seen; ask the system now.
        concrete = theme.confirm_system(app, ctx.settings)
        if ctx.settings.value.theme is Theme.SYSTEM:
            remember_system_scheme(ctx.config_dir, concrete)
        # The cycle collector resumes; what start-up built stays for good, so it is moved
        # out of the collector's sight (``gc.freeze``) instead of being scanned again.
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    return run


def _has_display(qt_args: Sequence[str]) -> bool:
    """Whether Qt can show a window: a Linux desktop session, a chosen platform plugin, or
    another operating system (where Qt always has one). Without this Qt aborts the process
    with a core dump and a page of plugin messages."""
    if not sys.platform.startswith("linux") or "-platform" in qt_args:
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY",
                                                 "QT_QPA_PLATFORM"))


def data_dir_for(arg: str | None) -> Path:
    """The data folder for ``--data-dir`` (created if missing)."""
    folder = resolve_data_dir(arg)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _report_startup(app: QApplication, window: MainWindow,
                    prefetch: HomePrefetch | None) -> None:
    # One JSON line, formatted by hand: importing json here would add to the time measured.
    overview = window.home.overview
    rss_kb = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss_kb = int(line.split()[1])
    except OSError:
        pass
    due = overview.due if overview is not None else None
    fields: dict[str, int | bool | None] = {
        "due_new": due.new if due else None,
        "due_learning": due.learning if due else None,
        "due_review": due.review if due else None,
        # False when home shows the early numbers read before the collection opened.
        "complete": overview.complete if overview is not None else None,
        "visible": window.isVisible(),
        # Whether the early numbers came from the forked child (rather than the worker).
        "prefetched": prefetch is not None and prefetch.result is not None,
        "rss_kb": rss_kb,
        # This process's processor time so far (less noisy than the wall clock).
        "cpu_ms": round(time.process_time() * 1000),
    }
    print("quizapp-startup {" + ", ".join(f'"{k}": {_json_value(v)}' for k, v in fields.items())
          + "}", flush=True)
    app.quit()


def _json_value(value: int | bool | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(int(value))
