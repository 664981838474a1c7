"""The one place the document screen builds HTML: the outline of an untrusted document,
every text escaped, no links, no images — headings as headings, lists as lists, the
comparison table as a table, the card's source marked."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.parse.outline import Entry, Part
from quizapp.gui.widgets.text import escaped

# The anchor of the marked entry (scrolled to).
MARK_ANCHOR = "quizapp-mark"


def style_sheet(text: str, muted: str, rule: str, mark: str, header: str) -> str:
    """The rendering's CSS (QTextDocument's subset), in the theme's colours."""
    return (f"body {{ color: {text}; }}"
            "h1 { font-size: x-large; margin-top: 4px; margin-bottom: 10px; }"
            "h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }"
            "h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }"
            "p { margin-top: 0px; margin-bottom: 9px; }"
            f"table {{ border-color: {rule}; margin-top: 4px; margin-bottom: 12px; }}"
            "td, th { padding: 5px; vertical-align: top; }"
            f"th {{ background-color: {header}; text-align: left; }}"
            f".mark {{ background-color: {mark}; }}"
            f".line {{ color: {muted}; }}")


def document_html(entries: Sequence[Entry], mark_line: int) -> str:
    """``entries`` as HTML; the entry (or table row) holding ``mark_line`` is marked and
    carries ``MARK_ANCHOR``. Every document text goes through ``escaped``."""
    marked = marked_entry(entries, mark_line)
    out: list[str] = []
    open_lists: list[str] = []  # the list tags open, outermost first

    def close_lists(depth: int) -> None:
        while len(open_lists) > depth:
            out.append(f"</{open_lists.pop()}>")

    for index, e in enumerate(entries):
        mark = index == marked
        anchor = f'<a name="{MARK_ANCHOR}"></a>' if mark and e.part is not Part.TABLE else ""
        cls = ' class="mark"' if mark and e.part is not Part.TABLE else ""
        if e.part is not Part.ITEM:
            close_lists(0)
        if e.part is Part.HEADING:
            out.append(f"<h{e.level}{cls}>{anchor}{escaped(e.text)}</h{e.level}>")
        elif e.part is Part.PARAGRAPH:
            out.append(f"<p{cls}>{anchor}{escaped(e.text)}</p>")
        elif e.part is Part.ITEM:
            tag = "ol" if e.number is not None else "ul"
            close_lists(e.depth + 1)
            while len(open_lists) < e.depth + 1:
                start = f' start="{e.number}"' if e.number is not None else ""
                out.append(f"<{tag}{start}>")
                open_lists.append(tag)
            out.append(f"<li{cls}>{anchor}{escaped(e.text)}</li>")
        else:
            out.append(_table(e, mark_line if mark else 0))
    close_lists(0)
    return "".join(out)


def _table(e: Entry, mark_line: int) -> str:
    width = max([len(e.columns), *(len(r.cells) for r in e.rows)] or [1])
    out = ['<table border="1" cellspacing="0" cellpadding="5" width="100%">']
    if e.columns:
        out.append("<tr>" + "".join(f"<th>{escaped(c)}</th>" for c in e.columns) + "</tr>")
    for row in e.rows:
        mark = row.line == mark_line
        cls = ' class="mark"' if mark else ""
        anchor = f'<a name="{MARK_ANCHOR}"></a>' if mark else ""
        cells = list(row.cells)
        if len(cells) == 1 and width > 1:  # a row that could not be split: one wide cell
            out.append(f'<tr><td{cls} colspan="{width}">{anchor}{escaped(cells[0])}</td></tr>')
            continue
        tds = [f"<td{cls}>{anchor if k == 0 else ''}{escaped(c)}</td>"
               for k, c in enumerate(cells)]
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "".join(out)


def marked_entry(entries: Sequence[Entry], line: int) -> int:
    """The index of the entry that shows source line ``line`` (-1: none): the one that
    holds it, else the last one that starts before it."""
    if line <= 0:
        return -1
    best = -1
    for index, e in enumerate(entries):
        if line in e.lines:
            return index
        if e.line <= line:
            best = index
    return best
