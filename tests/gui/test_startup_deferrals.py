"""What start-up puts off until home is painted: plain-text format for labels that cannot
look like markup, asking the system for its colour scheme, the cycle collector. Each one
must be made good afterwards, and hostile text must never be shown as markup meanwhile."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.datafolder.settings import Theme
from quizapp.gui import theme
from quizapp.gui.app import _after_first_paint
from quizapp.gui.mainwindow import (
    MainWindow,
    remember_system_scheme,
    remembered_system_scheme,
    window_state,
)
from quizapp.gui.widgets import text
from tests.gui.conftest import MakeContext

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"
PLAIN = Qt.TextFormat.PlainText


@pytest.fixture
def deferring() -> Iterator[None]:
    text.defer_plain_format()
    try:
        yield
    finally:
        text.finish_plain_format()


@pytest.mark.usefixtures("deferring")
def test_labels_that_could_be_markup_are_plain_at_once() -> None:
    quiet = text.plain_label("Sociālie mediji — 200 kartīšu")
    tag = text.plain_label(HOSTILE)
    entity = text.plain_label("&lt;b&gt; looks like a tag to Qt")
    assert quiet.textFormat() == Qt.TextFormat.AutoText  # nothing Qt could misread
    assert tag.textFormat() == PLAIN and entity.textFormat() == PLAIN
    # A deferred label that is later given markup-like text turns plain first.
    text.set_plain(quiet, HOSTILE)
    assert quiet.textFormat() == PLAIN and quiet.text() == HOSTILE
    text.finish_plain_format()
    later = text.plain_label("after start-up")
    assert later.textFormat() == PLAIN


def test_after_start_up_every_deferred_label_is_plain(qtbot: QtBot) -> None:
    text.defer_plain_format()
    labels = [text.plain_label(f"label {i}") for i in range(3)]
    gone = text.plain_label("deleted before the end")
    gone.deleteLater()
    qtbot.wait(10)
    text.finish_plain_format()
    assert all(label.textFormat() == PLAIN for label in labels)
    # From here on, setting hostile text directly is safe too.
    labels[0].setText(HOSTILE)
    assert labels[0].textFormat() == PLAIN


def _hostile_bank() -> Bank:
    topic = Topic("t", HOSTILE)
    items = tuple(Item(f"c{i}", ItemKind.FLASHCARD, "t", f"Q{i}?", back="A") for i in range(3))
    return Bank(BankMeta("hostile", HOSTILE, "en"), (topic,), items)


def test_a_hostile_bank_title_at_start_up_shows_literally(qtbot: QtBot,
                                                          make_ctx: MakeContext) -> None:
    ctx = make_ctx(_hostile_bank())
    text.defer_plain_format()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.home.overview is not None, timeout=15000)
        shown = [w for w in window.home.findChildren(QLabel) if HOSTILE in w.text()]
        assert shown and all(w.textFormat() == PLAIN for w in shown)
    finally:
        text.finish_plain_format()


def test_the_system_scheme_is_guessed_then_confirmed(qtbot: QtBot, tmp_path: Path,
                                                     make_ctx: MakeContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctx = make_ctx()
    assert ctx.settings.value.theme is Theme.SYSTEM
    real = theme.resolve(Theme.SYSTEM)
    wrong = Theme.DARK if real is Theme.LIGHT else Theme.LIGHT
    try:
        # Last time the system looked different: start with that…
        theme.follow(app, ctx.settings, system_guess=wrong)
        assert theme.current(app) is wrong
        # …and switch once the window is up.
        assert theme.confirm_system(app, ctx.settings) is real
        assert theme.current(app) is real
    finally:
        theme.apply(app, Theme.LIGHT)
        app.setStyleSheet("")


def test_the_scheme_is_remembered_in_the_window_state(tmp_path: Path) -> None:
    assert remembered_system_scheme(tmp_path) is None
    remember_system_scheme(tmp_path, Theme.DARK)
    assert remembered_system_scheme(tmp_path) is Theme.DARK
    state = window_state(tmp_path)
    state.setValue("system_scheme", "purple")  # a hand-edited or broken value
    state.sync()
    assert remembered_system_scheme(tmp_path) is None


def test_what_start_up_put_off_runs_once(qtbot: QtBot, make_ctx: MakeContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctx = make_ctx()
    text.defer_plain_format()
    label = text.plain_label("deferred")
    gc.disable()
    done = _after_first_paint(app, ctx)
    try:
        done()
        assert gc.isenabled()
        assert label.textFormat() == PLAIN
        assert remembered_system_scheme(ctx.config_dir) is theme.resolve(Theme.SYSTEM)
        gc.disable()
        done()  # the fallback timer firing later changes nothing
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
        app.setStyleSheet("")
        text.finish_plain_format()
