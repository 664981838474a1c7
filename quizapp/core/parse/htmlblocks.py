"""HTML article pages → blocks, with the stdlib parser; nothing is executed or fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quizapp.core.parse.blocks import Block, BlockKind, clean_text, looks_like_heading

# Content inside these never reaches a card: code, page furniture, embedded media, captions.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "figure", "figcaption", "form", "button", "select",
    "textarea", "nav", "aside", "footer", "head", "title", "dialog",
})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col",
                   "base", "param", "track"})
# Page furniture recognised by class or id (comments, share bars, related posts).
_FURNITURE = re.compile(
    r"\b(?:comments?|comment-respond|respond|share|sharing|social-share|related|sidebar|"
    r"breadcrumbs?|advert|ads?|newsletter|cookie)\b",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                         "div", "section", "article", "blockquote", "dt", "dd", "pre",
                         "ul", "ol", "table", "main", "header"})


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self._skip_depth = 0
        self._buf: list[str] = []
        self._buf_text = False  # the buffer holds more than white space
        self._buf_line = 0
        self._bold_chars = 0
        self._bold = 0
        self._lists: list[list[int]] = []  # per open list: [ordered(0/1), next number]
        self._current: tuple[BlockKind, int, int | None, int] | None = None
        self._row: list[str] | None = None
        self._row_line = 0
        self._cell: list[str] | None = None

    # ----------------------------------------------------------------- helpers
    def _flush(self) -> None:
        text = clean_text("".join(self._buf))
        self._buf = []
        self._buf_text = False
        if not text or self._current is None:
            self._bold_chars = 0
            return
        kind, depth, number, level = self._current
        emph = self._bold_chars >= len(text.replace(" ", "")) > 0
        self._bold_chars = 0
        self.blocks.append(Block(kind, text, self._buf_line or 1, depth=depth, number=number,
                                 level=level, emphasised=emph))

    def _start_block(self, kind: BlockKind, depth: int = 0, number: int | None = None,
                     level: int = 0) -> None:
        self._flush()
        self._current = (kind, depth, number, level)
        self._buf_line = self.getpos()[0]

    # ----------------------------------------------------------------- events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self._skip_depth:
                self._text("\n" if self._cell is None else " ")
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        skipping = tag in _SKIP or bool(marker and _FURNITURE.search(marker))
        self._stack.append((tag, skipping))
        if skipping:
            if self._skip_depth == 0:
                self._flush()
            self._skip_depth += 1
            return
        if self._skip_depth:
            return
        if tag in ("b", "strong"):
            self._bold += 1
        elif tag in ("ul", "ol"):
            self._flush()
            self._current = None
            self._lists.append([1 if tag == "ol" else 0, 1])
        elif tag == "li":
            ordered, nxt = self._lists[-1] if self._lists else [0, 1]
            number = nxt if ordered else None
            if self._lists:
                self._lists[-1][1] += 1
            self._start_block(BlockKind.ITEM, max(0, len(self._lists) - 1), number)
        elif re.fullmatch(r"h[1-6]", tag):
            self._start_block(BlockKind.HEADING, level=int(tag[1]))
        elif tag == "tr":
            self._flush()
            self._current = None
            self._row, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in ("p", "dt", "dd", "blockquote", "pre"):
            self._start_block(BlockKind.PARAGRAPH, len(self._lists))
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._current = (BlockKind.PARAGRAPH, len(self._lists), None, 0)
            self._buf_line = self.getpos()[0]

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Pop to the matching open tag; browsers forgive unclosed tags, so do we.
        idx = next((i for i in range(len(self._stack) - 1, -1, -1)
                    if self._stack[i][0] == tag), None)
        if idx is None:
            return
        for open_tag, skipping in reversed(self._stack[idx:]):
            self._close(open_tag, skipping)
        del self._stack[idx:]

    def _close(self, tag: str, skipping: bool) -> None:
        if skipping:
            self._skip_depth -= 1
            return
        if self._skip_depth:
            return
        if tag in ("b", "strong"):
            self._bold = max(0, self._bold - 1)
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
            self._current = (BlockKind.PARAGRAPH, len(self._lists), None, 0)
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(clean_text("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            cells = tuple(self._row)
            if any(cells):
                self.blocks.append(Block(BlockKind.ROW, " ".join(cells), self._row_line,
                                         cells=cells))
            self._row = None
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._current = (BlockKind.PARAGRAPH, len(self._lists), None, 0)
            self._buf_line = self.getpos()[0]

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._text(data)

    def _text(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
            return
        if self._row is not None:
            return
        if self._current is None:
            self._current = (BlockKind.PARAGRAPH, len(self._lists), None, 0)
        if not self._buf_text and data.strip():
            self._buf_line = self.getpos()[0]
            self._buf_text = True
        if self._bold:
            self._bold_chars += len(data.replace(" ", "").replace("\n", ""))
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_blocks(html: str) -> list[Block]:
    """Parse an HTML page into blocks; headings are explicit, bold-only lines may be too."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    out = []
    for b in collector.blocks:
        # <br> splits a paragraph into lines; keep them as one block of text.
        b = Block(b.kind, clean_text(b.text.replace("\n", " ")), b.line, b.depth, b.number,
                  b.level, b.cells, True, b.emphasised)
        if b.kind is BlockKind.PARAGRAPH and b.emphasised and looks_like_heading(b.text):
            b = b.as_kind(BlockKind.HEADING)
        out.append(b)
    return out
