"""The progress store: SQLite behind one small wrapper and a repository per concern.

The names below are imported on first use, so importing one repository module (the home
screen's quick start-up path) does not import them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.core.storage.connect import BUSY_TIMEOUT_MS
    from quizapp.core.storage.db import Database
    from quizapp.core.storage.schema import LATEST_VERSION
    from quizapp.core.storage.store import Store

_WHERE = {
    "BUSY_TIMEOUT_MS": "quizapp.core.storage.connect",
    "Database": "quizapp.core.storage.db",
    "LATEST_VERSION": "quizapp.core.storage.schema",
    "Store": "quizapp.core.storage.store",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BUSY_TIMEOUT_MS", "Database", "LATEST_VERSION", "Store"]
