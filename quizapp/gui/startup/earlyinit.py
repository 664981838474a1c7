"""Before Qt is imported: can a window be shown, and the child that reads home's numbers."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from quizapp.gui.startup.homechild import HomeChild

# Set (to anything) to read home's early numbers on the worker thread instead of in a
# forked child (the tests run both ways).
NO_CHILD_ENV = "QUIZAPP_NO_PREFETCH"


def display_problem(qt_args: Sequence[str]) -> str | None:
    """Why Qt cannot show a window here (one line for the learner), or None.

    A Linux session needs a display or a chosen platform plugin; other systems always have
    one. Without this check Qt aborts the process with a core dump and a page of plugin
    messages.
    """
    if not sys.platform.startswith("linux") or "-platform" in qt_args:
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return ("no display to show the app on (neither $DISPLAY nor $WAYLAND_DISPLAY is set); "
            "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to start it "
            "without one")


def start_home_child(data: Path, bank_dirs: Sequence[Path], new_per_day: int,
                     reviews_per_day: int, rollover_hour: int, now: datetime,
                     exam_date: date | None = None) -> HomeChild | None:
    """Fork the child that reads home's numbers on the second core while this process loads
    Qt and builds the window; None where that is not possible or not wanted.

    Worth about 60 ms to home on a two-core machine (README, start-up table): reading the
    database on a thread would take turns with the window's building instead.
    """
    if os.environ.get(NO_CHILD_ENV):
        return None
    from quizapp.core.stats.overview import DailyLimits

    return HomeChild.start(data, bank_dirs, DailyLimits(
        new_per_day, reviews_per_day, rollover_hour, exam_date), now)


def skip_feature_scan() -> None:
    """Spare PySide's reading of every module imported after it (call right after importing
    PySide6).

    PySide supports opting in to its ``from __feature__ import snake_case`` switches per
    module. To know which modules could, it reads the source of every module imported after
    it (``inspect.getsource``) and looks for the word "PySide6": about 170 modules by the
    first study card, ~30 ms. quizapp uses no ``__feature__``, so every module gets PySide's
    answer for a module that does not use it, without its source being read. If a PySide
    version no longer scans, nothing changes (and a test fails, so that this goes).
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(module: object) -> bool:
    return False
