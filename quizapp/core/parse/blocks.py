"""The block stream both the text and the HTML front ends produce for the structure parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class BlockKind(StrEnum):
    """What a block is, as far as the front end can tell."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a list item
    ROW = "row"  # a table row with real cells (HTML, Markdown pipes)


@dataclass(frozen=True)
class Block:
    """One line-ish unit of a document.

    Attributes:
        kind: Heading, paragraph, list item or table row.
        text: The text, whitespace-normalised.
        line: 1-based source line.
        depth: List nesting depth (0 = top level).
        number: The number of an ordered list item, else None.
        level: Explicit heading level (1–6); 0 when the heading was inferred from layout.
        cells: Cells of a table row.
        gap_before: A blank line (or a block boundary in HTML) precedes this block.
        emphasised: The whole block was bold (HTML/Markdown), a hint that it is a heading.
    """

    kind: BlockKind
    text: str
    line: int
    depth: int = 0
    number: int | None = None
    level: int = 0
    cells: tuple[str, ...] = ()
    gap_before: bool = True
    emphasised: bool = False

    def as_kind(self, kind: BlockKind) -> Block:
        return replace(self, kind=kind)


def clean_text(text: str) -> str:
    """Collapse runs of spaces (including no-break and exotic spaces) and trim."""
    return _SPACES.sub(" ", text).strip()


def strip_urls(text: str) -> str:
    """Remove URLs from running text (references never reach a card)."""
    return clean_text(_URL.sub("", text))


def is_url_only(text: str) -> bool:
    """True when the text is nothing but a URL (after list numbering)."""
    return bool(text) and not strip_urls(text)


def looks_like_heading(text: str, *, numbered: bool = False) -> bool:
    """Layout test for a heading in plain text: short, a single line, no sentence end."""
    if not text or len(text) > 120 or len(text.split()) > 14:
        return False
    if text[-1] in ".,;!…" or text.endswith("..."):
        return False
    if text.endswith(":") and len(text.split()) > 3:  # "Glezna top četros posmos:" leads a list
        return False
    return not numbered or len(text.split()) <= 10
