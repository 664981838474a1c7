"""The files that ship with quizapp: styles, icons, translations, documents, built-in banks.

They live in the repository's top-level ``resources/`` and ``questions/`` folders, which are
installed as the packages ``quizapp.resources`` and ``quizapp.questions`` (``pyproject.toml``
maps them), and are read through :mod:`importlib.resources` only — never through a path
relative to the source tree — so a wheel, an editable install and a bundle all work.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path, PurePosixPath

from quizapp.core.errors import ResourceMissingError

RESOURCES_PACKAGE = "quizapp.resources"
BANKS_PACKAGE = "quizapp.questions"
# How a bank names a document that ships with the app (``resources/documents/x.txt``): the
# same text in the repository and in an install.
SHIPPED_PREFIX = "resources"


def _folder(package: str) -> Path:
    try:
        root = files(package)
    except ModuleNotFoundError:
        raise ResourceMissingError(
            f"this quizapp installation is incomplete: {package} is missing; "
            "reinstall quizapp") from None
    # Installed packages are folders on disk (wheels are unpacked, bundles too).
    return Path(str(root))


def resources_dir() -> Path:
    """The folder of shipped documents, styles, icons and translations."""
    return _folder(RESOURCES_PACKAGE)


def builtin_banks_dir() -> Path:
    """The folder of the banks that ship with the app."""
    return _folder(BANKS_PACKAGE)


def resource(*parts: str) -> Path:
    """The shipped file ``resources/<parts…>``.

    Raises:
        ResourceMissingError: It is not installed (one clear line, instead of a traceback).
    """
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissingError(
            f"this quizapp installation is incomplete: {'/'.join(parts)} is missing from "
            f"{resources_dir()}; reinstall quizapp")
    return path


def shipped_path(recorded: str) -> Path | None:
    """The file a bank names as ``resources/…`` (a document shipped with the app), else None."""
    parts = PurePosixPath(recorded).parts
    if len(parts) < 2 or parts[0] != SHIPPED_PREFIX or ".." in parts:
        return None
    return resources_dir().joinpath(*parts[1:])


def shipped_name(path: Path) -> str | None:
    """``resources/…`` for a file inside the shipped resources (how a bank records it)."""
    try:
        inner = path.resolve().relative_to(resources_dir().resolve())
    except (ValueError, OSError):
        return None
    return PurePosixPath(SHIPPED_PREFIX, *inner.parts).as_posix()
