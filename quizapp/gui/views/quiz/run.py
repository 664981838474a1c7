"""The quiz run: one question at a time, options by key or click, countdown, feedback."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, ItemKind
from quizapp.core.quiz.engine import QuizQuestion, QuizSession, TimeLimitMode
from quizapp.gui.context import AppContext
from quizapp.gui.views.quiz.clock import QuizClock, confirm_leave
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.countdown import Countdown
from quizapp.gui.widgets.layouts import card_frame, centred_column
from quizapp.gui.widgets.options import (
    RIGHT_MARK,
    WRONG_MARK,
    OptionList,
    option_texts,
    shown_prompt,
)
from quizapp.gui.widgets.text import plain_label, set_plain

# How often the countdown is repainted; the time itself always comes from the clock.
REPAINT_MS = 200
MAX_OPTIONS = 9
_NUMBER_KEYS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, MAX_OPTIONS + 1)]
_LETTER_KEYS = [getattr(Qt.Key, f"Key_{chr(ord('A') + n)}") for n in range(MAX_OPTIONS)]


class QuizRunPage(QWidget):
    """A running quiz. Holds the pure ``QuizSession`` on the GUI thread.

    Signals:
        finished(object): The ``QuizResult`` once the quiz has ended (answered through,
            expired or abandoned).
    """

    finished = Signal(object)

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
        self._build_shortcuts()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        # Header (progress, countdown) and footer (keys, buttons) stay put; only the
        # question and its feedback scroll when a long question meets a small window.
        page = centred_column(self, 920, spacing=10, margins=(24, 16, 24, 12))

        top = QHBoxLayout()
        self.progress = plain_label("", "heading", wrap=False)
        top.addWidget(self.progress)
        top.addStretch(1)
        self.clock_caption = plain_label("", "muted", wrap=False)
        top.addWidget(self.clock_caption)
        self.countdown = Countdown()
        self.countdown.setMinimumWidth(240)
        top.addWidget(self.countdown)
        page.addLayout(top)
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

        self.feedback_frame, fb = card_frame(6)
        self.verdict = plain_label("", "heading")
        self.explanation = plain_label("", "explanation", selectable=True)
        self.source = plain_label("", "source")
        self.paused_hint = plain_label(self.tr("The clock waits while you read."), "muted")
        for widget in (self.verdict, self.explanation, self.source, self.paused_hint):
            fb.addWidget(widget)
        self.feedback_frame.hide()
        middle.addWidget(self.feedback_frame)
        middle.addStretch(1)

        bottom = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Leave…"))
        self.leave_button.setToolTip(self.tr("Stop the quiz here (Esc)"))
        self.leave_button.clicked.connect(self._on_escape)
        self.keys_hint = plain_label("", "muted")
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Leave this question unanswered (S)"))
        self.skip_button.clicked.connect(self.skip)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Next question (Enter or Space)"))
        set_role(self.continue_button, "role", "primary")
        self.continue_button.clicked.connect(self.continue_)
        bottom.addWidget(self.leave_button)
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.continue_button)
        page.addLayout(bottom)

    def _shortcut(self, key: QKeySequence | Qt.Key, slot: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_shortcuts(self) -> None:
        self.answer_keys: list[QShortcut] = []
        for n in range(MAX_OPTIONS):
            self.answer_keys.append(self._shortcut(_NUMBER_KEYS[n], lambda i=n: self.choose(i)))
            self.answer_keys.append(self._shortcut(_LETTER_KEYS[n],
                                                   lambda i=n: self._on_letter_key(i)))
        # T and F answer true/false questions (F is also option six's letter).
        self.true_key = self._shortcut(Qt.Key.Key_T, lambda: self._on_true_false_key(TRUE_INDEX))
        self.skip_key = self._shortcut(Qt.Key.Key_S, self.skip)
        self.unpick_key = self._shortcut(Qt.Key.Key_Backspace, self.unpick)
        self.continue_keys = [self._shortcut(k, self.continue_) for k in
                              (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)]
        self._shortcut(Qt.Key.Key_Escape, self._on_escape)

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
        if not 0 <= index < question.item.option_count:
            return
        if question.item.kind is ItemKind.ORDER:
            self._pick(index)
            return
        fb = session.answer(index, self.clock.now())
        if not fb.accepted:
            self._set_notice(self.tr("Time ran out before your answer; it was not counted."))
            self._show_current()
        elif self.feedback_on:
            self._show_feedback(index, fb.correct, fb.right)
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
            self._show_feedback(-1, fb.correct, -1)
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
        if self.state != "question" or self.session is None:
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
        """End the quiz now; unanswered questions count as such. Emits ``finished``."""
        if not self.running or self.session is None:
            return
        self.clock.resume()
        self.session.abandon(self.clock.now())
        self._finish()

    def tick(self) -> None:
        """Apply the clock: time-outs, expiry, and the countdown's repaint."""
        session = self.session
        if session is None or not self.running or self.state != "question":
            return
        now = self.clock.now()
        if session.tick(now):
            if not session.finished:
                self._set_notice(self.tr("Time ran out on that question; here is the next."))
            self._show_current()
            return
        self._paint_countdown(now)

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
        self.state = "question"
        self.feedback_frame.hide()
        set_plain(self.progress, self.tr("Question %1 of %2")
                  .replace("%1", str(session.index + 1)).replace("%2", str(len(session.questions))))
        set_plain(self.prompt, shown_prompt(item))
        texts = option_texts(item)
        self.picks = []
        if item.kind is ItemKind.ORDER:
            texts = [item.options[k] for k in item.shown_order]
            set_plain(self.keys_hint, self.tr("Press the steps in their order, 1–%1 · "
                                              "Backspace takes one back · S skips · Esc leaves")
                      .replace("%1", str(len(texts))))
        elif item.kind is ItemKind.TRUE_FALSE:
            set_plain(self.keys_hint, self.tr("Answer with 1 or T (true), 2 or F (false) · "
                                              "S skips · Esc leaves"))
        else:
            last = len(texts)
            hint = self.tr("Answer with 1–%1 or A–%2 · S skips · Esc leaves")
            set_plain(self.keys_hint, hint.replace("%1", str(last))
                      .replace("%2", chr(ord("A") + last - 1)))
        self.options.set_options(texts, [str(n + 1) for n in range(len(texts))])
        chain = [*self.options.buttons, self.skip_button, self.continue_button, self.leave_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._set_keys(answering=True)
        self.skip_button.show()
        self.continue_button.hide()
        if self.isVisible():
            self.setFocus()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._paint_countdown(self.clock.now())

    def _show_feedback(self, chosen: int, correct: bool, right: int) -> None:
        assert self.question is not None
        item = self.question.item
        self.clock.pause()
        self.state = "feedback"
        if item.kind is ItemKind.ORDER:
            self.options.show_order(self.picks, item.shown_order)
        else:
            self.options.show_verdict(chosen, right)
        if correct:
            set_plain(self.verdict, f"{RIGHT_MARK} " + self.tr("Right!"))
        else:
            set_plain(self.verdict, f"{WRONG_MARK} " + self.tr("Not quite."))
        set_role(self.verdict, "state", "correct" if correct else "wrong")
        set_plain(self.explanation, item.explanation)
        self.explanation.setVisible(bool(item.explanation))
        set_plain(self.source, item.source.label())
        self.source.setVisible(bool(item.source.path))
        self.paused_hint.setVisible(self.session is not None
                                    and self.session.time_limit.mode is not TimeLimitMode.NONE)
        self.feedback_frame.show()
        self._set_notice("")
        self._set_keys(answering=False)
        self.skip_button.hide()
        self.continue_button.show()
        if self.isVisible():
            self.continue_button.setFocus()
        set_plain(self.keys_hint, self.tr("Enter or Space continues"))
        # Once laid out, scroll so the verdict and explanation are in view (small windows).
        QTimer.singleShot(0, self, self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.feedback_frame, 0, 0)

    def _paint_countdown(self, now: datetime) -> None:
        session = self.session
        remaining = session.remaining(now) if session is not None else None
        if session is None or remaining is None:
            self.countdown.hide()
            set_plain(self.clock_caption, self.tr("No time limit"))
            return
        self.countdown.show()
        whole = session.time_limit.mode is TimeLimitMode.WHOLE_QUIZ
        set_plain(self.clock_caption, self.tr("Quiz time left") if whole
                  else self.tr("Time for this question"))
        self.countdown.show_remaining(remaining, session.time_limit.delta)

    def _set_keys(self, *, answering: bool) -> None:
        for shortcut in (*self.answer_keys, self.true_key, self.skip_key, self.unpick_key):
            shortcut.setEnabled(answering)
        for shortcut in self.continue_keys:
            shortcut.setEnabled(not answering)

    def _set_notice(self, text: str) -> None:
        set_plain(self.notice, text)
        self.notice.setVisible(bool(text))

    def _finish(self) -> None:
        self.timer.stop()
        self.state = "done"
        self._set_keys(answering=False)
        for shortcut in self.continue_keys:
            shortcut.setEnabled(False)
        assert self.session is not None
        self.finished.emit(self.session.result())

    # ------------------------------------------------------------------ slots
    def _on_options_chosen(self, index: int) -> None:
        self.choose(index)

    def _is_true_false(self) -> bool:
        return self.question is not None and self.question.item.kind is ItemKind.TRUE_FALSE

    def _on_true_false_key(self, index: int) -> None:
        if self._is_true_false():
            self.choose(index)

    def _on_letter_key(self, index: int) -> None:
        if self._is_true_false() and _LETTER_KEYS[index] == Qt.Key.Key_F:
            self.choose(FALSE_INDEX)
        else:
            self.choose(index)

    def _on_timer_timeout(self) -> None:
        self.tick()

    def _on_escape(self) -> None:
        if self.running and confirm_leave(self):
            self.abandon()
