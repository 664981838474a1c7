"""Command line: no sub-command starts the GUI; sub-commands run headless on the core."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp import __version__
from quizapp.core.errors import QuizAppError, StorageError

if TYPE_CHECKING:
    import argparse

EXIT_USAGE_OR_INPUT = 2
# The progress database is in use by another process (sysexits' EX_TEMPFAIL): try again.
EXIT_BUSY = 75
DEFAULT_BUSY_TIMEOUT_S = 5.0
# Every sub-command's name (a test holds this to the registered parsers): an argument list
# without any of them opens the app without building the parser (start-up time).
COMMAND_NAMES = frozenset({"generate", "check", "stats", "backup", "restore", "recover",
                           "export", "optimize", "plan"})


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every sub-command registered."""
    import argparse

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
    args_list = list(sys.argv[1:] if argv is None else argv)
    launch = app_launch(args_list)
    if launch is not None:
        import gc

        gc.disable()  # for the app's start-up: see run_gui
        from quizapp.gui.app import run_gui

        return run_gui(data_dir=launch[0], qt_args=launch[1])
    parser = build_parser()
    args, extra = parser.parse_known_args(args_list)
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


def app_launch(args: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """``(data_dir, qt_args)`` when ``args`` plainly open the app — only ``--data-dir DIR``
    (or ``--data-dir=DIR``) and Qt's own single-dash options — else ``None``: anything else
    (a command, ``--help``, an abbreviation, a stray word) goes through the full parser,
    which reads it exactly as before."""
    data_dir: str | None = None
    qt_args: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--data-dir" and i + 1 < len(args) and not args[i + 1].startswith("-"):
            data_dir, i = args[i + 1], i + 2
            continue
        if arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            data_dir = arg.partition("=")[2]
        elif arg.startswith("-") and not arg.startswith("--") and arg not in ("-", "-h"):
            qt_args.append(arg)
        else:
            return None
        i += 1
    return data_dir, qt_args


def _seconds(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value
