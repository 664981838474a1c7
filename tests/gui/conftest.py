"""GUI fixtures: an app context on a temporary data folder with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank
from quizapp.core.banks.io import write_bank
from quizapp.core.clock import FixedClock
from quizapp.gui import i18n
from quizapp.gui.app import build_context
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from tests.core.factories import RIGA
from tests.helpers import ROOT

BUILTIN = ROOT / "questions"


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp: QApplication) -> None:
    """The UI in English with its plural forms, as the app installs it on an English system."""
    i18n.install(qapp, "en")

MakeContext = Callable[..., AppContext]


@pytest.fixture
def make_ctx(qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> Iterator[MakeContext]:
    """Build (and open) contexts; ``make_ctx()`` uses the committed bank, ``make_ctx(bank,
    …)`` exactly the given banks."""
    made: list[AppContext] = []

    def make(*banks: Bank, open_now: bool = True, data: Path | None = None) -> AppContext:
        folder = data or tmp_path / "data"
        if banks:
            bank_dir = tmp_path / "banks"
            for bank in banks:
                write_bank(bank, bank_dir / f"{bank.meta.id}.yaml")
            dirs = [bank_dir]
        else:
            dirs = [BUILTIN]
        ctx = build_context(folder, folder, clock, tz=RIGA, bank_dirs=dirs)
        made.append(ctx)
        if open_now:
            with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
                ctx.backend.open()
        return ctx

    yield make
    for ctx in made:
        ctx.backend.shutdown()


@pytest.fixture
def window(qtbot: QtBot, make_ctx: MakeContext) -> MainWindow:
    """The real main window on the committed bank, shown, with home loaded."""
    ctx = make_ctx(open_now=False)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
        ctx.backend.open()
    qtbot.waitUntil(lambda: win.home.overview is not None
                    and not win.home.overview.banks_loading, timeout=15000)
    return win
