"""A Latvian learner's words: the language switches without a restart, every screen keeps its
mnemonics apart in both languages, Qt's own dialogs speak Latvian, true/false keys fit."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.core.datafolder.settings import Settings
from quizapp.gui import i18n
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.study.more import StudyMoreDialog
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext


@pytest.fixture
def back_to_english(qapp: QCoreApplication) -> Iterator[None]:
    yield
    i18n.switch(qapp, "en")
    QLocale.setDefault(QLocale.c())


def _switch(qtbot: QtBot, language: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    i18n.switch(app, language)
    QApplication.processEvents()  # the LanguageChange events are posted


def _mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).casefold() if m else None


def _taken(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic active in ``window`` now: its menu bar's and its visible widgets'."""
    taken: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = _mnemonic(text)
        if key is not None:
            taken.setdefault(key, []).append(text)

    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            add(action.text())
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title())
    return taken


def _clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in _taken(window).items() if len(v) > 1}


def _screens(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Put every screen (and every page of the multi-page ones) on screen in turn."""
    window.show_home()
    yield "home"
    window.show_stats()
    qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=10000)
    yield "statistics"
    window.show_document("socialie-mediji-pret-ietekmetaju-marketingu", 32)
    qtbot.waitUntil(lambda: window.document.source is not None, timeout=10000)
    yield "document"
    window.show_settings()
    yield "settings"
    with qtbot.waitSignal(window.browse.loaded, timeout=10000):
        window.show_browse()
    window.browse.table.selectRow(0)
    yield "browse"
    window.show_study(None)
    study = window.study
    qtbot.waitUntil(lambda: study.step is not None, timeout=10000)
    yield "study: a card"
    study.reveal()
    yield "study: the answer"
    study.pages.setCurrentIndex(study._DONE)
    study.summary.show_summary(study.log, None)
    yield "study: done"
    window.show_custom_quiz()
    quiz = window.quiz
    qtbot.waitUntil(lambda: quiz.setup.topics_loaded, timeout=10000)
    yield "quiz: set-up"
    window.show_home()
    window.show_quick_quiz()
    qtbot.waitUntil(lambda: quiz.stack.currentWidget() is quiz.intro, timeout=10000)
    yield "quiz: what a quick quiz is"
    quiz.intro.start_button.click()
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    yield "quiz: a question"
    question = quiz.run.question
    assert question is not None
    quiz.run.choose(question.item.correct)
    if quiz.run.state == "feedback":
        yield "quiz: feedback"
    quiz.run.abandon()
    qtbot.waitUntil(lambda: quiz.stack.currentWidget() is quiz.results, timeout=10000)
    yield "quiz: results"


@pytest.mark.parametrize("language", ["en", "lv"])
def test_no_mnemonic_is_taken_twice_on_any_screen(
        qtbot: QtBot, window: MainWindow, language: str, back_to_english: None) -> None:
    """The tester found Alt+T taken by both Tools and Statistics in English."""
    _switch(qtbot, language)
    window.ctx.settings.value = Settings(quick_quiz_explained=False)
    seen = []
    for screen in _screens(window, qtbot):
        QApplication.processEvents()
        seen.append(screen)
        assert _clashes(window) == {}, (language, screen)
    assert len(seen) >= 11
    for menu in window.menuBar().findChildren(QMenu):
        keys = [_mnemonic(a.text()) for a in menu.actions() if a.text()]
        keys = [k for k in keys if k is not None]
        assert len(keys) == len(set(keys)), (language, menu.title(), keys)
    dialog = StudyMoreDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _clashes(dialog) == {}, (language, "study more")


def test_switching_the_language_changes_the_open_screens_without_a_restart(
        qtbot: QtBot, window: MainWindow, back_to_english: None) -> None:
    """The tester had to restart to read the app in Latvian; the theme applied at once."""
    app = QCoreApplication.instance()
    assert app is not None
    i18n.follow(app, window.ctx.settings)  # as the app wires it (gui/app.py)
    # A quiz runs and statistics were opened: both stay as they are, in the new words.
    window.show_stats()
    qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=10000)
    window.show_custom_quiz()
    quiz = window.quiz
    qtbot.waitUntil(lambda: quiz.setup.topics_loaded, timeout=10000)
    quiz.setup.count.setValue(3)
    quiz.setup.start_button.click()
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    session = quiz.run.session
    assert quiz.run.progress.text() == "Question 1 of 3"
    window.show_settings()
    settings = window.settings
    assert window.home.title.text() == "Today"
    settings.form.language.setCurrentIndex(settings.form.language.findData("lv"))
    settings.save_button.click()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.home.title.text() == "Šodien", timeout=5000)
    assert window.stack.currentWidget() is quiz  # Save went back to the quiz, as ever
    assert window.home.study_button.text() == "&Mācīties tagad"
    assert window.menus.file.title() == "&Fails"
    assert window.stats.title.text() == "Statistika"
    assert settings.save_button.text() == "Saglabāt"
    assert quiz.run.session is session and quiz.run.running  # nothing was rebuilt or lost
    assert quiz.run.progress.text() == "1. jautājums no 3"
    assert quiz.run.skip_button.text() == "Izlaist"
    # And back.
    window.show_settings()
    settings.form.language.setCurrentIndex(settings.form.language.findData("en"))
    settings.save_button.click()
    qtbot.waitUntil(lambda: window.home.title.text() == "Today", timeout=5000)
    assert quiz.run.progress.text() == "Question 1 of 3"


def test_qt_s_own_file_dialog_speaks_latvian(qtbot: QtBot, back_to_english: None) -> None:
    """The tester's file dialog said "Look in:" and "Files of type:" in a Latvian UI."""
    _switch(qtbot, "lv")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    buttons = {w.text() for w in dialog.findChildren(QAbstractButton)}
    assert {"&Meklēt:", "Datnes &nosaukums:", "Datņu &tips:"} <= texts
    assert "Atcelt" in buttons
    assert not {"&Look in:", "Files of &type:", "File &name:"} & texts


def test_true_false_keys_fit_latvian_and_show_on_the_buttons(
        qtbot: QtBot, make_ctx: MakeContext, back_to_english: None) -> None:
    """T/F with "patiess/nepatiess" fit no Latvian word: P and N do, shown on the buttons."""
    from tests.gui.test_quiz_view import TF_ONLY, _finished, _key, _start, _view

    _switch(qtbot, "lv")
    view = _view(qtbot, make_ctx(make_bank(topics=2, cards_per_topic=1, questions_per_topic=4)))
    _start(qtbot, view, count=3, kinds=TF_ONLY)
    buttons = view.run.options.buttons
    assert [b.text_label.text() for b in buttons] == ["Patiess", "Nepatiess"]
    assert [b.key.text() for b in buttons] == ["P", "N"]
    assert "P vai 1" in view.run.keys_hint.text()
    for key in (Qt.Key.Key_P, Qt.Key.Key_N, Qt.Key.Key_2):
        _key(qtbot, key)
    result = _finished(qtbot, view)
    assert [r.chosen for r in result.records] == [0, 1, 1]

