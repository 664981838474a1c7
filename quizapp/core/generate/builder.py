"""Collects topics and items while generating, keeping ids unique and options shuffled."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterable, Sequence
from typing import TypeVar

from quizapp.core.banks.model import (
    FALSE_INDEX,
    TRUE_INDEX,
    ChoiceForm,
    Item,
    ItemKind,
    SourceRef,
    Topic,
)

T = TypeVar("T")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
MAX_OPTIONS = 4
# Distractors are drawn from this many neighbours on each side in document order: the same
# table column or list nearby is the most plausible source, and it keeps generation linear
# in the size of the document.
NEIGHBOURS = 10


def slug(text: str, limit: int = 48) -> str:
    """ASCII id fragment: ``Sociālo mediju mārketings`` → ``socialo-mediju-marketings``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = _NON_ALNUM.sub("-", folded.lower()).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0] or s[:limit]
    return s or "x"


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Comparison key for option texts: case- and punctuation-insensitive."""
    return _PUNCT.sub(" ", text.casefold()).strip()


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` appears in ``haystack`` ignoring case and punctuation."""
    n = norm(needle)
    return bool(n) and f" {n} " in f" {norm(haystack)} "


def neighbours(seq: Sequence[T], index: int, width: int = NEIGHBOURS) -> list[T]:
    """The elements within ``width`` places of ``seq[index]``, excluding it, nearest first."""
    out: list[T] = []
    for d in range(1, width + 1):
        if index - d >= 0:
            out.append(seq[index - d])
        if index + d < len(seq):
            out.append(seq[index + d])
    return out


def pick_distractors(answer: str, tiers: Sequence[Iterable[str]], k: int) -> list[str]:
    """Up to ``k`` distinct wrong options, tier by tier, closest in length to ``answer`` first.

    Args:
        answer: The right option.
        tiers: Candidate pools in order of plausibility (e.g. the other side of the same
            aspect, then the same column); within a tier the lengths decide, then order.
        k: How many distractors are wanted.
    """
    chosen: list[str] = []
    seen = {norm(answer)}
    for tier in tiers:
        pool = sorted(enumerate(tier), key=lambda p: (abs(len(p[1]) - len(answer)), p[0]))
        for _, cand in pool:
            if len(chosen) == k:
                return chosen
            key = norm(cand)
            if not key or key in seen or contains(cand, answer) or contains(answer, cand):
                continue
            chosen.append(cand)
            seen.add(key)
    return chosen


class BankBuilder:
    """Accumulates topics and items in document order."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.topics: dict[str, Topic] = {}
        self.items: list[Item] = []
        self._ids: set[str] = set()
        self._slugs: dict[tuple[str, str, int], str] = {}
        self._taken: dict[str, set[str]] = {}

    def key(self, namespace: str, text: str, line: int) -> str:
        """A stable, unique slug for the element titled ``text`` at source ``line``.

        Within ``namespace`` a second element with the same title gets ``-2``, ``-3``…;
        asking again for the same element gives the same key.
        """
        memo = (namespace, text, line)
        if memo in self._slugs:
            return self._slugs[memo]
        base = slug(text)
        candidate, n = base, 2
        taken = self._taken.setdefault(namespace, set())
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        self._slugs[memo] = candidate
        return candidate

    def topic(self, topic_id: str, title: str, source: SourceRef) -> str:
        if topic_id not in self.topics:
            self.topics[topic_id] = Topic(topic_id, title, source)
        return topic_id

    def rng(self, item_id: str) -> random.Random:
        # Seeded per item, so one item's change never reshuffles another's options.
        return random.Random(f"{self.seed}/{item_id}")

    def withdraw(self, item_id: str) -> None:
        """Take back the item just added (the lint flagged it); its id is free again."""
        if self.items and self.items[-1].id == item_id:
            self.items.pop()
            self._ids.discard(item_id)

    def _add(self, item: Item) -> str:
        if item.id in self._ids:
            raise ValueError(f"duplicate generated id {item.id}")
        self._ids.add(item.id)
        self.items.append(item)
        return item.id

    def card(self, item_id: str, topic: str, front: str, back: str, explanation: str,
             source: SourceRef, fact: str = "") -> str:
        return self._add(Item(item_id, ItemKind.FLASHCARD, topic, front, back=back,
                              explanation=explanation, source=source, fact=fact))

    def choice(self, item_id: str, topic: str, question: str, answer: str,
               distractors: Sequence[str], explanation: str, source: SourceRef,
               cards: Sequence[str], fact: str = "",
               form: ChoiceForm = ChoiceForm.PLAIN, shuffle: bool = True) -> str | None:
        """Add a multiple-choice item; skipped (None) when the stem gives the answer away or
        fewer than 2 options remain. ``shuffle=False`` keeps the options as given (the
        compared sides in their document order)."""
        if form is not ChoiceForm.SIDES and contains(question, answer):
            return None
        # Options are phrases: a final full stop on some and not others would mark them.
        answer = answer.rstrip(" .")
        options = [answer, *[d.rstrip(" .") for d in distractors
                             if form is ChoiceForm.SIDES or not contains(question, d)]]
        options = list(dict.fromkeys(options))
        options = options[:MAX_OPTIONS]
        if len(options) < 2:
            return None
        if shuffle:
            self.rng(item_id).shuffle(options)
        return self._add(Item(item_id, ItemKind.MULTIPLE_CHOICE, topic, question,
                              options=tuple(options), correct=options.index(answer),
                              explanation=explanation, source=source, cards=tuple(cards),
                              fact=fact, form=form))

    def true_false(self, item_id: str, topic: str, statement: str, truth: bool,
                   explanation: str, source: SourceRef, cards: Sequence[str],
                   fact: str = "") -> str:
        return self._add(Item(item_id, ItemKind.TRUE_FALSE, topic, statement,
                              correct=TRUE_INDEX if truth else FALSE_INDEX,
                              explanation=explanation, source=source, cards=tuple(cards),
                              fact=fact))

    def cloze(self, item_id: str, topic: str, before: str, answer: str, after: str,
              distractors: Sequence[str], explanation: str, source: SourceRef,
              fact: str) -> str | None:
        """Add a cloze (studied, and quizzed with its options); None with no distractor."""
        options = [answer, *dict.fromkeys(d for d in distractors if norm(d) != norm(answer))]
        options = options[:MAX_OPTIONS]
        if len(options) < 2:
            return None
        self.rng(item_id).shuffle(options)
        return self._add(Item(item_id, ItemKind.CLOZE, topic,
                              f"{before}{{{{{answer}}}}}{after}", options=tuple(options),
                              correct=options.index(answer), explanation=explanation,
                              source=source, fact=fact))

    def order(self, item_id: str, topic: str, question: str, steps: Sequence[str],
              explanation: str, source: SourceRef, fact: str) -> str:
        return self._add(Item(item_id, ItemKind.ORDER, topic, question, options=tuple(steps),
                              explanation=explanation, source=source, fact=fact))
