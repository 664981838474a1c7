"""`quizapp recover`: say what is wrong with the progress database and fix it; and the one-line
explanation every command prints for a storage error."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.core.storage.backup import RestoreOutcome
    from quizapp.core.errors import StorageError
    from quizapp.core.storage.recovery import Problem

RESTORE_HINT = "`quizapp recover --restore-latest` to restore the backup of {when}"
FRESH_HINT = "`quizapp recover --start-fresh` to set it aside (it is kept) and start over"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the recover command to ``sub``."""
    p = sub.add_parser(
        "recover", help="check the progress database; restore a backup or start fresh",
        description="Without an option: say whether the progress database is usable and, if "
        "not, what can be done. A database that is set aside is renamed, never deleted.")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--restore-latest", action="store_true",
                     help="restore the newest usable backup (a database that cannot be "
                     "opened is moved aside first; one that can is backed up first)")
    how.add_argument("--start-fresh", action="store_true",
                     help="rename the database to progress.sqlite3.broken-<time> and start "
                     "with an empty one (backups and imported banks are kept)")
    p.set_defaults(func=_recover)


def _recover(args: argparse.Namespace) -> int:
    from quizapp.core.clock import SystemClock
    from quizapp.core.datafolder.paths import data_dir
    from quizapp.core.storage.recovery import (
        diagnose,
        move_aside_and_start_fresh,
        restore_latest_backup,
    )

    folder = data_dir(args.data_dir)
    now = SystemClock().now()
    if args.restore_latest:
        report_restore(restore_latest_backup(folder, now, busy_timeout_ms=args.busy_timeout_ms))
        return 0
    if args.start_fresh:
        moved = move_aside_and_start_fresh(folder, now, busy_timeout_ms=args.busy_timeout_ms)
        if moved is not None:
            print(f"the previous database was moved to {moved}")
        print(f"started a new, empty progress database in {folder}")
        return 0
    problem = diagnose(folder, busy_timeout_ms=args.busy_timeout_ms)
    if problem.ok:
        print(f"the progress database is fine: {problem.database}")
        return 0
    from quizapp.commands.exitcodes import EXIT_BUSY, EXIT_USAGE_OR_INPUT
    from quizapp.core.storage.recovery import ProblemKind

    print(f"quizapp: error: {describe(problem)}", file=sys.stderr)
    return EXIT_BUSY if problem.kind is ProblemKind.LOCKED else EXIT_USAGE_OR_INPUT


def report_restore(outcome: RestoreOutcome) -> None:
    """Print what a restore did, one line each."""
    for path in outcome.skipped:
        print(f"skipped unusable backup {path}")
    if outcome.moved_aside is not None:
        print(f"the database that could not be opened was moved to {outcome.moved_aside}")
    if outcome.safety_backup is not None:
        print(f"the previous progress was backed up to {outcome.safety_backup}")
    print(f"restored {outcome.source}")


def explain(error: StorageError, data: str | None) -> str:
    """One line for ``error``, raised on the progress database of data folder ``data``
    (``--data-dir``): what happened and what to do."""
    from quizapp.core.datafolder.paths import data_dir
    from quizapp.core.storage.recovery import NoBackupError, problem_from_error

    if isinstance(error, NoBackupError):
        return f"no usable backup to restore ({_line(error)}); run {FRESH_HINT}"
    return describe(problem_from_error(error, data_dir(data)))


def describe(problem: Problem) -> str:
    """The CLI's sentence for ``problem``."""
    from quizapp.core.storage.recovery import ProblemKind as K
    from quizapp.core.storage.recovery import Remedy

    detail = _line(problem.detail)
    if problem.kind in (K.CORRUPT, K.NOT_QUIZAPP, K.TOO_NEW):
        if problem.kind is K.TOO_NEW:
            head = (f"the progress database was written by a newer quizapp (schema "
                    f"{problem.found_version}; this one reads up to "
                    f"{problem.supported_version}): update quizapp, or run ")
        else:
            what = "damaged" if problem.kind is K.CORRUPT else "not a quizapp database"
            head = f"the progress database is {what} ({detail}); nothing was changed. Run "
        hints = []
        if Remedy.RESTORE_BACKUP in problem.remedies and problem.latest_backup is not None:
            when = problem.latest_backup.created.strftime("%Y-%m-%d %H:%M UTC")
            hints.append(RESTORE_HINT.format(when=when))
        hints.append(FRESH_HINT)
        return head + ", or ".join(hints)
    if problem.kind is K.READ_ONLY:
        return (f"cannot write: {detail}. Make the data folder writable or choose another "
                "with --data-dir; `quizapp stats` still shows your progress")
    if problem.kind is K.DISK_FULL:
        return (f"the disk is full ({detail}); nothing was saved half-way. Free some space "
                "and try again")
    if problem.kind is K.LOCKED:
        return ("the progress database is in use by another program (is quizapp open?); "
                "nothing was changed. Try again when it has finished (or close the app); "
                "--busy-timeout SECONDS waits longer")
    return f"cannot use the progress database: {detail}"


def _line(text: object) -> str:
    return " ".join(str(text).split())
