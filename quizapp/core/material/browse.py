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
    """A row for every active item of the collection's banks, in the order the store
    made them (reads the banks still pending)."""
    banks = col.banks
    today = col.today()
    factor, decay = col.scheduler.factor, col.scheduler.decay  # the forgetting curve
    accuracy = col.store.answers.accuracy()
    items = {b: {it.id: it for it in loaded.bank.items} for b, loaded in banks.items()}
    titles = {b: {t.id: t.title for t in loaded.bank.topics} for b, loaded in banks.items()}
    states = {b: col.shelf.edit_states(b) for b in banks}
    plain = EditState()
    rows = []
    for r in col.store.material.browse(banks):
        item = items[r.bank].get(r.key)
        if item is None:
            continue
        chance = interval = None
        last = r.last_day
        if last is not None:
            if r.stability:
                chance = (1 + factor * max(0, today - last) / r.stability) ** decay
            if r.due_day is not None:
                interval = r.due_day - last
        answered, right = accuracy.get(r.pk, (0, 0))
        rows.append(BrowseRow(r.bank, item, titles[r.bank].get(item.topic, item.topic),
                              r.state, r.due_day, interval, chance, r.lapses, r.leech,
                              answered, right, r.marks, states[r.bank].get(r.key, plain)))
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
        self._carried: list[str] = [""] * len(self.rows)
        self._keys: dict[Column, list[Any]] = {}

    def fold_texts(self) -> list[str]:
        """Every row's text folded for searching (the GUI has its worker do this once the
        table shows, and hands the result to :meth:`set_folded`); texts carried over from
        an earlier table (:meth:`carry_folded`) are not folded again."""
        known = self._carried
        return [known[n] or fold(r.search_text()) for n, r in enumerate(self.rows)]

    def carry_folded(self, old: BrowseTable) -> bool:
        """Take the folded texts of ``old``'s rows whose item is unchanged (after a suspend
        nothing needs folding again); True when every row has its text."""
        if old._folded is None:
            return False
        if len(old.rows) == len(self.rows) and all(
                a.item is b.item for a, b in zip(old.rows, self.rows)):
            self._folded = old._folded  # the usual case: the same items in the same order
            return True
        before = {(r.bank, r.item.id): (r.item, t) for r, t in zip(old.rows, old._folded)}
        texts: list[str] = []
        for r in self.rows:
            item, text = before.get((r.bank, r.item.id), (None, ""))
            texts.append(text if item is r.item else "")
        if all(texts):
            self._folded = texts
            return True
        self._carried = texts
        return False

    def set_folded(self, texts: list[str]) -> None:
        """Take the folded texts :meth:`fold_texts` made (one per row)."""
        if len(texts) == len(self.rows):
            self._folded = texts

    def search(self, query: Query | str) -> list[int]:
        """Indices of the rows matching ``query`` (text is parsed first), in table order.

        Raises:
            QueryError: ``query`` is text that cannot be read.
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        if not parsed.text.strip():
            return list(range(len(self.rows)))
        if self._folded is None:
            self._folded = self.fold_texts()
        today, rows, folded = self.today, self.rows, self._folded
        return [i for i in range(len(rows)) if parsed.matches(rows[i], folded[i], today)]

    def sort(self, indices: Sequence[int], column: Column, descending: bool = False
             ) -> list[int]:
        """``indices`` ordered by ``column`` (ties keep table order)."""
        keys = self._keys.get(column)
        if keys is None:  # each column's keys are worked out once per table
            key = SORT_KEYS[column]
            keys = self._keys[column] = [key(r) for r in self.rows]
        return sorted(indices, key=keys.__getitem__, reverse=descending)
