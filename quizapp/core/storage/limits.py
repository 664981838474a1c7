"""What the learner added to one study day's limits (study more today)."""

from __future__ import annotations

from quizapp.core.storage.db import Database


class DayLimitRepo:
    """Writes the extra new cards of a study day; ``ProgressReader.done_on`` reads them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_new(self, day: int, count: int) -> int:
        """Add ``count`` new cards to study day ``day``'s limit; return the day's extra."""
        with self._db.transaction() as c:
            c.execute("INSERT INTO day_limits (day, extra_new) VALUES (?, ?) ON CONFLICT (day) "
                      "DO UPDATE SET extra_new = extra_new + excluded.extra_new", (day, count))
            row = c.execute("SELECT extra_new FROM day_limits WHERE day = ?", (day,)).fetchone()
        return int(row[0])
