"""The open database and its repositories, as one object the collection owns."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.storage.aggregates import StatsRepo
from quizapp.core.storage.banks import BankRepo
from quizapp.core.storage.connect import BUSY_TIMEOUT_MS
from quizapp.core.storage.db import Database
from quizapp.core.storage.quizzes import QuizRepo
from quizapp.core.storage.reviews import ReviewRepo
from quizapp.core.storage.schedules import CardRepo
from quizapp.core.storage.schema import LATEST_VERSION


class Store:
    """One open database and its repositories (``banks``, ``cards``, ``reviews``,
    ``quizzes``, ``stats``). Owned by one thread: the one that opened it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.banks = BankRepo(db)
        self.cards = CardRepo(db)
        self.reviews = ReviewRepo(db)
        self.quizzes = QuizRepo(db)
        self.stats = StatsRepo(db)

    @classmethod
    def open(cls, path: Path, *, version: int = LATEST_VERSION, read_only: bool = False,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
        """Open (create, check, migrate) the database at ``path``; see ``Database.open``."""
        return cls(Database.open(path, version=version, read_only=read_only,
                                 busy_timeout_ms=busy_timeout_ms))

    def close(self) -> None:
        self.db.close()
