"""``QUIZAPP_STARTUP_PROBE``: one JSON line once home shows real numbers, then quit.

With ``QUIZAPP_STARTUP_PROBE=first_card`` the probe presses Study as soon as home is on
screen and reports once the first card has been painted instead (the benchmark's
``first_card_s``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from quizapp.gui.startup.paintwatch import after_next_paint

if TYPE_CHECKING:
    from quizapp.gui.mainwindow import MainWindow

PROBE_ENV = "QUIZAPP_STARTUP_PROBE"


def wanted() -> bool:
    return bool(os.environ.get(PROBE_ENV))


def watch(app: QApplication, window: MainWindow, from_child: Callable[[], bool]) -> None:
    """Report home's first paint with real numbers (banks still being read leave them out),
    or (``first_card``) the first study card's paint after pressing Study right then."""
    first_card = os.environ.get(PROBE_ENV) == "first_card"
    done: list[bool] = []

    def home_painted() -> None:
        if not first_card:
            report(app, window, from_child(), "home")
            return
        window.study.stepped.connect(lambda: after_next_paint(
            window.study, lambda: report(app, window, from_child(), "first_card")))
        window.show_study(None)

    def rendered() -> None:
        overview = window.home.overview
        if not done and overview is not None and not overview.banks_loading:
            done.append(True)
            after_next_paint(window.home.due_new, home_painted)

    window.home.rendered.connect(rendered)


def report(app: QApplication, window: MainWindow, from_child: bool, event: str) -> None:
    """Print the probe line for ``event`` and quit."""
    overview = window.home.overview
    due = overview.due if overview is not None else None
    rss_kb = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            rss_kb = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
    except OSError:
        pass
    card = None
    if event == "first_card" and window.study.step is not None:
        card = window.study.step.card
    fields = {
        "event": event,
        "due_new": due.new if due else None,
        "due_learning": due.learning if due else None,
        "due_review": due.review if due else None,
        # False when home shows the early numbers read before the collection opened.
        "complete": overview.complete if overview is not None else None,
        "visible": window.isVisible(),
        "from_child": from_child,
        "card_shown": card is not None,
        "rss_kb": rss_kb,
        "cpu_ms": round(time.process_time() * 1000),
    }
    # JSON by hand: importing json here would add to the time being measured.
    print("quizapp-startup {" + ", ".join(f'"{k}": {_json(v)}' for k, v in fields.items())
          + "}", flush=True)
    app.quit()


def _json(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)
