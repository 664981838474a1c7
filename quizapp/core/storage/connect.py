"""Opening SQLite files safely: header checks before SQLite sees them, the connection pragmas,
and read-only connections that can never write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from quizapp.core.errors import StorageError
from quizapp.core.storage.errors import DatabaseCorruptError, DatabaseReadOnlyError, map_error

HEADER_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another process (the GUI answering, a CLI backup) to let go
# of the database before it gives up with DatabaseLockedError.
BUSY_TIMEOUT_MS = 5000
# Checkpoint the WAL every ~16 MB instead of every 4 MB, so the occasional checkpoint
# (a few ms) lands on far fewer answers; close() checkpoints what is left.
WAL_AUTOCHECKPOINT_PAGES = 4000


def check_file(path: Path) -> None:
    """Refuse garbage and truncated files before SQLite touches them."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StorageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(header) < 100 or not header.startswith(HEADER_MAGIC):
        raise DatabaseCorruptError(f"{path}: not an SQLite database (damaged or truncated)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = pages > 0 and header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    # With frames waiting in the WAL the main file may legitimately lag its header.
    if header_valid and not wal_pending and size < pages * page_size:
        raise DatabaseCorruptError(
            f"{path}: truncated ({size} bytes, its header says {pages * page_size})"
        )


def connect(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS, *,
            configure: bool = True) -> sqlite3.Connection:
    """A read-write connection; with ``configure`` also in WAL mode with the app's pragmas.

    Open with ``configure=False`` to look at a file before changing anything in it (WAL
    mode is written into it), then call :func:`configure_connection`.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise map_error(exc, path) from None
    return _prepared(conn, path, busy_timeout_ms, configure_connection if configure else None)


def configure_connection(conn: sqlite3.Connection) -> None:
    """WAL, durability and foreign keys (``sqlite3.Error`` is the caller's to map)."""
    # In a read-only folder this may be where SQLite first says so (it cannot make -shm).
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    _reading_pragmas(conn)


def connect_read_only(path: Path,
                      busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection that can never write ``path`` (``mode=ro``).

    A WAL database in a folder that cannot be written has no ``-shm`` to share; it is then
    opened ``immutable``, which is right as long as nobody else can write there either.
    """
    uri = path.resolve().as_uri()
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(uri + query, uri=True, isolation_level=None)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return _prepared(conn, path, busy_timeout_ms, _reading_pragmas)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            error = map_error(exc, path)
            if not isinstance(error, DatabaseReadOnlyError) or "immutable" in query:
                raise error from None
    raise AssertionError("unreachable")


def _prepared(conn: sqlite3.Connection, path: Path, busy_timeout_ms: int,
              more: Callable[[sqlite3.Connection], None] | None) -> sqlite3.Connection:
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if more is not None:
            more(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise map_error(exc, path) from None
    return conn


def _reading_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    _ensure_math(conn)


def _ensure_math(conn: sqlite3.Connection) -> None:
    """Mastery uses ``pow()``; SQLite builds without math functions get a Python one."""
    try:
        conn.execute("SELECT pow(2, 0.5)")
    except sqlite3.OperationalError:
        conn.create_function("pow", 2, lambda x, y: float(x) ** float(y), deterministic=True)
