"""Item-writing lint: the faults of QUESTIONS.md found in a bank, each with its evidence."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from quizapp.core.banks.lintwords import QUOTED, LintWords, lint_words, words
from quizapp.core.banks.model import Bank, ChoiceForm, Fact, FactKind, Item, ItemKind
from quizapp.core.language.stems import content_stems

MAX_ITEMS_PER_FACT = 3
# Words are compared by the first letters of their stems (see ``Linter.prefixes``).
PREFIX = 5
# The bank-wide longest-answer rule needs this many items to tell bias from chance, and
# flags a share this many standard deviations above what chance gives.
LONGEST_MIN_ITEMS = 8
LONGEST_SIGMAS = 2.0
# A right option this many times longer (in words) than every other, and by at least
# LENGTH_GAP words, stands out by its length alone.
LENGTH_RATIO = 2.0
LENGTH_GAP = 5

_MASK = re.compile(r"(?<=[^\W_])(?:…|\.\.\.|_{2,})|(?:…|\.\.\.|_{2,})(?=[^\W_])")
_CLOZE_EDGE = re.compile(r"[^\W_]\{\{|\}\}[^\W_]")
_LABEL_PATTERN = re.compile(r"^[^:?]{1,80} — [^:?]{1,80}(?::|\?$)")
_NUMBER = re.compile(r"\d")


class Rule(StrEnum):
    """The faults the lint finds."""

    TRUE_DISTRACTOR = "true-distractor"
    SIDE_CUE = "side-cue"
    STEM_CUE = "stem-cue"
    FRAGMENT_OPTION = "fragment-option"
    MIXED_OPTIONS = "mixed-options"
    LONGEST_ANSWER = "longest-answer-bias"
    FACT_OVERTESTED = "fact-over-tested"
    BROKEN_MASK = "broken-mask"
    NOT_A_QUESTION = "not-a-question"
    BROKEN_TITLE = "broken-topic-title"


@dataclass(frozen=True)
class Finding:
    """One fault: the item (``""`` for the bank as a whole), the rule and the evidence."""

    item: str
    rule: Rule
    evidence: str

    def __str__(self) -> str:
        return f"{self.item or '(bank)'}: {self.rule.value}: {self.evidence}"


class Linter:
    """Checks items against the rules, knowing the bank's language, sides and facts."""

    def __init__(self, language: str, sides: Sequence[str], facts: Iterable[Fact] = ()) -> None:
        self.language = language
        self.w: LintWords = lint_words(language)
        self.facts = {f.id: f for f in facts}
        self._peers: dict[str, list[Fact]] = {}
        self._named: dict[str, frozenset[int]] = {}
        stems = [self.prefixes(name) for name in sides]
        # A side's own stems: those of its name the other side's name does not share
        # ("mārketings" names neither side when both are "… mārketings").
        self.side_stems = [s - frozenset().union(*(o for o in stems if o is not s))
                           for s in stems]
        self.sides = tuple(sides)

    # -- one item ------------------------------------------------------------------------

    def item(self, it: Item) -> list[Finding]:
        """The findings on ``it`` alone."""
        found: list[Finding] = []
        found += self._question(it)
        found += self._masks(it)
        if it.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE):
            found += self._fragments(it)
            found += self._mixed(it)
            found += self._stem_cue(it)
            found += self._true_distractor(it)
        if it.kind is ItemKind.TRUE_FALSE or it.form is ChoiceForm.SIDES:
            found += self._side_cue(it)
        elif it.kind is ItemKind.MULTIPLE_CHOICE:
            found += self._option_names_side(it)
        return found

    def _peers_of(self, fact: Fact) -> list[Fact]:
        """The facts whose statements are also true of what ``fact`` is about."""
        if not self._peers and self.facts:
            # Grouped once: by list (members) and by side (claims and the like).
            for f in self.facts.values():
                if f.kind is FactKind.MEMBER and f.parent:
                    self._peers.setdefault(f"list:{f.parent}", []).append(f)
                if f.kind is FactKind.SHARED:
                    self._peers.setdefault("shared", []).append(f)
                elif f.side is not None and f.kind in _SIDE_KINDS:
                    self._peers.setdefault(f"side:{f.side}", []).append(f)
        if fact.kind is FactKind.MEMBER:
            return self._peers.get(f"list:{fact.parent}", []) if fact.parent else [fact]
        if fact.side is None:
            return [fact]
        return [fact, *self._peers.get(f"side:{fact.side}", []),
                *self._peers.get("shared", [])]

    def _option_names_side(self, it: Item) -> list[Finding]:
        """In a question about one side, an option that names a side is told apart by the
        name: a wrong one naming the other side, or (in "which is NOT …") a true one naming
        the subject."""
        fact = self.facts.get(it.fact)
        if fact is None or fact.side is None or len(self.side_stems) != 2:
            return []
        for k, opt in enumerate(it.options):
            named = self.named(opt)
            if not named:
                continue
            right = k == it.correct
            other = named == {1 - fact.side}
            if (it.form is ChoiceForm.NOT and (other if right else fact.side in named)) or (
                    it.form is ChoiceForm.PLAIN and other and not right):
                return [Finding(it.id, Rule.SIDE_CUE, f"option {opt!r} names "
                                f"{self.sides[min(named)]!r}")]
        return []

    def _question(self, it: Item) -> list[Finding]:
        text = it.prompt.strip()
        if it.kind is ItemKind.TRUE_FALSE:
            if text.endswith("?") or _LABEL_PATTERN.match(text):
                return [Finding(it.id, Rule.NOT_A_QUESTION, f"not a statement: {text!r}")]
            if not text[:1].isupper() and not text[:1].isdigit():
                return [Finding(it.id, Rule.NOT_A_QUESTION,
                                f"does not start a sentence: {text!r}")]
            return []
        if it.kind is ItemKind.CLOZE:
            before, _, after = it.cloze_parts
            if len(words(before + " " + after)) < 4:
                return [Finding(it.id, Rule.NOT_A_QUESTION, "too little sentence around the "
                                f"blank: {text!r}")]
            return []
        if _LABEL_PATTERN.match(text):
            return [Finding(it.id, Rule.NOT_A_QUESTION, f"a label, not a question: {text!r}")]
        own = QUOTED.sub(" ", text)
        own_words = words(own)
        if own_words and own_words[0] in self.w.instruction:
            return []
        if "?" in own and self.w.question & set(own_words):
            return []
        return [Finding(it.id, Rule.NOT_A_QUESTION, f"neither a question nor an "
                        f"instruction: {text!r}")]

    def _masks(self, it: Item) -> list[Finding]:
        out = []
        for text in (it.prompt, *it.options):
            m = _MASK.search(text)
            if m is not None or _CLOZE_EDGE.search(text):
                out.append(Finding(it.id, Rule.BROKEN_MASK, f"a mask cuts a word: {text!r}"))
                break
        return out

    def _fragments(self, it: Item) -> list[Finding]:
        for opt in it.options:
            ws = words(opt)
            if not ws:
                continue
            first = ws[0]
            raw_first = opt.lstrip()[:1]
            cut = (first in self.w.openers and len(ws) > 2) or (
                first in self.w.prepositions and raw_first.islower() and len(ws) > 2)
            if cut or opt.lstrip().startswith(("…", "...", ",")) or opt.rstrip().endswith(
                    (",", "…", "...")):
                return [Finding(it.id, Rule.FRAGMENT_OPTION,
                                f"option is a piece of a sentence: {opt!r}")]
        return []

    def _shape(self, text: str) -> tuple[bool, bool, bool]:
        """What kind of thing an option is: a number, a whole sentence, a side's name."""
        ws = words(text)
        number = bool(_NUMBER.search(text)) and len(ws) <= 6
        sentence = text.rstrip().endswith((".", "!")) and len(ws) >= 2
        side = any(text.strip().casefold() == s.casefold() for s in self.sides)
        return number, sentence, side

    def _mixed(self, it: Item) -> list[Finding]:
        if it.form is ChoiceForm.SIDES or len(it.options) < 2:
            return []
        right = it.options[it.correct]
        others = [o for k, o in enumerate(it.options) if k != it.correct]
        shape = self._shape(right)
        if all(self._shape(o) != shape for o in others):
            what = ("a number" if shape[0] else "a sentence" if shape[1] else
                    "a side's name" if shape[2] else "a phrase")
            return [Finding(it.id, Rule.MIXED_OPTIONS,
                            f"only the right option is {what}: {right!r}")]
        n_right = len(words(right))
        n_other = max(len(words(o)) for o in others)
        if n_right >= LENGTH_RATIO * n_other and n_right - n_other >= LENGTH_GAP:
            return [Finding(it.id, Rule.MIXED_OPTIONS, f"the right option has {n_right} "
                            f"words, the others at most {n_other}")]
        return []

    def _stem_cue(self, it: Item) -> list[Finding]:
        if it.form is ChoiceForm.SIDES:
            return []
        if it.kind is ItemKind.CLOZE:
            before, _, after = it.cloze_parts
            stem = self.prefixes(before + " " + after)
        else:
            stem = self.prefixes(it.prompt)
        sharing = [k for k, o in enumerate(it.options) if stem & self.prefixes(o)]
        if sharing == [it.correct] and len(it.options) > 1:
            common = stem & self.prefixes(it.options[it.correct])
            return [Finding(it.id, Rule.STEM_CUE, "only the right option shares a word with "
                            f"the question ({', '.join(sorted(common))})")]
        return []

    def _mentions(self, text: str) -> Counter[str]:
        """How often each side-naming stem occurs in ``text``."""
        own = frozenset().union(*self.side_stems)
        return Counter(st for w in words(text) for st in self.prefixes(w) if st in own)

    def prefixes(self, text: str) -> frozenset[str]:
        """The content stems of ``text``, cut to their first ``PREFIX`` letters: Latvian
        compounds and derivations share a word's beginning, not its stem
        ("civiltiesības" / "Civillikums", "papildus" / "papildsodi")."""
        return frozenset(s[:PREFIX] for s in content_stems(text, self.language))

    def named(self, text: str) -> set[int]:
        """The sides ``text`` names."""
        if text not in self._named:
            stems = set(self._mentions(text))
            self._named[text] = frozenset(s for s, own in enumerate(self.side_stems)
                                          if stems & own)
        return set(self._named[text])

    def _side_cue(self, it: Item) -> list[Finding]:
        if len(self.side_stems) != 2:
            return []
        if it.kind is ItemKind.TRUE_FALSE:
            # The subject names one side once; a second naming, or the other side, is in
            # the claim itself.
            if len(self.named(it.prompt)) > 1 or any(
                    n > 1 for n in self._mentions(it.prompt).values()):
                return [Finding(it.id, Rule.SIDE_CUE, "the statement names a side inside "
                                f"its claim: {it.prompt!r}")]
            return []
        quoted = " ".join(QUOTED.findall(it.prompt)) or it.prompt
        right = it.options[it.correct] if 0 <= it.correct < len(it.options) else ""
        named = self.named(quoted)
        for s, name in enumerate(self.sides):
            if right.strip().casefold() == name.casefold() and named == {s}:
                return [Finding(it.id, Rule.SIDE_CUE, f"the statement names {name!r}: "
                                f"{quoted!r}")]
        if set(words(quoted)) & self.w.both:
            return [Finding(it.id, Rule.SIDE_CUE, f"the statement says 'both': {quoted!r}")]
        return []

    def _true_distractor(self, it: Item) -> list[Finding]:
        fact = self.facts.get(it.fact)
        if fact is None or it.kind is not ItemKind.MULTIPLE_CHOICE:
            return []
        peers = self._peers_of(fact)
        if it.form is ChoiceForm.NOT:
            key = it.options[it.correct]
            hit = _said(key, peers)
            if hit is not None:
                return [Finding(it.id, Rule.TRUE_DISTRACTOR, f"the 'not true' answer {key!r} "
                                f"is said of the subject in {hit.id}")]
            return []
        if it.form is not ChoiceForm.PLAIN:
            return []
        if fact.kind is FactKind.MEMBER and all(_said(o, peers) for o in it.options):
            # Every option is a member of the list: the question tells members apart (which
            # one does this describe?), it does not ask which belongs to the list.
            return []
        for k, opt in enumerate(it.options):
            if k == it.correct:
                continue
            hit = _said(opt, peers)
            if hit is not None:
                return [Finding(it.id, Rule.TRUE_DISTRACTOR,
                                f"wrong option {opt!r} is true: it is {hit.id}")]
        return []


# Facts that say what one side is like: a statement of one is true of the side.
_SIDE_KINDS = (FactKind.CLAIM, FactKind.DEFINITION, FactKind.KEY_POINT, FactKind.NUMBER)


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return " ".join(words(text))


def _said(option: str, facts: Iterable[Fact]) -> Fact | None:
    """The first of ``facts`` that states ``option`` (whole, or inside one statement)."""
    key = _key(option)
    if not key:
        return None
    for f in facts:
        for s in (f.title, *f.statements) if f.kind is FactKind.MEMBER else f.statements:
            sk = _key(s)
            if sk == key or (len(key.split()) >= 3 and f" {key} " in f" {sk} "):
                return f
    return None


# -- the bank ---------------------------------------------------------------------------


def lint_bank(bank: Bank) -> list[Finding]:
    """Every finding on ``bank``: per item in bank order, then the bank-wide rules."""
    linter = Linter(bank.meta.language, bank.meta.sides, bank.facts)
    found = [f for it in bank.items for f in linter.item(it)]
    found += overtested(bank.items)
    found += longest_bias(bank.items)
    found += broken_titles(bank)
    return found


def broken_titles(bank: Bank) -> list[Finding]:
    """Topic titles that end in half a word or glue a table label to its cell."""
    from quizapp.core.parse.titles import title_defect

    # The bank's own words tell a brand ("HubSpot") from a glued label and cell.
    text = " ".join(t for it in bank.items for t in (it.prompt, it.back, it.explanation,
                                                       *it.options))
    vocabulary = frozenset(words(text)) | frozenset(text.split())
    out = []
    for topic in bank.topics:
        defect = title_defect(topic.title, vocabulary)
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


def rule_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each rule, every rule listed (0 when none), in ``Rule`` order."""
    tally = Counter(f.rule for f in findings)
    return {r.value: tally[r] for r in Rule}
