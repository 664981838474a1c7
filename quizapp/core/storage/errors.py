"""Typed storage errors: what is wrong with the progress database, never a raw sqlite3 error."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from quizapp.core.errors import StorageError


class DatabaseCorruptError(StorageError):
    """The file is not a readable SQLite database (garbage, truncated or malformed).

    The file is left exactly as it was; ``move_aside`` can rename it so a fresh one starts.
    """


class DatabaseTooNewError(StorageError):
    """The database was written by a newer quizapp (its schema version is higher)."""

    def __init__(self, message: str, *, found: int, supported: int) -> None:
        super().__init__(message)
        self.found = found
        self.supported = supported


class NotAQuizappDatabaseError(StorageError):
    """A valid SQLite file, but not one of quizapp's progress databases."""


class DatabaseLockedError(StorageError):
    """Another process holds the database; try again when it has finished."""


class ReadOnlyError(StorageError):
    """A file or folder quizapp must write to is read-only (permissions or filesystem)."""


class DatabaseReadOnlyError(ReadOnlyError):
    """The progress database, or the folder it is in, cannot be written.

    Reading may still work: ``Collection.open(..., read_only=True)``.
    """


class DiskFullError(StorageError):
    """No space left (``SQLITE_FULL``, ``ENOSPC`` or a quota); nothing was half-written."""


# Errno values that mean "you may not write here" and "there is no room".
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def map_error(exc: sqlite3.Error, path: Path) -> StorageError:
    """The typed error for a ``sqlite3`` exception raised on ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text \
            or "not a database" in text:
        return DatabaseCorruptError(f"{path}: the database file is damaged ({text})")
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return DatabaseReadOnlyError(f"{path}: the database or its folder is read-only")
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DiskFullError(f"{path}: the disk is full")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return DatabaseLockedError(f"{path}: the database is in use by another program")
    return StorageError(f"{path}: {text}")


def map_os_error(exc: OSError, path: Path, doing: str, *,
                 read_only: type[ReadOnlyError] = ReadOnlyError) -> StorageError:
    """The typed error for an ``OSError`` raised while ``doing`` something to ``path``.

    Args:
        exc: The error.
        path: The file or folder concerned (named in the message).
        doing: What was being done, e.g. ``"cannot write backup"``.
        read_only: The class for "not writable" (the database's own or a general one).
    """
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL_ERRNOS:
        return DiskFullError(f"{path}: {doing}: {reason}")
    if exc.errno in _READ_ONLY_ERRNOS:
        return read_only(f"{path}: {doing}: {reason}")
    return StorageError(f"{path}: {doing}: {reason}")
