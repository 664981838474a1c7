"""Quiz screens: set-up, the timed run and the results, as three pages of one view."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from quizapp.core.collection import Collection, QuizRecord
from quizapp.core.datafolder.settings import Settings
from quizapp.core.errors import SettingsError
from quizapp.core.material.service import Undo
from quizapp.core.quiz.confusions import confusions_by_topic
from quizapp.core.quiz.engine import (
    QuestionOutcome,
    QuizConfig,
    QuizError,
    QuizResult,
    QuizScope,
    QuizSession,
    TimeLimit,
    TimeLimitMode,
)
from quizapp.core.quiz.shuffle import for_retry
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.items.actions import ItemActions
from quizapp.gui.items.words import done_text
from quizapp.gui.views.quiz.intro import QuickQuizIntro
from quizapp.gui.views.quiz.results import QuizResultsPage
from quizapp.gui.views.quiz.run import QuizRunPage
from quizapp.gui.views.quiz.setup import QuizSetupPage
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

# A retry of a few mistakes under a whole-quiz limit gets a share of the time, not less.
MIN_RETRY_SECONDS = 30


BuiltQuiz = tuple[QuizSession, dict[tuple[str, str], str]]


def build_job(config: QuizConfig, rng: random.Random) -> Callable[[Collection], BuiltQuiz]:
    """A worker job that builds the quiz ``config`` describes (questions and their order
    drawn with ``rng``) and reads every topic's title (the results name the topics)."""
    def job(col: Collection) -> BuiltQuiz:
        session = col.build_quiz(config, rng)
        titles = {(bank_id, t.id): t.title for bank_id, loaded in col.banks.items()
                  for t in loaded.bank.topics}
        return session, titles
    return job


def retry_limit(limit: TimeLimit, questions: int, of: int) -> TimeLimit:
    """The time limit for retrying ``questions`` of a quiz of ``of``: the same mode; a
    whole-quiz limit shrinks in proportion (at least ``MIN_RETRY_SECONDS``)."""
    if limit.mode is not TimeLimitMode.WHOLE_QUIZ or of <= 0:
        return limit
    share = math.ceil(limit.seconds * questions / of)
    return TimeLimit.whole_quiz(min(limit.seconds, max(MIN_RETRY_SECONDS, share)))


def quick_config(s: Settings) -> QuizConfig:
    """The quick quiz of settings ``s``: its number of questions and clock, weak topics."""
    return QuizConfig(count=s.quiz_questions, scope=QuizScope.WEAK, time_limit=s.time_limit())


def learner_acted(result: QuizResult) -> bool:
    """Something happened in the quiz (an answer, a skip or a time-out)."""
    return any(r.outcome is not QuestionOutcome.UNANSWERED for r in result.records)


class QuizView(QWidget):
    """The quiz screen: set-up → run → results.

    Signals:
        home_requested(): Back to the start screen.
        study_requested(object): Study flashcards in a ``StudyScope`` (topics with mistakes).
        source_requested(str, int): Show a bank's source document at a line.
    """

    home_requested = Signal()
    study_requested = Signal(object)
    source_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.feedback = ctx.settings.value.quiz_immediate_feedback
        self.titles: dict[tuple[str, str], str] = {}
        self.last_result: QuizResult | None = None
        # Draws each quiz's questions (tests seed it).
        self.rng = random.Random()
        self._request = 0  # bumped to drop the answer of a quiz build nobody waits for
        self._quiet = False
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.setup = QuizSetupPage(ctx)
        self.busy = QWidget()
        busy_layout = QVBoxLayout(self.busy)
        self.busy_label = plain_label("", "muted")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy_layout.addWidget(self.busy_label)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.busy)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_busy_escape)
        self.busy.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.run = QuizRunPage(ctx)
        self.results = QuizResultsPage()
        self.results.actions = ItemActions(ctx, self.results)
        self.results.actions.done.connect(self._on_results_item_done)
        self.results.actions.failed.connect(self.results.show_notice)
        self.intro = QuickQuizIntro()
        for page in (self.setup, self.busy, self.run, self.results, self.intro):
            self.stack.addWidget(page)
        self.intro.start_requested.connect(self._on_intro_start_requested)
        self.intro.custom_requested.connect(self.show_setup)
        self.intro.home_requested.connect(self._on_page_home_requested)
        self.run.discarded.connect(self._on_page_home_requested)
        follow_language(self, self.retranslate)
        self.retranslate()

        self.setup.start_requested.connect(self._on_setup_start_requested)
        self.setup.home_requested.connect(self._on_page_home_requested)
        self.run.finished.connect(self._on_run_finished)
        self.results.retry_requested.connect(self._on_results_retry_requested)
        self.results.study_requested.connect(self.study_requested)
        self.results.source_requested.connect(self.source_requested)
        self.results.home_requested.connect(self._on_page_home_requested)

    def retranslate(self) -> None:
        set_plain(self.busy_label, self.tr("Preparing your quiz…"))

    # ------------------------------------------------------------------ public API
    def start_quick(self) -> None:
        """Start a quiz on the weak topics with the default settings (a running quiz is
        shown instead, never dropped). The first time, it first says what it is."""
        if self.run.running:
            self._show_page(self.run)
            return
        s = self.ctx.settings.value
        config = quick_config(s)
        if not s.quick_quiz_explained:
            self.intro.show_config(config, s.quiz_immediate_feedback)
            self._show_page(self.intro)
            return
        self._build_quiz(config, s.quiz_immediate_feedback, from_setup=False)

    def start_topic(self, bank: str, topic: str) -> None:
        """Start a quiz on one topic with the default settings (a topic's door)."""
        if self.run.running:
            self._show_page(self.run)
            return
        s = self.ctx.settings.value
        config = QuizConfig(count=s.quiz_questions, scope=QuizScope.TOPICS,
                            topics=((bank, topic),), time_limit=s.time_limit())
        self._build_quiz(config, s.quiz_immediate_feedback, from_setup=False)

    def show_setup(self) -> None:
        """Show the set-up form (or the running quiz, if one is running)."""
        if self.run.running:
            self._show_page(self.run)
            return
        self._request += 1
        self.setup.set_busy(False)
        self.setup.show_error("")
        self._show_page(self.setup)

    def abandon(self) -> None:
        """The window is closing: end a running quiz and store it if anything happened."""
        self._request += 1  # a quiz still being built is not started any more
        self._quiet = True
        try:
            self.run.abandon()
        finally:
            self._quiet = False

    def activate(self) -> None:
        """Called when the screen is shown: put the focus on the visible page."""
        page = self.stack.currentWidget()
        if page is self.setup:
            self.setup.activate()
        elif page is self.results:
            self.results.focus_first()
        elif page is self.run:
            self.run.focus_current()
        elif page is self.intro:
            self.intro.focus_first()
        elif page is not None:
            page.setFocus()

    # ------------------------------------------------------------------ flow
    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.setFocusProxy(page)
        if self.isVisible():  # a quiz that ends while another screen shows steals no focus
            self.activate()

    def _build_quiz(self, config: QuizConfig, feedback: bool, *, from_setup: bool) -> None:
        self._request += 1
        token = self._request
        if from_setup:
            self.setup.set_busy(True)
        else:
            self._show_page(self.busy)

        def done(answer: BuiltQuiz) -> None:
            if token == self._request:
                session, titles = answer
                self.titles.update(titles)
                self._start(session, feedback)

        def failed(exc: Exception) -> None:
            if token == self._request:
                self._show_build_error(exc)

        self.ctx.backend.run(build_job(config, random.Random(self.rng.random())), done, failed,
                             owner=self)

    def _start(self, session: QuizSession, feedback: bool) -> None:
        self.feedback = feedback
        self.setup.set_busy(False)
        self._show_page(self.run)
        self.run.begin(session, feedback)

    def _show_build_error(self, exc: Exception) -> None:
        if isinstance(exc, QuizError):
            text = self.tr("No questions match this quiz. Choose more topics or both kinds of "
                           "question.")
        else:
            text = self.tr("The quiz could not be prepared: %1").replace("%1", str(exc))
        self.setup.set_busy(False)
        self._show_page(self.setup)
        self.setup.show_error(text)

    def _record(self, result: QuizResult) -> None:
        topics = [(s.bank, s.topic) for s in result.per_topic]

        def recorded(record: QuizRecord) -> None:
            self.results.show_record(record)
            self.ctx.backend.run(lambda col: confusions_by_topic(col, topics),
                                 self.results.show_confusions, owner=self.results)

        self.ctx.backend.run(lambda col: col.record_quiz(result), recorded,
                             self.results.show_record_error, owner=self.results,
                             changes=Change.QUIZ)

    # ------------------------------------------------------------------ slots
    def _on_setup_start_requested(self, config: object, feedback: bool) -> None:
        assert isinstance(config, QuizConfig)
        self._build_quiz(config, feedback, from_setup=True)

    def _on_run_finished(self, result: object) -> None:
        assert isinstance(result, QuizResult)
        if not learner_acted(result):
            # Left before anything happened: nothing to store, nothing to show.
            if not self._quiet:
                self.home_requested.emit()
            return
        self.last_result = result
        self._record(result)
        self.results.show_result(result, self.titles)
        if not self._quiet:
            self._show_page(self.results)

    def _on_results_retry_requested(self) -> None:
        result = self.last_result
        if result is None or not result.mistakes:
            return
        # Asked again in another order, each right option in another place: a retry is
        # answered from memory, not from where the answer stood.
        questions = for_retry([r.question for r in result.mistakes],
                              random.Random(self.rng.random()))
        limit = retry_limit(result.time_limit, len(questions), result.total)
        self._start(QuizSession(questions, limit), self.feedback)

    def _on_intro_start_requested(self) -> None:
        s = self.ctx.settings.value
        try:
            self.ctx.settings.save(replace(s, quick_quiz_explained=True))
        except SettingsError:
            pass  # a settings file that cannot be written: explained again next time
        self._build_quiz(quick_config(s), s.quiz_immediate_feedback, from_setup=False)

    def _on_results_item_done(self, undo: Undo | None, _item: object) -> None:
        if undo is not None:
            self.results.show_notice(done_text(undo.action))

    def _on_page_home_requested(self) -> None:
        self._request += 1
        self.home_requested.emit()

    def _on_busy_escape(self) -> None:
        self._on_page_home_requested()

