"""The first moments of the main window: home's early numbers, then the waiting work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.gui.startup.afterpaint import AfterFirstPaint
from quizapp.gui.startup.homenumbers import HomeNumbers

if TYPE_CHECKING:
    from quizapp.gui.context import AppContext
    from quizapp.gui.mainwindow import MainWindow
    from quizapp.gui.startup.homechild import HomeChild


def start_window(ctx: AppContext, window: MainWindow, child: HomeChild | None
                 ) -> tuple[HomeNumbers, AfterFirstPaint]:
    """Start delivering home's first numbers to ``window`` (from ``child`` if there is one)
    and open the collection; the returned registry runs its work once they are painted."""
    numbers = HomeNumbers(ctx, child, window.home.show_quick)
    after = AfterFirstPaint(window)
    def on_rendered() -> None:
        # Numbers that leave out banks still being read are not yet the real ones.
        overview = window.home.overview
        if overview is not None and not overview.banks_loading:
            after.watch(window.home.due_new)

    window.home.rendered.connect(on_rendered)
    after.add(numbers.numbers_painted)
    numbers.start()
    return numbers, after
