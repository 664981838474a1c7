"""Study screen: reveal, rate by keys, intervals, undo, finished and waiting screens, scope."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.study.cards import CardSchedule, CardState, Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.scope import StudyScope
from quizapp.core.storage.records import ReviewRecord
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.study.view import StudyView
from quizapp.gui.widgets.ratings import duration_text, interval_text
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"
UTC = timezone.utc


def _view(qtbot: QtBot, ctx: AppContext, scope: StudyScope | None = None) -> StudyView:
    """A study view, shown and active, with its first card (or end page) on screen."""
    view = StudyView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.start(scope or StudyScope())
    qtbot.waitUntil(lambda: view.step is not None, timeout=10000)
    return view


def _key(qtbot: QtBot, view: StudyView, key: Qt.Key) -> None:
    """Press ``key`` where the learner's focus is (shortcuts are scoped to the view)."""
    qtbot.keyClick(view.focusWidget() or view, key)


def _front(view: StudyView) -> str:
    return view.card.front.text()


def _counts(view: StudyView) -> tuple[str, str, str]:
    labels = view.count_labels
    return labels["new"].text(), labels["learning"].text(), labels["review"].text()


def _wait_idle(qtbot: QtBot, view: StudyView) -> None:
    qtbot.waitUntil(lambda: not view._busy, timeout=10000)


def _run(qtbot: QtBot, ctx: AppContext, job):  # type: ignore[no-untyped-def]
    """Run ``job`` on the worker and return its result."""
    out: list[object] = []
    ctx.backend.run(job, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def test_space_reveals_the_answer(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    assert view.card.front.isVisible() and _front(view)
    assert not view.card.back.isVisible()
    assert view.show_button.isVisible() and not view.ratings.isVisible()
    assert _counts(view) == ("20", "0", "0")
    assert view.count_labels["new"].property("current") == "true"
    _key(qtbot, view, Qt.Key.Key_Space)
    assert view.card.back.isVisible() and view.card.back.text()
    assert view.ratings.isVisible() and not view.show_button.isVisible()
    assert view.card.topic.isVisible() and "Atslēgas" in view.card.topic.text()


def test_enter_reveals_too(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _key(qtbot, view, Qt.Key.Key_Return)
    assert view.card.back.isVisible()


def test_rating_buttons_show_their_next_intervals(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _key(qtbot, view, Qt.Key.Key_Space)
    step = view.step
    assert step is not None
    shown = {r: view.ratings.button(r).interval.text() for r in Rating}
    assert shown == {r: interval_text(step.preview[r].interval) for r in Rating}
    # A new card with the default learning steps (1 min, 10 min).
    assert shown[Rating.AGAIN] == "1 min" and shown[Rating.GOOD] == "10 min"
    assert shown[Rating.EASY].endswith(" d")
    assert view.ratings.button(Rating.GOOD).property("rating") == "3"
    assert "10 min" in view.ratings.button(Rating.GOOD).accessibleName()


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=30), "<1 min"),
    (timedelta(minutes=10), "10 min"),
    (timedelta(minutes=59, seconds=50), "1 h"),
    (timedelta(hours=5), "5 h"),
    (timedelta(days=1), "1 d"),
    (timedelta(days=3), "3 d"),
    (timedelta(days=36), "1.2 mo"),
    (timedelta(days=60), "2 mo"),
    (timedelta(days=912), "2.5 y"),
])
def test_intervals_read_in_human_units(qtbot: QtBot, delta: timedelta, text: str) -> None:
    assert interval_text(delta) == text


def test_durations_read_in_human_units(qtbot: QtBot) -> None:
    assert duration_text(4_400) == "4 s"
    assert duration_text(200_000) == "3 min 20 s"
    assert duration_text(3_900_000) == "1 h 5 min"


def test_keys_1_to_4_do_nothing_before_the_answer_shows(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    front = _front(view)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        _key(qtbot, view, key)
        assert not view._busy  # no answer was sent
    assert _front(view) == front and not view.card.back.isVisible()
    assert view.log.answers == [] and _counts(view) == ("20", "0", "0")


def test_3_rates_good_with_the_time_taken_and_the_next_card_shows(
        qtbot: QtBot, make_ctx: MakeContext, clock: FixedClock) -> None:
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    first = view.step.card if view.step else None
    assert first is not None
    clock.advance(seconds=4)
    _key(qtbot, view, Qt.Key.Key_Space)
    clock.advance(seconds=3)
    _key(qtbot, view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: view.step is not None and view.step.card is not None
                    and view.step.card.pk != first.pk, timeout=10000)
    assert view.step.card.item.id != first.item.id
    assert not view.card.back.isVisible() and view.show_button.isVisible()
    assert _counts(view) == ("19", "1", "0")
    assert view.undo_button.isEnabled()
    logged = view.log.answers
    assert [a.rating for a in logged] == [Rating.GOOD]
    review = _run(qtbot, ctx, lambda col: col.store.reviews.get(logged[0].review_id))
    assert isinstance(review, ReviewRecord)
    assert review.rating is Rating.GOOD and review.duration_ms == 7000


def test_a_double_key_press_rates_only_one_card(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_3)
    _key(qtbot, view, Qt.Key.Key_3)  # while the first answer is being stored
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_4)
    _wait_idle(qtbot, view)
    assert len(view.log.answers) == 1
    assert _run(qtbot, ctx, lambda col: col.store.reviews.count()) == 1
    assert not view.card.back.isVisible()  # the next card waits for Space


def test_space_on_another_focused_button_presses_that_button(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    view.home_button.setFocus()
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, view, Qt.Key.Key_Space)
    assert not view.card.back.isVisible()


def test_the_keypad_rates_too(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _key(qtbot, view, Qt.Key.Key_Space)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    _wait_idle(qtbot, view)
    assert [a.rating for a in view.log.answers] == [Rating.HARD]


def test_space_after_the_answer_shows_rates_good(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_Space)
    _wait_idle(qtbot, view)
    assert [a.rating for a in view.log.answers] == [Rating.GOOD]


def test_undo_brings_the_previous_card_back_twice(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    seen = []
    counts = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_4):
        assert view.step is not None and view.step.card is not None
        seen.append(view.step.card)
        counts.append(_counts(view))
        _key(qtbot, view, Qt.Key.Key_Space)
        _key(qtbot, view, key)
        _wait_idle(qtbot, view)
    assert _counts(view) == ("18", "1", "0")

    assert not view.undone.isVisible()
    view.undo()
    _wait_idle(qtbot, view)
    # Ctrl+Z says what it took back (the tester got no word of it).
    assert view.undone.isVisible()
    assert view.undone.text() == "Undone: your answer “Easy” to this card. Answer it again."
    assert view.step is not None and view.step.card == seen[1]  # same schedule as shown
    assert _front(view) == seen[1].item.prompt and not view.card.back.isVisible()
    assert _counts(view) == counts[1]
    assert len(view.log.answers) == 1

    view.undo_button.click()
    _wait_idle(qtbot, view)
    assert "“Again”" in view.undone.text()
    assert view.step.card == seen[0]
    assert _counts(view) == counts[0] == ("20", "0", "0")
    assert view.log.answers == []
    assert not view.undo_button.isEnabled()
    view.undo()  # nothing left: harmless
    _wait_idle(qtbot, view)
    assert view.step.card == seen[0] and "Nothing to undo" in view.hint.text()


def test_undo_does_nothing_without_a_session(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = StudyView(make_ctx())
    qtbot.addWidget(view)
    view.show()
    view.undo()
    assert not view._busy and view.step is None


def test_the_finished_screen_sums_up_the_session(
        qtbot: QtBot, make_ctx: MakeContext, clock: FixedClock) -> None:
    view = _view(qtbot, make_ctx(make_bank(topics=1, cards_per_topic=2)))
    assert _counts(view) == ("2", "0", "0")
    for key in (Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_4):
        assert view.step is not None and view.step.card is not None
        _key(qtbot, view, Qt.Key.Key_Space)
        clock.advance(seconds=10)
        _key(qtbot, view, key)
        _wait_idle(qtbot, view)
    summary = view.summary
    assert summary.isVisible() and not view.card.isVisible()
    assert "that's all for today" in summary.heading.text()
    assert summary.cards_tile.value.text() == "2"
    assert summary.answers_tile.value.text() == "3"
    assert summary.time_tile.value.text() == "30 s"
    assert summary.rating_counts[Rating.AGAIN].text().startswith("1 ")
    assert summary.rating_counts[Rating.EASY].text() == "2  (67 %)"
    assert _counts(view) == ("0", "0", "0")
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, view, Qt.Key.Key_Return)  # the focused Back to Home button


def test_an_empty_scope_says_there_is_nothing_to_study(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(make_bank()), StudyScope(topics=(("demo", "nope"),)))
    assert view.summary.isVisible()
    assert "Nothing to study" in view.summary.heading.text()
    assert not view.summary.cards_tile.isVisible()


def test_bank_text_is_shown_literally(qtbot: QtBot, make_ctx: MakeContext) -> None:
    bank = Bank(BankMeta("hostile", HOSTILE, "en"), (Topic("t", HOSTILE),),
                (Item("c", ItemKind.FLASHCARD, "t", HOSTILE, back=HOSTILE,
                      source=SourceRef(3, (HOSTILE, "x"))),))
    view = _view(qtbot, make_ctx(bank), StudyScope("hostile"))
    _key(qtbot, view, Qt.Key.Key_Space)
    for label in (view.card.front, view.card.back):
        assert label.text() == HOSTILE
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert view.card.topic.text().endswith(HOSTILE)
    assert view.card.breadcrumb.text().endswith(f"{HOSTILE} › x")
    assert view.card.breadcrumb.textFormat() == Qt.TextFormat.PlainText
    assert view.scope_label.text().endswith(HOSTILE)
    assert view.scope_label.textFormat() == Qt.TextFormat.PlainText


def test_show_in_document_emits_the_cards_bank_and_line(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    topic = Topic("kontrole", "Kontrole", SourceRef(32, ("Salīdzināšanas tabula", "Kontrole")))
    item = Item("c", ItemKind.FLASHCARD, "kontrole", "Kas kontrolē saturu?", back="Zīmols",
                source=SourceRef(32, ("Salīdzināšanas tabula", "Kontrole")))
    view = _view(qtbot, make_ctx(Bank(BankMeta("lv", "Raksts", "lv"), (topic,), (item,))))
    _key(qtbot, view, Qt.Key.Key_Space)
    assert view.card.breadcrumb.text() == "Source: Salīdzināšanas tabula › Kontrole"
    assert view.card.topic.text() == "Topic: Kontrole"
    with qtbot.waitSignal(view.source_requested) as sig:
        view.card.source_button.click()
    assert sig.args == ["lv", 32]


def test_a_topic_scoped_session_shows_only_those_topics(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    scope = StudyScope(topics=(("demo", "t1"), ("demo", "t2")))
    view = _view(qtbot, make_ctx(make_bank(topics=4, cards_per_topic=2)), scope)
    assert _counts(view) == ("4", "0", "0")
    assert "Topic 1, Topic 2" in view.scope_label.text()
    topics = []
    while view.step is not None and view.step.card is not None:
        topics.append(view.step.card.item.topic)
        _key(qtbot, view, Qt.Key.Key_Space)
        _key(qtbot, view, Qt.Key.Key_4)
        _wait_idle(qtbot, view)
    assert topics == ["t1", "t1", "t2", "t2"]
    assert view.summary.isVisible() and _counts(view) == ("0", "0", "0")


def test_a_leech_is_pointed_out(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1, cards_per_topic=1))

    def make_lapsing_review(col: Collection) -> None:
        rec = col.store.cards.find("demo", "t0-c0")
        assert rec is not None
        today = col.today()
        col.store.cards.set_schedules([(rec.pk, CardSchedule(
            CardState.REVIEW, None, 3.0, 8.0, col.days.start_of(today), today,
            col.days.start_of(today - 3), today - 3, reps=20, lapses=7))])

    _run(qtbot, ctx, make_lapsing_review)
    view = _view(qtbot, ctx)
    assert _counts(view) == ("0", "0", "1")
    assert view.count_labels["review"].property("current") == "true"
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_1)
    _wait_idle(qtbot, view)
    assert view.notice.isVisible() and "Leech" in view.notice.text()
    assert "8 time" in view.notice.text()


def test_waits_for_a_learning_card_and_resumes_when_it_is_due(
        qtbot: QtBot, make_ctx: MakeContext, clock: FixedClock) -> None:
    ctx = make_ctx(make_bank(topics=1, cards_per_topic=1), open_now=False)
    ctx.settings.save(replace(ctx.settings.value, learning_steps_minutes=(60,)))
    with qtbot.waitSignal(ctx.backend.banks_ready, timeout=15000):
        ctx.backend.open()
    view = _view(qtbot, ctx)
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_1)  # again: back in an hour, beyond the 20-minute look-ahead
    _wait_idle(qtbot, view)
    assert view.summary.isVisible()
    assert "Done for now" in view.summary.heading.text()
    assert view.summary.next_card.text() == "Next card at 12:00"  # 10:00 UTC in Riga
    assert view._wait_timer.isActive()
    assert _counts(view) == ("0", "1", "0")

    view.recheck()  # too early: still waiting
    _wait_idle(qtbot, view)
    assert view.summary.isVisible()
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    view._wait_timer.timeout.emit()
    qtbot.waitUntil(lambda: view.card.isVisible(), timeout=10000)
    assert view.step is not None and view.step.card is not None
    assert view.step.card.item.id == "t0-c0" and not view.card.back.isVisible()


def test_changes_made_elsewhere_show_when_the_screen_comes_back(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx(make_bank(topics=1, cards_per_topic=2))
    view = _view(qtbot, ctx)
    assert _counts(view) == ("2", "0", "0")

    def quiz_made_a_card_due(col: Collection) -> None:  # as a failed quiz question does
        rec = col.store.cards.find("demo", "t0-c1")
        assert rec is not None
        col.store.cards.set_schedules([(rec.pk, col.scheduler.relearn_now(rec.schedule,
                                                                          col.clock.now()))])
        col.set_config(col.config)  # drops the cached queue, as record_quiz does

    done: list[object] = []
    ctx.backend.run(quiz_made_a_card_due, done.append, changes=Change.QUIZ)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert _counts(view) == ("2", "0", "0")  # nothing refetched behind the learner's back
    view.activate()
    qtbot.waitUntil(lambda: _counts(view) == ("1", "1", "0"), timeout=10000)


def test_in_the_main_window_ctrl_z_undoes_and_esc_goes_home(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_study(StudyScope())
    view = window.study
    qtbot.waitUntil(lambda: view.step is not None and view.step.card is not None,
                    timeout=10000)
    first = view.step.card if view.step else None
    _key(qtbot, view, Qt.Key.Key_Space)
    _key(qtbot, view, Qt.Key.Key_3)
    _wait_idle(qtbot, view)
    assert view.step is not None and view.step.card != first
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.step is not None and view.step.card == first, timeout=10000)
    assert not view.card.back.isVisible()

    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    # Ctrl+Z on another screen leaves the study session alone.
    assert window.menus.undo_action is not None
    window.menus.undo_action.trigger()
    assert not view._busy


def test_ctrl_z_away_from_the_study_screen_says_where_it_works(
        qtbot: QtBot, window: MainWindow) -> None:
    window.show_home()
    window.menus.undo_action.trigger()
    assert "Ctrl+Z takes back your last answer on the study screen" in \
        window.statusBar().currentMessage()
