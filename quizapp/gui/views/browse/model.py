"""Browse's table model: the core's rows, filtered by the query and sorted, as Qt reads them.

One model over the whole table, no widget per row: Qt asks only for the cells on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt

from quizapp.core.material.browse import BrowseTable
from quizapp.core.material.query import QueryError, parse_query
from quizapp.core.material.rows import BrowseRow, Column
from quizapp.core.study.cards import CardState
from quizapp.core.study.day import StudyDay
from quizapp.gui.items.words import flag_text, kind_text
from quizapp.gui.widgets.text import plain_tooltip

_T = QCoreApplication  # translate() calls stay literal, so lupdate finds them
COLUMNS = tuple(Column)
_NUMBERS = (Column.INTERVAL, Column.RECALL, Column.LAPSES, Column.ACCURACY)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def header_text(column: Column) -> str:
    return {
        Column.KIND: _T.translate("BrowseModel", "Kind"),
        Column.TOPIC: _T.translate("BrowseModel", "Topic"),
        Column.QUESTION: _T.translate("BrowseModel", "Question"),
        Column.DUE: _T.translate("BrowseModel", "Due"),
        Column.INTERVAL: _T.translate("BrowseModel", "Interval"),
        Column.RECALL: _T.translate("BrowseModel", "Recall"),
        Column.LAPSES: _T.translate("BrowseModel", "Lapses"),
        Column.ACCURACY: _T.translate("BrowseModel", "Quiz"),
        Column.MARKS: _T.translate("BrowseModel", "Marks"),
    }[column]


def header_tip(column: Column) -> str:
    return {
        Column.KIND: _T.translate("BrowseModel", "Flashcard, multiple choice, true or false, "
                                                 "cloze or order"),
        Column.TOPIC: _T.translate("BrowseModel", "The topic it teaches"),
        Column.QUESTION: _T.translate("BrowseModel", "The question or front, as you see it"),
        Column.DUE: _T.translate("BrowseModel", "When the flashcard is next due"),
        Column.INTERVAL: _T.translate("BrowseModel", "Days between its last answer and when "
                                                     "it is due"),
        Column.RECALL: _T.translate("BrowseModel", "Your chance of recalling it today"),
        Column.LAPSES: _T.translate("BrowseModel", "Times you forgot it"),
        Column.ACCURACY: _T.translate("BrowseModel", "Right answers in quizzes"),
        Column.MARKS: _T.translate("BrowseModel", "Suspended, buried, flagged, edited, yours"),
    }[column]


def marks_text(row: BrowseRow, today: int) -> list[str]:
    """The row's marks in words: suspended, buried, flag, edited, source changed, mine."""
    m, e = row.marks, row.edit
    out = []
    if m.suspended:
        out.append(_T.translate("BrowseModel", "Suspended"))
    if m.buried(today):
        out.append(_T.translate("BrowseModel", "Buried"))
    if m.flag is not None:
        out.append(_T.translate("BrowseModel", "Flag: %1").replace("%1", flag_text(m.flag)))
    if e.source_changed:
        out.append(_T.translate("BrowseModel", "Source changed — check your edit"))
    elif e.edited:
        out.append(_T.translate("BrowseModel", "Edited"))
    if e.added:
        out.append(_T.translate("BrowseModel", "Yours"))
    if row.leech:
        out.append(_T.translate("BrowseModel", "Leech"))
    return out


def cell_text(row: BrowseRow, column: Column, today: int, locale: QLocale) -> str:
    """What one cell shows."""
    if column is Column.KIND:
        return kind_text(row.kind)
    if column is Column.TOPIC:
        return row.topic_title
    if column is Column.QUESTION:
        return " ".join(row.question.split())
    if column is Column.DUE:
        if row.state is None:
            return "–"
        if row.state is CardState.NEW or row.due_day is None:
            return _T.translate("BrowseModel", "New")
        return locale.toString(StudyDay.date_of(row.due_day), QLocale.FormatType.ShortFormat)
    if column is Column.INTERVAL:
        return "–" if row.interval is None else _T.translate("BrowseModel", "%1 d").replace(
            "%1", str(row.interval))
    if column is Column.RECALL:
        return "–" if row.recall is None else f"{round(row.recall * 100)} %"
    if column is Column.LAPSES:
        return "–" if row.state is None else str(row.lapses)
    if column is Column.ACCURACY:
        if not row.quiz_answered:
            return "–"
        return _T.translate("BrowseModel", "%1 of %2").replace(
            "%1", str(row.quiz_right)).replace("%2", str(row.quiz_answered))
    return " · ".join(marks_text(row, today))


class BrowseModel(QAbstractTableModel):
    """The rows of a :class:`BrowseTable` that match the query, in the chosen order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = BrowseTable([], 0)
        self.indices: list[int] = []
        self.query = ""
        self.sort_column = Column.DUE
        self.descending = False
        self._locale = QLocale()

    # ------------------------------------------------------------------ data
    def set_table(self, table: BrowseTable) -> None:
        """Show ``table`` (searched and sorted as before)."""
        self.beginResetModel()
        self.table = table
        try:
            found = table.search(self.query)
        except QueryError:
            found = list(range(len(table.rows)))
        self.indices = table.sort(found, self.sort_column, self.descending)
        self.endResetModel()

    def search(self, text: str) -> QueryError | None:
        """Show the rows matching ``text``; a query that cannot be read changes nothing and
        is returned."""
        try:
            query = parse_query(text)
        except QueryError as exc:
            return exc
        self.beginResetModel()
        self.query = text
        self.indices = self.table.sort(self.table.search(query), self.sort_column,
                                       self.descending)
        self.endResetModel()
        return None

    def row(self, index: int) -> BrowseRow:
        """The row shown at ``index``."""
        return self.table.rows[self.indices[index]]

    # ------------------------------------------------------------------ Qt's model API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.indices)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column, self.table.today, self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.QUESTION:
                return plain_tooltip(row.question)
            if column is Column.MARKS:
                return plain_tooltip("\n".join(marks_text(row, self.table.today)))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` (a header click)."""
        self.sort_column = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        # The selection and current cell follow their rows to where the sort puts them.
        old = self.persistentIndexList()
        kept = [(self.indices[i.row()], i.column()) for i in old]
        self.indices = self.table.sort(self.indices, self.sort_column, self.descending)
        place = {at: n for n, at in enumerate(self.indices)}
        self.changePersistentIndexList(old, [self.index(place[at], col) for at, col in kept])
        self.layoutChanged.emit()
