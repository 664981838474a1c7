"""Numbers, durations, percentages and dates of the statistics screen, through QLocale."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime

from quizapp.gui.widgets.heatmap import qdate

# Written out as ``translate("StatsView", "…")`` at every call: pyside6-lupdate only
# recognises a literal context and text.
translate = QCoreApplication.translate


def fill(template: str, *values: object) -> str:
    """Replace ``%1``, ``%2`` … in a translated ``template`` with ``values``."""
    for k, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{k}", str(value))
    return template


def number(n: int) -> str:
    """An integer with the locale's digit grouping."""
    return QLocale().toString(n)


def one_decimal(value: float) -> str:
    """``4.25`` → ``4.3`` (or ``4,3``)."""
    return QLocale().toString(float(value), "f", 1)


def percent(rate: float | None) -> str:
    """``0.853`` → ``85 %`` (the locale's way); ``None`` → an en dash."""
    if rate is None:
        return "–"
    return fill(translate("StatsView", "%1 %"), QLocale().toString(round(rate * 100)))


def percent_of(part: int, whole: int) -> str:
    """``part`` as a share of ``whole`` (``–`` when ``whole`` is 0)."""
    return percent(part / whole if whole else None)


def duration(ms: int) -> str:
    """A time span for people: ``45 s``, ``12 min``, ``1 h 5 min`` (never broken across
    lines)."""
    seconds = round(ms / 1000)
    if seconds < 60:
        text = fill(translate("StatsView", "%1 s"), seconds)
    elif (minutes := round(seconds / 60)) < 60:
        text = fill(translate("StatsView", "%1 min"), minutes)
    else:
        text = fill(translate("StatsView", "%1 h %2 min"), number(minutes // 60), minutes % 60)
    return text.replace(" ", "\u00a0")


def long_date(day: date) -> str:
    """``Monday, 2 March 2026`` in the locale's words."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """The locale's short date (with the year)."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def date_time(when: datetime) -> str:
    """A moment (aware) in local time, in the locale's short format."""
    local = when.astimezone()
    qdt = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def day_month_format(locale: QLocale | None = None) -> str:
    """The locale's short date format without the year (``M/d``, ``dd.MM`` …)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"^y+[^dM]*|[^dM]*y+$", "", fmt)
    fmt = re.sub(r"y+[^dM]*", "", fmt).strip()
    if re.fullmatch(r"d+ M{1,2}|M{1,2} d+", fmt):
        # Space-separated numbers ("31 10") read badly: name the month ("31 Oct").
        fmt = re.sub(r"M+", "MMM", fmt).replace("dd", "d")
    return fmt or "d.M"


def day_month(day: date) -> str:
    """``3/1`` or ``01.03`` — an axis label."""
    return QLocale().toString(qdate(day), day_month_format())


def date_ticks(days: Sequence[date]) -> list[tuple[float, str]]:
    """Axis labels for consecutive ``days``: about six, ending today; at month starts for a
    long range."""
    n = len(days)
    if n > 120:
        return [(float(i), QLocale().standaloneMonthName(d.month,
                                                          QLocale.FormatType.ShortFormat))
                for i, d in enumerate(days) if d.day == 1]
    return every_nth([day_month(d) for d in days], 7 if n <= 31 else 14)


def every_nth(labels: Sequence[str], every: int) -> list[tuple[float, str]]:
    """Every ``every``-th of ``labels`` counting back from the last, as axis ticks."""
    return [(float(i), labels[i]) for i in range(len(labels) - 1, -1, -every)][::-1]


def hour_label(hour: int) -> str:
    """``06:00`` or ``6:00 AM``: the locale's short time."""
    return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)


def hour_span(hour: int) -> str:
    """``11:00–12:00``."""
    return f"{hour_label(hour)}–{hour_label((hour + 1) % 24)}"
