"""Blocks → Document: find the title and sides, cut the page into its parts, drop boilerplate."""

from __future__ import annotations

import re
from enum import Enum, auto

from quizapp.core.banks.model import SourceRef
from quizapp.core.parse.document import (
    Difference,
    Document,
    Group,
    ParseWarning,
    Passage,
    Side,
    Table,
    WarningCode,
    WhatIs,
)
from quizapp.core.errors import DocumentError
from quizapp.core.language.markers import Language, any_marker, detect_language
from quizapp.core.parse import sections
from quizapp.core.parse.blocks import Block, BlockKind, is_url_only, strip_urls
from quizapp.core.parse.table import Evidence

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
_INITIAL_END = re.compile(r"(?:^|\s)[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.$")
_MAX_FALLBACK_POINTS = 12


class _Part(Enum):
    INTRO = auto()
    KEY_POINTS = auto()
    TABLE = auto()
    WHAT_IS = auto()
    DIFFERENCES = auto()
    OTHER = auto()  # a heading of no known kind, outside any "What is" section
    BOILERPLATE = auto()


# Lines that are page furniture wherever they appear.
_NOISE = ("also_read", "reply", "rating", "save_article")
# Headings or lines after which everything is furniture until the next content heading.
_TAIL = ("references", "last_updated", "share_request", "comments", "leave_comment")
_CONTENT = (
    ("key_points", _Part.KEY_POINTS),
    ("table", _Part.TABLE),
    ("what_is", _Part.WHAT_IS),
    ("differences", _Part.DIFFERENCES),
)


def _full_text(b: Block) -> str:
    return f"{b.number}. {b.text}" if b.number is not None else b.text


def _is_noise(b: Block) -> bool:
    text = _full_text(b)
    return is_url_only(b.text) or any(any_marker(text, name) for name in _NOISE)


def _content_part(b: Block) -> _Part | None:
    if b.kind is not BlockKind.HEADING:
        return None
    for name, part in _CONTENT:
        if any_marker(b.text, name):
            return part
    return None


def _is_tail(b: Block) -> bool:
    return any(any_marker(_full_text(b), name) for name in _TAIL)


def _clean(b: Block) -> Block:
    text = strip_urls(b.text)
    cells = tuple(strip_urls(c) for c in b.cells)
    return Block(b.kind, text, b.line, b.depth, b.number, b.level, cells, b.gap_before,
                 b.emphasised)


def _split_parts(blocks: list[Block]) -> list[tuple[_Part, Block | None, list[Block]]]:
    """Cut the block stream at part headings; furniture regions are dropped on the way."""
    parts: list[tuple[_Part, Block | None, list[Block]]] = [(_Part.INTRO, None, [])]
    for b in blocks:
        part = _content_part(b)
        current = parts[-1][0]
        if part is not None:
            parts.append((part, b, []))
        elif _is_tail(b):
            if current is not _Part.BOILERPLATE:
                parts.append((_Part.BOILERPLATE, b, []))
        elif current is _Part.BOILERPLATE:
            continue
        elif b.kind is BlockKind.HEADING and current is _Part.INTRO:
            parts.append((_Part.OTHER, None, [b]))
        else:
            parts[-1][2].append(b)
    return parts


def parse_blocks(blocks: list[Block], *, name: str = "") -> Document:
    """Assemble a :class:`Document` from a block stream.

    Raises:
        DocumentError: Nothing learnable is left once furniture is removed.
    """
    blocks = [_clean(b) for b in blocks if not _is_noise(b)]
    blocks = [b for b in blocks if b.text or b.cells]
    if not blocks:
        raise DocumentError(f"{name or 'document'}: no text to learn from")
    title_block = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1),
                       blocks[0])
    blocks = [b for b in blocks if b is not title_block]
    title = title_block.text
    headings = [title] + [b.text for b in blocks if b.kind is BlockKind.HEADING]
    lang = detect_language(headings, " ".join(b.text for b in blocks[:60]))
    found = sections.Found()

    intro: list[Passage] = []
    key_points: list[Passage] = []
    table: Table | None = None
    what_is_raw: list[tuple[str, str, list[Group], SourceRef]] = []
    differences: list[Difference] = []
    other: list[Group] = []
    parts = _split_parts(blocks)
    # The rest of the article is the evidence for table rows whose split is uncertain.
    evidence = Evidence.from_texts(
        [title] + [b.text for part, head, body in parts if part is not _Part.TABLE
                   for b in ([head] if head else []) + body])
    last_content = max((k for k, p in enumerate(parts) if p[0] is not _Part.BOILERPLATE),
                       default=0)
    for k, (part, head, body) in enumerate(parts):
        path = (head.text,) if head is not None else ()
        if part is _Part.INTRO:
            intro.extend(Passage(b.text, SourceRef(b.line, ())) for b in body
                         if b.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM))
        elif part is _Part.KEY_POINTS:
            points, rest = sections.key_points(body, path)
            key_points.extend(points)
            other.extend(_generic(rest, path))
        elif part is _Part.TABLE:
            found_table, rest = sections.table(body, path, found, at_end=k == last_content,
                                               evidence=evidence)
            if table is None:
                table = found_table
            other.extend(_generic(rest, path))
        elif part is _Part.WHAT_IS and head is not None:
            m = any_marker(head.text, "what_is")
            subject = m.group("s") if m and m.group("s") else head.text
            lead, grs = sections.groups(body, path)
            what_is_raw.append((subject, lead, grs, SourceRef(head.line, path)))
        elif part is _Part.DIFFERENCES:
            differences.extend(sections.differences(body, path, found,
                                                    _title_sides(title, lang), lang.code))
        elif part is _Part.OTHER:
            other.extend(_generic(body, ()))

    sides = _sides(title, lang, found, table)
    what_is = tuple(
        WhatIs(subject, _side_of(subject, sides), lead, tuple(grs), src)
        for subject, lead, grs, src in what_is_raw
    )
    structured = bool(key_points or table or what_is or differences)
    if not structured:
        key_points = _fallback_points(intro, other)
        found.warnings.append(ParseWarning(WarningCode.UNSTRUCTURED))
    else:
        _missing(found, key_points, table, what_is, differences, sides)
    if not (key_points or other or what_is or intro):
        raise DocumentError(f"{name or 'document'}: no text to learn from")
    return Document(
        title=title,
        language=lang.code,
        sides=sides,
        intro=tuple(intro),
        key_points=tuple(key_points),
        table=table,
        what_is=what_is,
        differences=tuple(differences),
        sections=tuple(other),
        warnings=tuple(found.warnings),
        source_name=name,
    )


def _generic(blocks: list[Block], path: tuple[str, ...]) -> list[Group]:
    """Headed text outside the family's parts; a leading heading starts a top-level group."""
    if not blocks:
        return []
    if blocks[0].kind is BlockKind.HEADING:
        path = ()
    lead, grs = sections.groups(blocks, path)
    if lead and blocks[0].kind is not BlockKind.HEADING and path:
        grs.insert(0, Group(path[-1], lead, (), SourceRef(blocks[0].line, path)))
    return grs


def _fallback_points(intro: list[Passage], other: list[Group]) -> list[Passage]:
    """Key-point material for a document with none of the family's structure: its list
    items, else the first sentence of each headed text, else of each intro paragraph."""
    points: list[Passage] = [p for g in other for p in g.points]
    if not points:
        for g in other:
            if g.intro:
                points.append(Passage(_first_sentence(g.intro), g.source))
            for s in g.items:
                points.append(Passage(_first_sentence(s.text), s.source))
    if not points:
        points = [Passage(_first_sentence(p.text), p.source) for p in intro]
    return [p for p in points if len(p.text.split()) >= 4][:_MAX_FALLBACK_POINTS]


def _first_sentence(text: str) -> str:
    head = _SENTENCE_END.split(text.strip(), maxsplit=1)
    # An initial ("John B. Watson") ends no sentence.
    while len(head) > 1 and _INITIAL_END.search(head[0]):
        rest = _SENTENCE_END.split(head[1], maxsplit=1)
        head = [f"{head[0]} {rest[0]}", *rest[1:]]
    return head[0]


def _missing(found: sections.Found, key_points: list[Passage], table: Table | None,
             what_is: tuple[WhatIs, ...], differences: list[Difference],
             sides: tuple[Side, ...]) -> None:
    checks = (
        (key_points, WarningCode.NO_KEY_POINTS),
        (table, WarningCode.NO_TABLE),
        (what_is, WarningCode.NO_WHAT_IS),
        (differences, WarningCode.NO_DIFFERENCES),
        (sides, WarningCode.NO_SIDES),
    )
    for value, code in checks:
        if not value:
            found.warnings.append(ParseWarning(code))


# ------------------------------------------------------------------- sides


def _title_sides(title: str, lang: Language) -> tuple[str, str] | None:
    for candidate in (title,):
        m = any_marker(candidate, "title_between")
        if m:
            return m.group("a").strip(), m.group("b").strip()
        base = candidate
        suffix = any_marker(base, "title_suffix")
        if suffix:
            base = base[: suffix.start()]
        parts = any_marker(base, "title_versus")
        if parts:
            a, b = base[: parts.start()].strip(), base[parts.end():].strip()
            if a and b:
                return a, b
    return None


def _stems(text: str) -> set[str]:
    return {w[:5].casefold() for w in re.findall(r"\w+", text) if len(w) > 2}


def _similarity(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    return len(sa & sb) / max(1, len(sa | sb))


def _sides(title: str, lang: Language, found: sections.Found,
           table: Table | None) -> tuple[Side, ...]:
    sides = _sides_from(title, lang, found.side_names, table)
    if len(sides) == 2 and sides[0].name.casefold() == sides[1].name.casefold():
        # The differences list named one side for both (a line of it missing): go by the
        # title and the table alone; two sides of the same name are no sides at all.
        sides = _sides_from(title, lang, [[], []], table)
        if len(sides) == 2 and sides[0].name.casefold() == sides[1].name.casefold():
            return ()
    return sides


def _sides_from(title: str, lang: Language, names: list[list[str]],
                table: Table | None) -> tuple[Side, ...]:
    from_title = _title_sides(title, lang)
    columns = table.columns[1:] if table and table.columns else None
    out: list[Side] = []
    for idx in (0, 1):
        candidates: list[str] = list(names[idx])
        if from_title:
            candidates.append(from_title[idx])
        if columns:
            candidates.append(columns[idx])
        if not candidates:
            return ()
        if lang.code == "lv" and from_title:
            candidates = _nominative_first(candidates, from_title[idx])
        display = candidates[0]
        display = display[:1].upper() + display[1:]
        aliases = []
        acronym = sections.acronym_of(display)
        if acronym:
            aliases.append(acronym)
        aliases.extend(c for c in candidates[1:] if c.casefold() != display.casefold())
        out.append(Side(display, tuple(dict.fromkeys(aliases))))
    if from_title and names[0] and names[1]:
        # The differences list may name the sides in the other order than the title.
        straight = _similarity(names[0][0], from_title[0]) + _similarity(names[1][0], from_title[1])
        crossed = _similarity(names[0][0], from_title[1]) + _similarity(names[1][0], from_title[0])
        if crossed > straight:
            out.reverse()
    return tuple(out)


def _nominative_first(candidates: list[str], titled: str) -> list[str]:
    """The candidates with the title's name for a side moved behind the nominative it is a
    form of: a Latvian title puts its second side in the dative or accusative ("… pret lapu
    kokiem", "… pret slidsoli"), the table's header and the differences list name it in the
    nominative ("Lapu koki", "Slidsolis"), and every stem inflects a side from that."""
    from quizapp.core.language.inflect import Case, inflect

    low = titled.casefold()
    for other in candidates:
        if other is titled or other.casefold() == low:
            continue
        if any((inflect(other, case) or "").casefold() == low for case in Case):
            return [other, *(c for c in candidates if c is not other)]
    return candidates


def _side_of(subject: str, sides: tuple[Side, ...]) -> int | None:
    if len(sides) != 2:
        return None
    scores = [max(_similarity(subject, n) for n in (s.name, *s.aliases)) for s in sides]
    if scores[0] == scores[1]:
        return None
    return 0 if scores[0] > scores[1] else 1
