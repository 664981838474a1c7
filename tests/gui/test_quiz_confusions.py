"""The quiz results list what the learner mixes up, and each mistake has its item menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from quizapp.core.quiz.engine import QuizConfig, QuizScope
from quizapp.gui.views.quiz.view import QuizView
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext


def _quiz(qtbot: QtBot, make_ctx: MakeContext) -> QuizView:
    view = QuizView(make_ctx(make_bank(topics=1, questions_per_topic=1)))
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    qtbot.waitActive(view)
    return view


def _take(qtbot: QtBot, view: QuizView, option: str) -> None:
    """Answer the one question by the key of the option reading ``option`` (a quiz puts its
    options in its own order)."""
    view._build_quiz(QuizConfig(count=1, scope=QuizScope.ALL), False, from_setup=False)
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.run.question is not None
    place = view.run.question.item.options.index(option)
    qtbot.keyClick(view.run, Qt.Key(Qt.Key.Key_1.value + place))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.results, timeout=10000)


def test_the_results_list_the_confusions_of_the_quizs_topics(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _quiz(qtbot, make_ctx)
    _take(qtbot, view, "C")  # the right option is "B"
    results = view.results
    qtbot.waitUntil(lambda: results.confusions_frame.isVisible(), timeout=10000)
    texts = [label.text() for label in results.confusion_list.findChildren(QLabel)]
    assert "Topic 0" in texts
    assert any("C" in t and "→" in t and "B" in t for t in texts)
    assert any(t == "once" for t in texts)
    assert any(t == "Question 0.0?" for t in texts)
    menus = [b for b in results.findChildren(QToolButton) if b.menu() is not None]
    assert len(menus) == 1 and menus[0].isVisible()
    # A right answer next time: the quiz's results show no confusion for it yet (one is
    # not three in a row), so the card stays; three in a row make it fade.
    for n in range(3):
        _take(qtbot, view, "B")
        if n < 2:
            qtbot.waitUntil(lambda: results.confusions_frame.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: results.confusion_list.rows == 0, timeout=10000)
    assert not results.confusions_frame.isVisible()
