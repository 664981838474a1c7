"""The SQLite wrapper: safe open (checks, WAL, migrations), one ``transaction()``, typed errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# atomic's helper syncs any path (file or folder) and tolerates filesystems that refuse.
from quizapp.core.atomic import fsync_path as _fsync_file
from quizapp.core.errors import StorageError
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
)
from quizapp.core.storage.schema import APPLICATION_ID, LATEST_VERSION, migrate

HEADER_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Checkpoint the WAL every ~16 MB instead of every 4 MB, so the occasional checkpoint
# (a few ms) lands on far fewer answers; close() checkpoints what is left.
WAL_AUTOCHECKPOINT_PAGES = 4000

Params = Sequence[Any]


class Database:
    """One connection to a progress database, owned by one thread.

    Create with :meth:`open`. Every write goes through :meth:`transaction`; reads may use the
    small helpers (each maps ``sqlite3`` errors to :class:`StorageError` subclasses).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._depth = 0
        self.path = path

    @classmethod
    def open(cls, path: Path, *, version: int = LATEST_VERSION) -> Database:
        """Open (creating if missing) and migrate the database at ``path`` to ``version``.

        Raises:
            DatabaseCorruptError: Garbage, truncated or malformed file (left untouched).
            DatabaseTooNewError: Written by a newer quizapp.
            NotAQuizappDatabaseError: Some other SQLite database.
            StorageError: Cannot be read or written for another reason.
        """
        path = Path(path)
        if not path.exists():
            _create(path, version)
        _check_file(path)
        conn = _connect(path)
        db = cls(conn, path)
        try:
            db._check_identity()
            if db.version < version:
                with db.transaction() as c:
                    migrate(c, version)
        except BaseException:
            conn.close()
            raise
        return db

    def close(self) -> None:
        """Checkpoint and close; the WAL file is folded back into the database."""
        try:
            self._conn.close()
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction: all of it is committed or none of it.

        Nested calls join the outer transaction. ``write=False`` starts a deferred (read)
        transaction, giving a consistent snapshot across several queries.

        Raises:
            StorageError: The database refused; nothing of the block was committed.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self._depth = 1
        try:
            yield self._conn
        except sqlite3.Error as exc:
            self._rollback()
            raise self._error(exc) from None
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise self._error(exc) from None
        finally:
            self._depth = 0

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """All result rows of one read query."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def stream(self, sql: str, params: Params = (), *,
               batch: int = 1000) -> Iterator[tuple[Any, ...]]:
        """The result rows of one read query, fetched ``batch`` at a time (for exports of a
        long history: never the whole result in memory). One SELECT reads one snapshot."""
        try:
            cursor = self._conn.execute(sql, params)
            try:
                while rows := cursor.fetchmany(batch):
                    yield from rows
            finally:
                cursor.close()
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        """The first result row of one read query, or ``None``."""
        try:
            row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
            return row
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (``None`` when there is no row)."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    @property
    def version(self) -> int:
        """The schema version (``PRAGMA user_version``)."""
        return int(self.scalar("PRAGMA user_version"))

    def integrity_check(self) -> tuple[str, ...]:
        """SQLite's full integrity check; ``("ok",)`` when the file is sound."""
        return tuple(str(r[0]) for r in self.rows("PRAGMA integrity_check"))

    def checkpoint(self) -> None:
        """Fold the WAL into the database file now (call when idle)."""
        self.rows("PRAGMA wal_checkpoint(PASSIVE)")

    def backup_to(self, dest: Path) -> None:
        """Write a consistent copy of the database to ``dest`` atomically.

        The copy is a standalone file (rollback-journal mode, no ``-wal`` beside it); it is
        built under a temporary name in ``dest``'s folder, synced, then renamed.

        Raises:
            StorageError: It cannot be written; an existing ``dest`` is untouched.
        """
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp",
                                            dir=dest.parent)
            os.close(fd)
        except OSError as exc:
            raise StorageError(f"{dest}: cannot write backup: {exc.strerror or exc}") from None
        tmp = Path(tmp_name)
        try:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            _fsync_file(tmp)
            os.replace(tmp, dest)
            _fsync_file(dest.parent)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        except OSError as exc:
            raise StorageError(f"{dest}: cannot write backup: {exc.strerror or exc}") from None
        finally:
            tmp.unlink(missing_ok=True)

    def restore_from(self, checked: Path) -> None:
        """Replace this database's whole content with that of ``checked``, then migrate it.

        ``checked`` must come from :func:`validated_copy`. The copy runs inside SQLite's
        backup machinery, so a crash leaves either the old or the new content.

        Raises:
            StorageError: The content could not be written; the old content stays.
        """
        src = sqlite3.connect(checked, isolation_level=None)
        try:
            src.backup(self._conn)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        finally:
            src.close()
        with self.transaction() as c:
            migrate(c, LATEST_VERSION)

    def _check_identity(self) -> None:
        app_id = int(self.scalar("PRAGMA application_id"))
        version = self.version
        tables = int(self.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))
        if app_id != APPLICATION_ID and (version != 0 or tables != 0):
            raise NotAQuizappDatabaseError(f"{self.path}: not a quizapp progress database")
        if version > LATEST_VERSION:
            raise DatabaseTooNewError(
                f"{self.path}: written by a newer quizapp (schema {version}, this one reads "
                f"up to {LATEST_VERSION}); update quizapp",
                found=version,
                supported=LATEST_VERSION,
            )

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite already rolled back (e.g. after SQLITE_FULL); nothing to undo

    def _error(self, exc: sqlite3.Error) -> StorageError:
        return map_error(exc, self.path)


def map_error(exc: sqlite3.Error, path: Path) -> StorageError:
    """The typed error for a ``sqlite3`` exception raised on ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text \
            or "not a database" in text:
        return DatabaseCorruptError(f"{path}: the database file is damaged ({text})")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return DatabaseLockedError(f"{path}: the database is in use by another program")
    return StorageError(f"{path}: {text}")


def inspect_database(path: Path) -> int:
    """Check that ``path`` is a sound quizapp database; return its schema version.

    Opens the file itself (read and write), so pass a copy of anything precious.

    Raises:
        DatabaseCorruptError, NotAQuizappDatabaseError, DatabaseTooNewError, StorageError.
    """
    _check_file(path)
    conn = _connect(path)
    db = Database(conn, path)
    try:
        db._check_identity()
        if db.version == 0:
            raise NotAQuizappDatabaseError(f"{path}: an empty database, not a quizapp backup")
        problems = db.integrity_check()
        if problems != ("ok",):
            raise DatabaseCorruptError(f"{path}: integrity check failed: {problems[0]}")
        return db.version
    finally:
        conn.close()


@contextmanager
def validated_copy(source: Path) -> Iterator[tuple[Path, int]]:
    """A private, checked copy of ``source`` (which is never modified) and its schema version.

    Raises:
        DatabaseCorruptError, NotAQuizappDatabaseError, DatabaseTooNewError, StorageError:
            ``source`` is not a sound quizapp database.
    """
    with tempfile.TemporaryDirectory(prefix="quizapp-restore-") as tmp:
        copy = Path(tmp) / "candidate.sqlite3"
        try:
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise StorageError(f"{source}: cannot read: {exc.strerror or exc}") from None
        yield copy, inspect_database(copy)


def _create(path: Path, version: int) -> None:
    """Build a new database under a temporary name and rename it into place, so a crash
    during creation never leaves a half-made file where the database should be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"{path}: cannot create: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        conn = _connect(tmp)
        try:
            db = Database(conn, tmp)
            with db.transaction() as c:
                migrate(c, version)
        finally:
            conn.close()
        _fsync_file(tmp)
        os.replace(tmp, path)
        _fsync_file(path.parent)
    except OSError as exc:
        raise StorageError(f"{path}: cannot create: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _check_file(path: Path) -> None:
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


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise map_error(exc, path) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        _ensure_math(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise map_error(exc, path) from None
    return conn


def _ensure_math(conn: sqlite3.Connection) -> None:
    """Mastery uses ``pow()``; SQLite builds without math functions get a Python one."""
    try:
        conn.execute("SELECT pow(2, 0.5)")
    except sqlite3.OperationalError:
        conn.create_function("pow", 2, lambda x, y: float(x) ** float(y), deterministic=True)
