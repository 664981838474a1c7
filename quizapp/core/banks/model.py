"""The question bank model: metadata, topics and items (flashcards, multiple choice, true/false)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA_VERSION = 1

# Index of the options of a true/false item: the UI shows them as "True" / "False".
TRUE_INDEX = 0
FALSE_INDEX = 1


class ItemKind(StrEnum):
    """What an item asks of the learner."""

    FLASHCARD = "flashcard"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"

    @property
    def is_question(self) -> bool:
        """True for the kinds a quiz asks (they have options and one right answer)."""
        return self is not ItemKind.FLASHCARD


@dataclass(frozen=True)
class SourceRef:
    """Where something came from in the source document.

    Attributes:
        line: 1-based line in the source file (0 when unknown, e.g. hand-written banks).
        path: Section path, outermost first, e.g. ("Salīdzināšanas tabula", "Kontrole").
    """

    line: int
    path: tuple[str, ...] = ()

    def label(self) -> str:
        """The path as a breadcrumb, e.g. ``Salīdzināšanas tabula › Kontrole``."""
        return " › ".join(self.path)


@dataclass(frozen=True)
class Topic:
    """What a group of items teaches; mastery is tracked per topic."""

    id: str
    title: str
    source: SourceRef = SourceRef(0)


@dataclass(frozen=True)
class Item:
    """One flashcard or question.

    Attributes:
        id: Stable id derived from the item's source location and kind.
        kind: Flashcard, multiple choice or true/false.
        topic: Id of the topic this item teaches.
        prompt: Flashcard front, question stem or true/false statement.
        back: Flashcard back ("" for questions).
        options: Multiple-choice options in display order (empty otherwise).
        correct: Index of the right option; for true/false ``TRUE_INDEX`` or ``FALSE_INDEX``;
            -1 for flashcards.
        explanation: The source sentence, shown after a wrong answer.
        source: Where the item comes from.
        cards: Ids of the flashcards a question exercises (made due again after a mistake).
    """

    id: str
    kind: ItemKind
    topic: str
    prompt: str
    back: str = ""
    options: tuple[str, ...] = ()
    correct: int = -1
    explanation: str = ""
    source: SourceRef = SourceRef(0)
    cards: tuple[str, ...] = ()

    @property
    def option_count(self) -> int:
        """How many answers the learner chooses between (0 for flashcards)."""
        if self.kind is ItemKind.TRUE_FALSE:
            return 2
        return len(self.options)

    @property
    def answer_text(self) -> str:
        """The right answer as text (for results and exports); true/false give "true"/"false"."""
        if self.kind is ItemKind.FLASHCARD:
            return self.back
        if self.kind is ItemKind.TRUE_FALSE:
            return "true" if self.correct == TRUE_INDEX else "false"
        return self.options[self.correct]


@dataclass(frozen=True)
class BankMeta:
    """Bank-level metadata.

    Attributes:
        id: Stable bank id (slug of the source document's name); progress is keyed on it.
        title: Human title (the document's title).
        language: ISO 639-1 code of the content, e.g. "lv" or "en".
        source_document: Path or name of the document the bank was generated from.
        source_sha256: Hash of the source bytes ("" for hand-written banks).
        generator: Generator name and version, e.g. "quizapp 1" ("" for hand-written banks).
        seed: Seed used to shuffle options.
        sides: The two things the document compares (may be empty).
    """

    id: str
    title: str
    language: str
    source_document: str = ""
    source_sha256: str = ""
    generator: str = ""
    seed: int = 0
    sides: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bank:
    """A validated question bank."""

    meta: BankMeta
    topics: tuple[Topic, ...]
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def item(self, item_id: str) -> Item:
        """Return the item with ``item_id``.

        Raises:
            KeyError: No such item.
        """
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def topic(self, topic_id: str) -> Topic:
        """Return the topic with ``topic_id``.

        Raises:
            KeyError: No such topic.
        """
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise KeyError(topic_id)

    @property
    def flashcards(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind is ItemKind.FLASHCARD)

    @property
    def questions(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind.is_question)
