"""The progress store: SQLite behind one small wrapper, a repository per concern, a read model
(``progress``), backups and recovery. The only place with SQL."""

from __future__ import annotations

from quizapp.core.storage.connect import BUSY_TIMEOUT_MS
from quizapp.core.storage.db import Database
from quizapp.core.storage.schema import LATEST_VERSION
from quizapp.core.storage.store import Store

__all__ = ["BUSY_TIMEOUT_MS", "Database", "LATEST_VERSION", "Store"]
