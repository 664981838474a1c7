"""What a study session covers: every bank, one bank, or chosen topics."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StudyScope:
    """A study session's scope.

    Attributes:
        bank: Only this bank's cards (None: every bank).
        topics: Only these ``(bank id, topic id)`` topics (empty: every topic).
    """

    bank: str | None = None
    topics: tuple[tuple[str, str], ...] = ()

    @property
    def is_everything(self) -> bool:
        return self.bank is None and not self.topics

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
