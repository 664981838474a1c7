"""What the generator knows of a document: its facts, each with the texts behind it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from quizapp.core.banks.model import Fact, FactKind, SourceRef
from quizapp.core.generate.listnoun import ListNoun
from quizapp.core.generate.sourcecheck import text_defect
from quizapp.core.parse.document import Document


@dataclass(frozen=True)
class Said:
    """One text the document says, where and as what."""

    text: str
    source: SourceRef
    origin: str  # table, difference, definition, member, key-point, intro
    defect: str | None = None


@dataclass
class DocFact:
    """A fact with what items need beyond the bank's view of it.

    Attributes:
        fact: What the bank stores.
        said: The texts behind it, each with its source and any source error.
        topic: The topic its items teach.
        label_defect: Why its title cannot name it in a question (None: it can).
        pair: For a claim, the other side's claim on the same aspect.
        group_kind: For a list or sequence: ``benefit``, ``challenge``, ``steps`` or ``list``.
        members: For a list or sequence, its member facts in order.
        noun: For a list or sequence, what its title calls one of its points.
    """

    fact: Fact
    said: tuple[Said, ...]
    topic: str
    label_defect: str | None = None
    pair: str = ""
    group_kind: str = ""
    members: tuple[str, ...] = ()
    noun: ListNoun | None = None

    @property
    def id(self) -> str:
        return self.fact.id


@dataclass
class FactBook:
    """Every fact of one document, in document order, with the topics they belong to."""

    doc: Document
    facts: dict[str, DocFact] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    _about: dict[int, list[str]] = field(default_factory=dict)
    _about_words: dict[int, frozenset[str]] = field(default_factory=dict)

    def add(self, f: DocFact) -> DocFact:
        self.facts[f.id] = f
        self._about.clear()
        self._about_words.clear()
        return f

    def words_about(self, side: int) -> frozenset[str]:
        """The words of everything the document says of ``side``."""
        from quizapp.core.generate.contrast import words_of

        if side not in self._about_words:
            self._about_words[side] = words_of(self.texts_about(side))
        return self._about_words[side]

    def of_kind(self, *kinds: FactKind) -> Iterator[DocFact]:
        return (f for f in self.facts.values() if f.fact.kind in kinds)

    def texts_about(self, side: int) -> list[str]:
        """Everything the document says of ``side`` (its claims, definition, members)."""
        if side not in self._about:
            self._about[side] = [s.text for f in self.facts.values()
                                 if f.fact.side == side and f.fact.kind is not FactKind.LIST
                                 for s in f.said]
        return self._about[side]

    def flag(self, said: Said) -> None:
        if said.defect is not None:
            where = f"line {said.source.line}: " if said.source.line else ""
            self.warnings.append(f"{where}source text looks broken ({said.defect}); it is "
                                 "used only in flashcards that quote it")


def said_of(book: FactBook, text: str, source: SourceRef, origin: str) -> Said:
    s = Said(text, source, origin, text_defect(text, book.doc.language))
    book.flag(s)
    return s
