"""What is wrong with a progress database, and the ways out the GUI and the CLI both offer.

The flow: ``Collection.open`` raises a :class:`StorageError` subclass; :func:`problem_from_error`
(or :func:`diagnose`, which looks for itself) says what is wrong as a :class:`ProblemKind`
and which :class:`Remedy` the app can carry out; the learner picks one; then
:func:`restore_latest_backup`, :func:`move_aside_and_start_fresh`, ``Collection.open(...,
read_only=True)`` or simply opening again. Nothing here deletes a database: a broken one is
renamed to ``progress.sqlite3.broken-<time>`` next to where it was.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from quizapp.core.storage.backup import (
    UNUSABLE,
    BackupInfo,
    RestoreOutcome,
    list_backups,
    move_aside,
    restore_checked,
)
from quizapp.core.errors import StorageError
from quizapp.core.datafolder.paths import backups_dir, db_path
from quizapp.core.storage import BUSY_TIMEOUT_MS, Database
from quizapp.core.storage.connect import check_file
from quizapp.core.storage.db import validated_copy
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DiskFullError,
    NotAQuizappDatabaseError,
    ReadOnlyError,
)


class ProblemKind(StrEnum):
    """What is wrong with the progress database (``NONE``: nothing)."""

    NONE = "none"
    CORRUPT = "corrupt"  # garbage, truncated or damaged inside
    NOT_QUIZAPP = "not_quizapp"  # another program's SQLite file
    TOO_NEW = "too_new"  # written by a newer quizapp: update the app
    READ_ONLY = "read_only"  # the file, its folder or the disk cannot be written
    DISK_FULL = "disk_full"  # no space left: free some, then retry
    LOCKED = "locked"  # another process holds it: close it or wait, then retry
    UNREADABLE = "unreadable"  # any other failure to read or write it


class Remedy(StrEnum):
    """What the app can do about a problem (the buttons of the GUI's dialog)."""

    RESTORE_BACKUP = "restore_backup"  # restore_latest_backup()
    START_FRESH = "start_fresh"  # move_aside_and_start_fresh()
    OPEN_READ_ONLY = "open_read_only"  # Collection.open(..., read_only=True)
    RETRY = "retry"  # open again (after the learner fixed the cause)


# The problems a moved-aside file solves: the file itself is the trouble.
_FILE_PROBLEMS = (ProblemKind.CORRUPT, ProblemKind.NOT_QUIZAPP, ProblemKind.TOO_NEW)


@dataclass(frozen=True)
class Problem:
    """The state of a data folder's progress database.

    Attributes:
        kind: What is wrong.
        database: The database file.
        detail: The error's own text (file and cause) for a "details" line; "" when fine.
        latest_backup: The newest backup that looks complete, if any (restoring checks it
            fully and falls back to older ones).
        found_version: For ``TOO_NEW``: the file's schema version.
        supported_version: For ``TOO_NEW``: the newest version this app reads.
    """

    kind: ProblemKind
    database: Path
    detail: str = ""
    latest_backup: BackupInfo | None = None
    found_version: int | None = None
    supported_version: int | None = None

    @property
    def ok(self) -> bool:
        return self.kind is ProblemKind.NONE

    @property
    def remedies(self) -> tuple[Remedy, ...]:
        """What may be offered, most fitting first."""
        if self.kind is ProblemKind.NONE:
            return ()
        if self.kind in _FILE_PROBLEMS:
            backup = (Remedy.RESTORE_BACKUP,) if self.latest_backup is not None else ()
            return (*backup, Remedy.START_FRESH)
        if self.kind is ProblemKind.READ_ONLY:
            return (Remedy.OPEN_READ_ONLY, Remedy.RETRY)
        return (Remedy.RETRY,)


class NoBackupError(StorageError):
    """There is no usable backup to restore (none at all, or every one is damaged)."""


def kind_of(error: StorageError) -> ProblemKind:
    """The :class:`ProblemKind` a storage error stands for."""
    for cls, kind in _KINDS:
        if isinstance(error, cls):
            return kind
    return ProblemKind.UNREADABLE


_KINDS: tuple[tuple[type[StorageError], ProblemKind], ...] = (
    (DatabaseCorruptError, ProblemKind.CORRUPT),
    (NotAQuizappDatabaseError, ProblemKind.NOT_QUIZAPP),
    (DatabaseTooNewError, ProblemKind.TOO_NEW),
    (ReadOnlyError, ProblemKind.READ_ONLY),
    (DiskFullError, ProblemKind.DISK_FULL),
    (DatabaseLockedError, ProblemKind.LOCKED),
)


def problem_from_error(error: StorageError, data: Path) -> Problem:
    """Describe ``error`` (raised on data folder ``data``) as a :class:`Problem`."""
    found = supported = None
    if isinstance(error, DatabaseTooNewError):
        found, supported = error.found, error.supported
    return Problem(kind_of(error), db_path(data), str(error), latest_backup(data),
                   found, supported)


def diagnose(data: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Problem:
    """Look at data folder ``data``'s database: can it be opened, is it sound, can it be
    written now? A missing database is fine (it is created on open). Run it off the UI
    thread: it reads the whole file once.

    The file is never modified, except that a sound older schema is migrated (as opening
    the app would).
    """
    path = db_path(data)
    if not path.exists():
        return Problem(ProblemKind.NONE, path)
    try:
        db = Database.open(path, busy_timeout_ms=busy_timeout_ms)
        try:
            checked = db.quick_check()
            if checked != ("ok",):
                raise DatabaseCorruptError(f"{path}: damaged inside ({checked[0]})")
            db.check_writable()
        finally:
            db.close()
    except StorageError as exc:
        return problem_from_error(exc, data)
    return Problem(ProblemKind.NONE, path)


def latest_backup(data: Path) -> BackupInfo | None:
    """The newest backup of ``data`` whose file looks complete (header and size), or None."""
    for info in list_backups(backups_dir(data)):
        try:
            check_file(info.path)
        except StorageError:
            continue
        return info
    return None


def restore_latest_backup(data: Path, now: datetime, *,
                          busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> RestoreOutcome:
    """Restore the newest backup that is a sound quizapp database this app can read.

    Unusable newer backups are passed over (``skipped``). A database that cannot be opened
    is moved aside first; one that can is backed up first (see ``backup.restore``).

    Raises:
        NoBackupError: No usable backup; nothing was changed.
        DatabaseLockedError: Another process holds the database; nothing was changed.
        StorageError: The restore could not be written; the current database is unchanged.
    """
    skipped: list[Path] = []
    for info in list_backups(backups_dir(data)):
        with ExitStack() as stack:
            try:
                checked, version = stack.enter_context(validated_copy(info.path))
            except StorageError as exc:
                # A damaged or unreadable backup is passed over; a full disk is not its fault.
                if not isinstance(exc, UNUSABLE) and type(exc) is not StorageError:
                    raise
                skipped.append(info.path)
                continue
            outcome = restore_checked(data, checked, version, info.path, now,
                                      busy_timeout_ms=busy_timeout_ms)
            return replace(outcome, skipped=tuple(skipped))
    what = f"none of the {len(skipped)} backups is usable" if skipped else "there are no backups"
    raise NoBackupError(f"{backups_dir(data)}: {what}")


def move_aside_and_start_fresh(data: Path, now: datetime, *,
                               busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Path | None:
    """Rename data folder ``data``'s database to ``progress.sqlite3.broken-<time>`` (with its
    ``-wal``/``-shm``) and create a new empty one. Backups and banks stay as they are.

    Returns:
        Where the old database now is (``None`` if there was none).

    Raises:
        DatabaseLockedError: The database opens and another process is using it.
        StorageError: It could not be renamed or the new one created (a subclass says why).
    """
    path = db_path(data)
    moved = None
    if path.exists():
        _refuse_if_in_use(path, busy_timeout_ms)
        moved = move_aside(path, now)
    Database.open(path, busy_timeout_ms=busy_timeout_ms).close()
    return moved


def _refuse_if_in_use(path: Path, busy_timeout_ms: int) -> None:
    """Renaming a database another process is writing would split its work in two."""
    try:
        db = Database.open(path, busy_timeout_ms=busy_timeout_ms)
    except (*UNUSABLE, ReadOnlyError):
        return  # unusable for everyone; or nobody can be writing it
    try:
        db.check_writable()
    except (*UNUSABLE, ReadOnlyError):
        pass  # damaged inside, or read-only: nobody is writing it either
    finally:
        db.close()
