"""Parsers for each part of an article: key points, table, "What is" groups, differences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.core.banks.model import SourceRef
from quizapp.core.parse.document import (
    Difference,
    Group,
    ParseWarning,
    Passage,
    SubSection,
    Table,
    TableRow,
    WarningCode,
)
from quizapp.core.language.markers import any_marker
from quizapp.core.parse.blocks import Block, BlockKind
from quizapp.core.parse.oneline import by_named_side
from quizapp.core.parse.table import Evidence, RowReading, read_row, resolve, split_header

_NUMBERED_TITLE = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_ACRONYM = re.compile(r"\(([A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8})\)\s*$")


@dataclass
class Found:
    """What the section parsers collect; turned into a Document by the structure parser."""

    warnings: list[ParseWarning] = field(default_factory=list)
    side_names: list[list[str]] = field(default_factory=lambda: [[], []])


def numbered(block: Block) -> tuple[int | None, str]:
    """A heading's number and title: ``1. Satura stratēģija`` → (1, "Satura stratēģija")."""
    if block.number is not None:
        return block.number, block.text
    m = _NUMBERED_TITLE.match(block.text)
    if m:
        return int(m.group(1)), m.group(2)
    return None, block.text


def key_points(blocks: list[Block], path: tuple[str, ...]) -> tuple[list[Passage], list[Block]]:
    """Top-level list items (or, lacking a list, the paragraphs) before the next heading.

    Returns:
        The key points and the blocks left over after them.
    """
    out: list[Passage] = []
    i = 0
    while i < len(blocks) and blocks[i].kind is BlockKind.ITEM:
        b = blocks[i]
        if b.depth == 0:
            out.append(Passage(b.text, SourceRef(b.line, path)))
        elif out:  # a wrapped continuation; belongs to the previous point
            prev = out[-1]
            out[-1] = Passage(f"{prev.text} {b.text}", prev.source)
        i += 1
    if not out:
        while i < len(blocks) and blocks[i].kind is BlockKind.PARAGRAPH:
            out.append(Passage(blocks[i].text, SourceRef(blocks[i].line, path)))
            i += 1
    return out, blocks[i:]


def table(blocks: list[Block], path: tuple[str, ...], found: Found, at_end: bool,
          evidence: Evidence | None = None) -> tuple[Table | None, list[Block]]:
    """Read the comparison table: real cells when the front end had them, else flattened rows.

    Args:
        blocks: The blocks after the table heading.
        path: Section path of the table heading.
        found: Collects warnings.
        at_end: Nothing follows this section in the document (it may be cut off).
        evidence: What the rest of the article says, for rows whose split is uncertain.

    Returns:
        The table (None when no row could be read) and the blocks left over after it.
    """
    columns: tuple[str, str, str] | None = None
    entries: list[tuple[Block, tuple[str, ...] | RowReading]] = []
    i = 0
    first_line = blocks[0].line if blocks else 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind is BlockKind.ROW:
            entries.append((b, b.cells))
            i += 1
            continue
        if i > 0 and b.gap_before and b.kind is BlockKind.HEADING:
            break
        header = any_marker(b.text, "table_header_labels") if i == 0 else None
        if header:
            columns = split_header(b.text, header)
            if columns is None:
                _unsplit(found, b)
            i += 1
            continue
        reading = read_row(b.text)
        if reading is None:
            # Not a flattened row: a fragment inside the table, or the text after it.
            if i == 0 or not b.gap_before or (at_end and i == len(blocks) - 1):
                _unsplit(found, b)
                i += 1
                continue
            break
        entries.append((b, reading))
        i += 1
    if columns is not None:
        evidence = (evidence or Evidence()).plus(columns[1:])
    picked = iter(resolve([e for _, e in entries if isinstance(e, RowReading)], evidence))
    rows: list[TableRow] = []
    for b, entry in entries:
        cells = next(picked) if isinstance(entry, RowReading) else entry
        if cells is None or len(cells) < 3 or not all(cells[:3]):
            _unsplit(found, b)
            continue
        if columns is None and not rows and b.kind is BlockKind.ROW and _is_header_row(b, cells):
            columns = (cells[0], cells[1], cells[2])
            continue
        rows.append(TableRow(cells[0], cells[1], cells[2], SourceRef(b.line, path + (cells[0],))))
    if at_end and i >= len(blocks) and blocks:
        found.warnings.append(ParseWarning(WarningCode.TABLE_TRUNCATED, blocks[-1].line))
    if not rows:
        return None, blocks[i:]
    return Table(columns, tuple(rows), SourceRef(first_line, path)), blocks[i:]


def _unsplit(found: Found, b: Block) -> None:
    """The row stays out of the table; the warning names its line and how it begins."""
    found.warnings.append(ParseWarning(WarningCode.TABLE_ROW_UNSPLIT, b.line, b.text[:60]))


def _is_header_row(block: Block, cells: tuple[str, ...]) -> bool:
    return bool(any_marker(cells[0], "table_header_labels")) or block.emphasised


def groups(blocks: list[Block], path: tuple[str, ...]) -> tuple[str, list[Group]]:
    """Split a section body into its lead text and headed groups of sub-sections.

    Numbered headings are always sub-sections. With explicit levels (HTML, Markdown) a
    deeper heading is a sub-section of the group above it. With inferred headings a
    heading opens a group when another heading follows it directly, when its text
    introduces numbered sub-headings, or when the current group cannot take it (its items
    are numbered, or it is a stand-alone heading with its own text); otherwise it titles a
    sub-section of the current group.
    """
    lead: list[str] = []
    i = 0
    while i < len(blocks) and blocks[i].kind is not BlockKind.HEADING:
        if blocks[i].kind in (BlockKind.PARAGRAPH, BlockKind.ITEM):
            lead.append(blocks[i].text)
        i += 1
    out: list[Group] = []
    cur: _GroupBuilder | None = None
    while i < len(blocks):
        h = blocks[i]
        j = i + 1
        body: list[str] = []
        points: list[Block] = []
        while j < len(blocks) and blocks[j].kind is not BlockKind.HEADING:
            if blocks[j].kind is BlockKind.ITEM and blocks[j].depth == 0:
                points.append(blocks[j])
            if blocks[j].kind is not BlockKind.ROW:
                body.append(blocks[j].text)
            j += 1
        nxt = blocks[j] if j < len(blocks) else None
        i = j
        num, title = numbered(h)
        if _is_caption(h) or (not body and nxt is None):
            continue
        if num is None and (_opens_group(h, body, nxt, cur) or _own_list(h, points, cur)):
            if cur is not None:
                out.append(cur.build())
            cur = _GroupBuilder(title, " ".join(body), h.line, h.level, path + (title,))
            cur.points = [Passage(b.text, SourceRef(b.line, cur.path), b.number)
                          for b in points]
            continue
        if cur is None:
            cur = _GroupBuilder(path[-1] if path else title, "", h.line, 0, path)
        cur.items.append(SubSection(title, "\n".join(body), num,
                                    SourceRef(h.line, cur.path + (title,))))
    if cur is not None:
        out.append(cur.build())
    return "\n".join(lead), [g for g in out if g.items or g.intro]


def _opens_group(h: Block, body: list[str], nxt: Block | None,
                 cur: _GroupBuilder | None) -> bool:
    if cur is None:
        return True
    if h.level and cur.level:
        return h.level <= cur.level
    if not body:
        return True
    if nxt is not None and numbered(nxt)[0] is not None:
        return True
    if cur.items:
        return cur.items[-1].number is not None
    # A group with text of its own takes sub-sections only when that text introduces them.
    return bool(cur.intro) and not cur.intro.rstrip().endswith(":")


def _own_list(h: Block, points: list[Block], cur: _GroupBuilder | None) -> bool:
    """A plain-text heading over a list of its own ("Challenges of Fusion" and its
    bullets) is a group of its own, never a paragraph of the group before it."""
    return h.level == 0 and cur is not None and not cur.level and len(points) >= 2


def _is_caption(h: Block) -> bool:
    # Image captions and alt texts in flattened pages: short lines starting lower-case.
    return h.level == 0 and h.text[:1].islower()


class _GroupBuilder:
    def __init__(self, title: str, intro: str, line: int, level: int,
                 path: tuple[str, ...]) -> None:
        self.title = title
        self.intro = intro
        self.line = line
        self.level = level
        self.path = path
        self.items: list[SubSection] = []
        self.points: list[Passage] = []

    def build(self) -> Group:
        items = tuple(s for s in self.items if s.text)
        return Group(self.title, self.intro, items, SourceRef(self.line, self.path),
                     tuple(self.points))


def differences(blocks: list[Block], path: tuple[str, ...], found: Found,
                title_sides: tuple[str, str] | None = None,
                language: str = "") -> list[Difference]:
    """Read the key-differences list: an aspect bullet with one nested bullet per side.

    The side of a nested bullet comes from its "Name:" prefix matched against the names
    seen so far (first aspect: first bullet is side A), falling back to its position. An
    aspect with no nested bullets is split on a contrast ("…, while …"), and each clause
    goes to the side it names (articles put either side first); a clause that names
    neither side or both is left out.
    """
    items = [b for b in blocks if b.kind is BlockKind.ITEM]
    out: list[Difference] = []
    inline_parts: list[tuple[int, tuple[str, str]]] = []
    k = 0
    while k < len(items):
        head = items[k]
        children: list[Block] = []
        k += 1
        while k < len(items) and items[k].depth > head.depth:
            children.append(items[k])
            k += 1
        aspect, _, inline = head.text.partition(":")
        aspect = aspect.strip()
        src = SourceRef(head.line, path + (aspect,))
        texts: list[str | None] = [None, None]
        if children:
            for pos, child in enumerate(children[:4]):
                name, text = _side_prefix(child.text)
                side = _match_side(name, found, pos)
                if side is not None and texts[side] is None:
                    texts[side] = text
                    if name and not out and name not in found.side_names[side]:
                        found.side_names[side].append(name)
        elif inline.strip():
            parts = _contrast_split(inline.strip())
            if parts:
                # Sided once every bullet has told the side names (see below).
                inline_parts.append((len(out), parts))
                out.append(Difference(aspect, "", "", src))
                continue
        if texts[0] and texts[1]:
            out.append(Difference(aspect, texts[0], texts[1], src))
        else:
            _incomplete(found, head.line, aspect)
    names = [[*found.side_names[s], *([title_sides[s]] if title_sides else [])]
             for s in (0, 1)]
    for k, parts in inline_parts:
        d = out[k]
        sided = by_named_side(parts, names, language)
        if sided is None:
            _incomplete(found, d.source.line, d.aspect)
        else:
            out[k] = Difference(d.aspect, sided[0], sided[1], d.source)
    return [d for d in out if d.a and d.b]


def _incomplete(found: Found, line: int, aspect: str) -> None:
    found.warnings.append(ParseWarning(WarningCode.DIFFERENCE_INCOMPLETE, line, aspect[:60]))


def _side_prefix(text: str) -> tuple[str, str]:
    name, sep, rest = text.partition(":")
    if sep and rest.strip() and len(name.split()) <= 8:
        return name.strip(), rest.strip()
    return "", text.strip()


def _match_side(name: str, found: Found, pos: int) -> int | None:
    if name:
        key = name.casefold()
        for side in (0, 1):
            for known in found.side_names[side]:
                if key in _aliases(known):
                    return side
    return pos if pos < 2 else None


def _aliases(name: str) -> set[str]:
    out = {name.casefold()}
    m = _ACRONYM.search(name)
    if m:
        out.add(m.group(1).casefold())
        out.add(name[: m.start()].strip().casefold())
    return out


def acronym_of(name: str) -> str | None:
    """"Sociālo mediju mārketings (SMM)" → "SMM"."""
    m = _ACRONYM.search(name)
    return m.group(1) if m else None


def _contrast_split(text: str) -> tuple[str, str] | None:
    m = any_marker(text, "contrast")
    if not m:
        return None
    a, b = text[: m.start()].strip(), text[m.end():].strip()
    if not a or not b:
        return None
    return a.rstrip(".,;"), b[:1].upper() + b[1:]
