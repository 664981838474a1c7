"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_file(path: Path, *, error: type[Exception] | None, create_folder: bool = False,
                shared: bool = False) -> Iterator[BinaryIO]:
    """Write ``path`` through a synced temp file in the same folder, renamed into place when
    the block completes; a block that raises leaves ``path`` (and the folder) as it was.

    Args:
        path: The file to write.
        error: The typed error to raise when the file cannot be written (``None``: let
            the ``OSError`` through, for callers that tell a full disk from a read-only
            folder by its ``errno``).
        create_folder: Create missing parent folders (otherwise a missing folder is an error,
            so a mistyped output path is not silently created).
        shared: Give the file the permissions a newly created file gets (the umask's),
            as an export the learner hands on should; otherwise it is private (0600).

    Raises:
        error: The file cannot be written (the message names the path); no temp file is
            left behind. Exceptions raised by the block itself pass through unchanged.
    """
    tmp_name = ""
    try:
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            missing = f"{path}: cannot write: the folder {path.parent} does not exist"
            raise error(missing) if error else FileNotFoundError(errno.ENOENT, missing)
        import tempfile  # only when writing

        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        if shared:
            os.chmod(tmp_name, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
        fsync_path(path.parent)
    except OSError as exc:
        if error is None:
            raise
        raise error(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _umask() -> int:
    """The process's umask (reading it means setting it; restored at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: Path, data: bytes, *, error: type[Exception],
                       shared: bool = False) -> None:
    """Write ``data`` to ``path`` via a synced temp file in the same folder and a rename,
    creating missing parent folders (``shared``: see :func:`atomic_file`).

    Raises:
        error: The file cannot be written (the message names the path); an existing file
            at ``path`` is left as it was and no temp file is left behind.
    """
    with atomic_file(path, error=error, create_folder=True, shared=shared) as fh:
        fh.write(data)


def replace_bytes(path: Path, data: bytes) -> None:
    """:func:`write_bytes_atomic` raising the ``OSError`` itself.

    Raises:
        OSError: The file cannot be written; ``path`` is as it was, no temp file is left.
    """
    with atomic_file(path, error=None, create_folder=True) as fh:
        fh.write(data)


def write_text_atomic(path: Path, text: str, *, error: type[Exception],
                      shared: bool = False) -> None:
    """UTF-8, LF-only variant of :func:`write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"), error=error, shared=shared)


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
