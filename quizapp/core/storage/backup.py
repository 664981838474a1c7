"""Backups of the progress database: daily rotation, manual copies, restore, moving aside."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizapp.core.clock import ensure_utc
from quizapp.core.datafolder.paths import backups_dir, db_path
from quizapp.core.storage import BUSY_TIMEOUT_MS, Database
from quizapp.core.storage.db import validated_copy
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
    map_os_error,
)
from quizapp.core.study.day import StudyDay

AUTO_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^progress-(\d{8}-\d{6})(?:-(\d+))?-(auto|manual)\.sqlite3$")
# A backup is written under this kind of name and renamed when complete; one left behind
# by a crash is never listed, and is deleted once it is clearly nobody's work in progress.
_PARTIAL = re.compile(r"^\.progress-.*\.sqlite3\..*\.tmp$")
PARTIAL_MAX_AGE = timedelta(hours=1)
# The database states a restore replaces by moving the file aside (it cannot be copied).
UNUSABLE = (DatabaseCorruptError, DatabaseTooNewError, NotAQuizappDatabaseError)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    Attributes:
        path: The file.
        created: When it was taken (from its name, UTC).
        automatic: Taken by the daily rotation (else by the learner or before a restore).
        size: Bytes.
    """

    path: Path
    created: datetime
    automatic: bool
    size: int


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder`` (a backups dir), newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or not p.is_file():
            continue
        created = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=timezone.utc)
        out.append((created, int(m.group(2) or 0), BackupInfo(
            p, created, m.group(3) == "auto", p.stat().st_size)))
    out.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [t[2] for t in out]


def create_backup(db: Database, folder: Path, now: datetime, *, automatic: bool = False) -> Path:
    """Copy ``db`` into ``folder`` under a new time-stamped name (written atomically).

    Raises:
        StorageError: The copy cannot be written.
    """
    stamp = ensure_utc(now).strftime(_STAMP)
    kind = "auto" if automatic else "manual"
    dest = folder / f"progress-{stamp}-{kind}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"progress-{stamp}-{n}-{kind}.sqlite3"
    db.backup_to(dest)
    return dest


def auto_backup(db: Database, folder: Path, now: datetime, days: StudyDay,
                keep: int = AUTO_KEEP) -> Path | None:
    """Take the day's automatic backup unless one exists for this study day; keep the
    newest ``keep`` automatic ones (manual backups are never deleted).

    Returns:
        The new backup, or ``None`` when today's already exists.
    """
    today = days.day_of(now)
    autos = [b for b in list_backups(folder) if b.automatic]
    if autos and days.day_of(autos[0].created) >= today:
        return None
    path = create_backup(db, folder, now, automatic=True)
    for old in [b for b in list_backups(folder) if b.automatic][keep:]:
        old.path.unlink(missing_ok=True)
    sweep_partial_backups(folder, now)
    return path


def sweep_partial_backups(folder: Path, now: datetime) -> list[Path]:
    """Delete half-written backups a crash left in ``folder`` (older than an hour, so not
    another process's backup in progress); return them. Failures are ignored."""
    limit = ensure_utc(now) - PARTIAL_MAX_AGE
    gone = []
    for p in folder.iterdir() if folder.is_dir() else ():
        try:
            if _PARTIAL.match(p.name) and datetime.fromtimestamp(
                    p.stat().st_mtime, timezone.utc) < limit:
                p.unlink()
                gone.append(p)
        except OSError:
            continue
    return gone


def move_aside(db_file: Path, now: datetime) -> Path:
    """Rename a database that cannot be opened (and its ``-wal``/``-shm``) out of the way,
    to ``<name>.broken-<time>``, so a fresh one can start. Nothing is deleted.

    Returns:
        The new name of the database file.

    Raises:
        StorageError: It cannot be renamed.
    """
    stamp = ensure_utc(now).strftime(_STAMP)
    target = db_file.with_name(f"{db_file.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_file.with_name(f"{db_file.name}.broken-{stamp}-{n}")
    try:
        for suffix in ("-wal", "-shm"):
            side = db_file.with_name(db_file.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(db_file, target)
    except OSError as exc:
        raise map_os_error(exc, db_file, "cannot move aside") from None
    return target


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did.

    Attributes:
        safety_backup: Backup of the database as it was before (``None`` if it could not be
            opened and was moved aside instead).
        moved_aside: Where an unreadable database was moved (``None`` otherwise).
        version: Schema version of the restored file before migration.
        source: The backup restored.
        skipped: Newer backups that were passed over because they are unusable.
    """

    safety_backup: Path | None
    moved_aside: Path | None
    version: int
    source: Path | None = None
    skipped: tuple[Path, ...] = ()


def restore(data: Path, source: Path, now: datetime, *,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> RestoreOutcome:
    """Replace the progress database of data folder ``data`` with backup ``source``.

    ``source`` is validated first (on a copy; it is never modified). The current database
    is backed up first; if it cannot even be opened (or copied) it is moved aside instead.
    Nothing is deleted.

    Raises:
        DatabaseLockedError: Another process holds the database; nothing was changed.
        StorageError: (a subclass of) ``source`` is not a sound quizapp database, or the
            restore could not be written; the current database is then unchanged.
    """
    with validated_copy(source) as (checked, version):
        return restore_checked(data, checked, version, source, now,
                               busy_timeout_ms=busy_timeout_ms)


def restore_checked(data: Path, checked: Path, version: int, source: Path, now: datetime, *,
                    busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> RestoreOutcome:
    """:func:`restore` from ``checked``, a copy of ``source`` from ``validated_copy``."""
    target = db_path(data)
    moved = safety = None
    db: Database | None = None
    try:
        db = Database.open(target, busy_timeout_ms=busy_timeout_ms)
        with db.transaction():
            pass  # fail now, before any backup is taken, if another process holds it
        safety = create_backup(db, backups_dir(data), now)
    except UNUSABLE:
        # Damage deep inside the file shows only when it is read in full (the copy).
        if db is not None:
            db.close()
        db = None
    except BaseException:
        if db is not None:
            db.close()
        raise
    if db is None:
        moved = move_aside(target, now)
        db = Database.open(target, busy_timeout_ms=busy_timeout_ms)
    try:
        db.restore_from(checked)
    finally:
        db.close()
    return RestoreOutcome(safety, moved, version, source)
