"""Home screen: due counts, weak topics, streak, first-launch hint, literal content."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.clock import FixedClock
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
    assert "Predicted to be remembered in 7 days" in bars[0].bar.toolTip()


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


def test_roles_given_to_new_widgets_are_styled_once_shown(qtbot: QtBot,
                                                          make_ctx: MakeContext) -> None:
    """Home's widgets get their style roles before they are first polished
    (theme.initial_role): the stylesheet sees them without a re-polish."""
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


def test_each_number_has_its_own_label_in_both_languages(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    """In Latvian "Jāatkārto" labelled both the review count and each bank's due total."""
    from PySide6.QtCore import QCoreApplication

    from quizapp.gui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    view = _home(qtbot, make_ctx())
    try:
        for language in ("en", "lv"):
            i18n.switch(app, language)
            QApplication.processEvents()
            captions = [view.captions[k].text() for k in ("new", "learning", "review")]
            bank_line = next(w.text() for w in view.findChildren(type(view.streak))
                             if "·" in w.text() and w.text()[:1].isdigit())
            bank_label = bank_line.rsplit("·", 1)[1].strip()  # e.g. "20 to study today"
            assert len(set(captions)) == 3
            assert not any(caption.casefold() in bank_label.casefold() for caption in captions)
            # Every number has a tooltip that says exactly what it counts.
            assert all(view.captions[k].toolTip() for k in ("new", "learning", "review"))
    finally:
        i18n.switch(app, "en")


def test_after_one_pass_home_shows_honest_mastery(qtbot: QtBot, make_ctx: MakeContext,
                                                  clock: FixedClock) -> None:
    """The tester's first evening: 20 cards studied once, and home said 100 %."""
    ctx = make_ctx()

    def study(col):  # type: ignore[no-untyped-def]
        while (card := col.next_card()) is not None:
            col.answer(card, Rating.GOOD, 2000)
            clock.advance(minutes=11)

    done: list[object] = []
    ctx.backend.run(study, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    view = _home(qtbot, ctx)
    # The bars on screen (a re-render leaves the old ones to be deleted later).
    def shown() -> list[MasteryBar]:
        return [b for b in view.findChildren(MasteryBar) if b.isVisibleTo(view)]

    qtbot.waitUntil(lambda: not view._pending and bool(shown()), timeout=10000)
    bars = shown()
    assert all(b.bar.value() < 85 for b in bars)
    assert view.weak_caption.text() == "What you are predicted to remember in 7 days"
    partial = [b for b in bars if not b.mastery.complete]
    for b in partial:  # "1 of 2 studied" beside a number that counts the rest as not known
        assert b.coverage.isVisibleTo(view)
        assert b.coverage.text() == f"{b.mastery.facts_seen} of {b.mastery.facts} studied"


def test_the_window_state_survives_a_lock_left_by_a_killed_process(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    """QSettings would wait for ever on a lock file whose process id is alive again; the
    window state is written without one, and a broken file gives the default size."""
    import os

    from quizapp.gui import windowstate

    ctx = make_ctx()
    config = ctx.config_dir
    (config / "window.ini.lock").write_text(f"{os.getpid()}\npython\nhost\n", encoding="utf-8")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(700, 500)  # within the offscreen screen (800x600)
    window.close()  # saves the size and place; returns at once
    saved = windowstate._saved_geometry(config)
    assert saved is not None and saved == window.saveGeometry()
    again = MainWindow(ctx)  # restored from it
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (window.width(), window.height())
    windowstate.state_path(config).write_bytes(b"\xff\x00[window]\ngeometry = !!!")
    broken = MainWindow(ctx)
    qtbot.addWidget(broken)
    screen = broken.screen().availableGeometry()
    assert (broken.width(), broken.height()) == (
        min(windowstate.DEFAULT_SIZE[0], screen.width()),
        min(windowstate.DEFAULT_SIZE[1], screen.height()))


def test_the_quick_quiz_says_how_it_is_timed(qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from quizapp.core.datafolder.settings import QuizTiming

    settings = window.ctx.settings
    expected = {QuizTiming.WHOLE_QUIZ: "7 minutes for the whole quiz",
                QuizTiming.PER_QUESTION: "25 seconds for each question",
                QuizTiming.NONE: "no time limit"}
    for timing, clock in expected.items():
        settings.save(replace(settings.value, quiz_timing=timing, quiz_minutes=7,
                              quiz_seconds_per_question=25, quiz_questions=12))
        qtbot.waitUntil(lambda: window.home.quick_quiz_button.toolTip()
                        == f"12 questions on your weakest topics, {clock}")  # noqa: B023
