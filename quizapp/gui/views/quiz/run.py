"""The quiz run: one question at a time, options by key or click, countdown, feedback."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.banks.model import ItemKind
from quizapp.core.quiz.engine import QuizQuestion, QuizSession, TimeLimitMode
from quizapp.gui.context import AppContext
from quizapp.gui.theme import set_role
from quizapp.gui.views.quiz import keys
from quizapp.gui.views.quiz.clockbar import QuizClockBar
from quizapp.gui.views.quiz.clock import DIALOG, DialogWatch, Leave, QuizClock, confirm_leave
from quizapp.gui.views.quiz.feedback import FeedbackPanel, Verdict
from quizapp.gui.views.quiz.itemkeys import QuizItemKeys
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame, centred_column
from quizapp.gui.widgets.options import OptionList, option_texts, shown_prompt
from quizapp.gui.widgets.text import plain_label, set_plain

# How often the countdown is repainted; the time itself always comes from the clock.
REPAINT_MS = 200


class QuizRunPage(QWidget):
    """A running quiz. Holds the pure ``QuizSession`` on the GUI thread.

    Signals:
        finished(object): The ``QuizResult`` once the quiz has ended (answered through,
            expired, or left keeping the answers so far).
        discarded(): The learner left and chose not to keep the answers.
    """

    finished = Signal(object)
    discarded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: QuizSession | None = None
        self.feedback_on = True
        self.clock = QuizClock(ctx.clock)
        self.question: QuizQuestion | None = None
        self.state = "idle"  # idle · question · feedback · done
        self.picks: list[int] = []  # an order item: the shown steps picked, in order
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._build()
        # Any modal dialog in front of the quiz's window stops the clock until it closes.
        DialogWatch(self, lambda: self.clock if self.running else None, self.tick)
        self.keys = keys.AnswerKeys(self, self.choose, self.skip, self.unpick, self.continue_,
                                    self._on_escape)
        # Edit, suspend, bury, flag from the feedback: on while Enter continues.
        self.item_keys = QuizItemKeys(self)
        self.keys.on_continuing = self.item_keys.set_enabled
        follow_language(self, self.retranslate)
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        # Header (progress, countdown) and footer (keys, buttons) stay put; only the
        # question and its feedback scroll when a long question meets a small window.
        page = centred_column(self, 920, spacing=10, margins=(24, 16, 24, 12))

        self.clock_bar = QuizClockBar()
        self.progress, self.clock_caption = self.clock_bar.progress, self.clock_bar.clock_caption
        self.countdown = self.clock_bar.countdown
        page.addWidget(self.clock_bar)
        self.notice = plain_label("", "warning")
        self.notice.hide()
        page.addWidget(self.notice)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self.scroll_area.setWidget(body)
        middle = QVBoxLayout(body)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(10)
        page.addWidget(self.scroll_area, 1)

        question_frame, question_layout = card_frame(14)
        self.prompt = plain_label("", "prompt")
        question_layout.addWidget(self.prompt)
        self.options = OptionList()
        self.options.chosen.connect(self._on_options_chosen)
        question_layout.addWidget(self.options)
        middle.addWidget(question_frame)

        self.feedback = FeedbackPanel()
        self.feedback_frame = self.feedback
        self.verdict, self.explanation = self.feedback.verdict, self.feedback.explanation
        self.source, self.paused_hint = self.feedback.source, self.feedback.paused_hint
        self.feedback.hide()
        middle.addWidget(self.feedback)
        middle.addStretch(1)

        bottom = QHBoxLayout()
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self._on_escape)
        self.keys_hint = plain_label("", "muted")
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.continue_button = QPushButton()
        set_role(self.continue_button, "role", "primary")
        self.continue_button.clicked.connect(self.continue_)
        bottom.addWidget(self.leave_button)
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.continue_button)
        page.addLayout(bottom)

    def retranslate(self) -> None:
        """Put every word in the current language (also on a switch mid-quiz)."""
        self.leave_button.setText(self.tr("Leave…"))
        self.leave_button.setToolTip(self.tr("Stop the quiz here (Esc)"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Leave this question unanswered (S)"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Next question (Enter or Space)"))
        self.keys.retranslate()
        if self.question is not None and self.state in ("question", "feedback"):
            self._say_question()
        if self.state == "feedback":
            set_plain(self.keys_hint, self.tr("Enter or Space continues"))
        self._paint_countdown(self.clock.now())

    # ------------------------------------------------------------------ public API
    @property
    def running(self) -> bool:
        return self.session is not None and self.session.started and not self.session.finished

    def begin(self, session: QuizSession, feedback: bool) -> None:
        """Start ``session`` now and show its first question."""
        self.session = session
        self.feedback_on = feedback
        self.clock = QuizClock(self.ctx.clock)
        session.start(self.clock.now())
        self._set_notice("")
        self.timer.start()
        self._show_current()

    def focus_current(self) -> None:
        """Focus where the keys act: the page while answering, *Continue* on feedback."""
        if self.state == "feedback":
            self.continue_button.setFocus()
        else:
            self.setFocus()

    def choose(self, index: int) -> None:
        """Answer the current question with option ``index`` (keys, clicks)."""
        session, question = self.session, self.question
        if self.state != "question" or session is None or question is None:
            return
        if not 0 <= index < question.item.option_count or self._timed_out():
            return
        if question.item.kind is ItemKind.ORDER:
            self._pick(index)
            return
        fb = session.answer(index, self.clock.now())
        if not fb.accepted:
            self._set_notice(self.tr("Time ran out before your answer; it was not counted."))
            self._show_current()
        elif self.feedback_on:
            self.options.show_verdict(index, fb.right)
            self._show_feedback(Verdict.RIGHT if fb.correct else Verdict.WRONG)
        else:
            self._set_notice("")
            self._show_current()

    def _pick(self, index: int) -> None:
        """Put shown step ``index`` next in the learner's order; the last one answers."""
        session, question = self.session, self.question
        assert session is not None and question is not None
        if index in self.picks:
            return
        self.picks.append(index)
        self.options.mark_picks(self.picks)
        shown = question.item.shown_order
        if len(self.picks) < len(shown):
            return
        fb = session.answer_order([shown[i] for i in self.picks], self.clock.now())
        if not fb.accepted:
            self._set_notice(self.tr("Time ran out before your answer; it was not counted."))
            self._show_current()
        elif self.feedback_on:
            self.options.show_order(self.picks, shown)
            self._show_feedback(Verdict.RIGHT if fb.correct else Verdict.WRONG)
        else:
            self._set_notice("")
            self._show_current()

    def unpick(self) -> None:
        """Take back the last step picked (Backspace)."""
        if self.state == "question" and self.picks:
            self.picks.pop()
            self.options.mark_picks(self.picks)

    def skip(self) -> None:
        """Leave the current question unanswered."""
        if self.state != "question" or self.session is None or self._timed_out():
            return
        if not self.session.skip(self.clock.now()):
            self._set_notice(self.tr("Time ran out before you skipped."))
        else:
            self._set_notice("")
        self._show_current()

    def continue_(self) -> None:
        """From the feedback to the next question (or the results)."""
        if self.state != "feedback":
            return
        self.clock.resume()
        self._show_current()

    def abandon(self) -> None:
        """End the quiz now, keeping what was answered (the questions not reached never
        count). Emits ``finished``. At the last question's feedback the quiz is complete
        already: leaving then (or closing the window) keeps it whole."""
        if self.session is None or self.state not in ("question", "feedback"):
            return
        if not self.session.finished:
            self.clock.resume()
            self.session.abandon(self.clock.now())
        self._finish()

    def discard(self) -> None:
        """End the quiz now as if it never happened. Emits ``discarded``."""
        if not self.running or self.session is None:
            return
        self.session.abandon(self.clock.now())
        self._stop()
        self.discarded.emit()

    def tick(self) -> None:
        """Apply the clock: time-outs, expiry, and the countdown's repaint."""
        session = self.session
        if session is None or not self.running or self.state != "question":
            return
        if self._timed_out():
            return
        now = self.clock.now()
        if session.tick(now):
            if not session.finished:
                self._set_notice(self.tr("Time ran out on that question; here is the next."))
            self._show_current()
            return
        self._paint_countdown(now)

    # ------------------------------------------------------------------ time-outs
    def _timed_out(self) -> bool:
        """With feedback on, a question whose own time ran out shows its answer and
        explanation before the next one, the clock stopped at its deadline. True when that
        happened (the caller's key or tick is spent)."""
        session = self.session
        if (session is None or not self.feedback_on or self.state != "question"
                or session.time_limit.mode is not TimeLimitMode.PER_QUESTION):
            return False
        deadline = session.deadline()
        if deadline is None or self.clock.now() < deadline:
            return False
        item = self.question.item if self.question is not None else None
        self.clock.pause(at=deadline)
        session.tick(deadline)  # exactly this question times out
        if item is not None and item.kind is ItemKind.ORDER:
            self.options.show_order(self.picks, item.shown_order)
        elif item is not None:
            self.options.show_verdict(None, item.correct)
        self._show_feedback(Verdict.TIMED_OUT)
        return True

    # ------------------------------------------------------------------ rendering
    def _show_current(self) -> None:
        session = self.session
        assert session is not None
        question = session.current(self.clock.now())
        if question is None:
            self._finish()
            return
        self.question = question
        item = question.item
        self.keys.question = item
        self.state = "question"
        self.feedback.hide()
        texts = option_texts(item)
        if item.kind is ItemKind.ORDER:
            texts = [item.options[k] for k in item.shown_order]
        self.picks = []
        self.options.set_options(texts, self.keys.badges(item, len(texts)))
        self._say_question()
        chain = [*self.options.buttons, self.skip_button, self.continue_button, self.leave_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.keys.set_answering(True)
        self.skip_button.show()
        self.continue_button.hide()
        if self.isVisible():
            self.setFocus()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._paint_countdown(self.clock.now())

    def _say_question(self) -> None:
        """The words around the current question: progress, prompt, key hint, true/false."""
        session, question = self.session, self.question
        assert session is not None and question is not None
        item = question.item
        number = min(session.index + 1, len(session.questions)) if self.state == "question" \
            else session.index
        set_plain(self.progress, self.tr("Question %1 of %2")
                  .replace("%1", str(number)).replace("%2", str(len(session.questions))))
        set_plain(self.prompt, shown_prompt(item))
        if item.kind is ItemKind.TRUE_FALSE:
            for button, text, key in zip(self.options.buttons, option_texts(item),
                                         self.keys.badges(item, 2)):
                button.relabel(key, text)
        if self.state == "question":
            set_plain(self.keys_hint, self.keys.hint(item, item.option_count))

    def _show_feedback(self, verdict: Verdict) -> None:
        assert self.question is not None and self.session is not None
        self.clock.pause()
        self.state = "feedback"
        self._say_question()
        self.feedback.show_answer(self.question.item, verdict,
                                  self.session.time_limit.mode is not TimeLimitMode.NONE)
        self.feedback.show()
        self._set_notice("")
        self.keys.set_answering(False)
        self.skip_button.hide()
        self.continue_button.show()
        if self.isVisible():
            self.continue_button.setFocus()
        set_plain(self.keys_hint, self.tr("Enter or Space continues"))
        self._paint_countdown(self.clock.now())
        # Once laid out, scroll so the verdict and explanation are in view (small windows).
        QTimer.singleShot(0, self, self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.feedback, 0, 0)

    def _paint_countdown(self, now: datetime) -> None:
        session = self.session
        remaining = session.remaining(now) if session is not None and not session.finished \
            else None
        if self.state == "feedback" and self.feedback.shown is Verdict.TIMED_OUT:
            remaining = timedelta(0)  # the question's own time, run out (the next one waits)
        self.clock_bar.paint(session, remaining)

    def _set_notice(self, text: str) -> None:
        set_plain(self.notice, text)
        self.notice.setVisible(bool(text))

    def _stop(self) -> None:
        self.timer.stop()
        self.state = "done"
        self.keys.set_answering(False)
        self.keys.set_continuing(False)
        self.clock.resume(DIALOG)

    def _finish(self) -> None:
        self._stop()
        assert self.session is not None
        self.finished.emit(self.session.result())

    # ------------------------------------------------------------------ slots
    def _on_options_chosen(self, index: int) -> None:
        self.choose(index)

    def _on_timer_timeout(self) -> None:
        self.tick()

    def _on_escape(self) -> None:
        if not self.running or self.session is None:
            return
        self.clock.pause(DIALOG)  # also when the dialog is not modal to this window
        try:
            choice = confirm_leave(self, self.session.index)
        finally:
            self.clock.resume(DIALOG)
        if choice is Leave.KEEP:
            self.abandon()
        elif choice is Leave.DISCARD:
            self.discard()

