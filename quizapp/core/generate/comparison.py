"""Items from the two-sided parts: comparison table rows and the key-differences list."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.banks.model import SourceRef
from quizapp.core.generate.builder import MAX_OPTIONS, neighbours, pick_distractors
from quizapp.core.generate.context import SIDE_KEYS, Context, capitalised


class _Row:
    """An aspect with one text per side: a table row or a key difference."""

    def __init__(self, aspect: str, texts: tuple[str, str], source: SourceRef) -> None:
        self.aspect = capitalised(aspect)
        self.texts = texts
        self.source = source


def table(ctx: Context) -> None:
    """Cards and questions for each table cell (aspect × side)."""
    tbl = ctx.doc.table
    if tbl is None or len(ctx.doc.sides) != 2:
        return
    rows = [_Row(r.aspect, (r.a, r.b), r.source) for r in tbl.rows]
    _rows(ctx, "table", rows)


def differences(ctx: Context) -> None:
    """Cards and questions for each key difference (aspect × side)."""
    if not ctx.doc.differences or len(ctx.doc.sides) != 2:
        return
    rows = [_Row(d.aspect, (d.a, d.b), d.source) for d in ctx.doc.differences]
    _rows(ctx, "differences", rows)


def _explain(ctx: Context, row: _Row) -> str:
    a, b = ctx.doc.sides
    return f"{row.aspect}: {a.short} — {row.texts[0]}; {b.short} — {row.texts[1]}"


def _rows(ctx: Context, namespace: str, rows: Sequence[_Row]) -> None:
    t = ctx.t
    keys = [ctx.b.key(namespace, r.aspect, r.source.line) for r in rows]
    for n, (row, key) in enumerate(zip(rows, keys)):
        topic = ctx.b.topic(f"{namespace}/{key}", row.aspect, row.source)
        explanation = _explain(ctx, row)
        for side in (0, 1):
            other = 1 - side
            base = f"{namespace}/{key}/{SIDE_KEYS[side]}"
            text = row.texts[side]
            card = ctx.b.card(
                f"{base}/card", topic,
                t.cell_front.format(aspect=row.aspect, side=ctx.side_inline(side)),
                text, explanation, row.source,
            )
            ctx.b.choice(
                f"{base}/mc-side", topic,
                t.side_mc.format(text=ctx.mask_sides(text)),
                ctx.side_name(side), [ctx.side_name(other)], explanation, row.source, [card],
            )
            column = [r.texts[side] for r in neighbours(rows, n)]
            ctx.b.choice(
                f"{base}/mc", topic,
                t.true_of_mc.format(aspect=row.aspect, side=ctx.side_inline(side)),
                text,
                pick_distractors(text, [[row.texts[other]], column], MAX_OPTIONS - 1),
                explanation, row.source, [card],
            )
            # A false statement swaps the sides: it gives this side's text to the other.
            truth = ctx.b.rng(f"{base}/tf").random() < 0.5
            claimed = side if truth else other
            ctx.b.true_false(
                f"{base}/tf", topic,
                t.statement_tf.format(aspect=row.aspect, side=ctx.side_name(claimed), text=text),
                truth, explanation, row.source, [card],
            )
