"""Items from aspect × side claims: recall, "which is true of X", "which of the two", true/false,
"which is NOT true of X" and "what do both have in common"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quizapp.core.banks.model import ChoiceForm, FactKind
from quizapp.core.generate.context import Context
from quizapp.core.generate.contrast import contrasted, said_elsewhere
from quizapp.core.generate.facts import DocFact, Said, number_spans
from quizapp.core.language.stems import content_stems

_EXAMPLES = re.compile(r"^(?:piemēr[si]?|examples?)$", re.IGNORECASE)
MAX_NOT_TRUE_OPTIONS = 4


def claims(ctx: Context) -> None:
    """Every claim's card and questions, then the items that span aspects."""
    pairs = [(f, ctx.book.facts[f.pair]) for f in ctx.book.of_kind(FactKind.CLAIM)
             if f.fact.side == 0]
    contrasts: list[tuple[DocFact, DocFact]] = []
    for fa, fb in pairs:
        cards = {f.id: _card(ctx, f, o) for f, o in ((fa, fb), (fb, fa))}
        if _contrasted(ctx, fa, fb):
            contrasts.append((fa, fb))
        # One side is asked both ways; the other "which of the two" where its text allows,
        # else "what characterises it" (the two "characterises" items would mirror).
        _true_of(ctx, fa, fb, cards[fa.id])
        _which_side(ctx, fa, fb, cards[fa.id])
        if _which_side(ctx, fb, fa, cards[fb.id]) is None:
            _true_of(ctx, fb, fa, cards[fb.id])
        _true_false(ctx, fa, fb, cards)
    for side in (0, 1):
        _not_true(ctx, side, pairs, contrasts)
    _common(ctx, contrasts)


def _ids(card: str | None) -> list[str]:
    return [card] if card else []


def usable(s: Said) -> bool:
    """Whether a text may stand in a question (no source error)."""
    return s.defect is None


def _aspect_fields(ctx: Context, f: DocFact) -> dict[str, str]:
    return {"aspect": f.fact.title, "aspect_lc": ctx.w.lower(f.fact.title)}


def _explain(ctx: Context, f: DocFact, other: DocFact) -> str:
    """Both sides of the aspect, each a sentence or more: "Kontrole: A — … . B — … ."."""
    mine, theirs = (f, other) if f.fact.side == 0 else (other, f)
    a, b = (ctx.doc.sides[k].short for k in (0, 1))
    return (f"{f.fact.title}: {a} — {_sentences(s.text for s in mine.said)} "
            f"{b} — {_sentences(s.text for s in theirs.said)}")


def _sentences(texts: Iterable[str]) -> str:
    """Texts (table cells, key differences) joined as sentences: each ends in a full stop
    unless it ends in its own, so two cells never run into one and no ".;" appears."""
    out = []
    for text in texts:
        text = text.strip().rstrip(";,")
        if text:
            out.append(text if text[-1] in ".!?…" else text + ".")
    return " ".join(out)


def _card(ctx: Context, f: DocFact, other: DocFact) -> str | None:
    """The recall card of a claim; its back is what the document says, leaving out text
    that looks broken (no card when all of it does: a learner would learn the slip)."""
    side = f.fact.side
    assert side is not None
    clean = [s.text for s in f.said if usable(s)]
    if not clean:
        return None
    if f.label_defect is not None:
        front = ctx.w.stem("claim_source", side, **_aspect_fields(ctx, f))
    elif _EXAMPLES.match(f.fact.title):
        front = ctx.w.stem("example", side)
    else:
        front = ctx.w.stem("claim", side, **_aspect_fields(ctx, f))
    assert front is not None  # every frame list ends in a nominative-only frame
    back = "\n".join(clean)
    return ctx.b.card(f"{f.id}/card", f.topic, front, back, _explain(ctx, f, other),
                      f.fact.source, fact=f.id)


def _pairable(f: DocFact, other: DocFact) -> tuple[Said, Said] | None:
    """This side's and the other side's first texts, when both can stand in a question."""
    mine, theirs = f.said[0], other.said[0]
    return (mine, theirs) if usable(mine) and usable(theirs) else None


def _true_of(ctx: Context, f: DocFact, other: DocFact, card: str | None) -> None:
    """"What characterises X regarding <aspect>?": this side's text against the other's."""
    texts = _pairable(f, other)
    side = f.fact.side
    if texts is None or f.label_defect is not None or side is None or _count(ctx, f.id) >= 3:
        return
    key = "example" if _EXAMPLES.match(f.fact.title) else "claim"
    stem = ctx.w.stem(key, side, **_aspect_fields(ctx, f))
    if stem is None:
        return
    # Everything the other side's row and key difference say of this aspect is false of
    # this side (the document contrasts them on it); nothing else is safe to offer.
    distractors = [s.text for s in other.said if usable(s) and not ctx.linter.named(s.text)]
    ctx.keep(ctx.b.choice(f"{f.id}/mc", f.topic, stem, texts[0].text, distractors,
                          _explain(ctx, f, other), f.fact.source, _ids(card), fact=f.id))


def _which_side(ctx: Context, f: DocFact, other: DocFact, card: str | None) -> str | None:
    """"Which of the two does this describe?" — only for a text that names neither side and
    that the document does not say of the other side too."""
    side = f.fact.side
    texts = _pairable(f, other)
    if texts is None or side is None or _count(ctx, f.id) >= 3:
        return None
    text = texts[0].text.rstrip(".")
    if said_elsewhere(text, ctx.book.texts_about(1 - side), ctx.doc.language):
        return None
    # The aspect tells what the text is about ("1938. gada 1. janvārī" alone says nothing);
    # without a sound aspect only a whole statement (with a verb) stands on its own.
    if f.label_defect is None:
        stem = ctx.w.stem("which_side_aspect", None, text=text, **_aspect_fields(ctx, f))
    elif any(ctx.w.is_verb(w) for w in text.split()[:3]):
        stem = ctx.w.stem("which_side", text=text)
    else:
        return None
    assert stem is not None
    names = [ctx.w.side_name(0), ctx.w.side_name(1)]
    return ctx.keep(ctx.b.choice(f"{f.id}/mc-side", f.topic, stem, names[side],
                                 [names[1 - side]], _explain(ctx, f, other), f.fact.source,
                                 _ids(card), fact=f.id, form=ChoiceForm.SIDES, shuffle=False))


def _contrasted(ctx: Context, fa: DocFact, fb: DocFact) -> bool:
    texts = _pairable(fa, fb)
    if texts is None:
        return False
    return contrasted(texts[0].text, texts[1].text, ctx.book.words_about(0),
                      ctx.book.words_about(1), ctx.doc.language)


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


def _true_false(ctx: Context, fa: DocFact, fb: DocFact,
                cards: dict[str, str | None]) -> None:
    """A statement that is true, or false by giving one side the other's text — only where
    the two are opposites the document holds to (see ``contrast.contrasted``). The side and
    the truth are drawn per aspect; the first of the four that reads as a sentence and
    passes the lint is kept."""
    if not _contrasted(ctx, fa, fb):
        return
    rng = ctx.b.rng(f"{fa.id}/tf")
    tries = [(f, o, truth) for f, o in ((fa, fb), (fb, fa)) for truth in (True, False)]
    rng.shuffle(tries)
    for f, other, truth in tries:
        side = f.fact.side
        if side is None or _count(ctx, f.id) >= 3:
            continue
        text = (f if truth else other).said[0].text
        statement = sentence(ctx, side, text)
        if statement is None or not truth and not _subject_shared(ctx, text, side):
            continue
        if ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth,
                                     _explain(ctx, f, other), f.fact.source, _ids(cards[f.id]),
                                     fact=f.id)):
            return


def _subject_shared(ctx: Context, text: str, side: int) -> bool:
    """Whether the first word of ``text`` (the other side's) is also said of ``side``: a false
    statement must not give itself away by a thing only the other side has ("Saules enerģijā
    turbīnas kalpo …")."""
    first = text.split()[0]
    if ctx.w.is_verb(first):
        return True
    stems = content_stems(first, ctx.doc.language)
    return any(stems & content_stems(t, ctx.doc.language) for t in ctx.book.texts_about(side))


def _count(ctx: Context, fact: str) -> int:
    return sum(1 for it in ctx.b.items if it.fact == fact)


def _not_true(ctx: Context, side: int, pairs: list[tuple[DocFact, DocFact]],
              contrasts: list[tuple[DocFact, DocFact]]) -> None:
    """"Which of these is NOT true of X?": true texts of X from other aspects, and the other
    side's text where the two are opposites (the first such aspect)."""
    if not contrasts:
        return
    # Examples are not statements about a side; numbers are asked as clozes.
    mine = [p[side] for p in pairs if usable(p[side].said[0]) and not _EXAMPLES.match(
        p[side].fact.title) and not ctx.linter.named(p[side].said[0].text)]
    for pair in [p for p in contrasts if not number_spans(p[1 - side].said[0].text)]:
        f, other = pair[side], pair[1 - side]
        if _count(ctx, f.id) >= 3:
            continue
        origin = other.said[0].origin
        true = [m.said[0].text for m in mine if m is not f and m.said[0].origin == origin]
        if len(true) < 2:
            continue
        rng = ctx.b.rng(f"{f.id}/not")
        rng.shuffle(true)
        stem = ctx.w.stem("not_true", side)
        if stem is None:
            return
        made = ctx.keep(ctx.b.choice(
            f"{f.id}/not", f.topic, stem, other.said[0].text,
            true[: MAX_NOT_TRUE_OPTIONS - 1], _explain(ctx, f, other), f.fact.source,
            [], fact=f.id, form=ChoiceForm.NOT))
        if made:
            return


def _common(ctx: Context, contrasts: list[tuple[DocFact, DocFact]]) -> None:
    """"What do X and Y have in common?": the statement of both against texts only one side
    has (one side of a contrast the document holds to)."""
    wrong = [p[k].said[0].text for p in contrasts for k in (0, 1)
             if not ctx.linter.named(p[k].said[0].text)]
    for f in ctx.book.of_kind(FactKind.SHARED):
        said = f.said[0]
        predicate = _predicate(ctx, said.text)
        if not wrong or not usable(said) or predicate is None:
            continue
        stem = ctx.w.stem("common", 0)
        if stem is None:
            return
        rng = ctx.b.rng(f"{f.id}/both")
        picked = rng.sample(wrong, min(3, len(wrong)))
        ctx.keep(ctx.b.choice(f"{f.id}/both", f.topic, stem, predicate, picked,
                              said.text, f.fact.source, [], fact=f.id))


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


def kinds_of(ctx: Context, fact: str) -> Counter[str]:
    """The kinds (and forms) of the items made so far for ``fact``."""
    return Counter(f"{it.kind.value}/{it.form.value}" for it in ctx.b.items if it.fact == fact)
