"""Browse's table: one view over the model, rows selected by item, columns sized to fit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from quizapp.core.material.rows import BrowseRow, Column
from quizapp.core.material.service import ItemRef
from quizapp.gui.views.browse.model import COLUMNS, BrowseModel

# Widths at the default font; the question takes what is left (about 300 px at 1024).
_WIDTHS = {Column.KIND: 110, Column.TOPIC: 120, Column.DUE: 85, Column.INTERVAL: 65,
           Column.RECALL: 65, Column.LAPSES: 60, Column.ACCURACY: 55, Column.MARKS: 125}


class ItemTable(QTableView):
    """The items, a row each: sortable by any heading, many rows selectable."""

    def __init__(self, model: BrowseModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browse_model = model
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("Items"))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        metrics = header.fontMetrics()
        for n, column in enumerate(COLUMNS):
            if column is Column.QUESTION:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
            else:  # wide enough for its heading (and the sort arrow) in any language
                title = str(model.headerData(n, Qt.Orientation.Horizontal))
                header.resizeSection(n, max(_WIDTHS[column],
                                            metrics.horizontalAdvance(title) + 28))
        header.setSortIndicator(COLUMNS.index(Column.DUE), Qt.SortOrder.AscendingOrder)

    def selected_rows(self) -> list[BrowseRow]:
        """The selected rows, top to bottom."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.browse_model.row(n) for n in rows]

    def select_items(self, refs: list[ItemRef]) -> None:
        """Select the rows of ``refs`` that are shown (and nothing else)."""
        model = self.browse_model
        if not refs and not self.selectionModel().hasSelection():
            return
        wanted = {(r.bank, r.key) for r in refs}
        rows = model.table.rows
        shown = [n for n, at in enumerate(model.indices)
                 if (rows[at].bank, rows[at].item.id) in wanted] if wanted else []
        selection = QItemSelection()
        last = model.columnCount() - 1
        for n in shown:
            selection.select(model.index(n, 0), model.index(n, last))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if shown:
            self.selectionModel().setCurrentIndex(model.index(shown[0], 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)
