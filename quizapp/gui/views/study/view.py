"""Flashcard study: front, Show answer, back with its source, four rated buttons, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import SIGNAL, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.study.cards import Rating
from quizapp.core.collection import Collection
from quizapp.core.study.scope import StudyScope
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.views.study.card import CardPanel
from quizapp.gui.views.study.itemkeys import StudyItemKeys
from quizapp.gui.views.study.steps import (
    ScopeInfo,
    SessionLog,
    StudyStep,
    answer_step,
    count_kind,
    fetch_step,
    scope_info,
    undo_step,
)
from quizapp.gui.views.study.header import AnswerBar, StudyFooter, StudyHeader
from quizapp.gui.views.study.summary import StudySummaryPage
from quizapp.gui.views.study.typing import TypedAnswer
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

# While waiting for a learning card, check again at least this often (the learn-ahead
# window may bring it forward, and the computer may have slept).
_RECHECK_MS = 30_000
_STALE = Change.QUIZ | Change.BANKS | Change.SETTINGS | Change.MATERIAL


class StudyView(QWidget):
    """The flashcard reviewer.

    Signals:
        home_requested(): Back to the home screen (Esc).
        source_requested(str, int): Show bank ``str``'s document at line ``int``.
        quick_quiz_requested(): A quick quiz from the finished screen (the button only
            shows when this is connected).
        study_more_requested(): Study more today, from the finished screen (likewise).
        stepped(): A card, or the day's summary, has just been put on screen.
    """

    home_requested = Signal()
    source_requested = Signal(str, int)
    quick_quiz_requested = Signal()
    study_more_requested = Signal()
    stepped = Signal()

    _LOADING, _CARD, _DONE = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.scope: StudyScope | None = None
        self.log = SessionLog()
        self.step: StudyStep | None = None
        self._busy = False
        self._stale = False
        self._request = 0  # results of older requests are dropped
        self._shown_at: datetime | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        ctx.backend.changed.connect(self._on_backend_changed)
        ctx.settings.changed.connect(self._on_settings_changed)
        self._build()
        self._build_shortcuts()
        self.item_keys = StudyItemKeys(self, self._fetch)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the screen in the current language (also on a switch)."""
        self.undone.setAccessibleName(self.tr("What was undone"))
        set_plain(self.loading, self.tr("Loading cards…"))
        if self.step is not None:
            self._say_hint()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 14, 24, 14)
        page.setSpacing(10)

        self.header = StudyHeader()
        self.scope_label, self.count_labels = self.header.scope_label, self.header.count_labels
        page.addWidget(self.header)

        self.notice = plain_label("", "warning")
        self.notice.hide()
        page.addWidget(self.notice)
        self.undone = plain_label("", "hint")
        self.undone.hide()
        page.addWidget(self.undone)

        self.pages = QStackedWidget()
        self.loading = plain_label("", "muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.pages.addWidget(self._build_card_page())
        self.summary = StudySummaryPage()
        self.summary.home_requested.connect(self.home_requested)
        self.summary.quiz_requested.connect(self.quick_quiz_requested)
        self.summary.more_requested.connect(self.study_more_requested)
        self.pages.addWidget(self.summary)
        page.addWidget(self.pages, 1)

        self.footer = StudyFooter()
        self.home_button, self.undo_button = self.footer.home_button, self.footer.undo_button
        self.hint = self.footer.hint
        self.home_button.clicked.connect(self.home_requested)
        self.undo_button.clicked.connect(self.undo)
        page.addWidget(self.footer)

    def _build_card_page(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.card = CardPanel()
        self.card.source_clicked.connect(self._on_card_source_clicked)
        layout.addWidget(self.card, 1)
        self.typing = TypedAnswer(self, self.card, layout)  # typed answers; T toggles them
        self.answer_bar = AnswerBar()
        self.show_button, self.ratings = self.answer_bar.show_button, self.answer_bar.ratings
        self.show_button.clicked.connect(self.reveal)
        self.ratings.rated.connect(self._on_ratings_rated)
        row = QHBoxLayout()
        row.addWidget(self.answer_bar)
        layout.addLayout(row)
        return holder

    def _build_shortcuts(self) -> None:
        def shortcut(keys: QKeySequence | Qt.Key | str, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self._on_space_activated)
        for rating in Rating:  # the number row; Qt falls back to these for the keypad
            shortcut(QKeySequence(Qt.Key(Qt.Key.Key_0.value + int(rating))),
                     partial(self.rate, rating))
        shortcut(Qt.Key.Key_Escape, self.home_requested.emit)

    # ------------------------------------------------------------------ public API
    @property
    def busy(self) -> bool:
        """A job (answer, undo, next card) is in flight; keys are ignored meanwhile."""
        return self._busy

    def start(self, scope: StudyScope) -> None:
        """Begin a session on ``scope``: every bank, one bank, or chosen topics."""
        self.scope = scope
        self.log = SessionLog()
        self.step = None
        self._busy = False
        self._stale = False
        self._wait_timer.stop()
        self.notice.hide()
        self.undone.hide()
        self.typing.start(self.ctx.settings.value.typed_answers, self.hint)
        self.header.show_scope(scope, None)
        self.summary.quiz_button.setVisible(
            self.receivers(SIGNAL("quick_quiz_requested()")) > 0)
        self.summary.more_button.setVisible(
            self.receivers(SIGNAL("study_more_requested()")) > 0)
        self.pages.setCurrentIndex(self._LOADING)
        token = self._next_request()

        def job(col: Collection) -> tuple[ScopeInfo, StudyStep]:
            return scope_info(col, scope), fetch_step(col, scope)

        self.ctx.backend.run(job, lambda r: self._on_started(token, *r), self._on_job_error,
                             owner=self)

    def activate(self) -> None:
        """Called when the screen is shown: catch up with changes made elsewhere."""
        if self.scope is None:
            return
        if self._stale and not self._busy:
            self._stale = False
            self._fetch()
        else:
            self._focus_default()

    def reveal(self) -> None:
        """Show the back of the current card and the rating buttons."""
        if self._busy or self.step is None or self.step.card is None or self.card.revealed:
            return
        suggested = self.typing.check()
        self.card.set_revealed(True)
        self.ratings.set_previews(self.step.preview, suggested)
        self.answer_bar.setCurrentWidget(self.ratings)
        self.ratings.button(suggested or Rating.GOOD).setFocus(Qt.FocusReason.OtherFocusReason)
        self._say_hint()

    def rate(self, rating: Rating) -> None:
        """Answer the current card with ``rating`` (only once its answer shows)."""
        step, scope = self.step, self.scope
        if self._busy or step is None or step.card is None or scope is None \
                or not self.card.revealed:
            return
        self._busy = True  # a second key press before the answer is stored does nothing
        card = step.card
        shown = self._shown_at or self.ctx.clock.now()
        duration_ms = max(0, round((self.ctx.clock.now() - shown).total_seconds() * 1000))
        token = self._next_request()
        self.ctx.backend.run(
            lambda col: answer_step(col, scope, card, Rating(rating), duration_ms),
            lambda s: self._on_answered(token, s, duration_ms), self._on_job_error,
            owner=self, changes=Change.REVIEWS)

    def undo(self) -> None:
        """Undo the latest answer (its card comes back, front showing) or card action. Does
        nothing when no session is on screen or an answer is still being stored."""
        scope = self.scope
        if scope is None or self._busy or not self.isVisible() or self.item_keys.undo_last():
            return
        self._busy = True
        self._wait_timer.stop()
        token = self._next_request()
        self.ctx.backend.run(lambda col: undo_step(col, scope),
                             lambda s: self._on_undone(token, s), self._on_job_error,
                             owner=self, changes=Change.REVIEWS)

    def recheck(self) -> None:
        """Ask again whether a card is due (the waiting timer calls this)."""
        if self.scope is not None and not self._busy and self.step is not None \
                and self.step.card is None:
            self._fetch()

    # ------------------------------------------------------------------ results
    def _next_request(self) -> int:
        self._request += 1
        return self._request

    def _fetch(self) -> None:
        scope = self.scope
        assert scope is not None
        token = self._next_request()
        self.ctx.backend.run(lambda col: fetch_step(col, scope),
                             lambda s: self._on_step(token, s), self._on_job_error, owner=self)

    def _on_started(self, token: int, info: ScopeInfo, step: StudyStep) -> None:
        if token != self._request:
            return
        self.header.show_scope(self.scope, info)
        self._on_step(token, step)

    def _on_answered(self, token: int, step: StudyStep, duration_ms: int) -> None:
        if token != self._request:
            return
        self.undone.hide()
        result = step.answered
        if result is not None:
            self.log.add(result, duration_ms)
            if result.became_leech:
                set_plain(self.notice, self.tr(
                    "Leech: the card you just answered has been forgotten %n time(s). "
                    "Read its source again, or learn it another way.", "", result.after.lapses))
                self.notice.show()
            else:
                self.notice.hide()
        self._on_step(token, step)

    def _on_undone(self, token: int, step: StudyStep | None) -> None:
        if token != self._request:
            return
        self.notice.hide()
        if step is None:
            self._busy = False
            set_plain(self.hint, self.tr("Nothing to undo."))
            return
        last = self.log.answers[-1].rating if self.log.answers else None
        self.log.undo()
        self._on_step(token, step)
        set_plain(self.undone, self.footer.undone_text(last))
        self.undone.show()

    def _on_step(self, token: int, step: StudyStep) -> None:
        if token != self._request:
            return
        self.step = step
        self._busy = False
        self._wait_timer.stop()
        self._render_counts(step)
        self.undo_button.setEnabled(step.can_undo or self.item_keys.can_undo)
        if step.card is None:
            self.summary.show_summary(self.log, step.next_due)
            self.pages.setCurrentIndex(self._DONE)
            self.home_button.hide()
            set_plain(self.hint, "")
            if step.next_due is not None:
                self._arm_wait_timer(step.next_due)
        else:
            self.card.show_card(step.card)
            self.answer_bar.setCurrentWidget(self.show_button)
            self.pages.setCurrentIndex(self._CARD)
            self.home_button.show()
            self._say_hint()
            self._shown_at = self.ctx.clock.now()
        self._focus_default()
        self.stepped.emit()

    def _on_job_error(self, exc: Exception) -> None:
        self._busy = False
        set_plain(self.notice, self.tr("Something went wrong: %1").replace("%1", str(exc)))
        self.notice.show()

    def _render_counts(self, step: StudyStep) -> None:
        current = count_kind(step.card.schedule.state) if step.card is not None else None
        self.header.show_counts(step.counts, current)

    def _say_hint(self) -> None:
        step = self.step
        if step is None or step.card is None:
            set_plain(self.hint, "")
        elif self.card.revealed:
            set_plain(self.hint, self.tr("1 Again · 2 Hard · 3 Good · 4 Easy"))
        else:
            set_plain(self.hint, self.typing.hint or self.tr("Space or Enter shows the answer"))

    def _arm_wait_timer(self, due: datetime) -> None:
        left_ms = (due - self.ctx.clock.now()).total_seconds() * 1000
        self._wait_timer.start(int(max(1000, min(left_ms, _RECHECK_MS))))

    def _focus_default(self) -> None:
        index = self.pages.currentIndex()
        if index == self._CARD:
            target: QWidget = (self.ratings.button(self.typing.suggested or Rating.GOOD)
                               if self.card.revealed else self.typing.focus_or(self.show_button))
        elif index == self._DONE:
            target = self.summary.home_button
        else:
            target = self.home_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ slots
    def _on_space_activated(self) -> None:
        """Space / Enter: press the focused button (standard), else reveal, else Good."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused) \
                and focused.isVisible() and focused.isEnabled():
            focused.click()
        elif self.pages.currentIndex() == self._CARD:
            if self.card.revealed:
                self.rate(Rating.GOOD)
            else:
                self.reveal()

    def _on_ratings_rated(self, rating: int) -> None:
        self.rate(Rating(rating))

    def _on_card_source_clicked(self) -> None:
        if self.step is not None and self.step.card is not None:
            card = self.step.card
            self.source_requested.emit(card.bank, card.item.source.line)

    def _on_wait_timer_timeout(self) -> None:
        self.recheck()

    def _on_backend_changed(self, flags: int) -> None:
        # Our own answers (REVIEWS) are already on screen; a quiz, new banks or new
        # settings change what is due.
        if flags & _STALE:
            self._stale = True

    def _on_settings_changed(self, _settings: object) -> None:
        self._stale = True
