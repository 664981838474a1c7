"""What a study session covers: every bank, one bank, or chosen topics."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StudyScope:
    """A study session's scope.

    Attributes:
        bank: Only this bank's cards (None: every bank).
        topics: Only these ``(bank id, topic id)`` topics (empty: every topic).
        ahead_days: Review ahead (study more): also the review cards due in the next this
            many days, soonest first, after today's.
        all_cards: Study the topics now (study more): their new cards beyond the daily
            limit and their reviews not yet due, soonest first, after the due ones.
    """

    bank: str | None = None
    topics: tuple[tuple[str, str], ...] = ()
    ahead_days: int = 0
    all_cards: bool = False

    @property
    def is_everything(self) -> bool:
        return self.bank is None and not self.topics and not self.is_extra

    @property
    def is_extra(self) -> bool:
        """Study more: cards beyond today's limits or schedule."""
        return self.ahead_days > 0 or self.all_cards

    @staticmethod
    def meant(bank: str | None, scope: StudyScope | None) -> StudyScope:
        """The scope a call means: ``scope``, or the one bank (or every bank) named.

        Raises:
            ValueError: Both a bank and a scope were given.
        """
        if scope is None:
            return StudyScope() if bank is None else StudyScope(bank)
        if bank is not None:
            raise ValueError("give either a bank or a scope, not both")
        return scope
