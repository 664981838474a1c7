"""Items from aspect × side claims: the recall card of each side, then one "which of the two"
and one "what characterises X" per aspect (more would ask the same binary choice again),
true/false where the sides are opposites, and the items that span aspects."""

from __future__ import annotations

from quizapp.core.banks.model import ChoiceForm, FactKind
from quizapp.core.generate.claimsets import common, not_true
from quizapp.core.generate.context import Context
from quizapp.core.generate.contrast import said_elsewhere
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.said import (
    EXAMPLES,
    asked,
    aspect_fields,
    aspect_phrase,
    back_texts,
    bare,
    contrasted_pair,
    count,
    explain,
    ids,
    one_example,
    yes_no,
)
from quizapp.core.generate.truefalse import true_false

MAX_PER_FACT = 3


def claims(ctx: Context) -> None:
    """Every claim's card and questions, then the items that span aspects."""
    pairs = [(f, ctx.book.facts[f.pair]) for f in ctx.book.of_kind(FactKind.CLAIM)
             if f.fact.side == 0]
    contrasts: list[tuple[DocFact, DocFact]] = []
    for fa, fb in pairs:
        if EXAMPLES.search(fa.fact.title):
            # Lists of examples: "which of the two are these examples of?", nothing more (a
            # card reciting three countries teaches little).
            for f, o in ((fa, fb), (fb, fa)):
                _which_side(ctx, f, o, None)
            continue
        cards = {f.id: _card(ctx, f, o) for f, o in ((fa, fb), (fb, fa))}
        if contrasted_pair(ctx, fa, fb):
            contrasts.append((fa, fb))
        order = [(fa, fb), (fb, fa)]
        ctx.b.rng(f"{fa.id}/ask").shuffle(order)
        x, y = order[0]
        if _which_side(ctx, x, y, cards[x.id]) is not None:
            _true_of(ctx, y, x, cards[y.id]) or _true_of(ctx, x, y, cards[x.id])
        elif _which_side(ctx, y, x, cards[y.id]) is not None:
            _true_of(ctx, x, y, cards[x.id]) or _true_of(ctx, y, x, cards[y.id])
        else:
            _true_of(ctx, x, y, cards[x.id]) or _true_of(ctx, y, x, cards[y.id])
        true_false(ctx, fa, fb, cards)
    for side in (0, 1):
        not_true(ctx, side, pairs, contrasts)
    common(ctx, contrasts)


def _card(ctx: Context, f: DocFact, other: DocFact) -> str | None:
    """The recall card of a claim; its back is what the document says, each thing once,
    leaving out text that looks broken (no card when all of it does: a learner would learn
    the slip)."""
    side = f.fact.side
    assert side is not None
    clean = back_texts(f, ctx.doc.language)
    if not clean:
        return None
    if f.fact.title.casefold() in _DEFINITION_LABELS and any(
            d.fact.side == side for d in ctx.book.of_kind(FactKind.DEFINITION)):
        return None  # "Kas ir klimats?" is the definition's own card
    fields = aspect_fields(ctx, f)
    front = None
    if f.label_defect is not None or not aspect_phrase(ctx, f):
        # "What characterises fission in terms of in nature?" reads wrong: quote the label.
        front = ctx.w.stem("claim_source", side, **fields)
    elif yes_no(ctx, clean[0]) is not None:
        front = ctx.w.stem("has", side, **fields)  # "Vai vīrusam ir ribosomas?" → "Nav"
    if front is None:
        front = _claim_stem(ctx, f, side)
    assert front is not None  # every frame list ends in a nominative-only frame
    return ctx.b.card(f"{f.id}/card", f.topic, front, "\n".join(clean),
                      explain(ctx, f, other), f.fact.source, fact=f.id)


_DEFINITION_LABELS = frozenset(("definīcija", "definition", "nozīme", "meaning", "jēdziens"))


def _claim_stem(ctx: Context, f: DocFact, side: int) -> str | None:
    """"Kas raksturo X aspektā «Y»?"; for a row that defines the sides ("Definīcija") the
    question it answers: "Kas ir laikapstākļi?"."""
    if f.fact.title.casefold() in _DEFINITION_LABELS:
        return ctx.w.stem("definition", side)
    return ctx.w.stem("claim", side, **aspect_fields(ctx, f))


def _true_of(ctx: Context, f: DocFact, other: DocFact, card: str | None) -> str | None:
    """"What characterises X regarding <aspect>?": this side's text against the other's on
    the same aspect, the only wrong option the document makes safe."""
    mine, theirs = asked(ctx, f), asked(ctx, other)
    side = f.fact.side
    if mine is None or theirs is None or f.label_defect is not None or side is None or \
            not aspect_phrase(ctx, f) or \
            count(ctx, f.id) >= MAX_PER_FACT or bare(ctx, mine.text) != bare(ctx, theirs.text):
        return None
    stem = _claim_stem(ctx, f, side)
    if stem is None:
        return None
    return ctx.keep(ctx.b.choice(f"{f.id}/mc", f.topic, stem, mine.text, [theirs.text],
                                 explain(ctx, f, other), f.fact.source, ids(card), fact=f.id))


def _which_side(ctx: Context, f: DocFact, other: DocFact, card: str | None) -> str | None:
    """"Which of the two does this describe?" — only for a text that names neither side,
    says something on its own, and that the document does not say of the other side too."""
    side = f.fact.side
    mine = asked(ctx, f)
    if mine is None or side is None or count(ctx, f.id) >= MAX_PER_FACT or bare(ctx, mine.text):
        return None
    text = mine.text.rstrip(".")
    if said_elsewhere(text, ctx.book.texts_about(1 - side), ctx.doc.language):
        return None
    # The aspect tells what the text is about ("1938. gada 1. janvārī" alone says nothing);
    # without a sound aspect only a whole statement (with a verb) stands on its own.
    if EXAMPLES.search(f.fact.title):
        key = "which_side_example" if one_example(f.fact.title, text) else \
            "which_side_examples"
        stem = ctx.w.stem(key, None, text=text)
    elif f.label_defect is None and not aspect_phrase(ctx, f):
        stem = ctx.w.stem("which_side_quoted", None, text=text, **aspect_fields(ctx, f))
    elif f.label_defect is None:
        stem = ctx.w.stem("which_side_aspect", None, text=text, **aspect_fields(ctx, f))
    elif any(ctx.w.is_verb(w) for w in text.split()[:3]):
        stem = ctx.w.stem("which_side", text=text)
    else:
        return None
    assert stem is not None
    names = [ctx.w.side_name(0), ctx.w.side_name(1)]
    return ctx.keep(ctx.b.choice(f"{f.id}/mc-side", f.topic, stem, names[side],
                                 [names[1 - side]], explain(ctx, f, other), f.fact.source,
                                 ids(card), fact=f.id, form=ChoiceForm.SIDES, shuffle=False))
