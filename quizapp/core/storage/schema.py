"""The database schema as numbered migrations keyed on ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3

# "QUIA": marks the file as ours, so restore refuses other SQLite databases.
APPLICATION_ID = 0x51554941

# Version 1: banks, topics, items with their flashcard schedule, the review log and
# per-day aggregates (so statistics never rescan the log).
_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE banks (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        bank INTEGER NOT NULL REFERENCES banks(id),
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        UNIQUE (bank, key)
    )""",
    # Questions keep state NULL; flashcards carry their FSRS schedule inline so due counts
    # and mastery are single indexed/grouped queries.
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        bank INTEGER NOT NULL REFERENCES banks(id),
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        topic INTEGER NOT NULL REFERENCES topics(id),
        position INTEGER NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        state INTEGER,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due_ms INTEGER,
        due_day INTEGER,
        last_ms INTEGER,
        last_day INTEGER,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        leech INTEGER NOT NULL DEFAULT 0,
        UNIQUE (bank, key)
    )""",
    "CREATE INDEX items_queue ON items (retired, state, due_day, bank)",
    "CREATE INDEX items_topic ON items (topic)",
    # One row per answer: what was pressed, how long it took, the state after, and the
    # whole schedule before (so undo restores it exactly).
    """CREATE TABLE revlog (
        id INTEGER PRIMARY KEY,
        item INTEGER NOT NULL REFERENCES items(id),
        time_ms INTEGER NOT NULL,
        day INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        kind INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        state_after INTEGER NOT NULL,
        interval_after INTEGER NOT NULL,
        stability_after REAL,
        state_before INTEGER NOT NULL,
        step_before INTEGER,
        stability_before REAL,
        difficulty_before REAL,
        due_ms_before INTEGER,
        due_day_before INTEGER,
        last_ms_before INTEGER,
        last_day_before INTEGER,
        reps_before INTEGER NOT NULL,
        lapses_before INTEGER NOT NULL,
        leech_before INTEGER NOT NULL
    )""",
    "CREATE INDEX revlog_item ON revlog (item)",
    """CREATE TABLE day_stats (
        day INTEGER NOT NULL,
        kind INTEGER NOT NULL,
        reviews INTEGER NOT NULL DEFAULT 0,
        again INTEGER NOT NULL DEFAULT 0,
        hard INTEGER NOT NULL DEFAULT 0,
        good INTEGER NOT NULL DEFAULT 0,
        easy INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, kind)
    ) WITHOUT ROWID""",
)

# Version 2: timed quizzes (every attempt with every answer), the hourly breakdown
# back-filled from the review log of version 1, and a covering index that turns per-topic
# mastery into one index-only grouped scan (the home screen's weak topics).
_V2 = (
    "DROP INDEX items_topic",
    "CREATE INDEX items_mastery ON items "
    "(retired, topic, state, stability, last_day, leech, lapses)",
    """CREATE TABLE hour_stats (
        day INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        reviews INTEGER NOT NULL DEFAULT 0,
        correct INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, hour)
    ) WITHOUT ROWID""",
    """INSERT INTO hour_stats (day, hour, reviews, correct)
        SELECT day, hour, count(*), sum(rating > 1) FROM revlog GROUP BY day, hour""",
    """CREATE TABLE quiz_attempts (
        id INTEGER PRIMARY KEY,
        started_ms INTEGER NOT NULL,
        finished_ms INTEGER NOT NULL,
        day INTEGER NOT NULL,
        limit_mode INTEGER NOT NULL,
        limit_s INTEGER NOT NULL,
        questions INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        end_reason INTEGER NOT NULL
    )""",
    """CREATE TABLE quiz_answers (
        attempt INTEGER NOT NULL REFERENCES quiz_attempts(id),
        position INTEGER NOT NULL,
        item INTEGER NOT NULL REFERENCES items(id),
        topic INTEGER NOT NULL REFERENCES topics(id),
        chosen INTEGER,
        chosen_text TEXT,
        correct INTEGER NOT NULL,
        outcome INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        PRIMARY KEY (attempt, position)
    ) WITHOUT ROWID""",
    "CREATE INDEX quiz_answers_topic ON quiz_answers (topic, attempt)",
)

# Version 3: what a bank's file looked like when it was last synced (size and mtime) and its
# language, so opening can trust an unchanged file without parsing it.
_V3 = (
    "ALTER TABLE banks ADD COLUMN file_stamp TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE banks ADD COLUMN language TEXT NOT NULL DEFAULT ''",
)

# Version 4: each bank's validated content as JSON, written when its file was last parsed, so
# an unchanged file is never parsed again (``quizapp.core.banks.snapshot``).
_V4 = (
    """CREATE TABLE bank_snapshots (
        bank INTEGER PRIMARY KEY REFERENCES banks(id),
        file_stamp TEXT NOT NULL,
        data TEXT NOT NULL
    )""",
)

# Version 5: the fact each item tests (bank schema 2), so study buries an item's siblings for
# the day and a quiz asks one item per fact; items of schema-1 banks have none ('').
_V5 = (
    "ALTER TABLE items ADD COLUMN fact TEXT NOT NULL DEFAULT ''",
)

# Version 6: the learner's hand on the material. Items can be suspended (out of study and
# quizzes until restored), buried until a study day, and flagged (a ``FlagReason``; an
# automatic flag the learner cleared never returns: ``flag_checked``). Items and topics the
# learner added have ``origin`` 1: a bank sync never retires them. Edits are kept as a
# history per item (the newest not undone is in force) with the fingerprint of the generated
# item they were made on; added items keep their wording in ``added_items``. The queue index
# and the mastery index cover the new columns, so due counts and mastery stay index-only
# (a suspended card counts in neither).
_V6 = (
    "ALTER TABLE items ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE items ADD COLUMN buried_until INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE items ADD COLUMN flag INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE items ADD COLUMN flag_checked INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE items ADD COLUMN origin INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE topics ADD COLUMN origin INTEGER NOT NULL DEFAULT 0",
    "DROP INDEX items_queue",
    "CREATE INDEX items_queue ON items "
    "(retired, state, due_day, bank, suspended, buried_until)",
    "DROP INDEX items_mastery",
    "CREATE INDEX items_mastery ON items "
    "(retired, topic, state, stability, last_day, leech, lapses, suspended)",
    """CREATE TABLE item_edits (
        id INTEGER PRIMARY KEY,
        item INTEGER NOT NULL REFERENCES items(id),
        time_ms INTEGER NOT NULL,
        data TEXT NOT NULL,
        base TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX item_edits_item ON item_edits (item, id)",
    """CREATE TABLE added_items (
        item INTEGER PRIMARY KEY REFERENCES items(id),
        data TEXT NOT NULL,
        created_ms INTEGER NOT NULL
    )""",
)

# Version 7: study more today — new cards added to one study day's limit (Anki's "increase
# today's new card limit"), kept so the extra cards stay offered after a restart; and a
# covering index that reads mastery per fact in index order (``CardRepo.fact_recall``).
_V7 = (
    """CREATE TABLE day_limits (
        day INTEGER PRIMARY KEY,
        extra_new INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX items_facts ON items "
    "(retired, suspended, topic, fact, state, stability, last_day, leech, lapses, key)",
)

# Version 8: the review log by study day. Exam mode replays the answers of the days before
# the exam (``ReviewRepo.answers_back``): on a million answers that read the whole log, 2.5 s
# for the statistics screen; and the day's answers the study queue asks for (siblings
# studied today, cards brought forward today) were a full scan too.
_V8 = (
    "CREATE INDEX revlog_day ON revlog (day)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8)
LATEST_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema from its current ``user_version`` up to ``target``.

    Runs inside the caller's transaction, so a failed migration leaves the old schema.

    Returns:
        The version the database had before.
    """
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(current + 1, target + 1):
        for statement in MIGRATIONS[version - 1]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    return current
