"""A grid that picks its number of columns from its width (two cards side by side, or one)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ResponsiveGrid(QWidget):
    """Lays its widgets out row by row in as many equal columns as fit.

    A widget added with ``span=0`` takes a whole row; others take ``span`` columns (at most
    all of them). Columns are recomputed only when their number changes, so resizing is
    cheap.
    """

    def __init__(self, min_column_width: int, max_columns: int, spacing: int = 14,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min = min_column_width
        self._max = max_columns
        self._items: list[tuple[QWidget, int]] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)

    @property
    def columns(self) -> int:
        """The number of columns in use (0 before the first layout)."""
        return self._columns

    def add(self, widget: QWidget, span: int = 1) -> None:
        """Append ``widget`` spanning ``span`` columns (0: the whole row)."""
        self._items.append((widget, span))
        widget.setParent(self)
        self._relayout(max(self._columns, 1), force=True)

    def columns_for(self, width: int) -> int:
        """How many columns fit in ``width`` pixels."""
        spacing = self._grid.horizontalSpacing()
        return max(1, min(self._max, (width + spacing) // (self._min + spacing)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout(self.columns_for(event.size().width()))

    def _relayout(self, columns: int, *, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        for widget, _ in self._items:
            self._grid.removeWidget(widget)
        row = col = 0
        for widget, span in self._items:
            width = columns if span <= 0 else min(span, columns)
            if col + width > columns:
                row, col = row + 1, 0
            self._grid.addWidget(widget, row, col, 1, width)
            col += width
            if col >= columns:
                row, col = row + 1, 0
        for c in range(max(columns, self._columns)):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        self._columns = columns
