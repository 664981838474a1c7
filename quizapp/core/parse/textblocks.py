"""Plain text (and Markdown) → blocks: list items, inferred headings, table rows."""

from __future__ import annotations

import re

from quizapp.core.parse.blocks import Block, BlockKind, clean_text, looks_like_heading

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(\S.*)$")
_BULLET = re.compile(r"^(\s*)[•\-*·▪◦‣∙–]\s+(\S.*)$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")


def _md_inline(text: str) -> tuple[str, bool]:
    """Strip Markdown links and emphasis; report whether the whole line was bold."""
    text = _MD_LINK.sub(r"\1", text)
    whole = bool(re.fullmatch(r"(\*\*|__).+\1", text.strip()))
    return _MD_EMPH.sub(r"\2", text), whole


def text_to_blocks(text: str) -> list[Block]:
    """Split plain text into blocks, one per non-blank line.

    Lines are the unit because this family's text exports put each paragraph on one line;
    list depth comes from indentation, and a short line standing alone without a sentence
    end is a heading (numbered ones too: "1. Satura stratēģija").
    """
    lines = text.split("\n")
    out: list[Block] = []
    indents: list[int] = []
    gap = True
    for n, raw in enumerate(lines, start=1):
        if not clean_text(raw):
            gap = True
            continue
        block = _classify(raw, n, gap, indents)
        gap = False
        if block is not None:
            out.append(block)
    return _infer_headings(out, lines)


def _classify(raw: str, n: int, gap: bool, indents: list[int]) -> Block | None:
    if _MD_RULE.match(raw) and "|" in raw:
        return None
    m = _MD_HEADING.match(raw)
    if m:
        indents.clear()
        body, _ = _md_inline(m.group(2))
        return Block(BlockKind.HEADING, clean_text(body), n, level=len(m.group(1)), gap_before=gap)
    m = _MD_ROW.match(raw)
    if m:
        cells = tuple(clean_text(_md_inline(c)[0]) for c in m.group(1).split("|"))
        return Block(BlockKind.ROW, " ".join(cells), n, cells=cells, gap_before=gap)
    m = _NUMBERED.match(raw) or _BULLET.match(raw)
    if m:
        indent = len(m.group(1).expandtabs(4))
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        number = int(m.group(2)) if m.re is _NUMBERED else None
        body, bold = _md_inline(m.group(m.lastindex or 0))
        return Block(BlockKind.ITEM, clean_text(body), n, depth=len(indents) - 1,
                     number=number, gap_before=gap, emphasised=bold)
    indent = len(raw) - len(raw.lstrip())
    if indent == 0:
        indents.clear()
    body, bold = _md_inline(raw)
    return Block(BlockKind.PARAGRAPH, clean_text(body), n, depth=min(len(indents), 9),
                 gap_before=gap, emphasised=bold)


def _infer_headings(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Promote stand-alone short lines to headings (the text has no markup for them)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        alone = b.gap_before and (nxt is None or nxt.gap_before or nxt.kind is BlockKind.ITEM)
        indented = lines[b.line - 1][:1].isspace()
        if b.kind is BlockKind.PARAGRAPH and not indented and looks_like_heading(b.text):
            if alone or b.emphasised:
                b = b.as_kind(BlockKind.HEADING)
        elif (
            b.kind is BlockKind.ITEM
            and b.number is not None
            and not indented
            and alone
            and looks_like_heading(b.text, numbered=True)
        ):
            b = b.as_kind(BlockKind.HEADING)
        out.append(b)
    return out
