"""Throw-away in-memory SQLite databases, for file formats built on SQLite (Anki packages)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def sqlite_image(fill: Callable[[sqlite3.Cursor], None], *, error: type[Exception]) -> bytes:
    """Build a database in memory with ``fill`` and return it as the bytes of a file.

    It never touches the disk, so a failed export leaves nothing behind in a temp folder
    (genanki's own ``write_to_file`` leaves its scratch database in one).

    Raises:
        error: SQLite refused (the message says why).
    """
    conn = sqlite3.connect(":memory:")
    try:
        fill(conn.cursor())
        conn.commit()
        return conn.serialize()
    except sqlite3.Error as exc:
        raise error(f"cannot build the package's database: {exc}") from None
    finally:
        conn.close()
