"""Tooltips show bank text literally: Qt would render HTML in a tooltip and load its images."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.gui.views.quiz.view import QuizView
from quizapp.gui.widgets.text import plain_tooltip
from tests.gui.conftest import MakeContext

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"


def _rendered(tooltip: str) -> str:
    """What Qt shows for a tooltip (rich text is turned into its plain text)."""
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_plain_tooltip_shows_markup_as_typed() -> None:
    assert _rendered(plain_tooltip(HOSTILE)) == HOSTILE
    assert _rendered(plain_tooltip("two\nlines")) == "two\nlines"
    assert plain_tooltip("") == ""


def test_topic_picker_tooltips_are_literal(qtbot: QtBot, make_ctx: MakeContext) -> None:
    bank = Bank(BankMeta("hostile", HOSTILE, "en"), (Topic("t", HOSTILE),),
                (Item("c", ItemKind.FLASHCARD, "t", "Q", back="A"),
                 Item("q", ItemKind.TRUE_FALSE, "t", "S", correct=0, cards=("c",))))
    view = QuizView(make_ctx(bank))
    qtbot.addWidget(view)
    view.show()
    view.show_setup()
    qtbot.waitUntil(lambda: view.setup.topics_loaded, timeout=10000)
    tree = view.setup.picker.tree
    group = tree.topLevelItem(0)
    assert _rendered(group.toolTip(0)) == HOSTILE
    assert _rendered(group.child(0).toolTip(0)) == HOSTILE
