"""Command line: no sub-command starts the GUI; sub-commands run headless on the core."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__
from quizapp.commands.exitcodes import EXIT_BUSY, EXIT_USAGE_OR_INPUT
from quizapp.core.errors import QuizAppError, StorageError

DEFAULT_BUSY_TIMEOUT_S = 5.0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    from quizapp.commands import COMMAND_MODULES

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Learn one document thoroughly. Without a command, opens the app; "
        "`quizapp DOCUMENT` opens it and imports DOCUMENT (.txt, .md or .html).",
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
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry", action="store_true",
        help="add quizapp to the desktop's application menu (and its icon), opening .txt, "
        ".md and .html documents; in $XDG_DATA_HOME or ~/.local/share")
    menu.add_argument("--uninstall-desktop-entry", action="store_true",
                      help="remove that menu entry and icon again")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    document, args_list = document_to_open(list(sys.argv[1:] if argv is None else argv),
                                           _command_names(parser))
    args, extra = parser.parse_known_args(args_list)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        if args.command is not None or extra or document is not None:
            parser.error("the desktop entry options take no command or other arguments")
        return _desktop_entry(install=args.install_desktop_entry)
    if args.command is None:
        path = None
        if document is not None:
            path = Path(os.path.abspath(document))  # a running app may take it over
            if not path.is_file():
                what = "is not a file" if path.exists() else "does not exist"
                print(f"quizapp: error: cannot import {document}: it {what}", file=sys.stderr)
                return EXIT_USAGE_OR_INPUT
        # Qt takes its own options (-platform, -style …); hand them over untouched.
        from quizapp.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, qt_args=extra, document=path)
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


def document_to_open(args: list[str], commands: set[str]) -> tuple[str | None, list[str]]:
    """The document named on the command line (``quizapp notes.md``, what a menu's "Open
    with" runs), and the arguments without it: argparse would read it as a command's name.
    With a command among the arguments, there is none (they are the command's)."""
    if commands.intersection(args):
        return None, args
    takes_value = False
    for i, arg in enumerate(args):
        if takes_value:
            takes_value = False
        elif arg in ("--data-dir", "--busy-timeout"):
            takes_value = True
        elif _names_a_document(arg):
            return arg, args[:i] + args[i + 1:]
    return None, args


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions
            if isinstance(action, argparse._SubParsersAction) for name in action.choices}


def _names_a_document(arg: str) -> bool:
    """Whether a bare argument is a file to import rather than a (mistyped) command: it
    exists, or has a folder or a file-name suffix in it (``notes.txt``, ``./notes``)."""
    if arg.startswith("-"):
        return False
    return (os.sep in arg or (os.altsep is not None and os.altsep in arg)
            or bool(Path(arg).suffix) or os.path.exists(arg))


def _desktop_entry(*, install: bool) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``."""
    from quizapp.core.datafolder import desktop

    if sys.platform in ("win32", "darwin"):
        print("quizapp: error: menu entries are written for Linux desktops (freedesktop.org); "
              "on this system, pin the app from its window or its folder", file=sys.stderr)
        return EXIT_USAGE_OR_INPUT
    try:
        files = desktop.desktop_files(desktop.data_home())
        if install:
            command = desktop.launch_command()
            desktop.install(files, command)
            print(f"quizapp: added to the application menu: {files.entry} "
                  f"(runs {' '.join(command)})")
        elif desktop.uninstall(files):
            print(f"quizapp: removed from the application menu: {files.entry} and its icons")
        else:
            print(f"quizapp: no menu entry to remove in {files.data_home}")
    except QuizAppError as exc:
        print(f"quizapp: error: {exc}", file=sys.stderr)
        return EXIT_USAGE_OR_INPUT
    return 0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value
