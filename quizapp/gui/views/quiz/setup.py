"""The custom-quiz form: how many questions, timing, which topics and kinds, feedback."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from quizapp.core.banks.model import ItemKind
from quizapp.core.collection import Collection
from quizapp.core.stats.mastery import TopicMastery
from quizapp.core.quiz.engine import QuizConfig, QuizScope, TimeLimit, TimeLimitMode
from quizapp.core.datafolder.settings import QuizTiming, Settings
from quizapp.gui.context import AppContext
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame, scroll_page
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.text import plain_label, set_plain
from quizapp.gui.widgets.topicpicker import TopicPicker

TopicData = tuple[list[TopicMastery], dict[str, str]]


def load_topics(col: Collection) -> TopicData:
    """Job: every topic's mastery and the banks' titles."""
    titles = {bank_id: loaded.bank.meta.title for bank_id, loaded in col.banks.items()}
    return col.topic_mastery(), titles


class QuizSetupPage(QWidget):
    """The set-up form. Starting only asks: the container builds the quiz on the worker.

    Signals:
        start_requested(object, bool): A ``QuizConfig`` and whether to give immediate
            feedback.
        home_requested(): Esc or *Back*.
    """

    start_requested = Signal(object, bool)
    home_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topics_loaded = False
        self._stale = True
        self._masteries: list[TopicMastery] = []
        self._build()
        follow_language(self, self.retranslate)
        self.retranslate()
        self.load_defaults(ctx.settings.value)
        ctx.settings.changed.connect(self._on_settings_changed)
        ctx.backend.changed.connect(self._on_backend_changed)
        for keys, slot in (((QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)),
                            self._on_start_clicked),
                           ((QKeySequence(Qt.Key.Key_Escape),), self.home_requested.emit)):
            for key in keys:
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        _scroll, page = scroll_page(self)
        self.title = plain_label("", "title", wrap=False)
        self.intro = plain_label("", "muted")
        page.addWidget(self.title)
        page.addWidget(self.intro)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(self._build_options(), 2)
        columns.addWidget(self._build_scope(), 3)
        page.addLayout(columns, 1)

        self.error = plain_label("", "error")
        self.error.hide()
        page.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.home_requested)
        self.reason = plain_label("", "muted")
        self.start_button = QPushButton()
        set_role(self.start_button, "role", "primary")
        self.start_button.setMinimumWidth(160)
        self.start_button.clicked.connect(self._on_start_clicked)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.start_button)
        page.addLayout(buttons)

    def retranslate(self) -> None:
        """Every word of the form in the current language (also on a switch)."""
        set_plain(self.title, self.tr("Custom quiz"))
        set_plain(self.intro, self.tr(
            "Choose what to be tested on. Questions from your weaker topics come up more often; "
            "every mistake makes its flashcards due again."))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the start screen (Esc)"))
        self.start_button.setText(self.tr("Start quiz"))
        self.start_button.setToolTip(self.tr("Start the quiz (Enter)"))
        set_plain(self.questions_heading, self.tr("Questions"))
        set_plain(self.count_label, self.tr("Number of questions"))
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.multiple_choice.setText(self.tr("&Multiple choice"))
        self.true_false.setText(self.tr("T&rue / false"))
        self.cloze.setText(self.tr("F&ill the gap"))
        self.order.setText(self.tr("Put in &order"))
        set_plain(self.time_heading, self.tr("Time limit"))
        self.whole.setText(self.tr("&Whole quiz"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes for the whole quiz"))
        self.per_question.setText(self.tr("&Per question"))
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Seconds per question"))
        self.untimed.setText(self.tr("&No time limit"))
        set_plain(self.feedback_heading, self.tr("Feedback"))
        self.feedback.setText(self.tr("Show right or wrong after each &answer"))
        set_plain(self.topics_heading, self.tr("Topics"))
        self.scope_all.setText(self.tr("A&ll topics"))
        self.scope_weak.setText(self.tr("Wea&k topics (the five weakest you have studied)"))
        self.scope_chosen.setText(self.tr("&Chosen topics:"))
        if self.topics_loaded:
            self._say_topics_status()
        else:
            set_plain(self.topics_status, self.tr("Loading topics…"))
        self._update_start()

    def _build_options(self) -> QFrame:
        frame, layout = card_frame(6)
        self.questions_heading = plain_label("", "heading")
        layout.addWidget(self.questions_heading)
        row = QHBoxLayout()
        self.count = PlainSpinBox()
        self.count.setRange(1, 200)
        self.count_label = plain_label("", wrap=False)
        row.addWidget(self.count_label)
        row.addWidget(self.count)
        row.addStretch(1)
        layout.addLayout(row)
        self.multiple_choice = QCheckBox()
        self.true_false = QCheckBox()
        self.cloze = QCheckBox()
        self.order = QCheckBox()
        self.kind_boxes = {ItemKind.MULTIPLE_CHOICE: self.multiple_choice,
                           ItemKind.TRUE_FALSE: self.true_false,
                           ItemKind.CLOZE: self.cloze, ItemKind.ORDER: self.order}
        for box in self.kind_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._update_start)
            layout.addWidget(box)

        layout.addSpacing(6)
        self.time_heading = plain_label("", "heading")
        layout.addWidget(self.time_heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.timing = QButtonGroup(self)
        self.whole = QRadioButton()
        self.minutes = PlainSpinBox()
        self.minutes.setRange(1, 180)
        self.per_question = QRadioButton()
        self.seconds = PlainSpinBox()
        self.seconds.setRange(5, 600)
        self.untimed = QRadioButton()
        for i, (radio, spin) in enumerate(((self.whole, self.minutes),
                                           (self.per_question, self.seconds),
                                           (self.untimed, None))):
            self.timing.addButton(radio, i)
            grid.addWidget(radio, i, 0)
            if spin is not None:
                grid.addWidget(spin, i, 1)
        grid.setColumnStretch(2, 1)
        self.timing.idToggled.connect(self._on_timing_id_toggled)
        layout.addLayout(grid)

        layout.addSpacing(6)
        self.feedback_heading = plain_label("", "heading")
        layout.addWidget(self.feedback_heading)
        self.feedback = QCheckBox()
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        return frame

    def _build_scope(self) -> QFrame:
        frame, layout = card_frame(6)
        self.topics_heading = plain_label("", "heading")
        layout.addWidget(self.topics_heading)
        self.scope = QButtonGroup(self)
        self.scope_all = QRadioButton()
        self.scope_weak = QRadioButton()
        self.scope_chosen = QRadioButton()
        for scope, radio in ((QuizScope.ALL, self.scope_all), (QuizScope.WEAK, self.scope_weak),
                             (QuizScope.TOPICS, self.scope_chosen)):
            self.scope.addButton(radio, int(scope))
            layout.addWidget(radio)
        self.scope_all.setChecked(True)
        self.scope.idToggled.connect(lambda _id, _on: self._update_start())
        self.picker = TopicPicker()
        self.picker.selection_changed.connect(self._on_picker_selection_changed)
        self.picker.setMinimumHeight(180)
        self.topics_status = plain_label("", "muted")
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.topics_status)
        return frame

    # ------------------------------------------------------------------ state
    def load_defaults(self, s: Settings) -> None:
        """Fill the form from the settings' quiz defaults."""
        self.count.setValue(s.quiz_questions)
        self.minutes.setValue(s.quiz_minutes)
        self.seconds.setValue(s.quiz_seconds_per_question)
        radio = {QuizTiming.WHOLE_QUIZ: self.whole, QuizTiming.PER_QUESTION: self.per_question,
                 QuizTiming.NONE: self.untimed}[s.quiz_timing]
        radio.setChecked(True)
        self.feedback.setChecked(s.quiz_immediate_feedback)
        self._on_timing_id_toggled(self.timing.checkedId(), True)

    def config(self) -> QuizConfig:
        """The quiz the form describes.

        Raises:
            ValueError: The form is incomplete (no kind ticked).
        """
        kinds = frozenset(kind for kind, box in self.kind_boxes.items() if box.isChecked())
        scope = QuizScope(self.scope.checkedId())
        topics = self.picker.selected() if scope is QuizScope.TOPICS else ()
        return QuizConfig(count=self.count.value(), kinds=kinds, scope=scope, topics=topics,
                          time_limit=self.time_limit())

    def time_limit(self) -> TimeLimit:
        mode = TimeLimitMode({0: TimeLimitMode.WHOLE_QUIZ, 1: TimeLimitMode.PER_QUESTION}
                             .get(self.timing.checkedId(), TimeLimitMode.NONE))
        if mode is TimeLimitMode.WHOLE_QUIZ:
            return TimeLimit.whole_quiz(self.minutes.value() * 60)
        if mode is TimeLimitMode.PER_QUESTION:
            return TimeLimit.per_question(self.seconds.value())
        return TimeLimit.none()

    def refresh(self) -> None:
        """Reload the topics and their mastery (on the worker)."""
        self._stale = False
        if self.ctx.backend.is_open:
            self.ctx.backend.run(load_topics, self._on_topics_loaded, self._on_topics_error,
                                 owner=self)

    def activate(self) -> None:
        """Shown: refresh the topics if anything changed, focus the first field."""
        if self._stale or not self.topics_loaded:
            self.refresh()
        self.count.setFocus()
        self.count.selectAll()

    def show_error(self, text: str) -> None:
        """Show why the quiz could not start (``""`` hides it)."""
        set_plain(self.error, text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the quiz is being built, starting again is refused."""
        self.start_button.setEnabled(not busy)
        if busy:
            set_plain(self.reason, self.tr("Preparing your quiz…"))
        else:
            self._update_start()

    def _update_start(self) -> None:
        reason = ""
        if not any(box.isChecked() for box in self.kind_boxes.values()):
            reason = self.tr("Tick at least one kind of question.")
        elif self.scope.checkedId() == int(QuizScope.TOPICS) and not self.picker.selected():
            reason = self.tr("Tick at least one topic, or choose all topics.")
        self.start_button.setEnabled(not reason)
        set_plain(self.reason, reason)

    # ------------------------------------------------------------------ slots
    def _on_start_clicked(self) -> None:
        self._update_start()
        if not self.start_button.isEnabled():
            return
        self.show_error("")
        self.start_requested.emit(self.config(), self.feedback.isChecked())

    def _on_timing_id_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.minutes.setEnabled(button_id == 0)
            self.seconds.setEnabled(button_id == 1)

    def _on_picker_selection_changed(self) -> None:
        if self.picker.selected() and not self.scope_chosen.isChecked():
            self.scope_chosen.setChecked(True)
        self._update_start()

    def _on_topics_loaded(self, data: TopicData) -> None:
        masteries, titles = data
        self.topics_loaded = True
        self._masteries = masteries
        self.picker.set_topics(masteries, titles)
        self._say_topics_status()

    def _say_topics_status(self) -> None:
        masteries = self._masteries
        studied = sum(m.has_evidence for m in masteries)
        set_plain(self.topics_status, self.tr("%n topic(s)", "", len(masteries)) + " · "
                  + self.tr("%n studied so far", "", studied))

    def _on_topics_error(self, exc: Exception) -> None:
        set_plain(self.topics_status, self.tr("Could not load the topics: %1")
                  .replace("%1", str(exc)))

    def _on_settings_changed(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.load_defaults(settings)

    def _on_backend_changed(self, flags: int) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
