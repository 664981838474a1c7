"""Which bank files there are and whether they changed: cheap to import (read before anything
is parsed)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

BANK_SUFFIXES = (".yaml", ".yml")


def bank_folders(data: Path) -> list[Path]:
    """Where data folder ``data``'s banks are: the built-in ones first, then the imported."""
    from quizapp.core.datafolder.paths import user_banks_dir
    from quizapp.core.resources import builtin_banks_dir

    return [builtin_banks_dir(), user_banks_dir(data)]


def bank_files(folders: Iterable[Path]) -> list[Path]:

    """Bank files in ``folders`` (missing folders are fine), sorted within each folder."""
    out: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            out.extend(sorted(p for p in folder.iterdir()
                              if p.suffix in BANK_SUFFIXES and p.is_file()))
    return out


def file_stamp(path: Path) -> str:
    """Size and modification time of ``path`` ("" when it cannot be read)."""
    try:
        st = path.stat()
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"
