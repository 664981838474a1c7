"""Study more today from the GUI (each choice), and topics as doors: a click on a topic on
home, statistics or quiz results offers to study it or take a quiz on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.cards import Rating
from quizapp.core.study.scope import StudyScope
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.study.more import StudyMoreDialog
from quizapp.gui.widgets.topiclink import TopicLink


def _run(qtbot: QtBot, window: MainWindow, job: Callable[[Collection], Any]) -> Any:
    out: list[Any] = []
    window.ctx.backend.run(job, out.append, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=15000)
    assert not isinstance(out[0], Exception), out[0]
    return out[0]


def _study_today(clock: FixedClock) -> Callable[[Collection], int]:
    """Answer every card offered now, Good, through its learning steps."""
    def job(col: Collection) -> int:
        n = 0
        while (card := col.next_card()) is not None:
            col.answer(card, Rating.GOOD, 2000)
            clock.advance(minutes=11)
            n += 1
        return n
    return job


def _dialog(qtbot: QtBot, window: MainWindow) -> StudyMoreDialog:
    window.home.study_more_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StudyMoreDialog)
                    or bool(window.findChildren(StudyMoreDialog)), timeout=5000)
    dialog = window.findChildren(StudyMoreDialog)[-1]
    qtbot.waitUntil(lambda: dialog.options is not None, timeout=10000)
    return dialog


def _home_ready(qtbot: QtBot, window: MainWindow) -> None:
    window.show_home()
    window.home.refresh()
    qtbot.waitUntil(lambda: window.home.overview is not None and not window.home._pending,
                    timeout=10000)


def test_more_new_cards_today(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    """The tester's "Study now" was greyed out after the day's 20 cards, 45 still unseen."""
    studied = _run(qtbot, window, _study_today(clock))
    assert studied > 0
    cards = _run(qtbot, window, lambda col: col.store.cards.count_active(col.shelf.ids))
    _home_ready(qtbot, window)
    assert not window.home.study_button.isEnabled()
    assert window.home.study_more_button.isEnabled()
    dialog = _dialog(qtbot, window)
    assert f"{cards - 20} cards you have never seen" in dialog.new_note.text()
    assert dialog.new_choice.isChecked() and dialog.study_button.isEnabled()
    dialog.new_count.setValue(5)
    dialog.study_button.click()
    study = window.study
    qtbot.waitUntil(lambda: window.stack.currentWidget() is study and study.step is not None
                    and study.step.card is not None, timeout=10000)
    assert study.count_labels["new"].text() == "5"
    assert study.step.card.schedule.reps == 0  # a card never seen
    _home_ready(qtbot, window)
    assert window.home.due_new.text() == "5" and window.home.study_button.isEnabled()


def test_review_ahead(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    _run(qtbot, window, _study_today(clock))
    clock.advance(days=1)  # yesterday's cards may come early; today's wait for tomorrow
    _run(qtbot, window, _study_today(clock))
    _home_ready(qtbot, window)
    dialog = _dialog(qtbot, window)
    options = dialog.options
    assert options is not None
    dialog.ahead_days.setValue(2)
    assert dialog.ahead_choice.isChecked()  # using the field chooses its row
    dialog.ahead_days.setValue(3)
    expected = options.ahead_within(3)
    assert expected > 0 and f"{expected} cards come due" in dialog.ahead_note.text()
    dialog.study_button.click()
    study = window.study
    qtbot.waitUntil(lambda: study.step is not None and study.step.card is not None,
                    timeout=10000)
    assert study.scope == StudyScope(ahead_days=3)
    assert study.count_labels["review"].text() == str(expected)
    assert study.scope_label.text() == "Review ahead: the next 3 days"


def test_one_topic_now(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    _run(qtbot, window, _study_today(clock))
    _home_ready(qtbot, window)
    dialog = _dialog(qtbot, window)
    dialog.topic_choice.setChecked(True)
    options = dialog.options
    assert options is not None
    # A topic whose every card was studied today has nothing to offer now, and says so.
    done = next(m for m in options.topics if m.cards and m.studied == m.cards)
    dialog.topic.setCurrentIndex(dialog.topic.findText(done.title))
    qtbot.waitUntil(lambda: done.key in dialog.topic_counts, timeout=10000)
    assert "Nothing to study in it now" in dialog.topic_note.text()
    assert not dialog.study_button.isEnabled()
    fresh = next(m for m in options.topics if m.cards and not m.studied)
    dialog.topic.setCurrentIndex(dialog.topic.findText(fresh.title))
    qtbot.waitUntil(lambda: fresh.key in dialog.topic_counts, timeout=10000)
    offered = dialog.topic_counts[fresh.key].total
    assert offered > 0 and f"Now: {offered} card" in dialog.topic_note.text()
    dialog.study_button.click()
    study = window.study
    qtbot.waitUntil(lambda: study.step is not None and study.step.card is not None,
                    timeout=10000)
    assert study.scope is not None and study.scope.all_cards
    assert study.scope_label.text() == f"Study now, all its cards: {fresh.title}"
    assert study.step.card.topic_title == fresh.title


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    _run(qtbot, window, _study_today(clock))
    _home_ready(qtbot, window)
    dialog = _dialog(qtbot, window)
    dialog.new_count.setValue(7)
    dialog.cancel_button.click()
    _home_ready(qtbot, window)
    assert window.home.due_new.text() == "0"
    assert window.stack.currentWidget() is window.home


def _weak_link(qtbot: QtBot, window: MainWindow) -> TopicLink:
    qtbot.waitUntil(lambda: bool(window.home.overview and window.home.overview.weak),
                    timeout=10000)
    links = [w for w in window.home.findChildren(TopicLink) if w.isVisible()]
    assert links
    # A topic taught by flashcards alone offers no quiz; the others do.
    quizzable = [w for w in links if w.quiz_action.isEnabled()]
    assert quizzable
    for w in links:
        if w not in quizzable:
            assert w.quiz_action.text() == "Quiz on this topic (it has no questions)"
    return quizzable[0]


def test_a_click_on_a_weak_topic_starts_a_quiz_on_it(
        qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    """The tester expected a click on "Izmaksu struktūra 0 %" to study or quiz that topic."""
    _run(qtbot, window, _study_today(clock))
    _home_ready(qtbot, window)
    link = _weak_link(qtbot, window)
    link.setFocus()
    qtbot.keyClick(link, "\r")  # Enter opens its menu, as a click does
    qtbot.waitUntil(link.menu.isVisible, timeout=5000)
    assert [a.text() for a in link.menu.actions()] == ["Study this topic", "Quiz on this topic"]
    assert all(a.isEnabled() for a in link.menu.actions())
    link.menu.close()
    link.quiz_action.trigger()
    quiz = window.quiz
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    session = quiz.run.session
    assert session is not None
    assert {q.topic for q in session.questions} == {(link.bank, link.topic)}


def test_study_this_topic_from_statistics_and_results(
        qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    _run(qtbot, window, _study_today(clock))
    window.show_stats()
    qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=10000)
    assert window.stats.topics is not None
    links = [row[0] for row in window.stats.topics.bars.rows if row[0].isVisibleTo(window)]
    link = next(w for w in links if w.quiz_action.isEnabled())
    link.study_action.trigger()
    study = window.study
    qtbot.waitUntil(lambda: window.stack.currentWidget() is study and study.step is not None,
                    timeout=10000)
    assert study.scope == StudyScope(topics=((link.bank, link.topic),), all_cards=True)

    # A quiz on the topic; its results name the topic, and the name is a door too.
    window.show_topic_quiz(link.bank, link.topic)
    quiz = window.quiz
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    question = quiz.run.question
    assert question is not None
    quiz.run.choose((question.item.correct + 1) % question.item.option_count)
    quiz.run.abandon()
    qtbot.waitUntil(lambda: quiz.stack.currentWidget() is quiz.results, timeout=10000)
    (door,) = [w for w in quiz.results.findChildren(TopicLink) if w.isVisible()]
    assert (door.bank, door.topic) == (link.bank, link.topic)
    door.study_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is study, timeout=10000)
    assert study.scope == StudyScope(topics=((link.bank, link.topic),), all_cards=True)
