"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, *, error: type[Exception]) -> None:
    """Write ``data`` to ``path`` via a synced temp file in the same folder and a rename.

    Raises:
        error: The file cannot be written (the message names the path); an existing file
            at ``path`` is left as it was and no temp file is left behind.
    """
    tmp_name = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
        fsync_path(path.parent)
    except OSError as exc:
        raise error(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def write_text_atomic(path: Path, text: str, *, error: type[Exception]) -> None:
    """UTF-8, LF-only variant of :func:`write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"), error=error)


def fsync_path(folder: Path) -> None:
    """Flush a file or folder to disk by path (a folder: make a rename in it durable).

    Best effort: not every filesystem allows opening a directory.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
