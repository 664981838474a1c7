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
    QLineEdit,
    QWidget,
)

from quizapp.core.errors import SettingsError
from quizapp.core.datafolder.settings import QuizTiming, Settings, Theme, spec
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.text import plain_label

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
        self.study_group = self._study_group()
        self.quiz_group = self._quiz_group()
        self.appearance_group = self._appearance_group()
        from quizapp.gui.views.settings.examfields import ExamFields

        self.exam = ExamFields(self)  # the exam and daily-load groups
        self.exam.edited.connect(self.edited)
        self.data_group = QGroupBox(self.tr("Data"))  # filled by the view (it has the paths)
        self.columns = 0
        self.set_columns(2)

    # ------------------------------------------------------------------ groups
    def _study_group(self) -> QGroupBox:
        box, form = _group(self.tr("Daily study"))
        self.new_per_day = self._spin("new_per_day")
        _row(form, self.tr("New cards per day"), self.new_per_day)
        self.reviews_per_day = self._spin("reviews_per_day")
        _row(form, self.tr("Reviews per day"), self.reviews_per_day)
        self.retention = PlainSpinBox()
        low, high = spec("desired_retention").low, spec("desired_retention").high
        self.retention.setRange(round(low * 100), round(high * 100))
        self.retention.setSuffix(" %")
        self._watch(self.retention)
        _row(form, self.tr("Desired retention"), self.retention)
        form.addRow(plain_label(self.tr(
            "How likely you are to still remember a card when it comes back; higher means "
            "more reviews."), "hint"))
        self.learning_steps = self._steps_field()
        _row(form, self.tr("Learning steps (minutes)"), self.learning_steps)
        self.relearning_steps = self._steps_field()
        _row(form, self.tr("Relearning steps (minutes)"), self.relearning_steps)
        self.maximum_interval = self._spin("maximum_interval_days", self.tr(" days"))
        _row(form, self.tr("Maximum interval"), self.maximum_interval)
        self.rollover_hour = self._spin("rollover_hour", ":00")
        self.rollover_hour.setToolTip(self.tr(
            "Reviews after midnight and before this hour count for the day before."))
        _row(form, self.tr("A new day starts at"), self.rollover_hour)
        self.typed_answers = QCheckBox(self.tr("Type the answers of short cards"))
        self.typed_answers.setToolTip(self.tr("T switches typing on or off while you study"))
        self.typed_answers.toggled.connect(self.edited)
        form.addRow(self.tr("Answers"), self.typed_answers)
        return box

    def _quiz_group(self) -> QGroupBox:
        box, form = _group(self.tr("Quizzes"))
        self._quiz_form = form
        self.quiz_questions = self._spin("quiz_questions")
        _row(form, self.tr("Questions per quiz"), self.quiz_questions)
        self.quiz_timing = QComboBox()
        for text, value in ((self.tr("For the whole quiz"), QuizTiming.WHOLE_QUIZ),
                            (self.tr("Per question"), QuizTiming.PER_QUESTION),
                            (self.tr("No time limit"), QuizTiming.NONE)):
            self.quiz_timing.addItem(text, value)
        self._watch(self.quiz_timing)
        self.quiz_timing.currentIndexChanged.connect(self._on_quiz_timing_changed)
        _row(form, self.tr("Time limit"), self.quiz_timing)
        self.quiz_minutes = self._spin("quiz_minutes", self.tr(" min"))
        _row(form, self.tr("Minutes for the quiz"), self.quiz_minutes)
        self.quiz_seconds = self._spin("quiz_seconds_per_question", self.tr(" s"))
        _row(form, self.tr("Seconds per question"), self.quiz_seconds)
        self.immediate_feedback = QCheckBox(self.tr("Show right or wrong after each answer"))
        self.immediate_feedback.toggled.connect(self.edited)
        form.addRow(self.tr("Feedback"), self.immediate_feedback)  # the box names itself
        return box

    def _appearance_group(self) -> QGroupBox:
        box, form = _group(self.tr("Appearance"))
        self.theme = QComboBox()
        for text, value in ((self.tr("Follow the system"), Theme.SYSTEM),
                            (self.tr("Light"), Theme.LIGHT), (self.tr("Dark"), Theme.DARK)):
            self.theme.addItem(text, value)
        self._watch(self.theme)
        _row(form, self.tr("Theme"), self.theme)
        self.font_size = self._spin("font_size", self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("Default"))
        _row(form, self.tr("Font size"), self.font_size)
        self.language = QComboBox()
        # Language names are shown in their own language, so anyone can find theirs.
        for text, code in ((self.tr("System language"), ""), ("English", "en"),
                           ("Latviešu", "lv")):
            self.language.addItem(text, code)
        self._watch(self.language)
        _row(form, self.tr("Language"), self.language)
        form.addRow(plain_label(self.tr("A new language is used after quizapp restarts."),
                                "hint"))
        return box

    # ------------------------------------------------------------------ fields
    def _spin(self, key: str, suffix: str = "") -> PlainSpinBox:
        spin = PlainSpinBox()
        low, high = spec(key).low, spec(key).high
        spin.setRange(int(low), int(high))
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(False)
        spin.setToolTip(self.tr("From %1 to %2; Up and Down change it.")
                        .replace("%1", spin.textFromValue(spin.minimum()))
                        .replace("%2", spin.textFromValue(spin.maximum())))
        self._watch(spin)
        return spin

    def _steps_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(self.tr("e.g. 1 10"))
        field.setToolTip(self.tr(
            "Minutes between the first showings of a card, separated by spaces "
            "(%1 to %2 each).").replace("%1", f"{spec('learning_steps_minutes').low:g}")
            .replace("%2", f"{spec('learning_steps_minutes').high:g}"))
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


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
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
