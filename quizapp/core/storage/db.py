"""The SQLite wrapper: safe open (checks, WAL, migrations), one ``transaction()``, typed errors."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# atomic's helper syncs any path (file or folder) and tolerates filesystems that refuse.
from quizapp.core.datafolder.atomic import fsync_path as _fsync_file
from quizapp.core.errors import StorageError
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
    map_error,
    map_os_error,
)
from quizapp.core.storage.connect import (
    BUSY_TIMEOUT_MS,
    check_file as _check_file,
    configure_connection,
    connect as _connect,
    connect_read_only as _connect_read_only,
)
from quizapp.core.storage.schema import APPLICATION_ID, LATEST_VERSION, migrate

Params = Sequence[Any]


class Database:
    """One connection to a progress database, owned by one thread.

    Create with :meth:`open`. Every write goes through :meth:`transaction`; reads may use the
    small helpers (each maps ``sqlite3`` errors to :class:`StorageError` subclasses).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS, read_only: bool = False) -> None:
        self._conn = conn
        self._depth = 0
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path, *, version: int = LATEST_VERSION, read_only: bool = False,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """Open (creating if missing) and migrate the database at ``path`` to ``version``.

        Args:
            path: The database file.
            version: The schema version to migrate to.
            read_only: Open for reading only, never creating, migrating or writing
                anything (for a read-only file, folder or filesystem); every write raises
                :class:`DatabaseReadOnlyError`.
            busy_timeout_ms: How long a write waits for another process's write.

        Raises:
            DatabaseCorruptError: Garbage, truncated or malformed file (left untouched).
            DatabaseTooNewError: Written by a newer quizapp.
            NotAQuizappDatabaseError: Some other SQLite database.
            DatabaseReadOnlyError: It (or its folder) cannot be written; with
                ``read_only``: it is missing or needs a migration.
            DiskFullError: No room to create or migrate it.
            DatabaseLockedError: Another process held it for longer than the timeout.
            StorageError: Cannot be read or written for another reason.
        """
        path = Path(path)
        if not path.exists():
            if read_only:
                raise DatabaseReadOnlyError(f"{path}: no progress database yet, and it "
                                            "cannot be created read-only")
            _create(path, version)
        _check_file(path)
        conn = (_connect_read_only(path, busy_timeout_ms) if read_only
                else _connect(path, busy_timeout_ms, configure=False))
        db = cls(conn, path, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
        try:
            # Before anything is changed in the file (WAL mode is written into it): another
            # program's database, or a newer quizapp's, is left exactly as it was.
            db._check_identity()
            if not read_only:
                configure_connection(conn)
            if db.version < version:
                if read_only:
                    raise DatabaseReadOnlyError(
                        f"{path}: schema {db.version} must be upgraded before it can be read, "
                        "and it is opened read-only")
                with db.transaction() as c:
                    migrate(c, version)
        except sqlite3.Error as exc:
            conn.close()
            raise map_error(exc, path) from None
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

    def quick_check(self) -> tuple[str, ...]:
        """SQLite's quick check (pages and records, no index cross-check); ``("ok",)``."""
        return tuple(str(r[0]) for r in self.rows("PRAGMA quick_check"))

    def check_writable(self) -> None:
        """Try a write now and undo it: raises what a real write would (nothing changes).

        Raises:
            DatabaseReadOnlyError: The file or its folder cannot be written.
            DatabaseLockedError: Another process held it for longer than the busy timeout.
        """
        try:
            with self.transaction() as c:
                # Rewriting the same version touches page 1: a read-only file refuses here.
                c.execute(f"PRAGMA user_version = {self.version}")
                raise _Undo
        except _Undo:
            pass

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
            import tempfile  # only when a file is written

            fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp",
                                            dir=dest.parent)
            os.close(fd)
        except OSError as exc:
            raise map_os_error(exc, dest, "cannot write backup") from None
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
            raise map_os_error(exc, dest, "cannot write backup") from None
        finally:
            tmp.unlink(missing_ok=True)

    def restore_from(self, checked: Path) -> None:
        """Replace this database's whole content with that of ``checked``, then migrate it.

        ``checked`` must come from :func:`validated_copy`. The copy runs inside SQLite's
        backup machinery, so a crash leaves either the old or the new content.

        Raises:
            DatabaseLockedError: Another process holds the database (waited for the busy
                timeout); nothing was changed.
            StorageError: The content could not be written; the old content stays.
        """
        # Wait for the write lock the way every write does (the busy timeout), so another
        # process in the middle of a write is given the usual time to finish...
        with self.transaction():
            pass
        # ...but the backup machinery itself retries a busy destination forever: give up
        # once it has been refused for about the same time again.
        allowed = max(1, self.busy_timeout_ms // _BACKUP_RETRY_MS)
        refusals = 0

        def progress(status: int, remaining: int, total: int) -> None:
            nonlocal refusals
            if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                refusals += 1
                if refusals > allowed:
                    raise _GaveUp

        src = sqlite3.connect(checked, isolation_level=None)
        try:
            src.backup(self._conn, progress=progress, sleep=_BACKUP_RETRY_MS / 1000)
        except _GaveUp:
            raise DatabaseLockedError(
                f"{self.path}: the database is in use by another program") from None
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


_BACKUP_RETRY_MS = 50


class _Undo(Exception):
    """Rolls back :meth:`Database.check_writable`'s probe."""


class _GaveUp(Exception):
    """Raised from the backup progress callback to stop SQLite retrying a busy database."""


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
    import shutil  # only when a file is written
    import tempfile  # only when a file is written

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
        import tempfile  # only when a file is written

        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise map_os_error(exc, path, "cannot create", read_only=DatabaseReadOnlyError) from None
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
        raise map_os_error(exc, path, "cannot create", read_only=DatabaseReadOnlyError) from None
    finally:
        tmp.unlink(missing_ok=True)
