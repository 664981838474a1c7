"""What every generator step needs: the document, its facts, the wording, the builder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizapp.core.banks.lint import Linter
from quizapp.core.banks.model import Item
from quizapp.core.generate.builder import BankBuilder
from quizapp.core.parse.document import Document

if TYPE_CHECKING:  # facts and phrasing import this module's helpers
    from quizapp.core.generate.factbook import FactBook
    from quizapp.core.generate.phrasing import Wording

SIDE_KEYS = ("a", "b")


@dataclass
class Context:
    """Shared state of one generation run.

    Attributes:
        doc: The parsed document.
        b: Collects topics and items.
        book: The document's facts.
        w: How stems are worded in the document's language.
        linter: The item-writing lint; an item it flags is withdrawn as soon as it is made.
        dropped: Items withdrawn, with the lint's reason (for tests and the benchmark).
    """

    doc: Document
    b: BankBuilder
    linter: Linter
    book: FactBook
    w: Wording
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def keep(self, item_id: str | None) -> str | None:
        """``item_id`` if the lint finds nothing wrong with it; else it is withdrawn."""
        if item_id is None:
            return None
        item = self.b.items[-1]
        assert item.id == item_id
        found = self.linter.item(item)
        if found:
            self.b.withdraw(item_id)
            self.dropped.append((item_id, str(found[0])))
            return None
        return item_id

    def last(self) -> Item:
        return self.b.items[-1]


def capitalised(text: str) -> str:
    """``sasniegt`` → ``Sasniegt`` (row labels sometimes start lower-case); a first word
    whose case is part of it (``pH``, ``iOS``, ``mRNA``) is left as written."""
    first = text.split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]):
        return text
    return text[:1].upper() + text[1:]


def first_sentence(text: str, limit: int = 260) -> str:
    """The first sentence of ``text``, cut at a word boundary near ``limit`` characters."""
    found = sentences(" ".join(text.split("\n")))
    out = found[0] if found else text
    if len(out) > limit:
        out = out[:limit].rsplit(" ", 1)[0] + " …"
    return out.strip()


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9\"“«])")
# A period that ends no sentence: an initial ("John B. Watson", "B. F. Skinner") or a
# common abbreviation ("e.g.", "Dr.", "piem.", "t.i.").
_NO_END = re.compile(r"(?:^|[\s(])(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]|e\.g|i\.e|cf|vs|Dr|Mr|Mrs|Ms|St|Prof|No|"
                     r"Fig|piem|t\.i|t\.sk|sk|att|prof|dr|u\.tml)\.$")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (a line break ends one too); an initial or a common
    abbreviation ends none ("In 1920 John B. Watson …" is one sentence)."""
    out: list[str] = []
    for line in text.splitlines():
        mine: list[str] = []
        for piece in (p.strip() for p in _SENTENCE_BREAK.split(line)):
            if mine and _NO_END.search(mine[-1]):
                mine[-1] = f"{mine[-1]} {piece}".strip()
            elif piece:
                mine.append(piece)
        out += mine
    return out


def gist(text: str, short: int = 10, words: int = 45, both: int = 0) -> str:
    """The opening of ``text`` that a card's back can hold: its first sentence, and the
    next one too when the first is under ``short`` words and both are under ``words``, so
    one card teaches one thing (``both``: two sentences of at most that many words are
    one thing to describe); the rest of the paragraph is asked by other items (its numbers
    as clozes) and shown as the explanation."""
    found = sentences(text)
    if not found:
        return text.strip()
    first = found[0]
    if len(found) > 1:
        together = len(first.split()) + len(found[1].split())
        if together <= both or (len(first.split()) < short and together <= words):
            return f"{first} {found[1]}"
    return first
