"""Themed QtCharts views: bar charts (stacked or grouped) and line charts with hover tooltips.

Imported lazily (only when the statistics screen first shows its charts): QtCharts is a
separate library, loaded only when a chart is wanted. QtCharts is not styled by the
stylesheet, so every view takes its colours from ``theme.CHART_COLOURS``. Axis labels and
titles are rendered as rich text by QtCharts: none of them may contain bank text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

Tip = Callable[[int, int], str]  # (series or set index, point index) -> plain text
Ticks = Sequence[tuple[float, str]]  # x position -> label


def nice_step(top: float, ticks: int = 4) -> float:
    """A round tick interval (1, 2 or 5 × 10^k, at least 1) splitting ``0…top`` into about
    ``ticks`` steps."""
    raw = max(top, 1) / ticks
    base = 10 ** math.floor(math.log10(raw))
    step: float = next(m * base for m in (1, 2, 5, 10) if m * base >= raw)
    return max(1.0, step)


class ChartView(QChartView):
    """A chart without frills: no animation, no title, a themed background and axes."""

    def __init__(self, name: str, tip: Tip, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.chart_ = chart
        self._tip = tip
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        # Room on the right for the last x label, which is centred on the last slot.
        chart.setMargins(QMargins(0, 4, 18, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setVisible(False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(name)
        self.colours: dict[str, str] = {}
        self.tip = ""  # the last tooltip shown (plain text)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)

    def axes(self) -> list[QAbstractAxis]:
        """Every axis to theme."""
        return [self.x_axis, self.y_axis]

    def apply_colours(self, colours: Mapping[str, str]) -> None:
        """Recolour background, axes and legend from a theme's chart colours."""
        self.colours = dict(colours)
        text, grid = QColor(colours["text"]), QColor(colours["grid"])
        self.chart_.setBackgroundBrush(QBrush(QColor(colours["background"])))
        self.chart_.setPlotAreaBackgroundVisible(False)
        self.chart_.legend().setLabelColor(text)
        self.setBackgroundBrush(QBrush(QColor(colours["background"])))
        for axis in self.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
            axis.setTitleBrush(QBrush(text))
        self._colour_series()

    def _colour_series(self) -> None:
        """Subclasses colour their series from ``self.colours``."""

    def set_ticks(self, count: int, ticks: Ticks) -> None:
        """``count`` slots on the x axis (at 0…count-1), labelled at ``ticks``."""
        axis = self.x_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        axis.setStartValue(-0.5)
        seen: set[str] = set()
        for pos, label in ticks:
            if label not in seen:  # a category axis needs unique labels
                axis.append(label, pos)
                seen.add(label)
        axis.setRange(-0.5, count - 0.5)

    def set_y_max(self, top: float, *, percent: bool = False) -> None:
        """Scale the y axis to ``0…top`` rounded up to a whole tick (or 0–100 %)."""
        if percent:
            self.y_axis.setTickInterval(25)
            self.y_axis.setLabelFormat("%d %%")
            self.y_axis.setRange(0, 100)
            return
        step = nice_step(top)
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(0, max(step, math.ceil(top / step) * step))

    def tip_for(self, series: int, index: int) -> str:
        """The tooltip of point or bar ``index`` of series (or bar set) ``series``."""
        return self._tip(series, index)

    def show_tip(self, text: str) -> None:
        """Show ``text`` as a tooltip at the mouse (plain text; remembered in ``tip``)."""
        self.tip = text
        QToolTip.showText(QCursor.pos(), text, self)

    def hide_tip(self) -> None:
        QToolTip.hideText()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        # Let the page scroll: the chart itself never scrolls or zooms.
        event.ignore()


class BarChart(ChartView):
    """Bars per slot, one bar set per series (stacked or side by side).

    Args:
        name: Accessible name.
        sets: ``(legend label, colour key)`` per bar set.
        tip: Tooltip text for ``(set index, slot)``.
        stacked: Stack the sets instead of grouping them.
    """

    def __init__(self, name: str, sets: Sequence[tuple[str, str]], tip: Tip, *,
                 stacked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, tip, parent)
        self._keys = [key for _, key in sets]
        self.series = QStackedBarSeries() if stacked else QBarSeries()
        self.series.setBarWidth(0.8 if stacked else 0.75)
        self.bar_sets: list[QBarSet] = []
        for i, (label, _) in enumerate(sets):
            bar_set = QBarSet(label)
            bar_set.hovered.connect(lambda state, index, i=i: self._on_bar_hovered(i, state, index))
            self.series.append(bar_set)
            self.bar_sets.append(bar_set)
        self.chart_.addSeries(self.series)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        if len(sets) > 1:
            legend = self.chart_.legend()
            legend.setVisible(True)
            legend.setAlignment(Qt.AlignmentFlag.AlignBottom)

    def set_values(self, values: Sequence[Sequence[float]], ticks: Ticks) -> None:
        """One list of values per bar set (all the same length), and the x labels."""
        count = len(values[0]) if values else 0
        for bar_set, row in zip(self.bar_sets, values):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([float(v) for v in row])
        if isinstance(self.series, QStackedBarSeries):
            top = max((sum(col) for col in zip(*values)), default=0)
        else:
            top = max((max(row, default=0) for row in values), default=0)
        self.set_ticks(count, ticks)
        self.set_y_max(top)

    def _on_bar_hovered(self, set_index: int, state: bool, index: int) -> None:
        if state:
            self.show_tip(self._tip(set_index, index))
        else:
            self.hide_tip()

    def _colour_series(self) -> None:
        for bar_set, key in zip(self.bar_sets, self._keys):
            colour = QColor(self.colours[key])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(QColor(self.colours["text"]))


class LineChart(ChartView):
    """Lines through points (gaps are simply skipped), with markers and hover tooltips.

    Args:
        name: Accessible name.
        lines: ``(legend label, colour key)`` per line.
        tip: Tooltip text for ``(line index, point index)``.
        percent: The y axis is 0–100 %.
    """

    def __init__(self, name: str, lines: Sequence[tuple[str, str]], tip: Tip, *,
                 percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, tip, parent)
        self._percent = percent
        self._keys = [key for _, key in lines]
        self.lines: list[QLineSeries] = []
        self._xs: list[list[float]] = []
        for i, (label, _) in enumerate(lines):
            line = QLineSeries()
            line.setName(label)
            line.setPointsVisible(True)
            line.setMarkerSize(7)
            line.hovered.connect(lambda point, state, i=i: self._on_line_hovered(i, point, state))
            self.chart_.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self.lines.append(line)
            self._xs.append([])
        self.target = QLineSeries()  # a dashed reference line (e.g. desired retention)
        self.chart_.addSeries(self.target)
        self.target.attachAxis(self.x_axis)
        self.target.attachAxis(self.y_axis)
        if percent:
            self.set_y_max(100, percent=True)

    def set_points(self, points: Sequence[Sequence[tuple[float, float]]], count: int,
                   ticks: Ticks, target: float | None = None) -> None:
        """``(x slot, y)`` points per line over ``count`` slots; an optional flat target."""
        top = 0.0
        for line, xs, pts in zip(self.lines, self._xs, points):
            line.setMarkerSize(7 if len(pts) <= 40 else 4)
            line.replace([QPointF(x, y) for x, y in pts])
            xs[:] = [x for x, _ in pts]
            top = max([top, *(y for _, y in pts)])
        self.set_ticks(count, ticks)
        if target is None:
            self.target.clear()
        else:
            self.target.replace([QPointF(-0.5, target), QPointF(count - 0.5, target)])
        if not self._percent:
            self.set_y_max(top)

    def _on_line_hovered(self, line: int, point: QPointF, state: bool) -> None:
        xs = self._xs[line]
        if not state or not xs:
            self.hide_tip()
            return
        nearest = min(range(len(xs)), key=lambda k: abs(xs[k] - point.x()))
        self.show_tip(self._tip(line, nearest))

    def _colour_series(self) -> None:
        for line, key in zip(self.lines, self._keys):
            colour = QColor(self.colours[key])
            pen = QPen(colour, 2)
            line.setPen(pen)
            line.setColor(colour)
        pen = QPen(QColor(self.colours["text"]), 1, Qt.PenStyle.DashLine)
        self.target.setPen(pen)
