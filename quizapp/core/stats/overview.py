"""The home screen's numbers in one call: banks with due counts, weak topics, streak.

:func:`home_overview` asks an open collection. :func:`quick_home` reads the same numbers
straight from the store before the collection is open (its imports and bank checks take
longer than the home screen should wait), through the same read model, and declines
whenever it could not be exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.study.streak import Streak, streak_of
from quizapp.core.study.due import DueCounts

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.stats.mastery import TopicMastery
    from quizapp.core.study.exam import ExamPlan


@dataclass(frozen=True)
class BankSummary:
    """One bank as the home screen lists it."""

    id: str
    title: str
    language: str
    flashcards: int
    questions: int
    due: DueCounts


@dataclass(frozen=True)
class HomeOverview:
    """Everything the home screen shows.

    Attributes:
        banks: Loaded banks, built-in first.
        due: Due counts over every bank.
        weak: The weakest studied topics, weakest first.
        streak: Current and longest streak of study days.
        reviews_total: Answers ever given.
        first_launch: Nothing has been studied yet (the screen explains what to do).
        problems: Bank files that could not be loaded (one line each).
        backup_error: Why today's automatic backup failed, or "".
        complete: False for :func:`quick_home`'s early numbers, which leave out the weak
            topics (computing mastery needs the scheduler); the full overview follows.
        banks_loading: Bank files that are new or changed are still being read; the
            numbers leave them out until they are in.
        exam: Today's plan for the exam set in the settings (``None``: no exam, or not
            known yet).
    """

    banks: tuple[BankSummary, ...]
    due: DueCounts
    weak: tuple[TopicMastery, ...]
    streak: Streak
    reviews_total: int
    first_launch: bool
    problems: tuple[str, ...]
    backup_error: str
    complete: bool = True
    banks_loading: bool = False
    exam: ExamPlan | None = None


def home_overview(col: Collection) -> HomeOverview:
    """Collect the home screen's numbers (runs on the collection's thread).

    Everything comes from the store, so a bank that was not parsed on opening (its file is
    unchanged) is shown without parsing it.
    """
    banks = [BankSummary(r.key, r.title, r.language, r.flashcards, r.questions,
                         col.due_counts(r.key)) for r in col.bank_records()]
    days = col.store.progress.study_days()
    reviews = col.store.progress.totals().reviews
    return HomeOverview(
        banks=tuple(banks),
        due=col.due_counts(),
        weak=tuple(col.weak_topics()),
        streak=streak_of(days, col.today()),
        reviews_total=reviews,
        first_launch=reviews == 0,
        problems=tuple(f"{p.path.name}: {p.error}" for p in col.problems),
        backup_error=str(col.backup_error) if col.backup_error else "",
        banks_loading=bool(col.changed_files),
        exam=col.exam_plan() if col.exam is not None else None,
    )


@dataclass(frozen=True)
class DailyLimits:
    """The settings the due counts depend on."""

    new_per_day: int
    reviews_per_day: int
    rollover_hour: int
    exam_date: date | None = None  # cards brought forward for an exam ahead count too


def quick_home(data: Path, bank_dirs: Sequence[Path], limits: DailyLimits, now: datetime,
               tz: tzinfo | None = None) -> HomeOverview | None:
    """The home screen's banks, due counts, streak and totals, read from the progress
    database without opening the collection; the weak topics are left out.

    Returns None — the caller waits for :func:`home_overview` — whenever the answer could
    differ from what the open collection will say: no database yet, a schema to migrate, or
    a bank file that is new or changed since it was last synced (it must be parsed first), or
    an exam ahead (the cards it brings forward today are due too: the exam planner says
    which). Reads through the collection's own read model (``storage.progress``) on a read-only
    connection of its own.
    """
    from quizapp.core.banks.files import bank_files, file_stamp
    from quizapp.core.datafolder.paths import db_path
    from quizapp.core.errors import StorageError
    from quizapp.core.storage.progress import ProgressReader
    from quizapp.core.study.day import StudyDay

    path = db_path(data)
    if not path.exists():
        return None
    try:
        reader = ProgressReader.open(path)
    except StorageError:
        return None  # opening the collection will say what is wrong
    try:
        keys: list[str] = []
        for file in bank_files(bank_dirs):
            key = reader.known_file(str(file), file_stamp(file))
            if key is None:
                return None
            if key not in keys:
                keys.append(key)
        today = StudyDay(tz, limits.rollover_hour).day_of(now)
        if limits.exam_date is not None and today < StudyDay.day_of_date(limits.exam_date):
            return None

        def due(banks: Sequence[str]) -> DueCounts:
            return reader.due(today, limits.new_per_day, limits.reviews_per_day, banks)

        banks = tuple(BankSummary(r.key, r.title, r.language, r.flashcards, r.questions,
                                  due([r.key])) for r in reader.banks(keys))
        total = reader.totals().reviews
        return HomeOverview(
            banks=banks, due=due(keys), weak=(),
            streak=streak_of(reader.study_days(), today),
            reviews_total=total, first_launch=total == 0, problems=(), backup_error="",
            complete=False)
    except StorageError:
        return None
    finally:
        reader.close()
