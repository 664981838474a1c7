"""Acting on items where the learner meets them: E edits the study card (validated in the
dialog), ! suspends and - buries it with Ctrl+Z to undo, and the quiz feedback's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.material.service import ItemRef
from quizapp.core.study.scope import StudyScope
from quizapp.gui.context import AppContext
from quizapp.gui.items.dialogs import EditDialog
from quizapp.gui.views.study.view import StudyView
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext


def _study(qtbot: QtBot, ctx: AppContext) -> StudyView:
    view = StudyView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.start(StudyScope())
    qtbot.waitUntil(lambda: view.step is not None and view.step.card is not None,
                    timeout=10000)
    return view


def _key(qtbot: QtBot, view: StudyView, key: Qt.Key) -> None:
    qtbot.keyClick(view.focusWidget() or view, key)


def _dialog(qtbot: QtBot, view: StudyView) -> EditDialog:
    qtbot.waitUntil(lambda: view.item_keys.actions.dialog is not None
                    and view.item_keys.actions.dialog.isVisible(), timeout=10000)
    dialog = view.item_keys.actions.dialog
    assert dialog is not None
    return dialog


def _run(qtbot: QtBot, ctx: AppContext, job):  # type: ignore[no-untyped-def]
    out: list[object] = []
    ctx.backend.run(job, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def test_e_in_study_edits_the_card_after_the_dialog_checks_it(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1))
    view = _study(qtbot, ctx)
    assert view.card.front.text() == "Front 0.0"
    _key(qtbot, view, Qt.Key.Key_Space)  # the answer shows
    _key(qtbot, view, Qt.Key.Key_E)
    dialog = _dialog(qtbot, view)
    assert dialog.form.prompt.toPlainText() == "Front 0.0"
    assert dialog.form.back.isVisible() and not dialog.form.options_box.isVisible()
    # An empty back is refused with a clear message; nothing is saved.
    dialog.form.back.setPlainText("  ")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.problems.isVisible()
    assert "Write the answer." in dialog.form.problems.text()
    assert _run(qtbot, ctx, lambda col: col.material.history(ItemRef("demo", "t0-c0"))) == []
    dialog.form.prompt.setPlainText("Kas ir ietekmētājs?")
    dialog.form.back.setPlainText("Persona ar sekotājiem")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.card.front.text() == "Kas ir ietekmētājs?", timeout=10000)
    assert view.card.revealed and view.card.back.text() == "Persona ar sekotājiem"
    assert "saved" in view.notice.text() and view.notice.isVisible()
    item = _run(qtbot, ctx, lambda col: col.material.item(ItemRef("demo", "t0-c0")))
    assert item.back == "Persona ar sekotājiem"
    # Ctrl+Z takes the edit back before any answer.
    view.undo()
    qtbot.waitUntil(lambda: view.card.front.text() == "Front 0.0", timeout=10000)


def test_suspend_and_bury_move_on_and_ctrl_z_brings_the_card_back(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1, cards_per_topic=3))
    view = _study(qtbot, ctx)
    first = view.card.front.text()
    assert view.count_labels["new"].text() == "3"
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Exclam)
    qtbot.waitUntil(lambda: view.card.front.text() != first, timeout=10000)
    assert view.count_labels["new"].text() == "2"
    assert "Suspended" in view.notice.text()
    second = view.card.front.text()
    _key(qtbot, view, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: view.card.front.text() not in (first, second), timeout=10000)
    assert view.count_labels["new"].text() == "1"
    assert "Buried" in view.notice.text()
    assert view.undo_button.isEnabled()
    view.undo()  # the bury, then the suspend
    qtbot.waitUntil(lambda: view.count_labels["new"].text() == "2", timeout=10000)
    view.undo()
    qtbot.waitUntil(lambda: view.count_labels["new"].text() == "3", timeout=10000)
    marks = _run(qtbot, ctx, lambda col: col.material.marks(
        [ItemRef("demo", f"t0-c{n}") for n in range(3)]))
    assert not any(m.suspended or m.buried_until for m in marks.values())


def test_an_answer_after_an_action_is_undone_first(qtbot: QtBot,
                                                   make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1, cards_per_topic=3))
    view = _study(qtbot, ctx)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Exclam)
    qtbot.waitUntil(lambda: view.count_labels["new"].text() == "2", timeout=10000)
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: len(view.log.answers) == 1 and not view.busy, timeout=10000)
    view.undo()  # the answer comes back first
    qtbot.waitUntil(lambda: not view.log.answers and not view.busy, timeout=10000)
    assert view.count_labels["new"].text() == "2"  # still suspended
    view.undo()
    qtbot.waitUntil(lambda: view.count_labels["new"].text() == "3", timeout=10000)


def test_the_card_menu_flags_the_card(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1))
    view = _study(qtbot, ctx)
    menu = view.card.item_button.menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert any(t.startswith("&Edit") and t.endswith("\tE") for t in texts)
    assert any(t.endswith("\t!") for t in texts) and any(t.endswith("\t-") for t in texts)
    flags = [a for a in menu.actions() if a.menu() is not None][0].menu()
    ambiguous = [a for a in flags.actions() if a.text() == "&Ambiguous"][0]
    ambiguous.trigger()
    qtbot.waitUntil(lambda: "Flagged" in view.notice.text(), timeout=10000)
    marks = _run(qtbot, ctx, lambda col: col.material.marks([ItemRef("demo", "t0-c0")]))
    assert marks[ItemRef("demo", "t0-c0")].flag is not None
    assert view.card.front.text() == "Front 0.0"  # a flagged card stays on screen


def test_the_item_keys_collide_with_no_other_shortcut_of_the_window(
        qtbot: QtBot, window) -> None:  # noqa: ANN001 - the main window fixture
    from PySide6.QtGui import QKeySequence, QShortcut

    window.show_study(None)
    qtbot.waitUntil(lambda: window.study.step is not None, timeout=10000)
    window.show_quick_quiz()
    taken: dict[str, int] = {}
    for action in window.findChildren(type(window.menus.undo_action)):
        for seq in action.shortcuts():
            key = seq.toString()
            taken[key] = taken.get(key, 0) + 1
    assert taken.get("Ctrl+B") == 1 and taken.get("Ctrl+N") == 1
    assert taken.get("Ctrl+Shift+B") == 1
    study_keys = [s.key().toString() for s in window.study.findChildren(QShortcut)]
    for key in ("E", "!", "-", "*"):
        assert study_keys.count(key) == 1, key
        assert key not in taken
    assert QKeySequence("!").toString() == "!"
    QApplication.processEvents()


def test_quiz_feedback_keys_act_on_the_question_and_not_while_answering(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    from quizapp.core.quiz.engine import QuizConfig, QuizScope
    from quizapp.gui.views.quiz.view import QuizView

    ctx = make_ctx(make_bank(topics=1, questions_per_topic=2))
    view = QuizView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    qtbot.waitActive(view)
    view._build_quiz(QuizConfig(count=2, scope=QuizScope.ALL), True, from_setup=False)
    run = view.run
    qtbot.waitUntil(lambda: run.state == "question", timeout=10000)
    keys = run.item_keys
    assert not any(s.isEnabled() for s in keys.shortcuts)  # E answers option five here
    question = run.question
    assert question is not None
    qtbot.keyClick(run, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: run.state == "feedback", timeout=10000)
    assert all(s.isEnabled() for s in keys.shortcuts) and keys.edit_button.isVisible()
    qtbot.keyClick(run.focusWidget() or run, Qt.Key.Key_Exclam)
    qtbot.waitUntil(lambda: keys.notice.isVisible() and "Suspended" in keys.notice.text(),
                    timeout=10000)
    assert keys.undo_button.isVisible()
    ref = ItemRef("demo", question.item.id)
    assert _run(qtbot, ctx, lambda col: col.material.marks([ref]))[ref].suspended
    keys.undo_button.click()
    qtbot.waitUntil(lambda: "Undone" in keys.notice.text(), timeout=10000)
    assert not _run(qtbot, ctx, lambda col: col.material.marks([ref]))[ref].suspended
    run.continue_()
    assert not keys.notice.isVisible() or run.state != "question"


@pytest.mark.parametrize("kind", ["multiple_choice", "true_false"])
def test_the_edit_dialog_refuses_a_question_without_one_right_answer(
        qtbot: QtBot, make_ctx: MakeContext, kind: str) -> None:
    from quizapp.core.banks.model import ItemKind
    from quizapp.core.material.drafts import ItemDraft
    from quizapp.core.material.overlay import EditState

    item = make_bank(topics=1).item("t0-mc0" if kind == "multiple_choice" else "t0-tf1")
    dialog = EditDialog(item, EditState(), "Topic 0")
    qtbot.addWidget(dialog)
    saved: list[ItemDraft] = []
    dialog.saved.connect(saved.append)
    dialog.show()
    if item.kind is ItemKind.MULTIPLE_CHOICE:
        dialog.form.option_edits[2].setText(dialog.form.option_edits[0].text())
        dialog.save_button.click()
        assert "Two options are the same." in dialog.form.problems.text()
        dialog.form.option_edits[2].setText("C2")
        dialog.form._group.setExclusive(False)
        for button in dialog.form.right_buttons:
            button.setChecked(False)
        dialog.form._group.setExclusive(True)
    else:
        dialog.form._truth_group.setExclusive(False)
        dialog.form.true_button.setChecked(False)
        dialog.form._truth_group.setExclusive(True)
    dialog.save_button.click()
    assert "Mark exactly one option as the right answer." in dialog.form.problems.text()
    assert saved == [] and dialog.isVisible()
    (dialog.form.right_buttons[3] if item.kind is ItemKind.MULTIPLE_CHOICE
     else dialog.form.false_button).setChecked(True)
    dialog.save_button.click()
    assert len(saved) == 1 and not saved[0].problems() and not dialog.isVisible()
