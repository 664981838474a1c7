"""Items that span a side's aspects: "which of these is NOT true of X" and "what do X and Y
have in common"."""

from __future__ import annotations

import re

from quizapp.core.banks.model import ChoiceForm, FactKind
from quizapp.core.generate.context import Context
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.said import EXAMPLES, asked, bare, count, explain, usable

MAX_NOT_TRUE_OPTIONS = 4


def not_true(ctx: Context, side: int, pairs: list[tuple[DocFact, DocFact]],
             contrasts: list[tuple[DocFact, DocFact]]) -> None:
    """"Which of these is NOT true of X?": true texts of X from other aspects, and the other
    side's text where the two are opposites (the first such aspect). Every option is a
    statement that stands on its own ("One" does not)."""
    if not contrasts:
        return
    # Examples are not statements about a side; numbers are asked by clozes and the
    # claims' own items.
    mine = [(p[side], _labelled(ctx, p[side], s.text)) for p in pairs
            if not EXAMPLES.search(p[side].fact.title) and p[side].label_defect is None
            and (s := asked(ctx, p[side])) is not None and not bare(ctx, s.text)]
    for pair in contrasts:
        f, other = pair[side], pair[1 - side]
        key = asked(ctx, other)
        if key is None or bare(ctx, key.text) or re.search(r"\d", key.text) or count(
                ctx, f.id) >= 3 or f.label_defect is not None:
            continue
        true = [t for m, t in mine if m is not f and ctx.book.facts[m.id].said[0].origin ==
                key.origin]
        if len(true) < 2:
            continue
        ctx.b.rng(f"{f.id}/not").shuffle(true)
        stem = ctx.w.stem("not_true", side)
        if stem is None:
            return
        made = ctx.keep(ctx.b.choice(
            f"{f.id}/not", f.topic, stem, _labelled(ctx, other, key.text),
            true[: MAX_NOT_TRUE_OPTIONS - 1],
            explain(ctx, f, other), f.fact.source, [], fact=f.id, form=ChoiceForm.NOT))
        if made:
            return


def _labelled(ctx: Context, f: DocFact, text: str) -> str:
    """An option of "which is NOT true" with its aspect, so that it reads on its own:
    "Daughter cells: four haploid cells"."""
    return f"{f.fact.title}: {ctx.w.inline(text)}"


def common(ctx: Context, contrasts: list[tuple[DocFact, DocFact]]) -> None:
    """"What do X and Y have in common?": the statement of both against texts only one side
    has (one side of a contrast the document holds to)."""
    # One text per contrast: its two sides as the only wrong options cancel each other
    # ("cheaper materials" / "dearer materials"), and the right one is left by elimination.
    # The options are predicates like the right one, said of a side: a noun phrase ("Property
    # tax, …") is of another type, and a quantity's verb ("Grows with every payment …") has
    # the aspect, not the side, for its subject.
    pairs = [[s.text for k in (0, 1)
              if (s := asked(ctx, p[k])) is not None and not bare(ctx, s.text)
              and _side_predicate(ctx, s.text)]
             for p in contrasts]
    pairs = [p for p in pairs if p]
    for f in ctx.book.of_kind(FactKind.SHARED):
        said = f.said[0]
        predicate = _predicate(ctx, said.text)
        if not pairs or not usable(said) or predicate is None:
            continue
        stem = ctx.w.stem("common", 0)
        if stem is None:
            return
        rng = ctx.b.rng(f"{f.id}/both")
        picked = [rng.choice(p) for p in rng.sample(pairs, min(3, len(pairs)))]
        ctx.keep(ctx.b.choice(f"{f.id}/both", f.topic, stem, predicate, picked,
                              said.text, f.fact.source, [], fact=f.id))


def _side_predicate(ctx: Context, text: str) -> bool:
    """Whether a cell opens with a verb whose subject is the side ("Veido …", "Relies on …")."""
    from quizapp.core.generate.truefalse import EVENT_VERBS

    first = text.split()[0] if text.split() else ""
    return ctx.w.is_verb(first) and first.casefold() not in EVENT_VERBS


def _predicate(ctx: Context, text: str) -> str | None:
    """What a "both" statement says, without its "both …" subject (which would give the
    answer away): "Abās stratēģijās tiek izmantoti sociālie mediji" → "Tiek izmantoti
    sociālie mediji"; None when no verb is found."""
    words = text.rstrip(" .").split()
    for k, w in enumerate(words[1:6], start=1):
        if ctx.w.is_verb(w):
            if ctx.doc.language == "en" and not w.endswith("s"):
                # "Both drinks contain …" → "Contains …", as the table's cells are worded.
                words[k] = w + ("es" if w.endswith(("sh", "ch", "x", "o")) else "s")
            rest = " ".join(words[k:])
            return rest[:1].upper() + rest[1:]
    return None
