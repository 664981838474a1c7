"""Lint rules on an item's wording that need no facts: text cut at an initial, a template
frame wrapped round a label it does not fit, a two-word name half lowered; and the
bank-wide check that a list card names every point its heading has."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizapp.core.banks.findings import Finding, Rule
from quizapp.core.banks.model import Bank, Fact, FactKind, Item, ItemKind

# Text that ends at an initial ("In 1920 John B.") was cut by a sentence splitter that took
# the initial's period for a sentence end.
_CUT_AT_INITIAL = re.compile(r"(?:^|\s)[A-Z][a-z]+\s(?:[A-Z]\.\s)*[A-Z]\.$")
# English frames that need a noun phrase after them, given a preposition or a participle
# ("in terms of in nature", "Regarding learning through,").
_PREPOSITIONS = ("in", "on", "at", "by", "for", "with", "from", "to", "into", "through",
                 "under", "over", "of", "about", "via")
_BAD_FRAME = re.compile(
    r"\b(?:in terms of|[Rr]egarding)\s+(?:(?:%s)\b|\w+ed\b[?,]|[\w ]+?\s(?:%s)[?,])"
    % ("|".join(_PREPOSITIONS), "|".join(_PREPOSITIONS)))
_COUNT = re.compile(r"\b\d+\b")
_LISTED = re.compile(r"^\d+\.\s")


def cut_text(it: Item) -> list[Finding]:
    """A prompt, back or option that ends at an initial: the sentence was cut there."""
    texts = [it.prompt, it.back, *it.options]
    if it.kind is ItemKind.CLOZE:
        texts.append(it.cloze_text())
    for text in texts:
        if "." not in text:
            continue
        for line in text.splitlines():
            if _CUT_AT_INITIAL.search(line.strip()):
                return [Finding(it.id, Rule.CUT_TEXT,
                                f"the text ends at an initial: {line.strip()[-40:]!r}")]
    return []


def half_lowered(sides: Sequence[str]) -> tuple[str, ...]:
    """Each two-word side name lowered at its first word only ("nuclear Fission"): how a
    stem misspells a name taken from a title-case heading."""
    out = []
    for name in sides:
        words = name.split()
        if len(words) >= 2 and words[0][1:].islower() and all(w[:1].isupper()
                                                               for w in words[1:]):
            out.append(" ".join([words[0][:1].lower() + words[0][1:], *words[1:]]))
    return tuple(out)


def stem_frame(it: Item, language: str, halves: Sequence[str]) -> list[Finding]:
    """A template frame round a label it does not fit ("What characterises X in terms of
    in nature?"), or a side's name lowered only at its first word (``halves``)."""
    prompt = it.prompt
    if language == "en" and ("in terms of" in prompt or "egarding" in prompt):
        m = _BAD_FRAME.search(prompt)
        if m is not None:
            return [Finding(it.id, Rule.STEM_FRAME,
                            f"the frame does not fit its label: {m.group(0)!r}")]
    for half in halves:
        at = prompt.find(half)
        if at > 0 and not prompt[at + len(half):at + len(half) + 1].isalpha():
            return [Finding(it.id, Rule.STEM_FRAME,
                            f"a name lowered at its first word only: {half!r}")]
    return []


def list_counts(bank: Bank, named: Callable[[str], set[int]]) -> list[Finding]:
    """A list card whose count differs from the list the source gives: a count that is not
    the number of points on its back, or one that leaves out a headed point of the same
    heading (one the generator took for a topic of its own): "Name the 2 related phenomena"
    where the heading has three. A heading that names a side (``named``: "Klimata
    pārmaiņas" after the climate factors) or runs to an essay where the points are a
    sentence or two is a topic of its own, no left-out point; a heading's wording
    ("Freedom to renovate") does not make it one, as the generator once took it to."""
    out = []
    facts = bank.facts
    for lst in facts:
        if lst.kind not in (FactKind.LIST, FactKind.SEQUENCE):
            continue
        for it in bank.items:
            if it.fact != lst.id or it.kind is not ItemKind.FLASHCARD:
                continue
            # "Name the stages of type 1 diabetes in order.": a number of the title is no count.
            counts = {int(n) for n in _COUNT.findall(it.prompt)} - {
                int(n) for n in _COUNT.findall(lst.title)}
            listed = len([ln for ln in it.back.splitlines() if _LISTED.match(ln)])
            if counts and listed and (listed not in counts or listed != len(lst.statements)):
                out.append(Finding(it.id, Rule.LIST_COUNT, (
                    f"the card counts {', '.join(map(str, sorted(counts)))} points, but "
                    f"its back lists {listed} of {len(lst.statements)}")))
        if lst.source is None:
            continue
        ns = lst.id.rsplit("/", 1)[0] + "/"
        beside = [f for f in facts if f.kind is FactKind.MEMBER and not f.parent
                  and f.id.startswith(ns) and f.source is not None
                  and tuple(f.source.path[:-1]) == tuple(lst.source.path)
                  and not named(f.title) and not _odd_one(bank, lst, f)]
        if not beside:
            continue
        for it in bank.items:
            if it.fact == lst.id and it.kind is ItemKind.FLASHCARD and \
                    _COUNT.search(it.prompt):
                out.append(Finding(it.id, Rule.LIST_COUNT, (
                    f"the card counts {len(lst.statements)} points, but "
                    f"{', '.join(repr(f.title) for f in beside)} stands under "
                    f"{lst.title!r} too")))
    return out


def _odd_one(bank: Bank, lst: Fact, point: Fact) -> bool:
    """Whether ``point`` is not of the list's members' kind by the generator's own rule
    (function words, the subject's name, an essay where they are a sentence or two)."""
    from quizapp.core.generate.headings import odd_one
    from quizapp.core.parse.document import SubSection

    def sub(f: Fact) -> SubSection:
        assert f.source is not None
        return SubSection(f.statements[0], f.statements[-1], None, f.source)

    members = [f for f in bank.facts if f.parent == lst.id and len(f.statements) >= 2
               and f.source is not None]
    if not members or len(point.statements) < 2:
        return False
    return odd_one(sub(point), [sub(m) for m in members], bank.meta.sides, bank.meta.language,
                   wording=False)
