"""The settings form: grouped fields that load a ``Settings`` and read one back."""

from __future__ import annotations

import re
from dataclasses import fields, replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from quizapp.core.errors import SettingsError
from quizapp.core.datafolder.settings import QuizTiming, Settings, Theme, spec
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.text import plain_label, set_plain

# The fields this form edits; any other setting (e.g. fitted scheduler weights) is kept.
FORM_FIELDS = frozenset({
    "new_per_day", "reviews_per_day", "desired_retention", "learning_steps_minutes",
    "relearning_steps_minutes", "maximum_interval_days", "rollover_hour", "quiz_questions",
    "quiz_timing", "quiz_minutes", "quiz_seconds_per_question", "quiz_immediate_feedback",
    "theme", "font_size", "language", "typed_answers", "exam_date", "exam_target",
    "exam_daily_cap", "load_balancing", "easy_days",
})
# Below this width the groups stack in one column.
TWO_COLUMNS_FROM = 860
_STEPS = re.compile(r"^[\d\s,]*$")


class _NoWheelUnlessFocused(QObject):
    """Scrolling the page must not change a spin box or combo box the pointer passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True
        return False


class SettingsForm(QWidget):
    """Every field of the Settings screen, in groups that reflow to one or two columns.

    Signals:
        edited(): The learner changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wheel_guard = _NoWheelUnlessFocused(self)
        self._loaded = Settings()
        self.invalid_field: QWidget | None = None  # the field the last ``read`` refused
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        low, high = spec("learning_steps_minutes").low, spec("learning_steps_minutes").high
        self._step_low, self._step_high = f"{low:g}", f"{high:g}"
        self.study_group = self._study_group()
        self.quiz_group = self._quiz_group()
        self.appearance_group = self._appearance_group()
        from quizapp.gui.views.settings.examfields import ExamFields

        self.exam = ExamFields(self)  # the exam and daily-load groups
        self.exam.edited.connect(self.edited)
        self.data_group = QGroupBox()  # filled by the view (it has the paths)
        self.columns = 0
        self.set_columns(2)
        follow_language(self, self.retranslate)
        self.retranslate()

    # ------------------------------------------------------------------ groups
    def _study_group(self) -> QGroupBox:
        box, form = _group()
        self._study_form = form
        self.new_per_day = self._spin("new_per_day")
        self.reviews_per_day = self._spin("reviews_per_day")
        self.retention = PlainSpinBox()
        low, high = spec("desired_retention").low, spec("desired_retention").high
        self.retention.setRange(round(low * 100), round(high * 100))
        self.retention.setSuffix(" %")
        self._watch(self.retention)
        self.retention_hint = plain_label("", "hint")
        self.learning_steps = self._steps_field()
        self.relearning_steps = self._steps_field()
        self.maximum_interval = self._spin("maximum_interval_days")
        self.rollover_hour = self._spin("rollover_hour", ":00")
        self.typed_answers = QCheckBox()
        self.typed_answers.toggled.connect(self.edited)
        for field in (self.new_per_day, self.reviews_per_day, self.retention):
            form.addRow("", field)
        form.addRow(self.retention_hint)
        for field in (self.learning_steps, self.relearning_steps, self.maximum_interval,
                      self.rollover_hour, self.typed_answers):
            form.addRow("", field)
        return box

    def _quiz_group(self) -> QGroupBox:
        box, form = _group()
        self._quiz_form = form
        self.quiz_questions = self._spin("quiz_questions")
        self.quiz_timing = QComboBox()
        for value in (QuizTiming.WHOLE_QUIZ, QuizTiming.PER_QUESTION, QuizTiming.NONE):
            self.quiz_timing.addItem("", value)
        self._watch(self.quiz_timing)
        self.quiz_timing.currentIndexChanged.connect(self._on_quiz_timing_changed)
        self.quiz_minutes = self._spin("quiz_minutes")
        self.quiz_seconds = self._spin("quiz_seconds_per_question")
        self.immediate_feedback = QCheckBox()
        self.immediate_feedback.toggled.connect(self.edited)
        for field in (self.quiz_questions, self.quiz_timing, self.quiz_minutes,
                      self.quiz_seconds, self.immediate_feedback):
            form.addRow("", field)  # the feedback box names itself; its row says what it is
        return box

    def _appearance_group(self) -> QGroupBox:
        box, form = _group()
        self._appearance_form = form
        self.theme = QComboBox()
        for value in (Theme.SYSTEM, Theme.LIGHT, Theme.DARK):
            self.theme.addItem("", value)
        self._watch(self.theme)
        self.font_size = self._spin("font_size")
        self.language = QComboBox()
        # Language names are shown in their own language, so anyone can find theirs.
        for text, code in (("", ""), ("English", "en"), ("Latviešu", "lv")):
            self.language.addItem(text, code)
        self._watch(self.language)
        self.language_hint = plain_label("", "hint")
        for field in (self.theme, self.font_size, self.language):
            form.addRow("", field)
        form.addRow(self.language_hint)
        return box

    def retranslate(self) -> None:
        """Every word of the form in the current language (also on a switch)."""
        self.study_group.setTitle(self.tr("Daily study"))
        self.quiz_group.setTitle(self.tr("Quizzes"))
        self.appearance_group.setTitle(self.tr("Appearance"))
        self.data_group.setTitle(self.tr("Data"))
        rows = (
            (self._study_form, self.new_per_day, self.tr("New cards per day"), ""),
            (self._study_form, self.reviews_per_day, self.tr("Reviews per day"), ""),
            (self._study_form, self.retention, self.tr("Desired retention"), self.tr(
                "The share of cards you want to still remember when they come back (FSRS's "
                "desired retention).")),
            (self._study_form, self.learning_steps, self.tr("Learning steps (minutes)"),
             self.tr("When a new card comes back on its first day: minutes after each "
                     "showing, separated by spaces (%1 to %2 each).")),
            (self._study_form, self.relearning_steps, self.tr("Relearning steps (minutes)"),
             self.tr("When a forgotten card comes back the same day: minutes after each "
                     "showing, separated by spaces (%1 to %2 each).")),
            (self._study_form, self.maximum_interval, self.tr("Maximum interval"), self.tr(
                "The longest a card waits before it comes back, in days (36500 days, 100 "
                "years, means no limit).")),
            (self._study_form, self.rollover_hour, self.tr("A new day starts at"), self.tr(
                "Reviews after midnight and before this hour count for the day before.")),
            (self._study_form, self.typed_answers, self.tr("Answers"),
             self.tr("T switches typing on or off while you study")),
            (self._quiz_form, self.quiz_questions, self.tr("Questions per quiz"), ""),
            (self._quiz_form, self.quiz_timing, self.tr("Time limit"), ""),
            (self._quiz_form, self.quiz_minutes, self.tr("Minutes for the quiz"), ""),
            (self._quiz_form, self.quiz_seconds, self.tr("Seconds per question"), ""),
            (self._quiz_form, self.immediate_feedback, self.tr("Feedback"), ""),
            (self._appearance_form, self.theme, self.tr("Theme"), ""),
            (self._appearance_form, self.font_size, self.tr("Font size"), ""),
            (self._appearance_form, self.language, self.tr("Language"), ""),
        )
        for form, field, label, tip in rows:
            widget = form.labelForField(field)
            if isinstance(widget, QLabel):
                widget.setText(label)
                widget.setToolTip(tip.replace("%1", self._step_low).replace("%2",
                                                                            self._step_high))
            field.setAccessibleName(label)
            if tip:
                field.setToolTip(tip.replace("%1", self._step_low).replace("%2",
                                                                           self._step_high))
            elif isinstance(field, PlainSpinBox):
                field.setToolTip(self.tr("From %1 to %2; Up and Down change it.")
                                 .replace("%1", field.textFromValue(field.minimum()))
                                 .replace("%2", field.textFromValue(field.maximum())))
        set_plain(self.retention_hint, self.tr(
            "How likely you are to still remember a card when it comes back; higher means "
            "more reviews."))
        self.maximum_interval.setSuffix(self.tr(" days"))
        self.quiz_minutes.setSuffix(self.tr(" min"))
        self.quiz_seconds.setSuffix(self.tr(" s"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.immediate_feedback.setText(self.tr("Show right or wrong after each answer"))
        self.typed_answers.setText(self.tr("Type the answers of short cards"))
        for combo, texts in ((self.quiz_timing, (self.tr("For the whole quiz"),
                                                 self.tr("Per question"),
                                                 self.tr("No time limit"))),
                             (self.theme, (self.tr("Follow the system"), self.tr("Light"),
                                           self.tr("Dark")))):
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.language.setItemText(0, self.tr("System language"))
        set_plain(self.language_hint, self.tr("The language changes as soon as you save."))
        for field in (self.learning_steps, self.relearning_steps):
            field.setPlaceholderText(self.tr("e.g. 1 10"))

    # ------------------------------------------------------------------ fields
    def _spin(self, key: str, suffix: str = "") -> PlainSpinBox:
        spin = PlainSpinBox()
        low, high = spec(key).low, spec(key).high
        spin.setRange(int(low), int(high))
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(False)
        self._watch(spin)
        return spin

    def _steps_field(self) -> QLineEdit:
        field = QLineEdit()
        field.textEdited.connect(self.edited)
        return field

    def _watch(self, widget: QAbstractSpinBox | QComboBox) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self._wheel_guard)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.edited)
        else:
            widget.editingFinished.connect(self.edited)

    def _on_quiz_timing_changed(self, _index: int) -> None:
        # Only the value the chosen mode uses is shown (a disabled field reads as editable).
        timing = self.quiz_timing.currentData()
        self._quiz_form.setRowVisible(self.quiz_minutes, timing == QuizTiming.WHOLE_QUIZ)
        self._quiz_form.setRowVisible(self.quiz_seconds, timing == QuizTiming.PER_QUESTION)

    # ------------------------------------------------------------------ public API
    def set_columns(self, columns: int) -> None:
        """Lay the groups out in one or two columns."""
        if columns == self.columns:
            return
        self.columns = columns
        groups = (self.study_group, self.quiz_group, self.appearance_group,
                  self.exam.exam_group, self.exam.load_group, self.data_group)
        for box in groups:
            self.grid.removeWidget(box)
        if columns == 2:
            self.grid.addWidget(self.study_group, 0, 0, 2, 1)
            self.grid.addWidget(self.quiz_group, 0, 1)
            self.grid.addWidget(self.appearance_group, 1, 1)
            self.grid.addWidget(self.exam.exam_group, 2, 0)
            self.grid.addWidget(self.exam.load_group, 2, 1)
            self.grid.addWidget(self.data_group, 3, 0, 1, 2)
        else:
            for row, box in enumerate(groups):
                self.grid.addWidget(box, row, 0)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def load(self, s: Settings) -> None:
        """Fill the fields from ``s`` (without emitting ``edited``)."""
        self._loaded = s
        blocked = self.blockSignals(True)
        self.new_per_day.setValue(s.new_per_day)
        self.reviews_per_day.setValue(s.reviews_per_day)
        self.retention.setValue(round(s.desired_retention * 100))
        self.learning_steps.setText(" ".join(map(str, s.learning_steps_minutes)))
        self.relearning_steps.setText(" ".join(map(str, s.relearning_steps_minutes)))
        self.maximum_interval.setValue(s.maximum_interval_days)
        self.rollover_hour.setValue(s.rollover_hour)
        self.quiz_questions.setValue(s.quiz_questions)
        _select(self.quiz_timing, s.quiz_timing)
        self._on_quiz_timing_changed(0)
        self.quiz_minutes.setValue(s.quiz_minutes)
        self.quiz_seconds.setValue(s.quiz_seconds_per_question)
        self.immediate_feedback.setChecked(s.quiz_immediate_feedback)
        _select(self.theme, s.theme)
        self.font_size.setValue(s.font_size)
        _select(self.language, s.language)
        self.typed_answers.setChecked(s.typed_answers)
        self.exam.load(s)
        self.blockSignals(blocked)

    def load_defaults(self) -> None:
        """Fill the fields with the out-of-the-box values (settings not on the form are kept)."""
        kept = {f.name: getattr(self._loaded, f.name) for f in fields(Settings)
                if f.name not in FORM_FIELDS}
        self.load(replace(Settings(), **kept))

    def read(self) -> Settings:
        """The settings the fields describe.

        Raises:
            SettingsError: A steps field does not hold minutes (the message says which;
                ``invalid_field`` is that field).
        """
        self.invalid_field = None
        retention = self.retention.value() / 100
        if self.retention.value() == round(self._loaded.desired_retention * 100):
            retention = self._loaded.desired_retention  # keep a finer loaded value
        return self.exam.read(replace(
            self._loaded,
            new_per_day=self.new_per_day.value(),
            reviews_per_day=self.reviews_per_day.value(),
            desired_retention=retention,
            learning_steps_minutes=self._steps(self.learning_steps, "learning_steps_minutes",
                                               self.tr("Learning steps")),
            relearning_steps_minutes=self._steps(self.relearning_steps,
                                                 "relearning_steps_minutes",
                                                 self.tr("Relearning steps")),
            maximum_interval_days=self.maximum_interval.value(),
            rollover_hour=self.rollover_hour.value(),
            quiz_questions=self.quiz_questions.value(),
            quiz_timing=QuizTiming(self.quiz_timing.currentData()),
            quiz_minutes=self.quiz_minutes.value(),
            quiz_seconds_per_question=self.quiz_seconds.value(),
            quiz_immediate_feedback=self.immediate_feedback.isChecked(),
            theme=Theme(self.theme.currentData()),
            font_size=self.font_size.value(),
            language=str(self.language.currentData()),
            typed_answers=self.typed_answers.isChecked(),
        ))

    def _steps(self, field: QLineEdit, key: str, name: str) -> tuple[int, ...]:
        text = field.text()
        parts = [p for p in re.split(r"[\s,]+", text.strip()) if p] \
            if _STEPS.match(text) else []
        low, high = int(spec(key).low), int(spec(key).high)
        if not parts or not all(p.isdigit() and low <= int(p) <= high for p in parts):
            self.invalid_field = field
            raise SettingsError(self.tr(
                "%1: write one or more whole numbers of minutes from %2 to %3, separated by "
                "spaces (for example 1 10).").replace("%1", name).replace("%2", str(low))
                .replace("%3", str(high)))
        return tuple(int(p) for p in parts)


def _group(title: str = "") -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return box, form


def _row(form: QFormLayout, label: str, field: QWidget) -> None:
    field.setAccessibleName(label)
    form.addRow(label, field)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
