"""A document's outline for reading: headings with their levels, paragraphs, lists, and the
comparison table with its columns — each with its source line, so a card's source can be
found in it. Data only; the GUI renders it (escaping every text: documents are untrusted)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.errors import DocumentError
from quizapp.core.parse.blocks import Block, BlockKind
from quizapp.core.parse.decode import SourceFormat
from quizapp.core.parse.document import Table
from quizapp.core.parse.htmlblocks import html_to_blocks
from quizapp.core.parse.structure import parse_blocks
from quizapp.core.parse.textblocks import text_to_blocks

# Headings deeper than this read as this level.
MAX_LEVEL = 3


class Part(StrEnum):
    """What an outline entry is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    TABLE = "table"


@dataclass(frozen=True)
class Row:
    """One table row: its cells and the source line it came from."""

    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Entry:
    """One piece of the outline.

    Attributes:
        part: Heading, paragraph, list item or table.
        text: Its text ("" for a table).
        line: Its first source line (1-based).
        level: A heading's level, 1 (the title) to ``MAX_LEVEL``.
        depth: A list item's nesting depth (0 = top level).
        number: An ordered list item's number.
        columns: A table's column names (empty without a header).
        rows: A table's rows.
    """

    part: Part
    text: str
    line: int
    level: int = 0
    depth: int = 0
    number: int | None = None
    columns: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()

    @property
    def lines(self) -> tuple[int, ...]:
        """Every source line the entry shows (a table: each row's)."""
        if self.part is Part.TABLE:
            return (self.line, *(r.line for r in self.rows))
        return (self.line,)


def outline(text: str, fmt: SourceFormat = SourceFormat.TEXT) -> tuple[Entry, ...]:
    """The outline of already-decoded ``text``: every block of the document in order, the
    comparison table's flattened rows read into their cells (a row that cannot be split
    stays one cell, the line as it is)."""
    blocks = html_to_blocks(text) if fmt is SourceFormat.HTML else text_to_blocks(text)
    try:
        table = parse_blocks(list(blocks)).table
    except DocumentError:
        table = None  # nothing learnable: the blocks are still worth reading
    split = _table_lines(table)
    first, last = (min(split), max(split)) if split else (0, -1)

    def in_table(b: Block) -> bool:
        return b.kind is BlockKind.ROW or first <= b.line <= last

    out: list[Entry] = []
    first_heading = True
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if in_table(b):
            start = i
            while i < len(blocks) and in_table(blocks[i]):
                i += 1
            out.append(_table(blocks[start:i], table, split))
            continue
        if not b.text:  # an empty Markdown heading or list mark: nothing to read
            i += 1
            continue
        if b.kind is BlockKind.HEADING:
            level = min(b.level, MAX_LEVEL) if b.level else 1 if first_heading else \
                MAX_LEVEL if b.number is not None else 2
            first_heading = False
            text_ = f"{b.number}. {b.text}" if b.number is not None else b.text
            out.append(Entry(Part.HEADING, text_, b.line, level=level))
        elif b.kind is BlockKind.ITEM:
            out.append(Entry(Part.ITEM, b.text, b.line, depth=b.depth, number=b.number))
        else:
            out.append(Entry(Part.PARAGRAPH, b.text, b.line))
        i += 1
    return tuple(out)


def _table_lines(table: Table | None) -> dict[int, tuple[str, ...]]:
    """The cells the parser read on each table line (the header's included)."""
    if table is None:
        return {}
    lines: dict[int, tuple[str, ...]] = {r.source.line: (r.aspect, r.a, r.b) for r in table.rows}
    if table.columns is not None:
        lines[table.source.line] = table.columns
    return lines


def _table(blocks: list[Block], table: Table | None, split: dict[int, tuple[str, ...]]
           ) -> Entry:
    columns: tuple[str, ...] = ()
    rows = []
    for b in blocks:
        cells = split.get(b.line) or b.cells or (b.text,)
        if table is not None and table.columns is not None and b.line == table.source.line:
            columns = cells
            continue
        rows.append(Row(tuple(cells), b.line))
    return Entry(Part.TABLE, "", blocks[0].line, columns=columns, rows=tuple(rows))
