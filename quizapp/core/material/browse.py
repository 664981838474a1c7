"""Browse's table in the core: every item's row, searched and sorted (GUI and CLI alike)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from quizapp.core.language.fold import fold
from quizapp.core.material.overlay import EditState
from quizapp.core.material.query import Query, parse_query
from quizapp.core.material.rows import BrowseRow, Column
from quizapp.core.study.cards import CardState

if TYPE_CHECKING:
    from quizapp.core.collection import Collection

_KIND_ORDER = {k: n for n, k in enumerate(("flashcard", "cloze", "order", "multiple_choice",
                                           "true_false"))}


def browse_rows(col: Collection) -> list[BrowseRow]:
    """A row for every active item of the collection's banks, in bank order (reads the
    banks still pending)."""
    banks = col.banks
    today = col.today()
    recall = col.scheduler.recall
    accuracy = col.store.answers.accuracy()
    shelf = col.shelf
    states = {b: shelf.edit_states(b) for b in banks}
    plain = EditState()
    rows = []
    for r in col.store.material.browse(banks):
        item = shelf.loaded_item(r.bank, r.key)
        if item is None:
            continue
        chance = interval = None
        if r.last_day is not None:
            if r.stability:
                chance = recall(today - r.last_day, r.stability)
            if r.due_day is not None:
                interval = r.due_day - r.last_day
        answered, right = accuracy.get(r.pk, (0, 0))
        rows.append(BrowseRow(r.bank, item, shelf.topic_title(r.bank, item.topic), r.state,
                              r.due_day, interval, chance, r.lapses, r.leech, answered, right,
                              r.marks, states[r.bank].get(r.key, plain)))
    return rows


def _due_key(row: BrowseRow) -> tuple[int, int]:
    if row.state is None:
        return 2, 0  # questions are not scheduled
    if row.state is CardState.NEW or row.due_day is None:
        return 1, 0
    return 0, row.due_day


def _accuracy_key(row: BrowseRow) -> tuple[float, int]:
    acc = row.accuracy
    return (-1.0 if acc is None else acc), row.quiz_answered


def _marks_key(row: BrowseRow) -> tuple[int, int, int, int]:
    m = row.marks
    return (int(m.suspended), int(m.flag or 0), int(row.edit.source_changed),
            int(row.edit.edited) + 2 * int(row.edit.added))


SORT_KEYS: dict[Column, Callable[[BrowseRow], Any]] = {
    Column.KIND: lambda r: _KIND_ORDER.get(r.item.kind.value, 9),
    Column.TOPIC: lambda r: fold(r.topic_title),
    Column.QUESTION: lambda r: fold(r.question),
    Column.DUE: _due_key,
    Column.INTERVAL: lambda r: -1 if r.interval is None else r.interval,
    Column.RECALL: lambda r: -1.0 if r.recall is None else r.recall,
    Column.LAPSES: lambda r: r.lapses,
    Column.ACCURACY: _accuracy_key,
    Column.MARKS: _marks_key,
}


class BrowseTable:
    """The rows of Browse, searched and sorted without touching the store.

    Each row's text is folded (case and diacritics dropped) once, on the first search.
    """

    def __init__(self, rows: Sequence[BrowseRow], today: int) -> None:
        self.rows = list(rows)
        self.today = today
        self._folded: list[str] | None = None

    def search(self, query: Query | str) -> list[int]:
        """Indices of the rows matching ``query`` (text is parsed first), in table order.

        Raises:
            QueryError: ``query`` is text that cannot be read.
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        if not parsed.text.strip():
            return list(range(len(self.rows)))
        if self._folded is None:
            self._folded = [fold(r.search_text()) for r in self.rows]
        today, rows, folded = self.today, self.rows, self._folded
        return [i for i in range(len(rows)) if parsed.matches(rows[i], folded[i], today)]

    def sort(self, indices: Sequence[int], column: Column, descending: bool = False
             ) -> list[int]:
        """``indices`` ordered by ``column`` (ties keep table order)."""
        key = SORT_KEYS[column]
        rows = self.rows
        return sorted(indices, key=lambda i: key(rows[i]), reverse=descending)
