"""Accessibility: every control has a name, the keyboard reaches everything, fonts scale."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.core.study.scope import StudyScope
from quizapp.gui import theme
from quizapp.gui.mainwindow import MainWindow

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def _open_screen(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    if name == "home":
        return window.home
    if name == "study":
        window.show_study(StudyScope())
        qtbot.waitUntil(lambda: window.study.step is not None, timeout=10000)
        window.study.reveal()
        return window.study
    if name == "quiz":
        window.show_custom_quiz()
        qtbot.waitUntil(lambda: window.quiz.setup.topics_loaded, timeout=10000)
        return window.quiz
    if name == "stats":
        window.show_stats()
        qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=10000)
        return window.stats
    if name == "document":
        window.show_document("socialie-mediji-pret-ietekmetaju-marketingu", 32)
        return window.document
    window.show_settings()
    return window.settings


@pytest.mark.parametrize("screen", ["home", "study", "quiz", "stats", "document", "settings"])
def test_every_visible_control_has_a_name(qtbot: QtBot, window: MainWindow,
                                          screen: str) -> None:
    view = _open_screen(qtbot, window, screen)
    qtbot.wait(50)
    unnamed = []
    for control in view.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(view):
            continue
        if isinstance(control, QLineEdit) and isinstance(control.parent(), (QAbstractSpinBox,
                                                                            QComboBox)):
            continue  # the spin box's or combo box's own editor: named by its owner
        text = control.text() if isinstance(control, QAbstractButton) else ""
        if not (text.strip() or control.accessibleName().strip() or control.toolTip().strip()
                or _has_buddy(control)):
            unnamed.append(f"{type(control).__name__} {control.objectName()!r}")
    assert unnamed == [], f"{screen}: controls without a name for screen readers: {unnamed}"


def _has_buddy(control: QWidget) -> bool:
    from PySide6.QtWidgets import QLabel

    window = control.window()
    return any(label.buddy() is control for label in window.findChildren(QLabel))


def test_tab_reaches_the_home_screens_buttons_in_order(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    window.activateWindow()
    home.study_button.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(12):
        focus = QApplication.focusWidget()
        if focus is not None:
            seen.append(focus)
        qtbot.keyClick(focus or window, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
    buttons = [home.study_button, home.quick_quiz_button, home.custom_quiz_button,
               home.stats_button]
    positions = [seen.index(b) for b in buttons]
    assert positions == sorted(positions)


def test_the_font_size_setting_scales_the_ui(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.follow(app, window.ctx.settings)
    default = app.font().pointSize()
    try:
        window.ctx.settings.save(replace(window.ctx.settings.value, font_size=default + 6))
        assert app.font().pointSize() == default + 6
        window.ctx.settings.save(replace(window.ctx.settings.value, font_size=0))
        assert app.font().pointSize() == default
    finally:
        theme.apply(app, window.ctx.settings.value.theme, 0)
