"""The freedesktop menu entry and icon that ``quizapp --install-desktop-entry`` writes."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.errors import QuizAppError, ResourceMissingError
from quizapp.core.resources import resource

# The desktop file id (``quizapp.desktop``), the icon's theme name and the app's Wayland
# app id / X11 window class: the three must agree for a menu to match windows to the entry.
APP_ID = "quizapp"
ICON_FOLDER = "icons"
_PNG_NAME = re.compile(r"^quizapp-(\d+)\.png$")
# What the importer reads (plain text, Markdown, HTML); a file manager offers quizapp for them.
MIME_TYPES = ("text/plain", "text/markdown", "text/html")


class DesktopEntryError(QuizAppError):
    """The menu entry or its icon cannot be written to (or removed from) the data folder."""


@dataclass(frozen=True)
class DesktopFiles:
    """Where the entry and its icons go under one XDG data folder.

    Attributes:
        data_home: ``$XDG_DATA_HOME`` (or ``~/.local/share``).
        entry: ``applications/quizapp.desktop``.
        icons: Shipped icon file → its place in the ``hicolor`` theme.
    """

    data_home: Path
    entry: Path
    icons: dict[Path, Path]

    @property
    def targets(self) -> list[Path]:
        """Every file an install writes, icons first: the entry appears only with its icon."""
        return [*self.icons.values(), self.entry]


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """The user's XDG data folder: ``$XDG_DATA_HOME`` when it is an absolute path (the
    specification says to ignore a relative one), else ``~/.local/share``."""
    value = (os.environ if env is None else env).get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def shipped_icons() -> dict[int, Path]:
    """The icon's PNG renderings that ship with the app, by size in pixels (16 … 256).

    Raises:
        ResourceMissingError: None is installed.
    """
    folder = resource(ICON_FOLDER, f"{APP_ID}.svg").parent
    sizes = {int(m.group(1)): png for png in folder.iterdir()
             if (m := _PNG_NAME.match(png.name))}
    if not sizes:
        raise ResourceMissingError(f"this quizapp installation is incomplete: no {APP_ID}-*.png "
                                   f"icon in {folder}; reinstall quizapp")
    return dict(sorted(sizes.items()))


def desktop_files(home: Path) -> DesktopFiles:
    """The entry and the icons (every shipped PNG size, and the SVG as scalable) in ``home``.

    Raises:
        ResourceMissingError: The shipped icons are not installed.
    """
    hicolor = home / "icons" / "hicolor"
    svg = resource(ICON_FOLDER, f"{APP_ID}.svg")
    icons = {svg: hicolor / "scalable" / "apps" / f"{APP_ID}.svg"}
    for size, png in shipped_icons().items():
        icons[png] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return DesktopFiles(home, home / "applications" / f"{APP_ID}.desktop", icons)


def launch_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """How a menu starts this very installation, as an absolute command line.

    A bundle is its own executable; an install into a venv (pip, pipx) has its ``quizapp``
    console script beside the interpreter; anything else runs ``python -m quizapp`` with
    the interpreter running now. The venv's interpreter is not resolved through its
    symlink: that would leave the venv and lose its packages.
    """
    exe = sys.executable if executable is None else executable
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return [os.path.abspath(exe)]
    script = Path(os.path.abspath(exe)).with_name("quizapp.exe" if os.name == "nt"
                                                  else "quizapp")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [os.path.abspath(exe), "-m", "quizapp"]


def _exec_arg(arg: str) -> str:
    """One argument of an ``Exec`` key, quoted as the Desktop Entry spec asks: an argument
    with a reserved character goes in double quotes, where ``"``, backquote, ``$`` and
    ``\\`` get a backslash; ``%`` is doubled (it starts a field code)."""
    arg = arg.replace("%", "%%")
    if arg and not re.search(r"[\s\"'\\><~|&;$*?#()`]", arg):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def _string_value(text: str) -> str:
    """``text`` as a value of type string (the escapes apply after an Exec's quoting)."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def entry_text(command: Sequence[str]) -> str:
    """The ``.desktop`` file for a menu entry that runs ``command`` (absolute) with the
    document it is asked to open (``%f``) and shows the ``quizapp`` icon."""
    if not command or not os.path.isabs(command[0]):
        raise ValueError(f"the launch command must start with an absolute path: {command!r}")
    line = " ".join(_exec_arg(a) for a in command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=quizapp",
        "GenericName=Flashcards and quizzes",
        "GenericName[lv]=Kartītes un testi",
        "Comment=Learn one document thoroughly: flashcards, quizzes and spaced repetition",
        "Comment[lv]=Apgūstiet vienu dokumentu pamatīgi: kartītes, testi un intervālu "
        "atkārtošana",
        f"Icon={APP_ID}",
        # Menus hide an entry whose program is gone (a deleted venv) instead of failing.
        f"TryExec={_string_value(command[0])}",
        f"Exec={_string_value(line)} %f",
        "Terminal=false",
        "Categories=Education;",
        "Keywords=flashcards;quiz;spaced repetition;study;FSRS;",
        "Keywords[lv]=kartītes;tests;mācības;atkārtošana;",
        f"MimeType={';'.join(MIME_TYPES)};",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
    ]
    return "\n".join(lines) + "\n"


def install(files: DesktopFiles, command: Sequence[str]) -> list[Path]:
    """Write the icons, then the entry; return the files written.

    Running it again rewrites the same files (a moved install gets its new command).

    Raises:
        DesktopEntryError: A folder cannot be created or written; the files this call
            had created are removed again, so no entry is left pointing at missing icons.
    """
    try:
        text = entry_text(command).encode("utf-8")
    except UnicodeEncodeError:
        raise DesktopEntryError(f"cannot write a desktop entry for {command[0]!r}: its path "
                                "is not valid UTF-8 text") from None
    created: list[Path] = []
    try:
        for source, target in files.icons.items():
            _write(target, source.read_bytes(), created)
        _write(files.entry, text, created)
    except OSError as exc:
        for path in reversed(created):
            path.unlink(missing_ok=True)
        raise DesktopEntryError(_cannot(files, exc, "write")) from None
    _refresh(files)
    return files.targets


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove the entry, then the icons; return the files that were there.

    Raises:
        DesktopEntryError: A file cannot be removed (the others are still tried first).
    """
    removed: list[Path] = []
    failure: OSError | None = None
    for path in [files.entry, *files.icons.values()]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failure = failure or exc
            continue
        removed.append(path)
    if removed:
        _refresh(files)
    if failure is not None:
        raise DesktopEntryError(_cannot(files, failure, "remove"))
    return removed


def _write(path: Path, content: bytes, created: list[Path]) -> None:
    if path.is_file() and path.read_bytes() == content:
        return
    existed = path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(content)
    os.chmod(tmp, 0o644)  # menus and icon loaders of other users' sessions read these
    os.replace(tmp, path)
    if not existed:
        created.append(path)


def _cannot(files: DesktopFiles, exc: OSError, verb: str) -> str:
    where = exc.filename or files.data_home
    return (f"cannot {verb} the desktop entry in {files.data_home} ({where}: "
            f"{exc.strerror or exc}); make that folder writable, or set XDG_DATA_HOME to "
            "another one")


def _refresh(files: DesktopFiles) -> None:
    """Tell desktops about the change, where their tools are installed (best effort)."""
    # GTK trusts an icon cache until the theme folder's time changes.
    hicolor = files.data_home / "icons" / "hicolor"
    if hicolor.is_dir():
        try:
            os.utime(hicolor)
        except OSError:
            pass
    import shutil
    import subprocess

    # "Open with" lists come from mimeinfo.cache, which this tool rebuilds.
    tool = shutil.which("update-desktop-database")
    if tool and files.entry.parent.is_dir():
        subprocess.run([tool, "-q", str(files.entry.parent)], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
