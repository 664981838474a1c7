"""Home screen: due counts, weak topics, streak, first-launch hint, literal content."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.study.cards import Rating
from quizapp.core.study.scope import StudyScope
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.home import HomeView
from quizapp.gui.widgets.mastery import MasteryBar
from tests.gui.conftest import MakeContext

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"


def _home(qtbot: QtBot, ctx) -> HomeView:  # type: ignore[no-untyped-def]
    view = HomeView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    return view


def test_first_launch_shows_todays_counts_and_the_hint(window: MainWindow) -> None:
    home = window.home
    assert home.due_new.text() == "20"  # the daily new-card limit
    assert home.due_learning.text() == "0"
    assert home.due_review.text() == "0"
    assert home.welcome.isVisible()
    assert home.study_button.isEnabled()
    assert home.quick_quiz_button.isEnabled()
    assert "No streak yet" in home.streak.text()
    texts = [w.text() for w in home.findChildren(type(home.streak))]
    assert any("Sociālie mediji pret ietekmētāju mārketingu" in t for t in texts)


def test_counts_streak_and_weak_topics_after_studying(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()

    def study(col):  # type: ignore[no-untyped-def]
        for _ in range(6):
            card = col.next_card()
            col.answer(card, Rating.AGAIN if card.item.id.startswith("table") else Rating.GOOD,
                       2000)

    done = []
    ctx.backend.run(study, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    view = _home(qtbot, ctx)
    ov = view.overview
    assert ov is not None
    assert view.due_new.text() == str(ov.due.new) == "14"
    assert int(view.due_learning.text()) >= 1
    assert not view.welcome.isVisible()
    assert "1" in view.streak.text()
    bars = view.findChildren(MasteryBar)
    assert bars and len(bars) <= 5  # at most the five weakest
    # Weakest first.
    values = [b.bar.value() for b in bars]
    assert values == sorted(values)
    assert "Mastery" in bars[0].toolTip()


def test_bank_text_is_shown_literally(qtbot: QtBot, make_ctx: MakeContext) -> None:
    bank = Bank(BankMeta("hostile", HOSTILE, "en"), (Topic("t", HOSTILE),),
                (Item("c", ItemKind.FLASHCARD, "t", HOSTILE, back=HOSTILE),))
    ctx = make_ctx(bank)
    view = _home(qtbot, ctx)
    labels = [w for w in view.findChildren(type(view.streak)) if w.text() == HOSTILE]
    assert labels, "the bank title is shown as typed"
    from PySide6.QtCore import Qt

    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_buttons_emit_navigation(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    with qtbot.waitSignal(home.study_requested) as sig:
        home.study_button.click()
    assert sig.args == [StudyScope()]
    with qtbot.waitSignal(home.stats_requested):
        home.stats_button.click()


def test_start_up_shows_the_stores_numbers_first_then_the_full_overview(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    from quizapp.gui.app import start_backend

    first = make_ctx()  # creates and syncs the store, as an earlier session would have
    ctx = make_ctx(open_now=False, data=first.data_dir)
    first.backend.shutdown()
    seen: list[bool] = []
    view = HomeView(ctx)
    qtbot.addWidget(view)
    view.rendered.connect(lambda: seen.append(bool(view.overview and view.overview.complete)))
    start_backend(ctx, lambda: view)
    view.refresh()  # what the main window does once built: queued behind the opening
    qtbot.waitUntil(lambda: True in seen, timeout=15000)
    assert seen[0] is False  # the early numbers came first…
    assert view.overview is not None and view.overview.complete  # …then the full ones
    assert view.due_new.text() == "20"


def _piped_prefetch(qtbot: QtBot, answer: object, delay_ms: int):  # type: ignore[no-untyped-def]
    """A prefetch whose child is a finished process and whose answer arrives ``delay_ms``
    after the test goes on (through the socket notifier, as a slow child's would)."""
    import os
    import sys

    from PySide6.QtCore import QTimer

    from quizapp.core.prefetch import HomePrefetch, encode

    pid = os.posix_spawn(sys.executable, [sys.executable, "-c", "pass"], os.environ)
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)

    def answer_now() -> None:
        os.write(write_fd, encode(answer))  # type: ignore[arg-type]
        os.close(write_fd)

    QTimer.singleShot(delay_ms, answer_now)
    return HomePrefetch(pid, read_fd)


def test_a_prefetched_start_shows_the_childs_numbers_before_the_collection_opens(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    from quizapp.core.stats.overview import DailyLimits, quick_home
    from quizapp.gui.app import start_backend_after
    from tests.core.factories import RIGA

    first = make_ctx()
    ctx = make_ctx(open_now=False, data=first.data_dir)
    first.backend.shutdown()
    s = ctx.settings.value
    early = quick_home(ctx.data_dir, ctx.bank_dirs or [], DailyLimits(
        s.new_per_day, s.reviews_per_day, s.rollover_hour), ctx.clock.now(), RIGA)
    assert early is not None
    prefetch = _piped_prefetch(qtbot, early, delay_ms=200)
    events: list[str] = []
    ctx.backend.opened.connect(lambda _c: events.append("opened"))
    deliver = start_backend_after(ctx, prefetch)  # the gate and the opening, queued first
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.home.rendered.connect(lambda: events.append(
        "full" if window.home.overview and window.home.overview.complete else "early"))
    window.home_shown.connect(lambda: events.append("shown"))
    deliver(window)
    window.show()
    qtbot.waitUntil(lambda: "full" in events, timeout=15000)
    # The child's numbers are painted before the worker starts opening the collection.
    assert events[:3] == ["early", "shown", "opened"]
    assert window.home.due_new.text() == "20"
    prefetch.close()


def test_a_prefetch_without_an_answer_opens_the_collection_at_once(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    from quizapp.gui.app import start_backend_after

    ctx = make_ctx(open_now=False)
    prefetch = _piped_prefetch(qtbot, None, delay_ms=0)  # e.g. no database yet
    deliver = start_backend_after(ctx, prefetch)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_shown, timeout=15000):
        deliver(window)
        window.show()
    assert window.home.overview is not None and window.home.overview.complete
    assert window.home.due_new.text() == "20"
    # Home on screen: the menus' actions followed.
    qtbot.waitUntil(lambda: bool(window.file_menu.actions()), timeout=5000)


def test_menus_come_even_when_home_is_never_painted(qtbot: QtBot, make_ctx: MakeContext) -> None:
    from quizapp.gui.mainwindow import MENU_FALLBACK_MS

    window = MainWindow(make_ctx())  # never shown, e.g. started minimised
    qtbot.addWidget(window)
    # The bar and its menus are there from the start (nothing moves when actions arrive)…
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&Edit", "&Tools", "&Help"]
    assert not window.file_menu.actions()
    # …and the actions follow, even though home was never painted.
    qtbot.waitUntil(lambda: bool(window.file_menu.actions()), timeout=MENU_FALLBACK_MS + 3000)


def test_roles_given_to_new_widgets_are_styled_once_shown(qtbot: QtBot,
                                                          make_ctx: MakeContext) -> None:
    """Home's widgets get their style roles without a re-polish (theme.initial_role): the
    stylesheet still sees them when they are first polished."""
    from PySide6.QtWidgets import QApplication, QLabel

    from quizapp.core.datafolder.settings import Theme
    from quizapp.gui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, Theme.LIGHT)
    try:
        window = MainWindow(make_ctx())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.home.overview is not None, timeout=15000)
        home = window.home
        # The title and count roles (20pt / 22pt in the stylesheet) reached the screen…
        assert home.title.font().pointSize() == 20
        assert home.due_new.font().pointSize() == 22
        assert home.due_summary.font().pointSize() < 20
        # …also on a label made after the window was shown.
        late = theme_label = QLabel("late")
        theme.initial_role(theme_label, "role", "title")
        home.notices.addWidget(late)
        qtbot.waitUntil(late.isVisible)
        assert late.font().pointSize() == 20
        # A role changed on a widget on screen re-polishes at once.
        theme.set_role(home.due_summary, "role", "title")
        assert home.due_summary.font().pointSize() == 20
    finally:
        app.setStyleSheet("")
