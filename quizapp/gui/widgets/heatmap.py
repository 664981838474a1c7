"""A year of study days as a calendar heatmap (custom-painted; weeks are columns)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFocusEvent, QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from quizapp.core.stats.model import HeatDay

LEVELS = 4  # shades above "nothing"
_CELL_MAX = 13
_CELL_MIN = 6
_GAP = 3


def qdate(day: date) -> QDate:
    """``day`` as a ``QDate`` (for ``QLocale`` formatting)."""
    return QDate(day.year, day.month, day.day)


def level_of(reviews: int, most: int) -> int:
    """Colour level 0…``LEVELS`` of a day with ``reviews`` when the busiest day had ``most``."""
    if reviews <= 0 or most <= 0:
        return 0
    return max(1, min(LEVELS, math.ceil(LEVELS * reviews / most)))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


class CalendarHeatmap(QWidget):
    """One square per day of the past year, darker for more reviews.

    Hovering a day shows its date and count; with the keyboard, the arrow keys move a
    cursor day by day (up/down) or week by week (left/right) and show the same tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[HeatDay] = []
        self._most = 0
        self._offset = 0  # empty cells before the first day in its week column
        self._cursor = -1
        self._shades = [QColor("#eceef2")] * (LEVELS + 1)
        self._text = QColor("#1d2330")
        self._mark = QColor("#2f6fde")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("CalendarHeatmap",
                                                          "Reviews per day, past year"))

    # ------------------------------------------------------------------ data
    def set_days(self, days: Sequence[HeatDay]) -> None:
        """Show ``days`` (consecutive, oldest first; the last is today)."""
        self._days = list(days)
        self._most = max((d.reviews for d in self._days), default=0)
        first_dow = QLocale().firstDayOfWeek().value  # 1 = Monday … 7 = Sunday
        self._offset = (self._days[0].day.isoweekday() - first_dow) % 7 if self._days else 0
        self._cursor = len(self._days) - 1
        self.updateGeometry()
        self.update()

    def set_colours(self, colours: Mapping[str, str]) -> None:
        """Use a theme's chart colours (``empty`` → ``accent`` scale, ``text``)."""
        empty, full = QColor(colours["empty"]), QColor(colours["accent"])
        self._shades = [empty] + [_mix(empty, full, 0.25 + 0.75 * k / (LEVELS - 1))
                                  for k in range(LEVELS)]
        self._text = QColor(colours["text"])
        self._mark = QColor(colours["text"])
        self.update()

    def shade(self, level: int) -> QColor:
        """The colour of ``level`` (0 = no reviews)."""
        return self._shades[level]

    def tooltip_for(self, index: int) -> str:
        """Date and count of day ``index`` (plain text)."""
        d = self._days[index]
        when = QLocale().toString(qdate(d.day), QLocale.FormatType.LongFormat)
        count = QCoreApplication.translate("CalendarHeatmap", "Reviews: %1").replace(
            "%1", QLocale().toString(d.reviews))
        return f"{when}\n{count}"

    def index_at(self, pos: QPoint) -> int:
        """The day under ``pos``, or -1."""
        cell = self._cell()
        x, y = pos.x() - self._left(), pos.y() - self._top()
        if x < 0 or y < 0:
            return -1
        col, row = x // (cell + _GAP), y // (cell + _GAP)
        if row >= 7 or x % (cell + _GAP) >= cell or y % (cell + _GAP) >= cell:
            return -1
        index = col * 7 + row - self._offset
        return index if 0 <= index < len(self._days) else -1

    # ------------------------------------------------------------------ geometry
    def _weeks(self) -> int:
        return max(1, math.ceil((len(self._days) + self._offset) / 7))

    def _left(self) -> int:
        """Where the squares start: after the weekday names, centred in the width."""
        return self._label_width() + max(0, self._spare() // 2)

    def _label_width(self) -> int:
        locale = QLocale()
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(locale.dayName(d, QLocale.FormatType.ShortFormat))
                   for d in range(1, 8)) + 8

    def _spare(self) -> int:
        """Width left over beside the grid at the largest square size."""
        return self.width() - self._label_width() - self._weeks() * (_CELL_MAX + _GAP)

    def _top(self) -> int:
        return self.fontMetrics().height() + 4

    def _cell(self) -> int:
        room = (self.width() - self._label_width()) // self._weeks() - _GAP
        return max(_CELL_MIN, min(_CELL_MAX, room))

    def _rect(self, index: int) -> QRect:
        cell = self._cell()
        slot = index + self._offset
        return QRect(self._left() + (slot // 7) * (cell + _GAP),
                     self._top() + (slot % 7) * (cell + _GAP), cell, cell)

    def _height(self) -> int:
        legend = self.fontMetrics().height() + 8
        return self._top() + 7 * (_CELL_MAX + _GAP) + legend

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._label_width() + self._weeks() * (_CELL_MAX + _GAP), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._label_width() + 54 * (_CELL_MIN + _GAP), self._height())

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, d in enumerate(self._days):
            painter.setBrush(self._shades[level_of(d.reviews, self._most)])
            painter.drawRoundedRect(QRectF(self._rect(i)), 2, 2)
        if 0 <= self._cursor < len(self._days):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._mark, 2 if self.hasFocus() else 1))
            painter.drawRoundedRect(QRectF(self._rect(self._cursor)).adjusted(-1, -1, 1, 1), 3, 3)
        self._paint_labels(painter)

    def _paint_labels(self, painter: QPainter) -> None:
        locale = QLocale()
        painter.setPen(self._text)
        metrics = self.fontMetrics()
        cell = self._cell()
        # Every other weekday name, starting with the first day of the week.
        first = locale.firstDayOfWeek().value
        left = self._left() - self._label_width()
        for row in (0, 2, 4, 6):
            name = locale.dayName((first - 1 + row) % 7 + 1, QLocale.FormatType.ShortFormat)
            top = self._top() + row * (cell + _GAP)
            painter.drawText(QRect(left, top - 2, self._label_width() - 6, cell + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        # A month's name above the week column holding its first day (the partial first
        # month only when there is room before the next).
        starts = [i for i, d in enumerate(self._days) if d.day.day == 1]
        if self._days and self._days[0].day.day != 1:
            room = self._rect(starts[0]).left() - self._rect(0).left() if starts else 1000
            if room >= metrics.horizontalAdvance("MMMM"):
                starts.insert(0, 0)
        for i in starts:
            name = locale.standaloneMonthName(self._days[i].day.month,
                                              QLocale.FormatType.ShortFormat)
            painter.drawText(self._rect(i).left(), metrics.ascent(), name)
        # Legend: Less ■■■■■ More, bottom right.
        less = QCoreApplication.translate("CalendarHeatmap", "Less")
        more = QCoreApplication.translate("CalendarHeatmap", "More")
        y = self._top() + 7 * (_CELL_MAX + _GAP) + 4
        x = self._left() + self._weeks() * (cell + _GAP) - _GAP
        x -= metrics.horizontalAdvance(more)
        painter.drawText(x, y + metrics.ascent(), more)
        for level in reversed(range(LEVELS + 1)):
            x -= cell + _GAP
            painter.fillRect(QRect(x, y + (metrics.height() - cell) // 2, cell, cell),
                             self._shades[level])
        x -= metrics.horizontalAdvance(less) + _GAP * 2
        painter.drawText(x, y + metrics.ascent(), less)

    # ------------------------------------------------------------------ interaction
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self.index_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self,
                                  self._rect(index))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7,
                 Qt.Key.Key_Right: 7}
        key = Qt.Key(event.key())
        if not self._days or (key not in steps and key not in (Qt.Key.Key_Home,
                                                                Qt.Key.Key_End)):
            super().keyPressEvent(event)
            return
        last = len(self._days) - 1
        if key == Qt.Key.Key_Home:
            self._cursor = 0
        elif key == Qt.Key.Key_End:
            self._cursor = last
        else:
            self._cursor = max(0, min(last, self._cursor + steps[key]))
        self._show_cursor_tip()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if 0 <= self._cursor < len(self._days):
            self.setAccessibleDescription(self.tooltip_for(self._cursor))
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def _show_cursor_tip(self) -> None:
        text = self.tooltip_for(self._cursor)
        self.setAccessibleDescription(text)
        rect = self._rect(self._cursor)
        QToolTip.showText(self.mapToGlobal(rect.bottomRight()), text, self, rect)

    @property
    def cursor_index(self) -> int:
        """The keyboard cursor's day (today after ``set_days``)."""
        return self._cursor

    def day_at_cursor(self) -> HeatDay | None:
        """The day the keyboard cursor is on."""
        return self._days[self._cursor] if 0 <= self._cursor < len(self._days) else None
