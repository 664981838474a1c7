"""Syncing banks into the store by stable id: add new items, retire vanished ones, keep history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from quizapp.core.banks.model import Bank, ItemKind
from quizapp.core.study.cards import CardState
from quizapp.core.storage.db import Database
from quizapp.core.storage.records import SyncReport, TopicRecord


def bank_fingerprint(bank: Bank) -> str:
    """A hash of everything the store keeps of ``bank`` (not its wording, which it never
    stores): when it matches the stored one, syncing has nothing to do."""
    import hashlib  # only when a bank is synced

    h = hashlib.sha256()
    h.update(f"{bank.meta.id}\x00{bank.meta.title}\n".encode())
    for t in bank.topics:
        h.update(f"t\x00{t.id}\x00{t.title}\n".encode())
    for it in bank.items:
        h.update(f"i\x00{it.id}\x00{it.kind.value}\x00{it.topic}\x00{it.fact}\n".encode())
    return h.hexdigest()


_KINDS = frozenset(k.value for k in ItemKind)


class BankRepo:
    """Banks, topics and items as the store knows them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def sync(self, bank: Bank, path: str = "", stamp: str = "") -> SyncReport:
        """Bring the stored items of ``bank`` in line with it, in one transaction.

        Items are matched by id: a matched item keeps its schedule and history whatever
        its wording; an item the bank no longer has is retired (kept, excluded from queues
        and quizzes); a retired item that reappears is revived with its history. Items and
        topics the learner added are never touched. ``stamp``
        records the file's size and mtime (see :meth:`known_file`).
        """
        fingerprint = bank_fingerprint(bank)
        language = bank.meta.language
        # Usually nothing changed: find that out with a read, so opening the app (or a CLI
        # command) never waits for another process's write lock just to learn it.
        if self._db.one("SELECT 1 FROM banks WHERE key = ? AND fingerprint = ? AND path = ? "
                        "AND file_stamp = ? AND language = ?",
                        (bank.meta.id, fingerprint, path, stamp, language)) is not None:
            return SyncReport(bank.meta.id, unchanged=True)
        with self._db.transaction() as c:
            row = c.execute("SELECT id, fingerprint FROM banks WHERE key = ?",
                            (bank.meta.id,)).fetchone()
            if row is not None and row[1] == fingerprint:
                c.execute("UPDATE banks SET path = ?, file_stamp = ?, language = ? "
                          "WHERE id = ? AND (path, file_stamp, language) != (?, ?, ?)",
                          (path, stamp, language, row[0], path, stamp, language))
                return SyncReport(bank.meta.id, unchanged=True)
            if row is None:
                bank_pk = int(c.execute(
                    "INSERT INTO banks (key, title, path, fingerprint, file_stamp, language) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (bank.meta.id, bank.meta.title, path, fingerprint, stamp, language)
                ).lastrowid or 0)
            else:
                bank_pk = int(row[0])
                c.execute("UPDATE banks SET title = ?, path = ?, fingerprint = ?, "
                          "file_stamp = ?, language = ? WHERE id = ?",
                          (bank.meta.title, path, fingerprint, stamp, language, bank_pk))
            topic_pks = _sync_topics(c, bank_pk, bank)
            return _sync_items(c, bank_pk, bank, topic_pks)

    def snapshot(self, key: str, stamp: str) -> str | None:
        """The snapshot of bank ``key`` taken when its file had ``stamp``, if there is one."""
        row = self._db.one(
            "SELECT s.data FROM bank_snapshots s JOIN banks b ON b.id = s.bank "
            "WHERE b.key = ? AND s.file_stamp = ?", (key, stamp))
        return None if row is None else str(row[0])

    def has_snapshot(self, key: str, stamp: str) -> bool:
        """Whether bank ``key`` has a snapshot taken when its file had ``stamp``."""
        return self._db.one(
            "SELECT 1 FROM bank_snapshots s JOIN banks b ON b.id = s.bank "
            "WHERE b.key = ? AND s.file_stamp = ?", (key, stamp)) is not None

    def save_snapshot(self, key: str, stamp: str, data: str) -> None:
        """Keep ``data`` as the snapshot of bank ``key`` read from its file at ``stamp``."""
        with self._db.transaction() as c:
            c.execute("INSERT OR REPLACE INTO bank_snapshots (bank, file_stamp, data) "
                      "SELECT id, ?, ? FROM banks WHERE key = ?", (stamp, data, key))

    def topics(self) -> list[TopicRecord]:
        """Every topic the store knows, retired ones included, in bank order."""
        rows = self._db.rows(
            "SELECT t.id, b.key, t.key, t.title, t.retired FROM topics t "
            "JOIN banks b ON b.id = t.bank ORDER BY t.bank, t.id")
        return [TopicRecord(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def topic_pks(self, topics: Iterable[tuple[str, str]]) -> list[int]:
        """Row ids of the given ``(bank id, topic id)`` topics that exist and are active."""
        wanted = sorted(set(topics))
        if not wanted:
            return []
        pairs = ", ".join("(?, ?)" for _ in wanted)
        rows = self._db.rows(
            "SELECT t.id FROM topics t JOIN banks b ON b.id = t.bank "
            f"WHERE t.retired = 0 AND (b.key, t.key) IN (VALUES {pairs}) ORDER BY t.id",
            tuple(v for pair in wanted for v in pair))
        return [int(r[0]) for r in rows]

    def item_pks(self, bank: str) -> dict[str, int]:
        """Item id → row id for every item of ``bank`` (retired ones included)."""
        rows = self._db.rows(
            "SELECT i.key, i.id FROM items i JOIN banks b ON b.id = i.bank WHERE b.key = ?",
            (bank,))
        return {r[0]: int(r[1]) for r in rows}

    def facts(self, pks: Iterable[int]) -> dict[int, str]:
        """Row id → fact of the given items (those whose bank names one)."""
        wanted = sorted(set(pks))
        out: dict[int, str] = {}
        for start in range(0, len(wanted), 500):  # SQLite's host-parameter limit
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            out.update((int(r[0]), str(r[1])) for r in self._db.rows(
                f"SELECT id, bank || '/' || fact FROM items WHERE fact != '' AND id IN ({marks})",
                tuple(chunk)))
        return out

    def facts_studied_on(self, day: int) -> set[str]:
        """The facts (``<bank row>/<fact>``) of the items answered on study ``day``."""
        rows = self._db.rows(
            "SELECT DISTINCT i.bank || '/' || i.fact FROM revlog r JOIN items i ON i.id = r.item "
            "WHERE r.day = ? AND i.fact != ''", (day,))
        return {str(r[0]) for r in rows}

    def item_counts(self) -> tuple[int, int, int]:
        """Active flashcards, active questions and retired items."""
        row = self._db.one(
            "SELECT coalesce(sum(retired = 0 AND state IS NOT NULL), 0), "
            "coalesce(sum(retired = 0 AND state IS NULL), 0), coalesce(sum(retired), 0) "
            "FROM items")
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])


def _sync_topics(c: sqlite3.Connection, bank_pk: int, bank: Bank) -> dict[str, int]:
    # The learner's own topics (origin 1) are not the bank's to retire.
    existing = {r[0]: (int(r[1]), r[2], bool(r[3])) for r in c.execute(
        "SELECT key, id, title, retired FROM topics WHERE bank = ? AND origin = 0", (bank_pk,))}
    pks: dict[str, int] = {}
    for t in bank.topics:
        old = existing.pop(t.id, None)
        if old is None:
            cur = c.execute("INSERT INTO topics (bank, key, title) VALUES (?, ?, ?)",
                            (bank_pk, t.id, t.title))
            pks[t.id] = int(cur.lastrowid or 0)
            continue
        pks[t.id] = old[0]
        if old[1] != t.title or old[2]:
            c.execute("UPDATE topics SET title = ?, retired = 0 WHERE id = ?", (t.title, old[0]))
    c.executemany("UPDATE topics SET retired = 1 WHERE id = ?",
                  [(pk,) for pk, _, retired in existing.values() if not retired])
    return pks


def _sync_items(c: sqlite3.Connection, bank_pk: int, bank: Bank,
                topic_pks: dict[str, int]) -> SyncReport:
    existing = {r[0]: (int(r[1]), r[2], int(r[3]), int(r[4]), bool(r[5]), r[6])
                for r in c.execute("SELECT key, id, kind, topic, position, retired, fact "
                                   "FROM items WHERE bank = ? AND origin = 0", (bank_pk,))}
    inserts: list[tuple[object, ...]] = []
    added = revived = updated = 0
    for position, it in enumerate(bank.items):
        topic = topic_pks[it.topic]
        studied = it.kind.is_studied
        old = existing.pop(it.id, None)
        if old is None:
            inserts.append((bank_pk, it.id, it.kind.value, topic, position,
                            int(CardState.NEW) if studied else None, it.fact))
            added += 1
            continue
        pk, kind, old_topic, old_position, retired, fact = old
        if (kind, old_topic, old_position, retired, fact) == (it.kind.value, topic, position,
                                                              False, it.fact):
            continue
        revived += retired
        updated += not retired
        c.execute("UPDATE items SET kind = ?, topic = ?, position = ?, retired = 0, fact = ? "
                  "WHERE id = ?", (it.kind.value, topic, position, it.fact, pk))
        was_studied = ItemKind(kind).is_studied if kind in _KINDS else False
        if was_studied != studied:
            # A card that became a question stops being scheduled (its reviews stay in the
            # log); a question that became a card starts as new.
            c.execute("UPDATE items SET state = ? WHERE id = ?",
                      (int(CardState.NEW) if studied else None, pk))
    c.executemany(
        "INSERT INTO items (bank, key, kind, topic, position, state, fact) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", inserts)
    gone = [(v[0],) for v in existing.values() if not v[4]]
    c.executemany("UPDATE items SET retired = 1 WHERE id = ?", gone)
    return SyncReport(bank.meta.id, added=added, retired=len(gone), revived=revived,
                      updated=updated)
