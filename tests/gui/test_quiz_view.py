"""Quiz screens: set-up, answering by keys, feedback, expiry, results, retry, literal content."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.clock import FixedClock
from quizapp.core.quiz.engine import (
    EndReason,
    QuestionOutcome,
    QuizConfig,
    QuizResult,
    QuizScope,
    TimeLimitMode,
)
from quizapp.core.study.scope import StudyScope
from quizapp.core.datafolder.settings import QuizTiming
from quizapp.core.stats.model import Totals
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.quiz import run as quiz_run
from quizapp.gui.views.quiz.clock import Leave
from quizapp.gui.views.quiz.view import QuizView
from tests.core.factories import make_bank
from tests.gui.conftest import MakeContext

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"
MC_ONLY = "mc"
TF_ONLY = "tf"


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` where the learner's focus is (shortcuts follow the focus)."""
    target = QApplication.focusWidget()
    assert target is not None, "something on the quiz screen has the focus"
    qtbot.keyClick(target, key)  # type: ignore[no-untyped-call]


def _view(qtbot: QtBot, ctx: AppContext) -> QuizView:
    view = QuizView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


def _start(qtbot: QtBot, view: QuizView, *, count: int = 4, kinds: str = "", timing: str = "none",
           minutes: int = 1, seconds: int = 10, feedback: bool = False) -> None:
    """Fill the set-up form and start; returns once the first question shows."""
    view.show_setup()
    setup = view.setup
    qtbot.waitUntil(lambda: setup.topics_loaded, timeout=10000)
    setup.count.setValue(count)
    setup.multiple_choice.setChecked(kinds != TF_ONLY)
    setup.true_false.setChecked(kinds != MC_ONLY)
    setup.cloze.setChecked(not kinds)
    setup.order.setChecked(not kinds)
    radios = {"whole": setup.whole, "per": setup.per_question, "none": setup.untimed}
    radios[timing].setChecked(True)
    setup.minutes.setValue(minutes)
    setup.seconds.setValue(seconds)
    setup.feedback.setChecked(feedback)
    setup.scope_all.setChecked(True)
    setup.start_button.click()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.stack.currentWidget() is view.run


def _through_intro(qtbot: QtBot, view: QuizView) -> None:
    """The first quick quiz says what it is: start it from there."""
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.intro, timeout=5000)
    view.intro.start_button.click()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)


def _finished(qtbot: QtBot, view: QuizView) -> QuizResult:
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.results, timeout=10000)
    assert view.last_result is not None
    return view.last_result


def _saved(qtbot: QtBot, view: QuizView) -> None:
    qtbot.waitUntil(lambda: "Saving" not in view.results.relearn.text(), timeout=10000)


def _totals(qtbot: QtBot, ctx: AppContext) -> Totals:
    """The store's totals, read by a job on the worker (as the statistics screen does)."""
    out: list[Totals] = []
    ctx.backend.run(lambda col: col.stats().totals, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


_NUMBERS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def _right(view: QuizView) -> int:
    """The index of the current question's right option (options come shuffled)."""
    question = view.run.question
    assert question is not None
    return question.item.correct


def _answer(qtbot: QtBot, view: QuizView, right: bool) -> int:
    """Answer the current question right or wrong by its number key; return the index."""
    index = _right(view) if right else (_right(view) + 1) % len(view.run.options.buttons)
    _key(qtbot, _NUMBERS[index])
    return index


def _labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


@pytest.fixture
def bank() -> Bank:
    """Two topics, each with two multiple-choice questions (right: option 2, "B") and two
    true/false statements (right: true)."""
    return make_bank(topics=2, cards_per_topic=1, questions_per_topic=4)


def test_answering_by_number_and_letter_keys_records_each_choice(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=4, kinds=MC_ONLY)
    pressed = [(Qt.Key.Key_1, 0), (Qt.Key.Key_B, 1), (Qt.Key.Key_4, 3), (Qt.Key.Key_C, 2)]
    right = []
    for n, (key, _) in enumerate(pressed, 1):
        assert view.run.progress.text() == f"Question {n} of 4"
        assert sorted(b.text_label.text() for b in view.run.options.buttons) == [
            "A", "B", "C", "D"]
        assert [b.key.text() for b in view.run.options.buttons] == ["1", "2", "3", "4"]
        right.append(_right(view))
        _key(qtbot, key)
    result = _finished(qtbot, view)
    assert [r.chosen for r in result.records] == [choice for _, choice in pressed]
    assert [r.correct for r in result.records] == [
        choice == r for (_, choice), r in zip(pressed, right)]
    correct = sum(choice == r for (_, choice), r in zip(pressed, right))
    assert view.results.score.text() == f"{correct} of 4 right"
    assert view.results.percent.text() == f"{correct * 25} %"


def test_true_false_shows_true_and_false_and_takes_t_f_1_2(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=4, kinds=TF_ONLY)
    assert [b.text_label.text() for b in view.run.options.buttons] == ["True", "False"]
    for key in (Qt.Key.Key_T, Qt.Key.Key_F, Qt.Key.Key_2, Qt.Key.Key_1):
        _key(qtbot, key)
    result = _finished(qtbot, view)
    assert [r.chosen for r in result.records] == [0, 1, 1, 0]
    assert result.correct == 2


def test_immediate_feedback_marks_right_and_wrong_and_waits_for_enter(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=2, kinds=MC_ONLY, feedback=True)
    run = view.run
    wrong = _answer(qtbot, view, right=False)
    assert run.state == "feedback"
    chosen, right = run.options.buttons[wrong], run.options.buttons[_right(view)]
    assert chosen.property("state") == "wrong" and "Your answer" in chosen.tag.text()
    assert right.property("state") == "correct" and "Right answer" in right.tag.text()
    assert chosen.key.text() == "✗" and right.key.text() == "✓"
    assert run.verdict.text() == "✗ Not quite." and run.verdict.property("state") == "wrong"
    assert run.explanation.text() == "Because B."
    assert run.feedback_frame.isVisible() and run.continue_button.isVisible()
    _key(qtbot, _NUMBERS[_right(view)])  # options are locked while the feedback shows
    assert run.progress.text() == "Question 1 of 2"
    _key(qtbot, Qt.Key.Key_Return)
    assert run.state == "question" and run.progress.text() == "Question 2 of 2"
    assert run.options.buttons[0].property("state") is None
    right_index = _answer(qtbot, view, right=True)
    assert run.verdict.text() == "✓ Right!" and run.verdict.property("state") == "correct"
    assert "Your answer — right" in run.options.buttons[right_index].tag.text()
    _key(qtbot, Qt.Key.Key_Space)
    result = _finished(qtbot, view)
    assert result.correct == 1


def test_whole_quiz_expiry_ends_the_quiz_and_lists_the_unanswered(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    _start(qtbot, view, count=3, kinds=MC_ONLY, timing="whole", minutes=1)
    _answer(qtbot, view, right=True)
    clock.advance(seconds=61)
    result = _finished(qtbot, view)  # the repaint timer notices by itself
    assert result.reason is EndReason.EXPIRED
    assert [r.outcome for r in result.records] == [
        QuestionOutcome.CORRECT, QuestionOutcome.TIMED_OUT, QuestionOutcome.UNANSWERED]
    texts = _labels(view.results)
    assert "Time’s up" in texts
    assert "2 mistakes" in texts
    assert "✗ Timed out: time ran out on this question" in texts
    assert "✗ Not answered: the quiz ended first" in texts
    # Answers after the end are refused: nothing happens.
    _key(qtbot, Qt.Key.Key_1)
    assert view.last_result is result


def test_per_question_expiry_moves_on_to_the_next_question(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=3, kinds=MC_ONLY, timing="per", seconds=10)
    run = view.run
    assert run.clock_caption.text() == "Time for this question"
    assert run.countdown.label.text() == "00:10"
    clock.advance(seconds=11)
    qtbot.waitUntil(lambda: run.progress.text() == "Question 2 of 3", timeout=5000)
    assert run.notice.isVisible()
    assert run.countdown.label.text() == "00:09"  # one second into the second question
    _answer(qtbot, view, right=True)
    _key(qtbot, Qt.Key.Key_S)
    result = _finished(qtbot, view)
    assert [r.outcome for r in result.records] == [
        QuestionOutcome.TIMED_OUT, QuestionOutcome.CORRECT, QuestionOutcome.SKIPPED]


def test_countdown_shows_mm_ss_and_warns_in_the_last_ten_seconds(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=2, kinds=MC_ONLY, timing="whole", minutes=2)
    countdown = view.run.countdown
    assert countdown.label.text() == "02:00"
    assert countdown.label.property("warning") == "false"
    assert countdown.bar.property("warning") == "false"
    clock.advance(seconds=49)
    view.run.tick()
    assert countdown.label.text() == "01:11"
    clock.advance(seconds=61)
    view.run.tick()
    assert countdown.label.text() == "00:10"
    assert countdown.label.property("warning") == "true"
    assert countdown.bar.property("warning") == "true"
    assert 0 < countdown.bar.value() < countdown.bar.maximum() // 10


def test_results_list_every_mistake_with_right_answer_explanation_and_source(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=4, kinds=MC_ONLY)
    given = []
    for plan in ("wrong", "right", "skip", "wrong"):
        if plan == "skip":
            _key(qtbot, Qt.Key.Key_S)
            continue
        shown = [b.text_label.text() for b in view.run.options.buttons]
        index = _answer(qtbot, view, right=plan == "right")
        if plan == "wrong":
            given.append(shown[index])
    result = _finished(qtbot, view)
    assert len(result.mistakes) == 3
    texts = _labels(view.results)
    assert texts.count("✓ Right answer: B") == 3
    assert texts.count("Because B.") == 3
    for text in given:
        assert f"✗ Your answer: {text}" in texts
    assert texts.count("✗ Skipped") == 1
    for record in result.mistakes:
        assert record.question.item.prompt in texts
    # Per-topic breakdown names the topics from the bank.
    assert {"Topic 0", "Topic 1"} & set(texts)
    _saved(qtbot, view)
    linked = {card for r in result.mistakes for card in r.question.item.cards}
    noun = "flashcard" if len(linked) == 1 else "flashcards"
    assert view.results.relearn.text().startswith(f"{len(linked)} {noun} linked")
    # "Show in document" asks for the mistake's bank and line.
    link = next(b for b in view.results.findChildren(type(view.results.home_button))
                if b.text() == "Show in document")
    with qtbot.waitSignal(view.source_requested) as sig:
        link.click()
    assert sig.args[0] == "demo" and sig.args[1] == 0


def test_retry_mistakes_starts_a_quiz_of_exactly_the_missed_questions(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=4, kinds=MC_ONLY, timing="per", seconds=20)
    for right in (False, True, False, True):
        _answer(qtbot, view, right)
    first = _finished(qtbot, view)
    missed = {r.question.item.id: r.question.item for r in first.mistakes}
    assert len(missed) == 2
    view.results.retry_button.click()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=5000)
    session = view.run.session
    assert session is not None
    assert sorted(q.item.id for q in session.questions) == sorted(missed)
    for q in session.questions:  # reshuffled: the right option is not where it was
        before = missed[q.item.id]
        assert q.item.options[q.item.correct] == before.options[before.correct]
        assert q.item.correct != before.correct
    assert session.time_limit.mode is TimeLimitMode.PER_QUESTION
    assert view.run.progress.text() == "Question 1 of 2"
    _answer(qtbot, view, right=True)
    _answer(qtbot, view, right=True)
    second = _finished(qtbot, view)
    assert second.correct == 2 and not view.results.retry_button.isEnabled()


def test_study_these_topics_emits_the_topics_with_mistakes(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=4, kinds=MC_ONLY)
    answered = []
    for _ in range(4):
        question = view.run.question
        assert question is not None
        wrong = question.item.id.startswith("t1")
        answered.append(question.topic)
        _answer(qtbot, view, right=not wrong)
    _finished(qtbot, view)
    with qtbot.waitSignal(view.study_requested) as sig:
        view.results.study_button.click()
    assert sig.args == [StudyScope(topics=(("demo", "t1"),))]


def test_a_recorded_quiz_is_in_the_store(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    ctx = make_ctx(bank)
    changed: list[int] = []
    ctx.backend.changed.connect(changed.append)
    view = _view(qtbot, ctx)
    _start(qtbot, view, count=2, kinds=MC_ONLY)
    _answer(qtbot, view, right=True)
    _answer(qtbot, view, right=False)
    _finished(qtbot, view)
    _saved(qtbot, view)
    totals = _totals(qtbot, ctx)
    assert (totals.quizzes, totals.quiz_questions, totals.quiz_correct) == (1, 2, 1)
    assert changed and changed[-1] & 2  # Change.QUIZ
    assert "due again" in view.results.relearn.text()


def test_bank_text_is_shown_literally(qtbot: QtBot, make_ctx: MakeContext) -> None:
    item = Item("q", ItemKind.MULTIPLE_CHOICE, "t", HOSTILE, options=(HOSTILE, "& b", "c"),
                correct=1, explanation=HOSTILE, source=SourceRef(3, (HOSTILE,)))
    hostile = Bank(BankMeta("hostile", HOSTILE, "en"), (Topic("t", HOSTILE),), (item,))
    view = _view(qtbot, make_ctx(hostile))
    _start(qtbot, view, count=1, feedback=True)
    run = view.run
    assert run.prompt.text() == HOSTILE
    shown = [b.text_label.text() for b in run.options.buttons]
    assert sorted(shown) == sorted([HOSTILE, "& b", "c"])
    _key(qtbot, _NUMBERS[shown.index(HOSTILE)])
    assert run.explanation.text() == HOSTILE and run.source.text() == HOSTILE
    _key(qtbot, Qt.Key.Key_Return)
    _finished(qtbot, view)
    for page in (run, view.results):
        shown = [w for w in page.findChildren(QLabel) if HOSTILE in w.text()]
        assert shown, page
        assert all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    assert f"✗ Your answer: {HOSTILE}" in _labels(view.results)
    # The set-up checklist shows titles as item text (never rich text).
    tree = view.setup.picker.tree
    group = tree.topLevelItem(0)
    assert group is not None and group.text(0) == HOSTILE
    topic = group.child(0)
    assert topic is not None and topic.text(0) == HOSTILE


def test_escape_asks_before_abandoning_a_running_quiz(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    _start(qtbot, view, count=3, kinds=MC_ONLY)
    answers = iter([Leave.STAY, Leave.KEEP])
    asked: list[int] = []

    def confirm(_parent: QWidget, answered: int) -> Leave:
        asked.append(answered)
        return next(answers)

    monkeypatch.setattr(quiz_run, "confirm_leave", confirm)
    _answer(qtbot, view, right=True)
    _key(qtbot, Qt.Key.Key_Escape)  # "Keep going"
    assert asked == [1] and view.run.running
    assert view.run.progress.text() == "Question 2 of 3"
    _key(qtbot, Qt.Key.Key_Escape)  # "Keep my answer"
    result = _finished(qtbot, view)
    assert result.reason is EndReason.ABANDONED
    # Only the answer given counts: "1 of 1", not "1 of 3" with two unasked mistakes.
    assert [r.outcome for r in result.records] == [QuestionOutcome.CORRECT]
    assert view.results.score.text() == "1 of 1 right"
    assert "Quiz stopped early" in _labels(view.results)
    _saved(qtbot, view)
    totals = _totals(qtbot, ctx)
    assert (totals.quizzes, totals.quiz_questions, totals.quiz_correct) == (1, 1, 1)
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, Qt.Key.Key_Escape)


def test_leaving_before_answering_stores_nothing_and_goes_home(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    _start(qtbot, view, count=3, kinds=MC_ONLY)
    monkeypatch.setattr(quiz_run, "confirm_leave", lambda _parent, _answered: Leave.DISCARD)
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, Qt.Key.Key_Escape)
    assert not view.run.running
    assert _totals(qtbot, ctx).quizzes == 0


def test_leaving_and_discarding_the_answers_stores_nothing_and_reschedules_nothing(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    _start(qtbot, view, count=3, kinds=MC_ONLY)
    _answer(qtbot, view, right=False)
    monkeypatch.setattr(quiz_run, "confirm_leave", lambda _parent, answered: Leave.DISCARD)
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, Qt.Key.Key_Escape)
    assert not view.run.running and view.last_result is None
    assert _totals(qtbot, ctx).quizzes == 0
    states: list[object] = []
    ctx.backend.run(lambda col: col.due_counts(), states.append)
    qtbot.waitUntil(lambda: bool(states), timeout=5000)
    assert states[0].learning == 0  # type: ignore[attr-defined]  # the mistake moved no card


def test_escape_on_set_up_goes_home_and_enter_starts(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    view.show_setup()
    qtbot.waitUntil(lambda: view.setup.topics_loaded, timeout=10000)
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, Qt.Key.Key_Escape)
    view.show_setup()
    view.setup.count.setValue(2)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.run.progress.text() == "Question 1 of 2"


def test_chosen_topics_are_searchable_and_limit_the_quiz(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    titles = ("Mērīšana", "Kontrole", "Cena")
    bank = replace(make_bank(topics=3, questions_per_topic=2),
                   topics=tuple(Topic(f"t{n}", title) for n, title in enumerate(titles)))
    view = _view(qtbot, make_ctx(bank))
    view.show_setup()
    setup = view.setup
    qtbot.waitUntil(lambda: setup.topics_loaded, timeout=10000)
    assert not setup.picker.selected()
    setup.scope_chosen.setChecked(True)
    assert not setup.start_button.isEnabled()  # nothing ticked yet
    setup.picker.search.setText("merisana")
    visible = [i for i in setup.picker._topic_items() if not i.isHidden()]
    assert [i.text(0) for i in visible] == ["Mērīšana"]
    visible[0].setCheckState(0, Qt.CheckState.Checked)
    assert setup.picker.selected() == (("demo", "t0"),)
    assert setup.start_button.isEnabled()
    setup.count.setValue(10)
    setup.start_button.click()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    session = view.run.session
    assert session is not None
    assert {q.topic for q in session.questions} == {("demo", "t0")}
    assert len(session.questions) == 2


def test_a_quiz_with_no_matching_question_says_so(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(make_bank(topics=2, questions_per_topic=0)))
    view.start_quick()
    view.intro.start_button.click()
    qtbot.waitUntil(lambda: view.setup.error.isVisible(), timeout=10000)
    assert view.stack.currentWidget() is view.setup
    assert "No questions match" in view.setup.error.text()


def test_quick_quiz_uses_the_settings_defaults(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    ctx = make_ctx(bank)
    ctx.settings.value = replace(ctx.settings.value, quiz_questions=3,
                                 quiz_timing=QuizTiming.PER_QUESTION,
                                 quiz_seconds_per_question=45, quiz_immediate_feedback=False,
                                 quick_quiz_explained=True)
    view = _view(qtbot, ctx)
    view.start_quick()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.run.progress.text() == "Question 1 of 3"
    assert view.run.countdown.label.text() == "00:45"
    _key(qtbot, Qt.Key.Key_1)
    assert view.run.state == "question"  # no feedback: straight on
    assert view.run.progress.text() == "Question 2 of 3"


def test_closing_the_window_mid_quiz_stores_what_was_answered(
        qtbot: QtBot, window: MainWindow) -> None:
    window.show_quick_quiz()
    quiz = window.quiz
    _through_intro(qtbot, quiz)
    window.activateWindow()
    _key(qtbot, Qt.Key.Key_1)
    if quiz.run.state == "feedback":
        _key(qtbot, Qt.Key.Key_Return)
    window.close()
    assert not quiz.run.running
    totals = _totals(qtbot, window.ctx)
    assert totals.quizzes == 1 and totals.quiz_questions == 1  # the one answer given


def test_closing_the_window_at_the_last_questions_feedback_keeps_the_quiz(
        qtbot: QtBot, window: MainWindow) -> None:
    """The quiz is complete once its last question is answered; the learner reading that
    answer's feedback may close the window (or leave) before pressing Enter."""
    quiz = window.quiz
    window.show_custom_quiz()
    quiz._build_quiz(QuizConfig(count=1, scope=QuizScope.ALL), True, from_setup=False)
    qtbot.waitUntil(lambda: quiz.run.state == "question", timeout=10000)
    window.activateWindow()
    _key(qtbot, Qt.Key.Key_1)
    assert quiz.run.state == "feedback"
    window.close()
    totals = _totals(qtbot, window.ctx)
    assert totals.quizzes == 1 and totals.quiz_questions == 1


def test_keys_only_act_on_the_visible_page(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=1, kinds=MC_ONLY)
    _key(qtbot, Qt.Key.Key_2)
    result = _finished(qtbot, view)
    for key in (Qt.Key.Key_1, Qt.Key.Key_S, Qt.Key.Key_Return):
        _key(qtbot, key)
    assert view.stack.currentWidget() is view.results and view.last_result is result
    assert view.run.state == "done"


def test_a_quiz_that_expires_behind_another_screen_is_stored_quietly(
        qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    window.show_quick_quiz()
    quiz = window.quiz
    _through_intro(qtbot, quiz)
    window.show_home()
    focus = QApplication.focusWidget()
    clock.advance(minutes=11)  # past the default 10-minute limit
    qtbot.waitUntil(lambda: quiz.last_result is not None, timeout=5000)
    assert window.stack.currentWidget() is window.home
    assert QApplication.focusWidget() is focus
    qtbot.waitUntil(lambda: "Saving" not in quiz.results.relearn.text(), timeout=10000)
    window.show_custom_quiz()  # the quiz screen opens on the form again, not a stale run
    assert quiz.stack.currentWidget() is quiz.setup


def test_asking_for_a_quiz_while_one_runs_shows_the_running_one(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=3, kinds=MC_ONLY)
    _key(qtbot, Qt.Key.Key_2)
    session = view.run.session
    for ask in (view.show_setup, view.start_quick):
        ask()
        assert view.stack.currentWidget() is view.run and view.run.session is session
        assert view.run.progress.text() == "Question 2 of 3"


def test_a_seeded_view_draws_the_same_quiz_twice(qtbot: QtBot, make_ctx: MakeContext) -> None:
    """The questions are drawn with the view's injected generator (never an unseeded one)."""
    import random

    ctx = make_ctx()
    drawn: list[list[str]] = []
    for _ in range(2):
        view = _view(qtbot, ctx)
        view.rng = random.Random(42)
        _start(qtbot, view, count=6)
        session = view.run.session
        assert session is not None
        drawn.append([q.item.id for q in session.questions])
        view.abandon()
    assert len(drawn[0]) == 6 and drawn[0] == drawn[1]


def test_the_first_quick_quiz_says_what_it_is_before_it_starts(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    """The tester's quick quiz started a 10-minute timed quiz with no word of warning."""
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    view.start_quick()
    intro = view.intro
    assert view.stack.currentWidget() is intro
    qtbot.waitUntil(lambda: QApplication.focusWidget() is intro.start_button, timeout=5000)
    shown = _labels(intro)
    assert "10 questions on your weakest topics — on every topic until you have studied " \
           "some" in shown
    assert any("10 minutes for the whole quiz" in text for text in shown)
    assert any("after each answer" in text for text in shown)
    assert view.run.session is None  # nothing runs, no clock ticks, while it is read
    clock.advance(minutes=30)
    _key(qtbot, Qt.Key.Key_Return)  # Start is focused
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.run.countdown.label.text() == "10:00"
    assert ctx.settings.value.quick_quiz_explained
    view.abandon()
    # Said once: the next quick quiz starts at once.
    view.start_quick()
    qtbot.waitUntil(lambda: view.run.state == "question", timeout=10000)
    assert view.stack.currentWidget() is view.run


def test_the_quick_quiz_intro_offers_the_custom_quiz_and_esc(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank) -> None:
    ctx = make_ctx(bank)
    view = _view(qtbot, ctx)
    view.start_quick()
    view.intro.custom_button.click()
    assert view.stack.currentWidget() is view.setup
    view.start_quick()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.intro.start_button, timeout=5000)
    with qtbot.waitSignal(view.home_requested):
        _key(qtbot, Qt.Key.Key_Escape)
    assert not ctx.settings.value.quick_quiz_explained


def test_the_clock_stops_while_a_dialog_is_open(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    """The tester's clock kept running under the "leave this quiz?" dialog."""
    from PySide6.QtWidgets import QMessageBox

    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=2, kinds=MC_ONLY, timing="whole", minutes=1)
    run = view.run
    clock.advance(seconds=10)
    run.tick()
    assert run.countdown.label.text() == "00:50"
    box = QMessageBox(QMessageBox.Icon.Question, "Any dialog", "Any dialog",
                      QMessageBox.StandardButton.Close, view)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    qtbot.waitUntil(lambda: run.clock.paused, timeout=5000)
    clock.advance(seconds=45)
    run.tick()
    assert run.countdown.label.text() == "00:50" and run.running
    box.close()
    qtbot.waitUntil(lambda: not run.clock.paused, timeout=5000)
    clock.advance(seconds=5)
    run.tick()
    assert run.countdown.label.text() == "00:45"


def test_the_leave_dialog_stops_the_clock_and_offers_to_keep_the_answers(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=3, kinds=MC_ONLY, timing="whole", minutes=1)
    _answer(qtbot, view, right=True)
    seen: list[str] = []

    def answer_dialog(label: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer_dialog(label))
            return
        seen.extend(b.text() for b in box.findChildren(QPushButton))
        clock.advance(seconds=40)  # reading the question costs no quiz time
        assert view.run.clock.paused
        next(b for b in box.findChildren(QPushButton) if b.text() == label).click()

    QTimer.singleShot(0, lambda: answer_dialog("Keep going"))
    _key(qtbot, Qt.Key.Key_Escape)
    assert {"Keep going", "Keep my 1 answer", "Discard them"} <= set(seen)
    assert view.run.running and not view.run.clock.paused
    view.run.tick()
    assert view.run.countdown.label.text() == "01:00"
    view.activateWindow()  # the offscreen platform does not give it back by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    QTimer.singleShot(0, lambda: answer_dialog("Keep my 1 answer"))
    _key(qtbot, Qt.Key.Key_Escape)
    result = _finished(qtbot, view)
    assert [r.outcome for r in result.records] == [QuestionOutcome.CORRECT]


def test_a_time_out_shows_the_right_answer_and_explanation_before_the_next_question(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    """The tester's time-outs jumped to the next question, its clock already running."""
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=2, kinds=MC_ONLY, timing="per", seconds=12, feedback=True)
    run = view.run
    right = _right(view)
    clock.advance(seconds=13)
    qtbot.waitUntil(lambda: run.state == "feedback", timeout=5000)
    assert run.verdict.text().startswith("✗ Time’s up")
    assert run.verdict.property("state") == "wrong"
    assert run.explanation.text() == "Because B." and run.explanation.isVisible()
    assert run.options.buttons[right].property("state") == "correct"
    assert "Right answer" in run.options.buttons[right].tag.text()
    assert run.progress.text() == "Question 1 of 2"
    assert run.countdown.label.text() == "00:00"
    clock.advance(seconds=30)  # the next question's clock waits while this is read
    run.tick()
    assert run.state == "feedback"
    _key(qtbot, Qt.Key.Key_Return)
    assert run.state == "question" and run.progress.text() == "Question 2 of 2"
    assert run.countdown.label.text() == "00:12"
    _answer(qtbot, view, right=True)
    _key(qtbot, Qt.Key.Key_Return)
    result = _finished(qtbot, view)
    assert [r.outcome for r in result.records] == [QuestionOutcome.TIMED_OUT,
                                                   QuestionOutcome.CORRECT]


def test_a_short_limit_is_not_red_from_the_start(
        qtbot: QtBot, make_ctx: MakeContext, bank: Bank, clock: FixedClock) -> None:
    view = _view(qtbot, make_ctx(bank))
    _start(qtbot, view, count=2, kinds=MC_ONLY, timing="per", seconds=12)
    countdown = view.run.countdown
    assert countdown.label.text() == "00:12" and countdown.label.property("warning") == "false"
    clock.advance(seconds=8)
    view.run.tick()
    assert countdown.label.property("warning") == "false"  # 4 s left of 12
    clock.advance(seconds=1)
    view.run.tick()
    assert countdown.label.text() == "00:03" and countdown.label.property("warning") == "true"
