"""Today's study order in memory: learning cards when due, reviews and new cards interleaved."""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quizapp.core.study.due import DueCounts
from quizapp.core.study.scope import StudyScope
from quizapp.core.storage.records import QueueEntry


@dataclass(frozen=True)
class QueueScope:
    """What a queue was built for: a study day, an optional bank, optional topics
    (``(bank id, topic id)`` pairs; empty: every topic), and what study more adds
    (``StudyScope.ahead_days``, ``StudyScope.all_cards``)."""

    day: int
    bank: str | None
    topics: tuple[tuple[str, str], ...] = ()
    ahead_days: int = 0
    all_cards: bool = False

    @classmethod
    def of(cls, day: int, scope: StudyScope) -> QueueScope:
        """The queue of ``scope`` on study day ``day``."""
        return cls(day, scope.bank, scope.topics, scope.ahead_days, scope.all_cards)


class StudyQueue:
    """The order in which today's due cards are shown.

    Built once from the store (see ``Collection``) and then kept up to date by
    :meth:`answered`, so finding the next card costs no query. Learning cards come first
    when due; reviews (most overdue first, then weaker topics first among equals) and new
    cards (in bank order) are interleaved; learning cards due within the learn-ahead window
    fill the gaps at the end. Cards brought forward for an exam (``ahead``, most useful
    first) follow today's reviews, outside the review budget: the exam caps them.

    Siblings (items of one fact, ``facts``) are buried for the day as Anki buries them: a
    new, review or brought-forward card whose fact was answered today (``studied_facts``),
    or whose fact already has a card in the queue, waits until tomorrow, and so does a card
    ``passed_over`` for a sibling that asks as the fact favours (``study.practice``).
    ``buried`` counts them (new, review).
    """

    def __init__(
        self,
        scope: QueueScope,
        learning: Sequence[QueueEntry],
        reviews: Sequence[QueueEntry],
        new: Sequence[int],
        *,
        weakness: Mapping[int, float],
        review_budget: int,
        learn_ahead_ms: int,
        ahead: Sequence[int] = (),
        facts: Mapping[int, str] | None = None,
        studied_facts: Iterable[str] = (),
        new_limit: int | None = None,
        passed_over: Iterable[int] = (),
    ) -> None:
        self.scope = scope
        self._learning = [(e.due_ms, e.pk) for e in learning]
        heapq.heapify(self._learning)
        ordered = sorted(reviews, key=lambda e: (e.due_day, -weakness.get(e.topic_pk, 0.0),
                                                 e.pk))
        self._facts = facts or {}
        seen = set(studied_facts) | {f for e in learning if (f := self._facts.get(e.pk))}
        skip = frozenset(passed_over)
        budget = max(0, review_budget)
        limit = len(new) if new_limit is None else max(0, new_limit)
        kept_reviews = [e.pk for e in ordered
                        if e.pk not in skip and _first_of_fact(e.pk, self._facts, seen)]
        kept_new = [pk for pk in new
                    if pk not in skip and _first_of_fact(pk, self._facts, seen)][:limit]
        self._reviews = deque(kept_reviews[:budget])
        self._reviews.extend(pk for pk in ahead
                             if pk not in skip and _first_of_fact(pk, self._facts, seen))
        self._new = deque(kept_new)
        # What the daily limits would have shown without burying, less what is shown.
        self.buried = (min(limit, len(new)) - len(self._new),
                       min(budget, len(ordered)) - len(kept_reviews[:budget]))
        total = len(self._reviews) + len(self._new)
        self._new_gap = max(1, total // len(self._new)) if self._new else 0
        self._since_new = 0
        self._front: int | None = None
        self._learn_ahead_ms = learn_ahead_ms

    def counts(self) -> DueCounts:
        """What is left today (learning counts cards due before the day ends)."""
        return DueCounts(len(self._new), len(self._learning), len(self._reviews))

    def next(self, now_ms: int) -> int | None:
        """Row id of the card to show at ``now_ms`` (not removed until answered)."""
        if self._front is not None:
            return self._front
        if self._learning and self._learning[0][0] <= now_ms:
            return self._learning[0][1]
        if self._new and (not self._reviews or self._since_new >= self._new_gap - 1):
            return self._new[0]
        if self._reviews:
            return self._reviews[0]
        if self._learning and self._learning[0][0] <= now_ms + self._learn_ahead_ms:
            return self._learning[0][1]
        return None

    def next_learning_ms(self) -> int | None:
        """When the next learning card of today falls due, or ``None``."""
        return self._learning[0][0] if self._learning else None

    def show_first(self, pk: int) -> None:
        """Show ``pk`` next (the card an undo brought back)."""
        self._front = pk

    def answered(self, pk: int, due_ms: int | None, due_today: bool) -> None:
        """Take ``pk`` out of the queue; put it back among today's learning cards when its
        new schedule is a learning step due today."""
        if self._front == pk:
            self._front = None
        if self._new and self._new[0] == pk:
            self._new.popleft()
            self._since_new = 0
        elif self._reviews and self._reviews[0] == pk:
            self._reviews.popleft()
            self._since_new += 1
        elif self._learning and self._learning[0][1] == pk:
            heapq.heappop(self._learning)
        else:
            self._discard(pk)
        if due_today and due_ms is not None:
            heapq.heappush(self._learning, (due_ms, pk))

    def _discard(self, pk: int) -> None:
        """Remove ``pk`` from wherever it is (a card answered out of the queue's order)."""
        if pk in self._new:
            self._new.remove(pk)
        if pk in self._reviews:
            self._reviews.remove(pk)
        kept = [e for e in self._learning if e[1] != pk]
        if len(kept) != len(self._learning):
            self._learning = kept
            heapq.heapify(self._learning)


def _first_of_fact(pk: int, facts: Mapping[int, str], seen: set[str]) -> bool:
    """Whether ``pk`` may be shown today: it has no fact, or no sibling came before it."""
    fact = facts.get(pk)
    if fact is None:
        return True
    if fact in seen:
        return False
    seen.add(fact)
    return True
