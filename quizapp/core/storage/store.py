"""The open database and its repositories, as one object the collection owns."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.storage.aggregates import StatsRepo
from quizapp.core.storage.answers import AnswerRepo
from quizapp.core.storage.banks import BankRepo
from quizapp.core.storage.connect import BUSY_TIMEOUT_MS
from quizapp.core.storage.db import Database
from quizapp.core.storage.limits import DayLimitRepo
from quizapp.core.storage.material import MaterialRepo
from quizapp.core.storage.progress import ProgressReader
from quizapp.core.storage.quizzes import QuizRepo
from quizapp.core.storage.reviews import ReviewRepo
from quizapp.core.storage.schedules import CardRepo
from quizapp.core.storage.schema import LATEST_VERSION

if TYPE_CHECKING:
    from quizapp.core.study.day import StudyDay


class Store:
    """One open database and its repositories (``banks``, ``cards``, ``reviews``,
    ``quizzes``, ``stats``, ``material``, ``answers``, ``limits``) and its read model
    (``progress``). Owned by one thread: the one that opened it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.progress = ProgressReader(db)
        self.banks = BankRepo(db)
        self.cards = CardRepo(db)
        self.reviews = ReviewRepo(db)
        self.quizzes = QuizRepo(db)
        self.stats = StatsRepo(db)
        self.limits = DayLimitRepo(db)
        self.material = MaterialRepo(db)
        self.answers = AnswerRepo(db)

    @classmethod
    def open(cls, path: Path, *, version: int = LATEST_VERSION, read_only: bool = False,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
        """Open (create, check, migrate) the database at ``path``; see ``Database.open``."""
        return cls(Database.open(path, version=version, read_only=read_only,
                                 busy_timeout_ms=busy_timeout_ms))

    def close(self) -> None:
        self.db.close()

    @property
    def read_only(self) -> bool:
        """Opened without writing (every write raises ``DatabaseReadOnlyError``)."""
        return self.db.read_only

    @property
    def path(self) -> Path:
        return self.db.path

    def backup(self, folder: Path, now: datetime) -> Path:
        """A manual backup in ``folder`` now (see ``storage.backup.create_backup``)."""
        from quizapp.core.storage.backup import create_backup

        return create_backup(self.db, folder, now)

    def auto_backup(self, folder: Path, now: datetime, days: StudyDay) -> Path | None:
        """The study day's automatic backup in ``folder``, if there is none yet (see
        ``storage.backup.auto_backup``)."""
        from quizapp.core.storage.backup import auto_backup

        return auto_backup(self.db, folder, now, days)

    def transaction(self, *, write: bool = True) -> AbstractContextManager[object]:
        """Everything inside commits together or not at all (``write=False``: one consistent
        read)."""
        return self.db.transaction(write=write)
