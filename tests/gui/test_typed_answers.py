"""Typed answers in study: the field, the verdict with its character difference, the suggested
rating the learner may change, Latvian letters, long answers, and T switching typing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic
from quizapp.core.study.cards import Rating
from quizapp.core.study.scope import StudyScope
from quizapp.core.study.typed import DiffKind
from quizapp.gui.context import AppContext
from quizapp.gui.views.study.view import StudyView
from tests.gui.conftest import MakeContext

LONG = ("Zīmols pilnībā kontrolē ziņojumu un saturu, un tam ir lielāka kontrole pār produktu "
        "vai pakalpojumu ziņojumapmaiņu un prezentāciju.")


def _bank() -> Bank:
    """Short Latvian answers first (study takes new cards in bank order), then a long one."""
    cards = [("kontrole", "Kas raksturo sociālo mediju mārketingu aspektā «Kontrole»?",
              "Zīmols kontrolē saturu"),
             ("ticamiba", "Uz ko paļaujas sociālo mediju mārketings?",
              "Zīmola reputāciju"),
             ("izmaksas", "Kas ietekmē izmaksas?", "Sekotāju skaits"),
             ("garais", "Ko salīdzinājums saka par kontroli?", LONG)]
    items = tuple(Item(f"{key}/card", ItemKind.FLASHCARD, "t", front, back=back, fact=key)
                  for key, front, back in cards)
    return Bank(BankMeta("typed", "Rakstīšana", "lv"), (Topic("t", "Kontrole"),), items)


def _view(qtbot: QtBot, ctx: AppContext, typing: bool = True) -> StudyView:
    ctx.settings.save(replace(ctx.settings.value, typed_answers=typing))
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


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. Latvian letters go as text with no key code: keyClicks
    with non-ASCII text kills the process (PySide6 6.11–6.12, see DESIGN)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def _key(qtbot: QtBot, view: StudyView, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(view.focusWidget() or view, key, modifier)


def _next(qtbot: QtBot, view: StudyView, front: str) -> None:
    qtbot.waitUntil(lambda: not view.busy and view.card.front.text() != front, timeout=10000)


def test_typing_an_answer_shows_the_verdict_and_the_difference(qtbot: QtBot,
                                                               make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(_bank()))
    typing = view.typing
    assert view.card.front.text().startswith("Kas raksturo")
    assert typing.field.isVisible() and typing.field.hasFocus()
    assert not view.card.back.isVisible() and not typing.verdict.isVisible()
    assert view.hint.text() == "Enter shows the answer · T switches typing off"
    # Without the diacritics: "almost".
    _type(typing.field, "zimols kontrole saturu")
    assert typing.field.text() == "zimols kontrole saturu"  # space and t went to the field
    _key(qtbot, view, Qt.Key.Key_Return)
    assert view.card.back.isVisible() and view.card.back.text() == "Zīmols kontrolē saturu"
    assert typing.verdict.isVisible() and typing.diff.isVisible() and typing.legend.isVisible()
    assert typing.verdict.text() == "Almost: only the diacritics differ. Suggested: Hard"
    assert typing.verdict.property("state") == "almost"
    # The difference, character by character: each typed plain letter struck out, the
    # letter with its diacritic underlined; the rest as it should be.
    assert typing.result is not None
    spans = [(s.kind, s.text) for s in typing.result.diff]
    assert spans == [(DiffKind.SAME, "Z"), (DiffKind.EXTRA, "i"), (DiffKind.MISSING, "ī"),
                     (DiffKind.SAME, "mols kontrol"), (DiffKind.EXTRA, "e"),
                     (DiffKind.MISSING, "ē"), (DiffKind.SAME, " saturu")]
    html = typing.diff.text()
    assert "<s style" in html and ">i</s>" in html and "<b>ī</b></u>" in html
    assert typing.diff.textFormat() == Qt.TextFormat.RichText
    # The suggested rating is marked and focused; the learner may pick another.
    hard = view.ratings.button(Rating.HARD)
    assert hard.property("suggested") == "true" and hard.hasFocus()
    assert view.ratings.button(Rating.GOOD).property("suggested") is None
    front = view.card.front.text()
    _key(qtbot, view, Qt.Key.Key_3)
    _next(qtbot, view, front)
    history = view.log.answers
    assert [a.rating for a in history] == [Rating.GOOD]  # the learner's choice, not Hard
    assert typing.field.isVisible() and typing.field.text() == ""
    assert not typing.verdict.isVisible()


def test_latvian_typed_right_is_right_and_space_takes_the_suggestion(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(_bank()))
    typing = view.typing
    _type(typing.field, "  zīmols KONTROLĒ saturu!  ")
    _key(qtbot, view, Qt.Key.Key_Return)
    assert typing.verdict.text() == "Right. Suggested: Good"
    assert typing.verdict.property("state") == "correct"
    assert typing.result is not None
    assert {s.kind for s in typing.result.diff} <= {DiffKind.SAME, DiffKind.IGNORED}
    assert not typing.diff.isVisible() and not typing.legend.isVisible()  # nothing to show
    front = view.card.front.text()
    _key(qtbot, view, Qt.Key.Key_Space)  # presses the focused, suggested button
    _next(qtbot, view, front)
    assert [a.rating for a in view.log.answers] == [Rating.GOOD]


def test_a_wrong_answer_suggests_again(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(_bank()))
    typing = view.typing
    _type(typing.field, "ietekmētājs")
    _key(qtbot, view, Qt.Key.Key_Enter)
    assert typing.verdict.text() == "Wrong. Suggested: Again"
    assert typing.verdict.property("state") == "wrong"
    assert view.ratings.button(Rating.AGAIN).hasFocus()
    # Nothing typed at all is said as such.
    front = view.card.front.text()
    _key(qtbot, view, Qt.Key.Key_Space)
    _next(qtbot, view, front)
    _key(qtbot, view, Qt.Key.Key_Return)
    assert typing.verdict.text() == "Nothing was typed. Suggested: Again"


def test_t_toggles_typing_for_the_session(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(_bank())
    view = _view(qtbot, ctx, typing=False)
    typing = view.typing
    assert not typing.isVisible() and view.show_button.hasFocus()
    assert view.hint.text() == "Space or Enter shows the answer"
    _key(qtbot, view, Qt.Key.Key_T)
    assert typing.field.isVisible() and typing.field.hasFocus()
    assert view.hint.text() == "Enter shows the answer · T switches typing off"
    # In the field, t is a letter; Ctrl+T switches typing off again.
    _type(typing.field, "t")
    assert typing.field.text() == "t" and typing.on
    _key(qtbot, view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not typing.on and not typing.field.isVisible()
    assert view.hint.text() == "Space or Enter shows the answer"
    _key(qtbot, view, Qt.Key.Key_T)
    assert typing.on and typing.field.hasFocus()
    # The switch holds for the session only: the setting is unchanged.
    assert ctx.settings.value.typed_answers is False
    view.start(StudyScope())
    qtbot.waitUntil(lambda: view.step is not None and view.step.card is not None,
                    timeout=10000)
    assert not typing.on and not typing.field.isVisible()


def test_long_answers_are_shown_and_self_rated(qtbot: QtBot, make_ctx: MakeContext) -> None:
    bank = _bank()
    view = _view(qtbot, make_ctx(replace(bank, items=bank.items[3:])))
    typing = view.typing
    assert view.card.front.text() == "Ko salīdzinājums saka par kontroli?"
    assert not typing.field.isVisible()
    assert typing.note.isVisible() and "too long to type" in typing.note.text()
    assert view.show_button.hasFocus()
    _key(qtbot, view, Qt.Key.Key_Space)
    assert view.card.back.isVisible() and not typing.verdict.isVisible()
    assert view.ratings.button(Rating.GOOD).hasFocus()
    assert all(view.ratings.button(r).property("suggested") is None for r in Rating)
