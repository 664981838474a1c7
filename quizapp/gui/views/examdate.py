"""Setting the exam: its date and target, from home (Settings holds the same fields)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.datafolder.settings import spec
from quizapp.gui.context import AppContext
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.text import plain_label

# A new exam is proposed this many days ahead (a typical mid-term's notice).
DEFAULT_NOTICE_DAYS = 14


def study_date(ctx: AppContext) -> date:
    """The learner's study day now (the day changes at their rollover hour), as a date."""
    from quizapp.core.study.day import StudyDay

    days = StudyDay(ctx.tz, ctx.settings.value.rollover_hour)
    return StudyDay.date_of(days.day_of(ctx.clock.now()))


def date_field() -> QDateEdit:
    """A date field with a calendar, in the locale's short format with a four-digit year
    (some locales' short format shows two: 12.03.26)."""
    field = QDateEdit()
    field.setCalendarPopup(True)
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    field.setDisplayFormat(fmt)
    return field


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExamDateDialog(QDialog):
    """The exam's date (today or later) and its target share.

    ``chosen`` holds the outcome once accepted: ``(date, target)``, or ``None`` when the
    learner removed the exam.
    """

    def __init__(self, today: date, current: date | None, target: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exam date"))
        self.chosen: tuple[date, float] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "quizapp plans your reviews so that on the exam day you recall the share of "
            "cards you aim for: no review runs past the exam, and cards likely to be "
            "forgotten by then come back in the last days before it.")))
        form = QFormLayout()
        self.setMinimumWidth(460)
        self.date = date_field()
        self.date.setMinimumDate(to_qdate(today))
        proposed = current if current is not None and current >= today \
            else date.fromordinal(today.toordinal() + DEFAULT_NOTICE_DAYS)
        self.date.setDate(to_qdate(proposed))
        self.date.setAccessibleName(self.tr("Exam date"))
        form.addRow(self.tr("Exam date"), self.date)
        self.target = PlainSpinBox()
        low, high = spec("exam_target").low, spec("exam_target").high
        self.target.setRange(round(low * 100), round(high * 100))
        self.target.setSuffix(" %")
        self.target.setValue(round(target * 100))
        self.target.setAccessibleName(self.tr("Target"))
        self.target.setToolTip(self.tr("The share of cards you want to recall on the exam "
                                       "day"))
        form.addRow(self.tr("Target"), self.target)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.remove_button = QPushButton(self.tr("No exam"))
        self.remove_button.setToolTip(self.tr("Remove the exam date: scheduling is as usual"))
        self.remove_button.setVisible(current is not None)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        self.chosen = (from_qdate(self.date.date()), self.target.value() / 100)
        self.accept()

    def _on_remove_button_clicked(self) -> None:
        self.chosen = None
        self.accept()
