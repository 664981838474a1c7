"""The home screen's numbers in one call: banks with due counts, weak topics, streak."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.collection import Collection
from quizapp.core.mastery import TopicMastery
from quizapp.core.streak import Streak, streak_of
from quizapp.core.storage.records import DueCounts


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
    """

    banks: tuple[BankSummary, ...]
    due: DueCounts
    weak: tuple[TopicMastery, ...]
    streak: Streak
    reviews_total: int
    first_launch: bool
    problems: tuple[str, ...]
    backup_error: str


def home_overview(col: Collection) -> HomeOverview:
    """Collect the home screen's numbers (runs on the collection's thread).

    Everything comes from the store, so a bank that was not parsed at start-up (its file is
    unchanged) is shown without parsing it.
    """
    banks = [BankSummary(r.key, r.title, r.language, r.flashcards, r.questions,
                         col.due_counts(r.key)) for r in col.bank_records()]
    days = col.store.stats.study_days()
    reviews, _ = col.store.stats.all_time()
    return HomeOverview(
        banks=tuple(banks),
        due=col.due_counts(),
        weak=tuple(col.weak_topics()),
        streak=streak_of(days, col.today()),
        reviews_total=reviews,
        first_launch=reviews == 0,
        problems=tuple(f"{p.path.name}: {p.error}" for p in col.problems),
        backup_error=str(col.backup_error) if col.backup_error else "",
    )
