"""Recognition or recall for each fact, applied: which of a fact's items study shows today, and
how strongly a quiz draws each question (the rule itself is in ``evidence``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from quizapp.core.banks.model import ItemKind
from quizapp.core.storage.records import FactMemory
from quizapp.core.study.cards import CardState
from quizapp.core.study.evidence import Practice, favoured_practice, practice_of

# A quiz draws a question whose kind is not what its fact favours with this share of the
# weight its topic's weakness gives it: a fact still being learned is asked mostly by
# multiple choice and true/false, one recalled for a week or more mostly by its cloze, and
# a quiz's places go to what still needs recognising rather than to what study already
# asks as recall.
MISMATCH_WEIGHT = 0.5

FactKey = tuple[str, str]  # (bank id, fact id)


def fact_practices(items: Iterable[FactMemory]) -> dict[FactKey, Practice]:
    """Each fact's favoured practice, from its flashcard's card: new or less stable than
    ``RECALL_STABILITY_DAYS`` → recognition, else recall. A fact without a flashcard goes by
    its most stable studied item (a cloze, an order item); a fact with no studied item is
    not listed (it is never anything but recognised)."""
    by_fact: dict[FactKey, list[FactMemory]] = defaultdict(list)
    for m in items:
        by_fact[(m.bank, m.fact)].append(m)
    out: dict[FactKey, Practice] = {}
    for key, group in by_fact.items():
        cards = [m for m in group if m.kind == ItemKind.FLASHCARD] or group
        best = max(cards, key=lambda m: (m.state is not CardState.NEW, m.stability or 0.0))
        out[key] = favoured_practice(best.stability, best.state is CardState.NEW)
    return out


def practice_weight(kind: ItemKind, favoured: Practice | None) -> float:
    """A quiz question's weight factor: 1 when its kind asks as its fact favours (or the
    fact has no studied item), ``MISMATCH_WEIGHT`` otherwise."""
    if favoured is None or practice_of(kind) is favoured:
        return 1.0
    return MISMATCH_WEIGHT


def passed_over(candidates: Sequence[int], items: Sequence[FactMemory]) -> set[int]:
    """The cards of ``candidates`` (today's due and new cards) that study passes over for a
    sibling: where several items of one fact are candidates and some ask as the fact
    favours, the others wait (they are buried for the day like any sibling).

    Args:
        candidates: Row ids of the cards study could show today.
        items: The studied items of the facts of ``candidates`` (``CardRepo.fact_memories``).
    """
    wanted = set(candidates)
    kinds = {m.pk: ItemKind(m.kind) for m in items}
    practices = fact_practices(items)
    siblings: dict[FactKey, list[int]] = defaultdict(list)
    for m in items:
        if m.pk in wanted:
            siblings[(m.bank, m.fact)].append(m.pk)
    out: set[int] = set()
    for key, pks in siblings.items():
        if len(pks) < 2:
            continue
        favoured = practices[key]
        matching = [pk for pk in pks if practice_of(kinds[pk]) is favoured]
        if matching:
            out.update(pk for pk in pks if pk not in matching)
    return out


def shared_facts(facts: Mapping[int, str], candidates: Iterable[int]) -> list[int]:
    """The candidates that share their fact with another candidate (``facts``: row id →
    fact, as ``BankRepo.facts`` gives it); empty on most days, which spares the query."""
    by_fact: dict[str, list[int]] = defaultdict(list)
    for pk in candidates:
        fact = facts.get(pk)
        if fact is not None:
            by_fact[fact].append(pk)
    return [pk for pks in by_fact.values() if len(pks) > 1 for pk in pks]
