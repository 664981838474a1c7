"""Item-writing lint: the faults of QUESTIONS.md found in a bank, each with its evidence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from quizapp.core.banks.bankrules import (
    LONGEST_MIN_ITEMS,
    LONGEST_SIGMAS,
    MAX_ITEMS_PER_FACT,
    broken_titles,
    longest_bias,
    longest_share,
    overtested,
)
from quizapp.core.banks.findings import Finding, Rule, rule_counts
from quizapp.core.banks.lintwords import QUOTED, LintWords, lint_words, words
from quizapp.core.banks.model import Bank, ChoiceForm, Fact, FactKind, Item, ItemKind
from quizapp.core.banks.sidewords import SideWords
from quizapp.core.banks.textrules import cut_text, half_lowered, list_counts, stem_frame
from quizapp.core.language.foreign import english_words
from quizapp.core.language.related import shared_roots, word_roots
from quizapp.core.language.stems import content_stems

__all__ = ["Finding", "LONGEST_MIN_ITEMS", "LONGEST_SIGMAS", "Linter", "MAX_ITEMS_PER_FACT",
           "Rule", "broken_titles", "lint_bank", "longest_bias", "longest_share", "overtested",
           "rule_counts"]

# Words are compared by the first letters of their stems (see ``Linter.prefixes``).
PREFIX = 5
# A right option this many times longer (in words) than every other, and by at least
# LENGTH_GAP words, stands out by its length alone.
LENGTH_RATIO = 2.0
LENGTH_GAP = 5

_MASK = re.compile(r"(?<=[^\W_])(?:…|\.\.\.|_{2,})|(?:…|\.\.\.|_{2,})(?=[^\W_])")
_CLOZE_EDGE = re.compile(r"[^\W_]\{\{|\}\}[^\W_]")
_LABEL_PATTERN = re.compile(r"^[^:?]{1,80} — [^:?]{1,80}(?::|\?$)")
_NUMBER = re.compile(r"\d")


class Linter:
    """Checks items against the rules, knowing the bank's language, sides and facts."""

    def __init__(self, language: str, sides: Sequence[str], facts: Iterable[Fact] = ()) -> None:
        self.language = language
        self.w: LintWords = lint_words(language)
        self.facts = {f.id: f for f in facts}
        self._peers: dict[str, list[Fact]] = {}
        self.side_words = SideWords(language, sides, self.facts.values())
        self.sides = tuple(sides)
        self._halves = half_lowered(sides)

    # -- one item ------------------------------------------------------------------------

    def item(self, it: Item) -> list[Finding]:
        """The findings on ``it`` alone."""
        found: list[Finding] = []
        found += self._question(it)
        found += self._masks(it)
        found += cut_text(it)
        found += stem_frame(it, self.language, self._halves)
        if it.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE):
            found += self._fragments(it)
            found += self._mixed(it)
            found += self._duplicates(it)
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
        if fact is None or fact.side is None or len(self.sides) != 2:
            return []
        if it.form is ChoiceForm.PLAIN:
            # "What characterises meiosis …?" → "Two (meiosis I and meiosis II)": the only
            # option naming the side asked about.
            naming = [k for k, o in enumerate(it.options) if fact.side in self.named(o)]
            if naming == [it.correct] and len(it.options) > 1:
                return [Finding(it.id, Rule.SIDE_CUE, f"only the right option names "
                                f"{self.sides[fact.side]!r}: {it.options[it.correct]!r}")]
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
        if self.language == "lv":
            english = [o for o in it.options if english_words(o)]
            if english and len(english) < len(it.options):
                return [Finding(it.id, Rule.MIXED_OPTIONS, f"option {english[0]!r} is English "
                                "in a Latvian question")]
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
        """A word of the question that only the right option echoes (however inflected,
        derived or compounded: "removed" → "Removal", "kuponu" → "Bezkupona"); words every
        option has say nothing."""
        if it.form is ChoiceForm.SIDES or len(it.options) < 2:
            return []
        if it.kind is ItemKind.CLOZE:
            before, _, after = it.cloze_parts
            stem = word_roots(before + " " + after, self.language)
        else:
            stem = word_roots(it.prompt, self.language)
        lang = self.language
        roots = [word_roots(o, lang) for o in it.options]
        every = {r for r in roots[0] if all(shared_roots({r}, o, lang) for o in roots[1:])}
        own = [set(r) - shared_roots(r, every, lang) for r in roots]
        right = own[it.correct]
        for word in sorted(stem):
            hits = [k for k, o in enumerate(own) if shared_roots({word}, o, lang)]
            if hits == [it.correct] and right:
                return [Finding(it.id, Rule.STEM_CUE, f"only the right option shares "
                                f"{word!r} with the question")]
        return []

    def _duplicates(self, it: Item) -> list[Finding]:
        """Two options that say one thing ("0,5–5 µm" and "Parasti 0,5–5 µm; …")."""
        if it.form is ChoiceForm.SIDES:
            return []
        sets = [frozenset(words(o)) for o in it.options]
        for k, a in enumerate(sets):
            for j, b in enumerate(sets):
                if k != j and a and a <= b:
                    return [Finding(it.id, Rule.DUPLICATE_OPTIONS, f"option "
                                    f"{it.options[j]!r} repeats {it.options[k]!r}")]
        return []

    def _mentions(self, text: str) -> Counter[tuple[int, str]]:
        """How often each side-naming word (by its stem's beginning) stands in ``text``."""
        return Counter((s, w[:PREFIX]) for w in words(text)
                       for s in self.side_words.word_sides(w))

    def prefixes(self, text: str) -> frozenset[str]:
        """The content stems of ``text``, cut to their first ``PREFIX`` letters: Latvian
        compounds and derivations share a word's beginning, not its stem
        ("civiltiesības" / "Civillikums", "papildus" / "papildsodi")."""
        return frozenset(s[:PREFIX] for s in content_stems(text, self.language))

    def named(self, text: str) -> set[int]:
        """The sides ``text`` names: by name, by a word of the name's family, or by a role
        noun (see :class:`SideWords`)."""
        return set(self.side_words.named(text))

    def _side_cue(self, it: Item) -> list[Finding]:
        if len(self.sides) != 2:
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
    found += list_counts(bank, linter.named)
    return found
