"""The learner's hand on the material, as stored: marks, edit histories, added items."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quizapp.core.material.marks import FlagReason, Marks
from quizapp.core.storage.db import Database
from quizapp.core.study.cards import CardState

# ``items.origin`` / ``topics.origin``: made from a bank, or added by the learner.
FROM_BANK = 0
LEARNER = 1
# Added items are introduced before the bank's new cards (by ``position``), oldest first.
_ADDED_POSITION = -1_000_000_000
_CHUNK = 500  # SQLite's host-parameter limit, with room to spare


@dataclass(frozen=True)
class EditRow:
    """One stored edit: the item, the wording as JSON, the fingerprint of the generated
    item it was made on, when, and whether it was undone."""

    id: int
    key: str
    data: str
    base: str
    time_ms: int
    undone: bool


@dataclass(frozen=True)
class AddedRow:
    """An item the learner added: its id, topic, wording as JSON and when."""

    key: str
    topic: str
    data: str
    created_ms: int


# Not frozen: Browse makes one per item each time it opens, and a frozen dataclass's
# __init__ (a setattr call per field) cost ~10 ms more for 10,000 of them (A/B, median
# processor time of nine reads: 34 → 24 ms).
@dataclass(slots=True)
class BrowseRecord:
    """An active item's schedule and marks, as Browse lists them (treat as read-only)."""

    pk: int
    bank: str
    key: str
    state: CardState | None
    due_day: int | None
    last_day: int | None
    stability: float | None
    lapses: int
    leech: bool
    marks: Marks


@dataclass(frozen=True)
class OverlayRows:
    """What the store holds over one bank: edits in force (the newest not undone per item),
    the learner's items and the learner's topics (id, title)."""

    edits: tuple[EditRow, ...]
    added: tuple[AddedRow, ...]
    topics: tuple[tuple[str, str], ...]


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _marks(row: tuple[object, ...]) -> Marks:
    flag = int(row[2])  # type: ignore[call-overload]
    return Marks(bool(row[0]), int(row[1]),  # type: ignore[call-overload]
                 FlagReason(flag) if flag in FlagReason._value2member_map_ else None,
                 bool(row[3]))


class MaterialRepo:
    """Marks, edits and added items."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- finding items ---------------------------------------------------------------

    def find(self, bank: str, key: str) -> tuple[int, str, bool] | None:
        """Row id, kind and origin (True: the learner's) of active item ``key`` of ``bank``."""
        row = self._db.one(
            "SELECT i.id, i.kind, i.origin FROM items i JOIN banks b ON b.id = i.bank "
            "WHERE b.key = ? AND i.key = ? AND i.retired = 0", (bank, key))
        return None if row is None else (int(row[0]), str(row[1]), row[2] == LEARNER)

    def banks_holding(self, key: str) -> list[str]:
        """The banks with an active item ``key`` (to resolve an id given without its bank)."""
        rows = self._db.rows("SELECT b.key FROM items i JOIN banks b ON b.id = i.bank "
                             "WHERE i.key = ? AND i.retired = 0 ORDER BY b.id", (key,))
        return [str(r[0]) for r in rows]

    def browse(self, banks: Iterable[str]) -> list[BrowseRecord]:
        """Every active item of ``banks`` with its schedule and marks (one query)."""
        wanted = list(banks)
        if not wanted:
            return []
        rows = self._db.rows(
            "SELECT i.id, b.key, i.key, i.state, i.due_day, i.last_day, i.stability, i.lapses, "
            "i.leech, i.suspended, i.buried_until, i.flag, i.flag_checked FROM items i "
            "JOIN banks b ON b.id = i.bank WHERE i.retired = 0 "
            f"AND b.key IN ({', '.join('?' * len(wanted))}) ORDER BY i.id",
            tuple(wanted))
        states = {int(s): s for s in CardState}
        # Most items share their marks (none at all): one Marks per distinct value.
        marks: dict[tuple[object, ...], Marks] = {}
        return [BrowseRecord(r[0], r[1], r[2], None if r[3] is None else states[r[3]], r[4],
                             r[5], r[6], r[7], bool(r[8]),
                             marks.get(r[9:]) or marks.setdefault(r[9:], _marks(r[9:])))
                for r in rows]

    # -- marks -----------------------------------------------------------------------

    def marks(self, pks: Iterable[int]) -> dict[int, Marks]:
        """The marks of the given items."""
        out: dict[int, Marks] = {}
        for chunk in _chunks(sorted(set(pks))):
            marks = ", ".join("?" for _ in chunk)
            for r in self._db.rows(
                    "SELECT id, suspended, buried_until, flag, flag_checked FROM items "
                    f"WHERE id IN ({marks})", tuple(chunk)):
                out[int(r[0])] = _marks(r[1:])
        return out

    def set_marks(self, changes: Mapping[int, Marks]) -> None:
        """Write the given items' marks (one transaction)."""
        with self._db.transaction() as c:
            c.executemany(
                "UPDATE items SET suspended = ?, buried_until = ?, flag = ?, flag_checked = ? "
                "WHERE id = ?",
                [(int(m.suspended), m.buried_until, int(m.flag or 0), int(m.flag_checked), pk)
                 for pk, m in changes.items()])

    def set_auto_flags(self, flags: Mapping[int, FlagReason]) -> int:
        """Flag the given items for the given automatic reasons, where nothing is flagged
        yet and the learner has not cleared a flag before; returns how many were flagged."""
        with self._db.transaction() as c:
            n = 0
            for pk, reason in flags.items():
                n += c.execute("UPDATE items SET flag = ? WHERE id = ? AND flag = 0 AND "
                               "flag_checked = 0", (int(reason), pk)).rowcount
        return n

    def left_out_of_quizzes(self, today: int) -> set[tuple[str, str]]:
        """``(bank, item)`` of the items a quiz must not ask on study day ``today``:
        suspended, buried, or flagged by the learner as a bad question."""
        rows = self._db.rows(
            "SELECT b.key, i.key FROM items i JOIN banks b ON b.id = i.bank "
            "WHERE i.retired = 0 AND (i.suspended = 1 OR i.buried_until > ? "
            "OR i.flag BETWEEN 1 AND ?)", (today, int(FlagReason.FAST_FIRST_SIGHT) - 1))
        return {(str(r[0]), str(r[1])) for r in rows}

    def reset(self, pks: Iterable[int]) -> int:
        """Forget the schedules of the given flashcards: they are new again (their answers
        stay in the log and the statistics). Returns how many were reset."""
        n = 0
        with self._db.transaction() as c:
            for chunk in _chunks(sorted(set(pks))):
                marks = ", ".join("?" for _ in chunk)
                n += c.execute(
                    "UPDATE items SET state = ?, step = NULL, stability = NULL, "
                    "difficulty = NULL, due_ms = NULL, due_day = NULL, last_ms = NULL, "
                    "last_day = NULL, reps = 0, lapses = 0, leech = 0 "
                    f"WHERE state IS NOT NULL AND id IN ({marks})",
                    (int(CardState.NEW), *chunk)).rowcount
        return n

    # -- edits -----------------------------------------------------------------------

    def overlay(self, bank: str) -> OverlayRows:
        """The edits in force, added items and learner topics of ``bank``."""
        # CROSS JOIN keeps the edits and the added items (a few) as the outer loop: left to
        # itself SQLite walks all of the bank's items (3-5 ms each with 10,000).
        with self._db.transaction(write=False):
            rows = self._db.rows(
                "SELECT e.id, i.key, e.data, e.base, e.time_ms, e.undone FROM item_edits e "
                "CROSS JOIN items i ON i.id = e.item JOIN banks b ON b.id = i.bank "
                "WHERE b.key = ? AND e.undone = 0 AND i.retired = 0 ORDER BY e.id", (bank,))
            added = self._db.rows(
                "SELECT i.key, t.key, a.data, a.created_ms FROM added_items a "
                "CROSS JOIN items i ON i.id = a.item JOIN topics t ON t.id = i.topic "
                "JOIN banks b ON b.id = i.bank WHERE b.key = ? AND i.retired = 0 "
                "ORDER BY i.position", (bank,))
            topics = self._db.rows(
                "SELECT t.key, t.title FROM topics t JOIN banks b ON b.id = t.bank "
                "WHERE b.key = ? AND t.origin = ? AND t.retired = 0 ORDER BY t.id",
                (bank, LEARNER))
        latest = {r[1]: _edit(r) for r in rows}  # ordered by id: the newest wins
        return OverlayRows(tuple(latest.values()),
                           tuple(AddedRow(str(r[0]), str(r[1]), str(r[2]), int(r[3]))
                                 for r in added),
                           tuple((str(r[0]), str(r[1])) for r in topics))

    def add_edit(self, pk: int, data: str, base: str, time_ms: int) -> int:
        """Keep a new edit of item ``pk`` (in force from now on); returns its id."""
        with self._db.transaction() as c:
            return int(c.execute(
                "INSERT INTO item_edits (item, time_ms, data, base) VALUES (?, ?, ?, ?)",
                (pk, time_ms, data, base)).lastrowid or 0)

    def undo_edit(self, pk: int) -> bool:
        """Take the edit in force of item ``pk`` back (the one before, or the generated
        wording, is in force again; the history keeps it). False if there was none."""
        with self._db.transaction() as c:
            return c.execute(
                "UPDATE item_edits SET undone = 1 WHERE id = (SELECT max(id) FROM item_edits "
                "WHERE item = ? AND undone = 0)", (pk,)).rowcount > 0

    def redo_edit(self, edit_id: int) -> None:
        """Put edit ``edit_id`` back in force (undoing an undo)."""
        with self._db.transaction() as c:
            c.execute("UPDATE item_edits SET undone = 0 WHERE id = ?", (edit_id,))

    def rebase_edit(self, pk: int, base: str) -> bool:
        """The learner checked the edit in force of item ``pk`` against a changed source and
        keeps it: it now counts as made on the generated item with fingerprint ``base``."""
        with self._db.transaction() as c:
            return c.execute(
                "UPDATE item_edits SET base = ? WHERE id = (SELECT max(id) FROM item_edits "
                "WHERE item = ? AND undone = 0)", (base, pk)).rowcount > 0

    def history(self, pk: int) -> list[EditRow]:
        """Every edit of item ``pk``, undone ones too, newest first."""
        rows = self._db.rows(
            "SELECT e.id, i.key, e.data, e.base, e.time_ms, e.undone FROM item_edits e "
            "JOIN items i ON i.id = e.item WHERE e.item = ? ORDER BY e.id DESC", (pk,))
        return [_edit(r) for r in rows]

    # -- added items -----------------------------------------------------------------

    def add_item(self, bank: str, kind: str, studied: bool, topic: tuple[str, str],
                 data: str, time_ms: int) -> str:
        """Add an item of the learner's to ``bank`` in topic ``topic`` (id, title; made
        when the bank has no such topic yet); returns the new item's id.

        Raises:
            KeyError: The store knows no bank ``bank``.
        """
        with self._db.transaction() as c:
            row = c.execute("SELECT id FROM banks WHERE key = ?", (bank,)).fetchone()
            if row is None:
                raise KeyError(bank)
            bank_pk = int(row[0])
            found = c.execute("SELECT id FROM topics WHERE bank = ? AND key = ?",
                              (bank_pk, topic[0])).fetchone()
            if found is None:
                topic_pk = int(c.execute(
                    "INSERT INTO topics (bank, key, title, origin) VALUES (?, ?, ?, ?)",
                    (bank_pk, topic[0], topic[1], LEARNER)).lastrowid or 0)
            else:
                topic_pk = int(found[0])
                c.execute("UPDATE topics SET retired = 0 WHERE id = ? AND origin = ?",
                          (topic_pk, LEARNER))
            n = int(c.execute("SELECT count(*) FROM items WHERE bank = ? AND origin = ?",
                              (bank_pk, LEARNER)).fetchone()[0]) + 1
            while c.execute("SELECT 1 FROM items WHERE bank = ? AND key = ?",
                            (bank_pk, f"mine/{n}")).fetchone() is not None:
                n += 1
            key = f"mine/{n}"
            pk = int(c.execute(
                "INSERT INTO items (bank, key, kind, topic, position, state, origin) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (bank_pk, key, kind, topic_pk, _ADDED_POSITION + n,
                 int(CardState.NEW) if studied else None, LEARNER)).lastrowid or 0)
            c.execute("INSERT INTO added_items (item, data, created_ms) VALUES (?, ?, ?)",
                      (pk, data, time_ms))
        return key

    def delete_added(self, pk: int) -> bool:
        """Retire an item the learner added (its answers stay in the history); False when
        ``pk`` is not an active item of the learner's."""
        with self._db.transaction() as c:
            return c.execute("UPDATE items SET retired = 1 WHERE id = ? AND origin = ? "
                             "AND retired = 0", (pk, LEARNER)).rowcount > 0

    def restore_added(self, pk: int) -> None:
        """Undo :meth:`delete_added`."""
        with self._db.transaction() as c:
            c.execute("UPDATE items SET retired = 0 WHERE id = ? AND origin = ?", (pk, LEARNER))


def _edit(r: tuple[object, ...]) -> EditRow:
    return EditRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]),  # type: ignore[call-overload]
                   int(r[4]), bool(r[5]))  # type: ignore[call-overload]
