"""Study more today — Anki's custom study, one level deeper than the daily limits: more new
cards today, review ahead (the cards due in the next days), or a topic now."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.study.scope import StudyScope

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.stats.mastery import TopicMastery

# The farthest review ahead offered, in days.
AHEAD_DAYS = 30
# The most new cards one request adds to today.
MAX_EXTRA_NEW = 500


@dataclass(frozen=True)
class StudyMoreOptions:
    """What study more can offer now.

    Attributes:
        new_today: New cards today's limit still offers (study more's additions included).
        new_unseen: Cards never studied at all.
        extra_today: New cards study more has added to today's limit so far.
        ahead: Review cards due on each of the next ``AHEAD_DAYS`` days (tomorrow first)
            that review ahead can offer today (not those whose fact was studied today).
        topics: Every topic with its mastery, for studying one now.
    """

    new_today: int
    new_unseen: int
    extra_today: int
    ahead: tuple[int, ...]
    topics: tuple[TopicMastery, ...]

    @property
    def new_beyond_today(self) -> int:
        """New cards that more new cards today could add."""
        return max(0, self.new_unseen - self.new_today)

    def ahead_within(self, days: int) -> int:
        """Review cards due in the next ``days`` days (tomorrow to ``days`` from today)."""
        return sum(self.ahead[:max(0, days)])


def study_more_options(col: Collection) -> StudyMoreOptions:
    """What study more can offer in ``col`` now (every bank)."""
    today = col.today()
    banks = tuple(col.shelf.ids)
    store = col.store
    with store.transaction(write=False):
        done = store.progress.done_on(today)
        unseen = store.progress.new_cards(banks)
        later = store.cards.review_load(today + 1, today + AHEAD_DAYS, banks)
        studied = store.banks.facts_studied_on(today)
    # A card whose fact was answered today waits for tomorrow, ahead or not (as the study
    # queue buries it): it is not on offer.
    due: Counter[int] = Counter()
    for day, fact, cards in later:
        if fact not in studied:
            due[day] += cards
    return StudyMoreOptions(
        new_today=min(unseen, done.new_left(col.config.new_per_day)), new_unseen=unseen,
        extra_today=done.extra_new, ahead=tuple(due[today + d] for d in range(1, AHEAD_DAYS + 1)),
        topics=tuple(col.topic_mastery()))


def review_ahead(days: int) -> StudyScope:
    """The session that reviews today's cards and then those due in the next ``days`` days.

    Raises:
        ValueError: ``days`` is not 1 to ``AHEAD_DAYS``.
    """
    if not 1 <= days <= AHEAD_DAYS:
        raise ValueError(f"review ahead takes 1 to {AHEAD_DAYS} days, not {days}")
    return StudyScope(ahead_days=days)


def topic_now(bank: str, topic: str) -> StudyScope:
    """The session that studies one topic now: its due cards, then its new ones and its
    later reviews, whatever today's limits."""
    return StudyScope(topics=((bank, topic),), all_cards=True)
