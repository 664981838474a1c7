"""Typed storage errors: what is wrong with the progress database, never a raw sqlite3 error."""

from __future__ import annotations

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
