"""Which compared side a text names: by its name, a word of the name's family, or its role noun.

A statement gives its side away by more than the side's name: ``monarch`` names the monarchy,
``akcionārs`` the stocks, ``pretvīrusu`` the virus, and ``president`` the republic. The first
three share a long beginning with the name, or hold it inside a compound. A role noun is
learned from the bank's facts: an agent noun (``president``, ``turētājs``) that opens at least
two of one side's claims and is never said of the other side.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from quizapp.core.banks.model import Fact, FactKind
from quizapp.core.language.lexicon import lemma
from quizapp.core.language.related import HEAD, PREFIX, SHORT, folded, word_roots
from quizapp.core.language.stems import content_stems, word_stem

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A name's root is named by a word beginning with all of it but these many letters (its
# ending): "akcij|a" → "akci|onārs", "monarch|y" → "monarch".
NAME_SLACK = 2
# Endings of agent nouns (their dictionary form): a person who does or holds something.
_AGENT = {"en": ("ent", "ant", "er", "or", "ist", "ian", "arch"),
          "lv": ("tājs", "nieks", "ists", "tāja", "niece")}
ROLE_OPENS = 2  # claims of one side a role noun must open
_OPENING = 3  # words that count as a statement's opening
# A role noun followed by one of these names the thing, not a claim about it: "President
# or another elected official" is what the head of state is.
_LISTING = frozenset({"or", "and", "vai", "un", "jeb"})


class SideWords:
    """The words that name each of two sides in one bank.

    Args:
        language: The bank's language.
        sides: The two sides' names.
        facts: The bank's facts (claims teach the role nouns).
    """

    def __init__(self, language: str, sides: Sequence[str], facts: Iterable[Fact]) -> None:
        self.language = language
        self.compounds = language == "lv"
        prefixes = [frozenset(s[:PREFIX] for s in content_stems(n, language)) for n in sides]
        # A side's own stems: those its name does not share with the other name
        # ("mārketings" names neither side when both are "… mārketings").
        self.prefixes = [p - frozenset().union(*(o for o in prefixes if o is not p))
                         for p in prefixes]
        roots = [{folded(s) for s in content_stems(n, language)} for n in sides]
        self.roots = [frozenset(r for r in mine if not any(
            _family(r, o, False) or _family(o, r, False) for other in roots if other is not mine
            for o in other)) for mine in roots]
        self.roles = _role_nouns(language, list(facts), self) if len(sides) == 2 else [
            frozenset(), frozenset()]
        self._cache: dict[str, frozenset[int]] = {}

    def named(self, text: str) -> frozenset[int]:
        """The sides ``text`` names."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._named(text)
        return found

    def _named(self, text: str) -> frozenset[int]:
        out: set[int] = set()
        tokens = list(_TOKEN.finditer(text))
        for k, m in enumerate(tokens):
            word = m.group(0)
            by_name = self.word_sides(word)
            out |= by_name
            if len(out) == len(self.roots):
                break
            for s, roles in enumerate(self.roles):
                if s not in out and _role_root(word, self.language) in roles and \
                        not _listing(text, tokens, k):
                    out.add(s)
        return frozenset(out)

    def word_sides(self, word: str) -> frozenset[int]:
        """The sides one word names by their names (not by role nouns)."""
        return _word_sides(word, self.language, tuple(self.prefixes), tuple(self.roots))


@lru_cache(maxsize=65536)
def _word_sides(word: str, language: str, prefixes: tuple[frozenset[str], ...],
                roots: tuple[frozenset[str], ...]) -> frozenset[int]:
    stem = word_stem(word, language)
    if stem is None:
        return frozenset()
    mine = {folded(stem), folded(word)}
    compounds = language == "lv"
    return frozenset(s for s in range(len(roots)) if stem[:PREFIX] in prefixes[s] or any(
        _family(r, n, compounds) for r in mine for n in roots[s]))


def _family(word: str, name: str, compounds: bool) -> bool:
    """Whether the folded ``word`` is of the family of the folded name root ``name``."""
    if len(name) < SHORT:
        return word == name
    common = len(os.path.commonprefix([word, name]))
    if common >= max(SHORT, len(name) - NAME_SLACK):
        return True
    if len(name) < PREFIX:
        return False
    at = word.find(name[:PREFIX], HEAD)
    return at >= 0 and (compounds or word[at - 1] == "-")


def _role_root(word: str, language: str) -> str:
    stem = word_stem(word, language)
    return folded(stem) if stem else ""


def _agent(word: str, language: str, endings: tuple[str, ...]) -> bool:
    found = lemma(word, language) or word
    return len(found) > 4 and found.casefold().endswith(endings)


def _listing(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    after = text[tokens[k].end():].lstrip()
    if not after or after[:1] in ",;)–—":
        return True
    return k + 1 < len(tokens) and tokens[k + 1].group(0).casefold() in _LISTING


def _role_nouns(language: str, facts: list[Fact], sides: SideWords) -> list[frozenset[str]]:
    """Per side: agent nouns that open at least ``ROLE_OPENS`` of its claims and are never
    said of the other side."""
    agent = tuple(_AGENT.get(language, ()))
    opens: list[Counter[str]] = [Counter(), Counter()]
    said: list[set[str]] = [set(), set()]
    for f in facts:
        if f.side not in (0, 1):
            continue
        texts = (f.title, *f.statements) if f.kind is FactKind.MEMBER else f.statements
        for t in texts:
            said[f.side] |= word_roots(t, language)
            if f.kind is FactKind.CLAIM:
                first = {_role_root(w, language) for w in _TOKEN.findall(t)[:_OPENING]
                         if _agent(w, language, agent) and not sides.word_sides(w)}
                opens[f.side].update(first)
    return [frozenset(r for r, n in opens[s].items() if n >= ROLE_OPENS and not any(
        r == o or o.startswith(r) for o in said[1 - s])) for s in (0, 1)]
