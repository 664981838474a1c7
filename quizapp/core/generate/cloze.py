"""Cloze items: a number stated in the document blanked in its sentence, with the document's
other numbers of the same unit as the options."""

from __future__ import annotations

import re

from quizapp.core.banks.model import FactKind
from quizapp.core.generate.context import Context
from quizapp.core.generate.factbook import DocFact

_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9])")


def unit_of(number: str) -> str:
    """What kind of number ``number`` is: its text with the digits taken out ("# mg")."""
    return _DIGITS.sub("#", number).casefold()


def numbers(ctx: Context) -> None:
    """A cloze per number fact that has another number of its unit to stand against."""
    facts = list(ctx.book.of_kind(FactKind.NUMBER))
    for f in facts:
        number = f.fact.title
        others = [o.fact.title for o in facts if o is not f
                  and unit_of(o.fact.title) == unit_of(number) and o.fact.title != number]
        if not others:
            continue
        host = ctx.book.facts.get(f.pair)
        framed = _framed(ctx, f, host)
        if framed is None or number not in framed:
            continue
        before, _, after = framed.partition(number)
        ctx.b.rng(f"{f.id}/cloze").shuffle(others)
        ctx.keep(ctx.b.cloze(f"{f.id}/cloze", f.topic, before, number, after, others[:3],
                             f.said[0].text, f.fact.source, f.id))


def _framed(ctx: Context, f: DocFact, host: DocFact | None) -> str | None:
    """The sentence around the number, with the side and aspect when it is a table cell or a
    difference (which do not name them)."""
    text = next((s for s in _SENTENCES.split(f.said[0].text) if f.fact.title in s), "")
    if not text:
        return None
    if host is not None and host.fact.kind is FactKind.CLAIM and f.fact.side is not None:
        if ctx.linter.named(text) == {f.fact.side}:
            return text  # "Solar panels last about 25–30 years" says whose it is
        if host.label_defect is not None:
            return None
        return ctx.w.stem("cloze_claim", f.fact.side, aspect=host.fact.title,
                          aspect_lc=ctx.w.lower(host.fact.title),
                          text=ctx.w.inline(text.rstrip(".")) + ".")
    return text
