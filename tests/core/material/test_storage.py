"""Schema version 6: a version-5 database upgrades with nothing marked, the learner's items
are never retired by a sync, and due counts and mastery stay index-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizapp.core.clock import FixedClock
from quizapp.core.material.drafts import ItemDraft
from quizapp.core.banks.model import ItemKind
from quizapp.core.storage import LATEST_VERSION, Store
from tests.core.factories import make_bank, open_collection


def test_a_version_5_database_upgrades_with_nothing_marked(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Store.open(path, version=5).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO banks (id, key, title) VALUES (1, 'demo', 'Demo')")
    conn.execute("INSERT INTO topics (id, bank, key, title) VALUES (1, 1, 't0', 'T')")
    conn.executemany("INSERT INTO items (bank, key, kind, topic, position, state) "
                     "VALUES (1, ?, 'flashcard', 1, ?, 0)", [("t0-c0", 0), ("t0-c1", 1)])
    conn.close()
    store = Store.open(path)
    try:
        assert store.db.version == LATEST_VERSION >= 6
        marks = store.material.marks(store.banks.item_pks("demo").values())
        assert marks and all(not m.suspended and m.flag is None and not m.buried_until
                             for m in marks.values())
        assert store.progress.due(1, 20, 200, ["demo"]).new == 2
    finally:
        store.close()


def test_a_sync_never_retires_the_learners_items_or_topics(tmp_path: Path,
                                                           clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2))
    ref, _ = col.material.add("demo", "Mana", ItemDraft(ItemKind.FLASHCARD, "a?", "b"),
                              new_topic=True)
    report = col.store.banks.sync(make_bank(topics=1))
    assert report.retired > 0
    assert col.store.material.find("demo", ref.key) is not None
    assert any(t.key.startswith("mine/") and not t.retired for t in col.store.banks.topics())
    col.close()


def test_due_counts_and_mastery_read_only_their_indexes(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    try:
        def plan(sql: str) -> str:
            return " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))

        assert "COVERING INDEX items_queue" in plan(
            "SELECT count(*) FROM items WHERE retired = 0 AND state IN (1, 3) "
            "AND due_day <= 5 AND suspended = 0 AND buried_until <= 5")
        # Mastery reads fact by fact (CardRepo.fact_recall), suspended items left out.
        mastery = plan(
            "SELECT topic, fact, count(state), count(last_day), max(stability), sum(leech), "
            "sum(lapses) FROM items WHERE retired = 0 AND suspended = 0 AND fact != '' "
            "GROUP BY topic, fact")
        assert "COVERING INDEX items_facts" in mastery and "TEMP B-TREE" not in mastery
    finally:
        conn.close()
