"""The settings form's exam and daily-load groups: the exam's date, target and daily cap, the
load balancing and the easy day of each weekday."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from quizapp.core.datafolder.settings import Settings, spec
from quizapp.gui.views.examdate import DEFAULT_NOTICE_DAYS, date_field, from_qdate, to_qdate
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

EASY_DAY_VALUES = spec("easy_days").choices  # normal, reduced, minimum


class ExamFields(QWidget):
    """Builds the two groups (``exam_group``, ``load_group``) and moves their values to and
    from ``Settings``; the form places the groups and watches ``edited``.

    Signals:
        edited(): The learner changed one of these fields.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from quizapp.gui.views.settings.form import _group  # shared form helpers

        self.today = date.today()  # the form sets the learner's study day before loading
        self.exam_group, form = _group()
        self._exam_form = form
        row = QHBoxLayout()
        self.has_exam = QCheckBox()
        self.has_exam.toggled.connect(self._on_has_exam_toggled)
        self.has_exam.toggled.connect(self.edited)
        self.exam_date = date_field()
        self.exam_date.dateChanged.connect(self.edited)
        row.addWidget(self.has_exam)
        row.addWidget(self.exam_date, 1)
        form.addRow(row)
        self.exam_target = PlainSpinBox()
        low, high = spec("exam_target").low, spec("exam_target").high
        self.exam_target.setRange(round(low * 100), round(high * 100))
        self.exam_target.setSuffix(" %")
        self.exam_target.editingFinished.connect(self.edited)
        form.addRow("", self.exam_target)
        self.exam_cap = PlainSpinBox()
        self.exam_cap.setRange(int(spec("exam_daily_cap").low), int(spec("exam_daily_cap").high))
        self.exam_cap.editingFinished.connect(self.edited)
        form.addRow("", self.exam_cap)
        self.exam_hint = plain_label("", "hint")
        form.addRow(self.exam_hint)

        self.load_group, form = _group()
        self._load_form = form
        self.balancing = QCheckBox()
        self.balancing.toggled.connect(self._on_balancing_toggled)
        self.balancing.toggled.connect(self.edited)
        form.addRow(self.balancing)
        self.easy_days: list[QComboBox] = []
        for _weekday in range(1, 8):
            combo = QComboBox()
            for value in EASY_DAY_VALUES:
                combo.addItem("", value)
            combo.currentIndexChanged.connect(self.edited)
            form.addRow("", combo)
            self.easy_days.append(combo)
        self.load_hint = plain_label("", "hint")
        form.addRow(self.load_hint)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the two groups in the current language (also on a switch)."""
        self.exam_group.setTitle(self.tr("Exam"))
        self.has_exam.setText(self.tr("Studying for an exam on"))
        self.exam_date.setAccessibleName(self.tr("Exam date"))
        for field, label in ((self.exam_target, self.tr("Target on exam day")),
                             (self.exam_cap, self.tr("Brought forward a day, at most"))):
            _label(self._exam_form, field, label)
        set_plain(self.exam_hint, self.tr(
            "No review runs past the exam; cards likely to be forgotten by then come back in "
            "the last days before it, a few a day."))
        self.load_group.setTitle(self.tr("Daily load"))
        self.balancing.setText(self.tr("Even out the number of reviews from day to day"))
        names = {"normal": self.tr("Normal"), "reduced": self.tr("Fewer reviews"),
                 "minimum": self.tr("As few as possible")}
        for weekday, combo in enumerate(self.easy_days, start=1):
            for index, value in enumerate(EASY_DAY_VALUES):
                combo.setItemText(index, names[value])
            name = QLocale().standaloneDayName(weekday, QLocale.FormatType.LongFormat)
            _label(self._load_form, combo, name[:1].upper() + name[1:])
        set_plain(self.load_hint, self.tr(
            "A review whose day can move by a day or two goes to the day with fewer cards; "
            "days set to fewer reviews get fewer, but still some when every other day is "
            "full."))

    def load(self, s: Settings) -> None:
        """Show ``s``'s values (without emitting ``edited``)."""
        blocked = self.blockSignals(True)
        shown = s.exam_date or date.fromordinal(self.today.toordinal() + DEFAULT_NOTICE_DAYS)
        # A saved exam that has passed stays as it is until another date is chosen.
        self.exam_date.setMinimumDate(to_qdate(min(self.today, shown)))
        self.exam_date.setDate(to_qdate(shown))
        self.has_exam.setChecked(s.exam_date is not None)
        self._on_has_exam_toggled(s.exam_date is not None)
        self.exam_target.setValue(round(s.exam_target * 100))
        self.exam_cap.setValue(s.exam_daily_cap)
        self.balancing.setChecked(s.load_balancing)
        self._on_balancing_toggled(s.load_balancing)
        for combo, value in zip(self.easy_days, s.easy_days):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.blockSignals(blocked)

    def read(self, s: Settings) -> Settings:
        """``s`` with these fields' values."""
        target = self.exam_target.value() / 100
        if self.exam_target.value() == round(s.exam_target * 100):
            target = s.exam_target  # keep a finer loaded value
        return replace(
            s,
            exam_date=from_qdate(self.exam_date.date()) if self.has_exam.isChecked() else None,
            exam_target=target,
            exam_daily_cap=self.exam_cap.value(),
            load_balancing=self.balancing.isChecked(),
            easy_days=tuple(str(c.currentData()) for c in self.easy_days),
        )

    def _on_has_exam_toggled(self, on: bool) -> None:
        for field in (self.exam_date, self.exam_target, self.exam_cap):
            field.setEnabled(on)

    def _on_balancing_toggled(self, on: bool) -> None:
        for combo in self.easy_days:
            combo.setEnabled(on)


def _label(form: QFormLayout, field: QWidget, text: str) -> None:
    """Name ``field``'s row (its label and its accessible name)."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)
    field.setAccessibleName(text)
