"""The lint's rules over a whole bank: a fact tested too often, a bias to the longest right
option, broken topic titles."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from quizapp.core.banks.findings import Finding, Rule
from quizapp.core.banks.lintwords import words
from quizapp.core.banks.model import Bank, ChoiceForm, Item, ItemKind
from quizapp.core.language.stems import word_stem

MAX_ITEMS_PER_FACT = 3
# The bank-wide longest-answer rule needs this many items to tell bias from chance, and
# flags a share this many standard deviations above what chance gives.
LONGEST_MIN_ITEMS = 8
LONGEST_SIGMAS = 2.0


def broken_titles(bank: Bank) -> list[Finding]:
    """Topic titles that end in half a word or glue a table label to its cell."""
    from quizapp.core.parse.titles import TitleDefect, title_defect

    # The bank's own words tell a brand ("HubSpot") from a glued label and cell.
    text = " ".join(t for it in bank.items for t in (it.prompt, it.back, it.explanation,
                                                       *it.options))
    vocabulary = frozenset(words(text)) | frozenset(text.split())
    out = []
    for topic in bank.topics:
        defect = title_defect(topic.title, vocabulary)
        last = topic.title.split()[-1].casefold() if topic.title.split() else ""
        if defect is TitleDefect.BROKEN_END and title_defect(topic.title) is None and \
                _inflected(last, vocabulary, bank.meta.language):
            # A whole word the items only use in another case ("celtniecība" beside
            # "celtniecībai") is no half word.
            continue
        if defect is not None:
            out.append(Finding(topic.id, Rule.BROKEN_TITLE,
                               f"topic title {topic.title!r} is broken ({defect.value})"))
    return out


def overtested(items: Sequence[Item]) -> list[Finding]:
    """Items beyond the ``MAX_ITEMS_PER_FACT``-th of one fact."""
    per_fact: dict[str, list[str]] = defaultdict(list)
    for it in items:
        if it.fact:
            per_fact[it.fact].append(it.id)
    return [Finding(extra, Rule.FACT_OVERTESTED, f"fact {fact} is tested by {len(ids)} items "
                    f"({', '.join(ids)})")
            for fact, ids in per_fact.items() if len(ids) > MAX_ITEMS_PER_FACT
            for extra in ids[MAX_ITEMS_PER_FACT:]]


def longest_share(items: Sequence[Item]) -> tuple[int, int, float, float]:
    """Among choice items (multiple choice and cloze): how many there are, in how many the
    right option is strictly the longest, how many chance would give, and its variance."""
    n = longest = 0
    expected = variance = 0.0
    for it in items:
        if it.kind not in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE) or len(it.options) < 2:
            continue
        if it.form is ChoiceForm.SIDES:
            continue  # the sides' names are the same in every such item
        lengths = [len(o.strip()) for o in it.options]
        n += 1
        right = lengths[it.correct]
        longest += all(right > x for k, x in enumerate(lengths) if k != it.correct)
        p = 1.0 / len(lengths)
        expected += p
        variance += p * (1 - p)
    return n, longest, expected, variance


def longest_bias(items: Sequence[Item]) -> list[Finding]:
    """A finding when the right option is the longest more often than chance explains."""
    n, longest, expected, variance = longest_share(items)
    if n < LONGEST_MIN_ITEMS:
        return []
    if longest > expected + LONGEST_SIGMAS * math.sqrt(variance):
        return [Finding("", Rule.LONGEST_ANSWER, f"the right option is the longest in "
                        f"{longest} of {n} choice items; chance gives {expected:.1f}")]
    return []


def _inflected(last: str, vocabulary: frozenset[str], language: str) -> bool:
    """Whether the words ``last`` begins are forms of its own stem."""
    stem = word_stem(last, language)
    longer = [w for w in vocabulary if w.casefold().startswith(last) and w.casefold() != last]
    return bool(stem) and bool(longer) and all(
        word_stem(w.strip(".,;:!?«»“”()"), language) == stem for w in longer)
