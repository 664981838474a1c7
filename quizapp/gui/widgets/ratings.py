"""The four rating buttons (Again / Hard / Good / Easy) labelled with their next intervals."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.study.cards import Rating
from quizapp.core.study.scheduling import IntervalPreview
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

_DAY = 86_400
_MONTH_DAYS = 30
_YEAR_DAYS = 365


def _decimal(value: float) -> str:
    """``value`` with one decimal in the UI locale, or none when it is whole."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return QLocale().toString(rounded, "f", 1)


def interval_text(delta: timedelta) -> str:
    """A next interval in short human units: "<1 min", "10 min", "5 h", "3 d", "1.2 mo",
    "2.5 y" (a month counts 30 days and a year 365, as in Anki)."""
    # Every call is spelled out: pyside6-lupdate only finds literal translate() calls.
    seconds = delta.total_seconds()
    minutes = round(seconds / 60)
    if seconds < 60 or minutes < 1:
        return QCoreApplication.translate("Interval", "<1 min")
    if minutes < 60:
        return QCoreApplication.translate("Interval", "%n min", "", minutes)
    hours = round(seconds / 3600)
    if hours < 24:
        return QCoreApplication.translate("Interval", "%n h", "", hours)
    days = round(seconds / _DAY)
    if days < _MONTH_DAYS:
        return QCoreApplication.translate("Interval", "%n d", "", days)
    if days < _YEAR_DAYS:
        return QCoreApplication.translate("Interval", "%1 mo").replace(
            "%1", _decimal(days / _MONTH_DAYS))
    return QCoreApplication.translate("Interval", "%1 y").replace(
        "%1", _decimal(days / _YEAR_DAYS))


def duration_text(ms: int) -> str:
    """Time spent in words: "45 s", "3 min 20 s", "1 h 5 min"."""
    seconds = max(0, round(ms / 1000))
    if seconds < 60:
        return QCoreApplication.translate("Interval", "%n s", "", seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        text = QCoreApplication.translate("Interval", "%n min", "", minutes)
        if seconds:
            text += " " + QCoreApplication.translate("Interval", "%n s", "", seconds)
        return text
    hours, minutes = divmod(minutes, 60)
    text = QCoreApplication.translate("Interval", "%n h", "", hours)
    if minutes:
        text += " " + QCoreApplication.translate("Interval", "%n min", "", minutes)
    return text


def rating_name(rating: Rating) -> str:
    """The button's name: Again, Hard, Good or Easy."""
    names = {Rating.AGAIN: QCoreApplication.translate("RatingBar", "Again"),
             Rating.HARD: QCoreApplication.translate("RatingBar", "Hard"),
             Rating.GOOD: QCoreApplication.translate("RatingBar", "Good"),
             Rating.EASY: QCoreApplication.translate("RatingBar", "Easy")}
    return names[rating]


class RatingButton(QPushButton):
    """A rating's name over its next interval, coloured by the ``rating`` property."""

    def __init__(self, rating: Rating, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rating = rating
        set_role(self, "rating", str(int(rating)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._labels = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        self.name = plain_label("", "rating-name", wrap=False)
        self.interval = plain_label("", "interval", wrap=False)
        for label in (self.name, self.interval):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(label, "rating", str(int(rating)))
            # Clicks go to the button underneath.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.name.setText(rating_name(self.rating))
        self.setToolTip(QCoreApplication.translate("RatingBar", "%1 (key %2)")
                        .replace("%1", rating_name(self.rating))
                        .replace("%2", str(int(self.rating))))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # QPushButton sizes itself by its own (empty) text; the labels decide here.
        own, labels = super().sizeHint(), self._labels.sizeHint()
        return QSize(max(own.width(), labels.width()), max(own.height(), labels.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def set_interval(self, text: str) -> None:
        set_plain(self.interval, text)
        self.setAccessibleName(QCoreApplication.translate("RatingBar", "%1, next in %2 (key %3)")
                               .replace("%1", rating_name(self.rating)).replace("%2", text)
                               .replace("%3", str(int(self.rating))))


class RatingBar(QWidget):
    """Again / Hard / Good / Easy side by side.

    Signals:
        rated(int): A button was pressed; carries the ``Rating`` value.
    """

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.buttons: dict[Rating, RatingButton] = {}
        for rating in Rating:
            button = RatingButton(rating)
            button.clicked.connect(lambda _=False, r=rating: self.rated.emit(int(r)))
            row.addWidget(button, 1)
            self.buttons[rating] = button
        for a, b in zip(list(Rating), list(Rating)[1:]):
            QWidget.setTabOrder(self.buttons[a], self.buttons[b])
        self.previews: Mapping[Rating, IntervalPreview] = {}
        self.suggested: Rating | None = None
        # The intervals' units ("10 min") are words too.
        follow_language(self, lambda: self.set_previews(self.previews, self.suggested))

    def button(self, rating: Rating) -> RatingButton:
        return self.buttons[rating]

    def set_previews(self, previews: Mapping[Rating, IntervalPreview],
                     suggested: Rating | None = None) -> None:
        """Label every button with the interval its rating would give, and mark the one
        ``suggested`` (by a typed answer's verdict)."""
        self.previews, self.suggested = previews, suggested
        for rating, button in self.buttons.items():
            set_role(button, "suggested", "true" if rating is suggested else None)
            preview = previews.get(rating)
            button.set_interval(interval_text(preview.interval) if preview else "")
