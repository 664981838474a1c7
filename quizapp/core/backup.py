"""Backups of the progress database: daily rotation, manual copies, restore, moving aside."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quizapp.core.clock import ensure_utc
from quizapp.core.errors import StorageError
from quizapp.core.paths import backups_dir, db_path
from quizapp.core.storage import Database
from quizapp.core.storage.db import validated_copy
from quizapp.core.storage.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotAQuizappDatabaseError,
)
from quizapp.core.studyday import StudyDay

AUTO_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^progress-(\d{8}-\d{6})(?:-(\d+))?-(auto|manual)\.sqlite3$")


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
    return path


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
        raise StorageError(f"{db_file}: cannot move aside: {exc.strerror or exc}") from None
    return target


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did.

    Attributes:
        safety_backup: Backup of the database as it was before (``None`` if it could not be
            opened and was moved aside instead).
        moved_aside: Where an unreadable database was moved (``None`` otherwise).
        version: Schema version of the restored file before migration.
    """

    safety_backup: Path | None
    moved_aside: Path | None
    version: int


def restore(data: Path, source: Path, now: datetime) -> RestoreOutcome:
    """Replace the progress database of data folder ``data`` with backup ``source``.

    ``source`` is validated first (on a copy; it is never modified). The current database
    is backed up first; if it cannot even be opened it is moved aside instead. Nothing is
    deleted.

    Raises:
        StorageError: (a subclass of) ``source`` is not a sound quizapp database, or the
            restore could not be written; the current database is then unchanged.
    """
    target = db_path(data)
    with validated_copy(source) as (checked, version):
        moved = None
        try:
            db = Database.open(target)
        except (DatabaseCorruptError, DatabaseTooNewError, NotAQuizappDatabaseError):
            moved = move_aside(target, now)
            db = Database.open(target)
        try:
            safety = None if moved else create_backup(db, backups_dir(data), now)
            db.restore_from(checked)
        finally:
            db.close()
    return RestoreOutcome(safety, moved, version)
