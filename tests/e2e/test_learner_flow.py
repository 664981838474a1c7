"""End to end on the real main window: study 5 cards, take a 5-question quiz, see both in the
statistics, restart, and find everything still there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.clock import FixedClock
from quizapp.gui.app import build_context
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from tests.core.factories import RIGA
from tests.helpers import ROOT

BANKS = [ROOT / "questions"]


def _open_window(qtbot: QtBot, data: Path, clock: FixedClock) -> tuple[MainWindow, AppContext]:
    ctx = build_context(data, data, clock, tz=RIGA, bank_dirs=BANKS)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
        ctx.backend.open()
    qtbot.waitUntil(lambda: win.home.overview is not None
                    and not win.home.overview.banks_loading, timeout=15000)
    return win, ctx


def _press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)  # type: ignore[no-untyped-call]


def _stats_tiles(qtbot: QtBot, win: MainWindow) -> tuple[str, str, str]:
    win.home.stats_button.click()
    view = win.stats
    qtbot.waitUntil(lambda: view.stats is not None and view.tiles is not None, timeout=15000)
    assert win.stack.currentWidget() is view
    t = view.tiles
    assert t is not None
    return t.today.value.text(), t.total.value.text(), t.quizzes.value.text()


def test_study_quiz_statistics_restart(qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    data = tmp_path / "data"
    win, ctx = _open_window(qtbot, data, clock)
    home = win.home
    assert home.due_new.text() == "20"

    # Study five cards from home with the keyboard: Space shows the answer, 3 rates Good.
    home.study_button.click()
    study = win.study
    qtbot.waitUntil(lambda: study.step is not None and study.step.card is not None,
                    timeout=10000)
    fronts = []
    for _ in range(5):
        qtbot.waitUntil(lambda: not study.busy and study.step is not None
                        and study.step.card is not None and not study.card.revealed,
                        timeout=10000)
        assert study.step is not None and study.step.card is not None
        fronts.append(study.step.card.item.id)
        clock.advance(seconds=6)
        _press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: study.card.revealed, timeout=5000)
        _press(qtbot, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not study.busy, timeout=10000)
    assert len(set(fronts)) == 5

    # A five-question quiz, untimed, answered with keys; the first option every time.
    win.show_custom_quiz()
    quiz = win.quiz
    setup = quiz.setup
    qtbot.waitUntil(lambda: setup.topics_loaded, timeout=10000)
    setup.count.setValue(5)
    setup.untimed.setChecked(True)
    setup.feedback.setChecked(False)
    setup.scope_all.setChecked(True)
    setup.start_button.click()
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    for _ in range(5):
        qtbot.waitUntil(lambda: quiz.run.state == "question"
                        or quiz.stack.currentWidget() is quiz.results, timeout=5000)
        clock.advance(seconds=4)
        _press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: quiz.stack.currentWidget() is quiz.results, timeout=10000)
    result = quiz.last_result
    assert result is not None and result.total == 5
    qtbot.waitUntil(lambda: "Saving" not in quiz.results.relearn.text(), timeout=10000)

    # Statistics: today's 5 answers, 5 in total, and the quiz.
    quiz.results.home_button.click()
    assert win.stack.currentWidget() is home
    assert _stats_tiles(qtbot, win) == ("5", "5", "1")
    win.close()
    ctx.backend.shutdown()

    # Restart on the same folder: everything is still there.
    win2, ctx2 = _open_window(qtbot, data, clock)
    assert win2.home.overview is not None and win2.home.overview.reviews_total == 5
    assert win2.home.due_new.text() == "15"  # 20 a day, 5 already introduced today
    assert _stats_tiles(qtbot, win2) == ("5", "5", "1")
    win2.close()
    ctx2.backend.shutdown()
