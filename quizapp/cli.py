"""Command line: no sub-command starts the GUI; sub-commands run headless on the core."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from quizapp import __version__
from quizapp.commands.exitcodes import EXIT_BUSY, EXIT_USAGE_OR_INPUT
from quizapp.core.errors import QuizAppError, StorageError

DEFAULT_BUSY_TIMEOUT_S = 5.0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    from quizapp.commands import COMMAND_MODULES

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Learn one document thoroughly. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for progress, backups and imported banks "
        "(default: $QUIZAPP_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--busy-timeout", metavar="SECONDS", type=_seconds, default=DEFAULT_BUSY_TIMEOUT_S,
        help="how long a command waits for the app (or another command) to finish writing "
        f"progress before it gives up (default {DEFAULT_BUSY_TIMEOUT_S:g})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        # Qt takes its own options (-platform, -style …); hand them over untouched.
        from quizapp.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, qt_args=extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.busy_timeout_ms = round(args.busy_timeout * 1000)
    try:
        result: int = args.func(args)
        return result
    except StorageError as exc:
        from quizapp.commands.recover import explain
        from quizapp.core.storage.errors import DatabaseLockedError

        print(f"quizapp: error: {explain(exc, args.data_dir)}", file=sys.stderr)
        return EXIT_BUSY if isinstance(exc, DatabaseLockedError) else EXIT_USAGE_OR_INPUT
    except QuizAppError as exc:
        print(f"quizapp: error: {exc}", file=sys.stderr)
        return EXIT_USAGE_OR_INPUT
    except KeyboardInterrupt:
        print("quizapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`quizapp generate … | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value
