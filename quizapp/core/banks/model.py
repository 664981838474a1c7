"""The question bank model: metadata, facts, topics and items (cards, questions, clozes, orders)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

# Version 2 added facts, the item's fact and form, and the cloze and order kinds; banks of
# version 1 still load (their items name no fact).
SCHEMA_VERSION = 2

# Index of the options of a true/false item: the UI shows them as "True" / "False".
TRUE_INDEX = 0
FALSE_INDEX = 1


class ItemKind(StrEnum):
    """What an item asks of the learner."""

    FLASHCARD = "flashcard"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    CLOZE = "cloze"
    ORDER = "order"

    @property
    def is_question(self) -> bool:
        """True for the kinds a quiz asks (they have a right answer to choose or build)."""
        return self is not ItemKind.FLASHCARD

    @property
    def is_studied(self) -> bool:
        """True for the kinds scheduled for study (recalled, then rated 1–4)."""
        return self in _STUDIED


_STUDIED = frozenset({ItemKind.FLASHCARD, ItemKind.CLOZE, ItemKind.ORDER})


class ChoiceForm(StrEnum):
    """How a multiple-choice item asks.

    ``plain``: one option is right, every other is false for what is asked. ``not``: "which
    of these is NOT …": the right option is the one that is false of the subject, the others
    are true of it. ``sides``: the options are the compared sides (and possibly "both").
    """

    PLAIN = "plain"
    NOT = "not"
    SIDES = "sides"


class FactKind(StrEnum):
    """What kind of knowledge a fact is."""

    CLAIM = "claim"            # what one side is like in one aspect (table row, difference)
    DEFINITION = "definition"  # what a side (or term) is
    LIST = "list"              # the members of a list (benefits, components, steps …)
    MEMBER = "member"          # one member of a list and what the text says of it
    KEY_POINT = "key_point"    # one of the article's key points
    NUMBER = "number"          # a number stated in the text, with its sentence
    SEQUENCE = "sequence"      # numbered or ordered steps
    SHARED = "shared"          # something the text says of both sides


# The blank of a cloze: ``{{answer}}`` inside the sentence.
CLOZE_MARK = re.compile(r"\{\{(.+?)\}\}")


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
class Fact:
    """One piece of knowledge of the document that items test.

    Attributes:
        id: Stable id from where the fact is in the document (``table/kontrole/b``).
        kind: What kind of knowledge it is.
        title: The aspect, subject or list it is about, as the document names it.
        statements: What the document says, in its own words (a table cell and the
            matching key difference; a member's title and text; a list's members …).
        side: Index of the compared side it is about (into ``BankMeta.sides``), or None.
        parent: The fact it belongs to: a member's list; "" for none.
        source: Where it is in the document.
    """

    id: str
    kind: FactKind
    title: str
    statements: tuple[str, ...]
    side: int | None = None
    parent: str = ""
    source: SourceRef = SourceRef(0)


@dataclass(frozen=True)
class Item:
    """One flashcard, question, cloze or ordering task.

    Attributes:
        id: Stable id derived from the item's source location and kind.
        kind: Flashcard, multiple choice, true/false, cloze or order.
        topic: Id of the topic this item teaches.
        prompt: Flashcard front, question stem, true/false statement, the cloze sentence
            with its blank as ``{{answer}}``, or the ordering instruction.
        back: Flashcard back ("" otherwise).
        options: Multiple-choice and cloze options in display order; for an order item
            the steps in their right order (empty for flashcards and true/false).
        correct: Index of the right option; for true/false ``TRUE_INDEX`` or ``FALSE_INDEX``;
            -1 for flashcards and order items.
        explanation: The source sentence, shown after a wrong answer.
        source: Where the item comes from.
        cards: Ids of the studied items a question exercises (made due after a mistake).
        fact: Id of the fact it tests ("" in schema-1 banks).
        form: How a multiple-choice item asks (``plain`` for every other kind).
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
    fact: str = ""
    form: ChoiceForm = ChoiceForm.PLAIN

    @property
    def option_count(self) -> int:
        """How many answers the learner chooses between (0 for flashcards)."""
        if self.kind is ItemKind.TRUE_FALSE:
            return 2
        return len(self.options)

    @property
    def answer_text(self) -> str:
        """The right answer as text (for results and exports); true/false give "true"/"false",
        an order item its steps in order, one a line."""
        if self.kind is ItemKind.FLASHCARD:
            return self.back
        if self.kind is ItemKind.TRUE_FALSE:
            return "true" if self.correct == TRUE_INDEX else "false"
        if self.kind is ItemKind.ORDER:
            return "\n".join(f"{n}. {step}" for n, step in enumerate(self.options, start=1))
        return self.options[self.correct]

    @property
    def cloze_parts(self) -> tuple[str, str, str]:
        """A cloze's sentence as (before, blanked answer, after); ``("", "", prompt)`` when
        the prompt has no blank."""
        m = CLOZE_MARK.search(self.prompt)
        if m is None:
            return "", "", self.prompt
        return self.prompt[: m.start()], m.group(1), self.prompt[m.end():]

    @property
    def studied_by(self) -> tuple[str, ...]:
        """The studied items a quiz question exercises: its linked cards, or itself when it
        is studied too (a cloze, an order item)."""
        return self.cards or ((self.id,) if self.kind.is_studied else ())

    def cloze_text(self, fill: str = "_____") -> str:
        """The cloze sentence with its blank shown as ``fill`` (the answer, to reveal it)."""
        before, _, after = self.cloze_parts
        return f"{before}{fill}{after}"

    def study_sides(self) -> tuple[str, str]:
        """What study shows of a studied item: (front, back). A cloze shows its sentence with
        a blank, then filled in (the answer in brackets); an order item its steps shuffled
        (lettered), then numbered in their order."""
        if self.kind is ItemKind.CLOZE:
            _, answer, _ = self.cloze_parts
            return self.cloze_text(), self.cloze_text(f"[{answer}]")
        if self.kind is ItemKind.ORDER:
            shuffled = "\n".join(f"{chr(ord('A') + k)}. {self.options[i]}"
                                  for k, i in enumerate(self.shown_order))
            return f"{self.prompt}\n\n{shuffled}", self.answer_text
        return self.prompt, self.back

    @property
    def shown_order(self) -> tuple[int, ...]:
        """The order in which an order item's steps are shown (indices into ``options``):
        shuffled the same way every time from the item's id, never already in order."""
        n = len(self.options)
        if n < 2:
            return tuple(range(n))
        seed = int.from_bytes(hashlib.sha256(self.id.encode()).digest()[:8], "big")
        order = list(range(n))
        # A Fisher–Yates shuffle driven by the id's hash (no global randomness: the same
        # item shows its steps the same way in study, in a quiz and in an export).
        for k in range(n - 1, 0, -1):
            seed, j = divmod(seed, k + 1)
            order[k], order[j] = order[j], order[k]
        if order == sorted(order):
            order = order[1:] + order[:1]
        return tuple(order)


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


_T = TypeVar("_T", Item, Topic, Fact)


def _by_id(things: tuple[_T, ...], wanted: str) -> _T:
    for thing in things:
        if thing.id == wanted:
            return thing
    raise KeyError(wanted)


@dataclass(frozen=True)
class Bank:
    """A validated question bank."""

    meta: BankMeta
    topics: tuple[Topic, ...]
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = field(default=(), compare=False)
    facts: tuple[Fact, ...] = ()

    def item(self, item_id: str) -> Item:
        """Return the item with ``item_id``.

        Raises:
            KeyError: No such item.
        """
        return _by_id(self.items, item_id)

    def topic(self, topic_id: str) -> Topic:
        """Return the topic with ``topic_id``.

        Raises:
            KeyError: No such topic.
        """
        return _by_id(self.topics, topic_id)

    def fact(self, fact_id: str) -> Fact:
        """Return the fact with ``fact_id``.

        Raises:
            KeyError: No such fact.
        """
        return _by_id(self.facts, fact_id)

    @property
    def flashcards(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind is ItemKind.FLASHCARD)

    @property
    def studied(self) -> tuple[Item, ...]:
        """The items scheduled for study: flashcards, clozes and order items."""
        return tuple(i for i in self.items if i.kind.is_studied)

    @property
    def questions(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind.is_question)
