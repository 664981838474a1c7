"""The parsed study document: sides, key points, comparison table, sections, differences."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.banks.model import SourceRef


class WarningCode(StrEnum):
    """Why part of a document could not be used as the family's structure predicts."""

    TABLE_ROW_UNSPLIT = "table_row_unsplit"
    TABLE_TRUNCATED = "table_truncated"
    NO_KEY_POINTS = "no_key_points"
    NO_TABLE = "no_table"
    NO_WHAT_IS = "no_what_is"
    NO_DIFFERENCES = "no_differences"
    DIFFERENCE_INCOMPLETE = "difference_incomplete"
    NO_SIDES = "no_sides"
    UNSTRUCTURED = "unstructured"


_WARNING_TEXT = {
    WarningCode.TABLE_ROW_UNSPLIT: "comparison table row could not be split into 3 cells",
    WarningCode.TABLE_TRUNCATED: "the document ends inside the comparison table",
    WarningCode.NO_KEY_POINTS: "no key points section found",
    WarningCode.NO_TABLE: "no comparison table found",
    WarningCode.NO_WHAT_IS: "no 'What is …?' sections found",
    WarningCode.NO_DIFFERENCES: "no key differences list found",
    WarningCode.DIFFERENCE_INCOMPLETE: "key difference does not have a text for both sides",
    WarningCode.NO_SIDES: "the title does not name two compared sides",
    WarningCode.UNSTRUCTURED: "no known structure; cards are made from headings and paragraphs",
}


@dataclass(frozen=True)
class ParseWarning:
    """Something missing or unusable; ``code`` is for UIs to translate, ``detail`` is data."""

    code: WarningCode
    line: int = 0
    detail: str = ""

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{where}{_WARNING_TEXT[self.code]}{extra}"


@dataclass(frozen=True)
class Side:
    """One of the two things compared.

    Attributes:
        name: Display name, e.g. "Sociālo mediju mārketings (SMM)".
        aliases: Other names used for it in the document (short forms, acronyms).
    """

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def short(self) -> str:
        """The name without a trailing parenthesised acronym: "Sociālo mediju mārketings"."""
        base = self.name
        if base.endswith(")") and " (" in base:
            base = base[: base.rindex(" (")]
        return base


@dataclass(frozen=True)
class Passage:
    """A paragraph or list item of running text (``number``: an ordered item's number)."""

    text: str
    source: SourceRef
    number: int | None = None


@dataclass(frozen=True)
class TableRow:
    """One row of the comparison table: the aspect and what each side does."""

    aspect: str
    a: str
    b: str
    source: SourceRef


@dataclass(frozen=True)
class Table:
    """The comparison table; ``columns`` is the header (label, side A, side B) when present."""

    columns: tuple[str, str, str] | None
    rows: tuple[TableRow, ...]
    source: SourceRef


@dataclass(frozen=True)
class SubSection:
    """A titled paragraph inside a group, e.g. "1. Satura stratēģija" and its text."""

    title: str
    text: str
    number: int | None
    source: SourceRef


@dataclass(frozen=True)
class Group:
    """A heading with an optional intro and its sub-sections, e.g. "… galvenās sastāvdaļas".

    Attributes:
        title: The heading.
        intro: Its own paragraphs (before any sub-section).
        items: Titled sub-sections.
        source: Where the heading is.
        points: List items directly under the heading (material for key points).
    """

    title: str
    intro: str
    items: tuple[SubSection, ...]
    source: SourceRef
    points: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class WhatIs:
    """A "Kas ir …?" / "What is …?" section.

    Attributes:
        subject: What the section defines, e.g. "sociālo mediju mārketings".
        side: Index of the side it describes (0 or 1), or None when it matches neither.
        definition: The opening paragraph(s).
        groups: Its headed groups of sub-sections.
    """

    subject: str
    side: int | None
    definition: str
    groups: tuple[Group, ...]
    source: SourceRef


@dataclass(frozen=True)
class Difference:
    """One aspect of the key-differences list with the text for each side."""

    aspect: str
    a: str
    b: str
    source: SourceRef


@dataclass(frozen=True)
class Document:
    """Everything learnable in a study document, each element with its source location."""

    title: str
    language: str
    sides: tuple[Side, ...]
    intro: tuple[Passage, ...]
    key_points: tuple[Passage, ...]
    table: Table | None
    what_is: tuple[WhatIs, ...]
    differences: tuple[Difference, ...]
    sections: tuple[Group, ...]
    warnings: tuple[ParseWarning, ...]
    source_name: str = ""
