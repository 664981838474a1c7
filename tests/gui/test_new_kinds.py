"""Cloze and order items on screen: studied with Space and 1–4, quizzed from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.quiz.engine import QuestionOutcome
from quizapp.core.study.scope import StudyScope
from quizapp.gui.views.quiz.view import QuizView
from quizapp.gui.views.study.view import StudyView
from tests.gui.conftest import MakeContext

SRC = SourceRef(3, ("Tabula", "Kofeīns"))
CLOZE = Item("cloze", ItemKind.CLOZE, "t", "Kafijas tasē ir apmēram {{95 mg}} kofeīna.",
             options=("47 mg", "95 mg"), correct=1, fact="f1", source=SRC,
             explanation="Apmēram 95 mg parastā tasē.")
ORDER = Item("order", ItemKind.ORDER, "t", "Kā darbojas turbīna? Sakārtojiet posmus.",
             options=("Vējš griež lāpstiņas", "Rotors griež vārpstu", "Ģenerators ražo strāvu"),
             fact="f2", source=SRC, explanation="1, 2, 3")


def _bank(*items: Item) -> Bank:
    return Bank(BankMeta("kinds", "Jaunie veidi", "lv"), (Topic("t", "Enerģija"),), items)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)  # type: ignore[no-untyped-call]


def _quiz(qtbot: QtBot, make_ctx: MakeContext, *items: Item, feedback: bool) -> QuizView:
    view = QuizView(make_ctx(_bank(*items)))
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.show_setup()
    qtbot.waitUntil(lambda: view.setup.topics_loaded, timeout=10000)
    view.setup.untimed.setChecked(True)
    view.setup.feedback.setChecked(feedback)
    view.setup.start_button.click()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    return view


def test_a_cloze_in_a_quiz_shows_the_blank_and_takes_a_number_key(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _quiz(qtbot, make_ctx, CLOZE, feedback=True)
    assert view.run.prompt.text() == "Kafijas tasē ir apmēram _____ kofeīna."
    shown = [b.text_label.text() for b in view.run.options.buttons]
    assert sorted(shown) == ["47 mg", "95 mg"]  # in a fresh order each quiz
    _key(qtbot, Qt.Key.Key_1 if shown[0] == "95 mg" else Qt.Key.Key_2)
    assert view.run.state == "feedback" and "Right" in view.run.verdict.text()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=10000)
    assert view.last_result.records[0].outcome is QuestionOutcome.CORRECT


def test_an_order_item_is_answered_by_pressing_the_steps_in_order(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _quiz(qtbot, make_ctx, ORDER, feedback=True)
    run = view.run
    shown = [b.text_label.text() for b in run.options.buttons]
    assert sorted(shown) == sorted(ORDER.options) and shown != list(ORDER.options)
    assert "Backspace" in run.keys_hint.text()
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
    # A wrong first pick, taken back with Backspace, then the right order.
    wrong_first = next(i for i, t in enumerate(shown) if t != ORDER.options[0])
    _key(qtbot, keys[wrong_first])
    assert run.picks == [wrong_first]
    assert run.options.buttons[wrong_first].tag.text() == "Step 1"
    _key(qtbot, Qt.Key.Key_Backspace)
    assert run.picks == [] and not run.options.buttons[wrong_first].tag.isVisible()
    for step in ORDER.options:
        _key(qtbot, keys[shown.index(step)])
    assert run.state == "feedback" and "Right" in run.verdict.text()
    assert all("✓" in b.tag.text() for b in run.options.buttons)
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=10000)
    record = view.last_result.records[0]
    assert record.outcome is QuestionOutcome.CORRECT and record.order == (0, 1, 2)


def test_a_wrong_order_shows_each_steps_place_in_the_results(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _quiz(qtbot, make_ctx, ORDER, feedback=False)
    run = view.run
    shown = [b.text_label.text() for b in run.options.buttons]
    for step in reversed(ORDER.options):
        _key(qtbot, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3][shown.index(step)])
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=10000)
    labels = " ".join(w.text() for w in view.results.findChildren(type(run.prompt)))
    assert "Your answer: Ģenerators ražo strāvu → Rotors griež vārpstu → Vējš griež " \
        "lāpstiņas" in labels
    assert "Right answer: Vējš griež lāpstiņas → Rotors griež vārpstu → Ģenerators ražo " \
        "strāvu" in labels


def test_studying_a_cloze_and_an_order_item(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = StudyView(make_ctx(_bank(CLOZE, ORDER)))
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.start(StudyScope())
    qtbot.waitUntil(lambda: view.step is not None, timeout=10000)
    seen = set()
    for _ in range(2):
        qtbot.waitUntil(lambda: not view._busy and view.step is not None
                        and view.step.card is not None, timeout=10000)
        item = view.step.card.item
        front = view.card.front.text()
        if item.kind is ItemKind.CLOZE:
            assert front == "Kafijas tasē ir apmēram _____ kofeīna."
        else:
            assert front.startswith("Kā darbojas turbīna?") and "A. " in front
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Space)
        back = view.card.back.text()
        if item.kind is ItemKind.CLOZE:
            assert back == "Kafijas tasē ir apmēram [95 mg] kofeīna."
        else:
            assert back.splitlines()[0] == "1. Vējš griež lāpstiņas"
        seen.add(item.kind)
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_4)
    assert seen == {ItemKind.CLOZE, ItemKind.ORDER}
