"""Home's first numbers come before the collection opens: from the forked child or the worker;
the waiting work runs once they are painted."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from quizapp.core.stats.overview import DailyLimits, HomeOverview, quick_home
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.startup.afterpaint import FALLBACK_MS, AfterFirstPaint
from quizapp.gui.startup.homechild import HomeChild, encode
from quizapp.gui.startup.window import start_window
from quizapp.gui.views.home import HomeView
from tests.core.factories import RIGA
from tests.gui.conftest import MakeContext


def _known_folder(make_ctx: MakeContext):  # type: ignore[no-untyped-def]
    """A context on a data folder an earlier session created and synced (not yet open)."""
    first = make_ctx()
    ctx = make_ctx(open_now=False, data=first.data_dir)
    first.backend.shutdown()
    return ctx


def _early(ctx) -> HomeOverview:  # type: ignore[no-untyped-def]
    s = ctx.settings.value
    early = quick_home(ctx.data_dir, ctx.bank_dirs or [], DailyLimits(
        s.new_per_day, s.reviews_per_day, s.rollover_hour), ctx.clock.now(), RIGA)
    assert early is not None
    return early


def _piped_child(answer: object, delay_ms: int) -> HomeChild:
    """A child that is a finished process and whose answer arrives ``delay_ms`` after the
    test goes on (through the socket notifier, as a slow child's would)."""
    pid = os.posix_spawn(sys.executable, [sys.executable, "-c", "pass"], os.environ)
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)

    def answer_now() -> None:
        os.write(write_fd, encode(answer))  # type: ignore[arg-type]
        os.close(write_fd)

    QTimer.singleShot(delay_ms, answer_now)
    return HomeChild(pid, read_fd)


def test_without_a_child_the_worker_reads_the_numbers_before_the_full_overview(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = _known_folder(make_ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.home.rendered.connect(lambda: seen.append(bool(window.home.overview
                                                         and window.home.overview.complete)))
    numbers, _after = start_window(ctx, window, None)
    window.show()
    qtbot.waitUntil(lambda: True in seen, timeout=15000)
    assert seen[0] is False  # the early numbers came first…
    assert window.home.overview is not None and window.home.overview.complete  # …then all
    assert window.home.due_new.text() == "20" and not numbers.from_child


def test_the_childs_numbers_are_painted_before_the_collection_opens(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = _known_folder(make_ctx)
    child = _piped_child(_early(ctx), delay_ms=200)
    events: list[str] = []
    ctx.backend.opened.connect(lambda _c: events.append("opened"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.home.rendered.connect(lambda: events.append(
        "full" if window.home.overview and window.home.overview.complete else "early"))
    numbers, after = start_window(ctx, window, child)
    after.add(lambda: events.append("painted"))
    window.show()
    qtbot.waitUntil(lambda: "full" in events, timeout=15000)
    assert events[:3] == ["early", "painted", "opened"]
    assert window.home.due_new.text() == "20" and numbers.from_child
    numbers.close()


def test_a_child_without_an_answer_lets_the_collection_open_at_once(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(open_now=False)
    child = _piped_child(None, delay_ms=0)  # e.g. no database yet
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    numbers, after = start_window(ctx, window, child)
    painted: list[bool] = []
    after.add(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=15000)
    overview = window.home.overview
    assert overview is not None and overview.complete and not overview.banks_loading
    assert window.home.due_new.text() == "20" and not numbers.from_child
    numbers.close()


def test_the_waiting_work_runs_once_even_if_home_is_never_painted(qtbot: QtBot) -> None:
    after = AfterFirstPaint()
    ran: list[int] = []
    after.add(lambda: ran.append(1))
    qtbot.waitUntil(lambda: bool(ran), timeout=FALLBACK_MS + 3000)
    after.run()
    after.add(lambda: ran.append(2))  # added later: runs at once
    assert ran == [1, 2]


def test_a_fresh_folder_shows_its_banks_once_they_are_read(qtbot: QtBot,
                                                           make_ctx: MakeContext) -> None:
    ctx = make_ctx(open_now=False)
    view = HomeView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
        ctx.backend.open()
    qtbot.waitUntil(lambda: view.overview is not None and not view.overview.banks_loading,
                    timeout=15000)
    assert view.due_new.text() == "20"
    assert [b.id for b in view.overview.banks] == ["socialie-mediji-pret-ietekmetaju-marketingu"]
