"""Load balancing: within an interval's fuzz range, pick the due day that evens out the daily
load, keeps a fact's cards apart and spares easy days (a port of Anki's load balancer)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from quizapp.core.errors import SettingsError

# Ported from Anki 24.11, rslib/src/scheduler/states/load_balancer.rs (ankitects/anki,
# AGPL-3.0; the logic is re-written here, not copied): weighted random choice among the
# fuzz range's days, weight = (1/cards due)² · (1/interval) · sibling · easy-day modifiers.
# Intervals past this are not balanced: sending a card that far out, the day barely matters.
MAX_BALANCE_INTERVAL = 90
# The days ahead whose load counts: the longest balanced interval's fuzz range ends within
# them (Anki keeps 10 % more than the interval for the same reason).
BALANCE_DAYS = round(MAX_BALANCE_INTERVAL * 1.1)
# A day that already has a card of the same fact (a sibling) is all but ruled out.
SIBLING_PENALTY = 0.001


class EasyDay(IntEnum):
    """How much of the normal load a weekday should get."""

    NORMAL = 0
    REDUCED = 1
    MINIMUM = 2

    @property
    def load_modifier(self) -> float:
        """The weight factor: Anki's 1.0 / 0.5 / 0.0001 (not 0, so that when every day of a
        range is a minimum day the choice still works as if none were)."""
        return _MODIFIERS[self]


_MODIFIERS = {EasyDay.NORMAL: 1.0, EasyDay.REDUCED: 0.5, EasyDay.MINIMUM: 0.0001}


@dataclass(frozen=True)
class EasyDays:
    """The easy-day setting of each weekday, Monday first."""

    days: tuple[EasyDay, ...] = (EasyDay.NORMAL,) * 7

    def __post_init__(self) -> None:
        if len(self.days) != 7 or not all(isinstance(d, EasyDay) for d in self.days):
            raise SettingsError("easy days: expected 7 values (Monday to Sunday), each "
                                "normal, reduced or minimum")

    @classmethod
    def parse(cls, values: Sequence[object]) -> EasyDays:
        """From names (``["normal", …, "minimum"]``), as a settings file holds them.

        Raises:
            SettingsError: Not seven known names.
        """
        try:
            days = tuple(EasyDay[str(v).upper()] for v in values)
        except KeyError as exc:
            raise SettingsError(f"easy days: unknown value {exc.args[0].lower()!r} "
                                "(normal, reduced or minimum)") from None
        return cls(days)

    def of(self, day: int) -> EasyDay:
        """The setting of study day ``day``'s weekday."""
        return self.days[date.fromordinal(day).weekday()]


NO_EASY_DAYS = EasyDays()


class LoadBalancer:
    """How many review cards are due on each day ahead (and of which facts), and the day to
    give a card being rescheduled.

    Built from the store's counts (``CardRepo.review_load``: only numbers per day and fact,
    no cards) and kept current with :meth:`move` as cards are answered.

    Args:
        due: ``(day, fact, cards)``: ``cards`` review cards of ``fact`` are due on ``day``;
            ``fact`` groups siblings (``None``: cards that have none).
        easy_days: Weekdays that should get less.
    """

    def __init__(self, due: Iterable[tuple[int, Hashable | None, int]] = (),
                 easy_days: EasyDays = NO_EASY_DAYS) -> None:
        self.easy_days = easy_days
        self._counts: Counter[int] = Counter()
        self._facts: dict[int, Counter[Hashable]] = {}
        for day, fact, cards in due:
            self._add(day, fact, cards)

    def load(self, day: int) -> int:
        """Review cards due on study day ``day``."""
        return self._counts[day]

    def move(self, fact: Hashable | None, old_day: int | None, new_day: int | None) -> None:
        """Record that a card of ``fact`` due on ``old_day`` is now due on ``new_day``
        (``None``: not a due review card then, or now)."""
        if old_day is not None and self._counts[old_day] > 0:
            self._add(old_day, fact, -1)
        if new_day is not None:
            self._add(new_day, fact, 1)

    def _add(self, day: int, fact: Hashable | None, cards: int) -> None:
        self._counts[day] += cards
        if fact is not None:
            self._facts.setdefault(day, Counter())[fact] += cards

    def pick(self, today: int, interval: int, low: int, high: int, fact: Hashable | None,
             rng: random.Random) -> int | None:
        """The interval in ``low..high`` (the fuzz range of ``interval``) to use, drawn with
        ``rng`` by weight; ``None`` when the interval is too long to balance.

        Weight of each day (Anki's): 1 for a day with nothing due, else
        ``(1/cards due)² · 1/interval`` — the ``1/interval`` leans to the earlier days, which
        the load alone would not (it found the balance drifting late after graduation) —
        times ``SIBLING_PENALTY`` when a card of ``fact`` is due that day and the weekday's
        easy-day modifier. Unlike Anki 24.11 the easy-day modifier also applies to a day with
        nothing due, so a minimum day stays spared when it happens to be empty.
        """
        if interval > MAX_BALANCE_INTERVAL or low > MAX_BALANCE_INTERVAL:
            return None
        days = [today + ivl for ivl in range(low, high + 1)]
        easy = self._easy_modifiers(days)
        weights = []
        for ivl, day, modifier in zip(range(low, high + 1), days, easy):
            count = self._counts[day]
            weight = 1.0 if count == 0 else (1.0 / count) ** 2 / max(1, ivl)
            if fact is not None and self._facts.get(day, Counter())[fact] > 0:
                weight *= SIBLING_PENALTY
            weights.append(weight * modifier)
        return rng.choices(range(low, high + 1), weights)[0]

    def _easy_modifiers(self, days: Sequence[int]) -> list[float]:
        """Each day's easy-day modifier. A reduced day counts as normal while it holds no
        more than half the average of the range's other days (weighted by their settings),
        else as a minimum day: Anki's ``calculate_easy_days_modifiers``."""
        settings = [self.easy_days.of(d) for d in days]
        counts = [self._counts[d] for d in days]
        total = sum(counts)
        share = sum(s.load_modifier for s in settings)
        out = []
        for setting, count in zip(settings, counts):
            if setting is EasyDay.REDUCED:
                others = share - EasyDay.REDUCED.load_modifier
                threshold = (total - count) / others if others > 0 else float("inf")
                too_full = count / EasyDay.REDUCED.load_modifier > threshold
                setting = EasyDay.MINIMUM if too_full else EasyDay.NORMAL
            out.append(setting.load_modifier)
        return out
