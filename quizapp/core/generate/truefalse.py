"""True/false statements from claims: a side's text said of it (true) or of the other side
(false), only where the document holds the two to be opposites on the aspect; and "X has …"
for aspects a side has or lacks ("Vīrusam ir ribosomas." — false)."""

from __future__ import annotations

from quizapp.core.generate.context import Context
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.said import (
    asked,
    aspect_fields,
    contrasted_pair,
    count,
    explain,
    ids,
    yes_no,
)
from quizapp.core.language.stems import content_stems


def sentence(ctx: Context, side: int, text: str) -> str | None:
    """``text`` (a table cell or a difference) said of ``side`` as a whole sentence, or None
    when its grammar is not clear: "Paļaujas uz …" → "Sociālo mediju mārketings paļaujas uz
    …"; "Zīmols pilnībā kontrolē …" → "Sociālo mediju mārketingā zīmols pilnībā kontrolē …"."""
    words = text.rstrip(" .").split()
    if len(words) < 3:
        return None
    body = ctx.w.inline(words[0]) + " " + " ".join(words[1:])
    if ctx.w.is_verb(words[0]):
        return ctx.w.stem("tf_verb", side, text=body)
    if any(ctx.w.is_verb(w) for w in words[1:3]) and not words[0][:1].isdigit():
        return ctx.w.stem("tf_clause", side, text=body)
    return None


def true_false(ctx: Context, fa: DocFact, fb: DocFact, cards: dict[str, str | None]) -> None:
    """A statement that is true, or false by giving one side the other's text — only where
    the two are opposites the document holds to (see ``contrast.contrasted``). The side and
    the truth are drawn per aspect; the first of the four that reads as a sentence and
    passes the lint is kept."""
    if _has(ctx, fa, fb, cards) or not contrasted_pair(ctx, fa, fb):
        return
    rng = ctx.b.rng(f"{fa.id}/tf")
    tries = [(f, o, truth) for f, o in ((fa, fb), (fb, fa)) for truth in (True, False)]
    rng.shuffle(tries)
    for f, other, truth in tries:
        side = f.fact.side
        said = asked(ctx, f if truth else other)
        if side is None or said is None or count(ctx, f.id) >= 3:
            continue
        statement = sentence(ctx, side, said.text)
        if statement is None or not truth and not _subject_shared(ctx, said.text, side):
            continue
        if ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth,
                                     explain(ctx, f, other), f.fact.source, ids(cards[f.id]),
                                     fact=f.id)):
            return


def _has(ctx: Context, fa: DocFact, fb: DocFact, cards: dict[str, str | None]) -> bool:
    """"Baktērijai ir ribosomas." where one side's text is a yes and the other's a no (the
    statement about either side is decided by the document); True when one was made."""
    said = [asked(ctx, fa), asked(ctx, fb)]
    answers = [yes_no(ctx, s.text) if s is not None else None for s in said]
    if None in answers or answers[0] == answers[1] or fa.label_defect is not None:
        return False
    f, other = (fa, fb) if ctx.b.rng(f"{fa.id}/tf").random() < 0.5 else (fb, fa)
    side = f.fact.side
    assert side is not None
    statement = ctx.w.stem("tf_has", side, **aspect_fields(ctx, f))
    if statement is None:
        return False
    truth = bool(answers[side])
    return ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth,
                                     explain(ctx, f, other), f.fact.source, ids(cards[f.id]),
                                     fact=f.id)) is not None


def _subject_shared(ctx: Context, text: str, side: int) -> bool:
    """Whether the first word of ``text`` (the other side's) is also said of ``side``: a false
    statement must not give itself away by a thing only the other side has ("Saules enerģijā
    turbīnas kalpo …")."""
    first = text.split()[0]
    if ctx.w.is_verb(first):
        return True
    stems = content_stems(first, ctx.doc.language)
    return any(stems & content_stems(t, ctx.doc.language) for t in ctx.book.texts_about(side))
