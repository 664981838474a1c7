"""True/false statements from claims: a side's text said of it (true) or of the other side
(false), only where the document holds the two to be opposites on the aspect; and "X has …"
for aspects a side has or lacks ("Vīrusam ir ribosomas." — false)."""

from __future__ import annotations

import re

from quizapp.core.banks.model import FactKind
from quizapp.core.generate.context import Context
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.said import (
    EXAMPLES,
    asked,
    aspect_fields,
    aspect_phrase,
    contrasted_pair,
    count,
    explain,
    ids,
    yes_no,
)
from quizapp.core.language.stems import content_stems

# English verbs whose subject is an event or a quantity (the aspect), not the side: "Equity" —
# "Grows with every payment" is "equity grows", never "buying a home grows".
EVENT_VERBS = frozenset("occurs occur happens happen grows grow rises rise falls fall "
                         "increases increase decreases decrease drops drop varies vary "
                         "changes change remains remain stays stay".split())
# A key point says what a claim says when it holds this share of the claim's words.
KEY_POINT_OVERLAP = 0.5


def sentence(ctx: Context, side: int, text: str, f: DocFact) -> str | None:
    """``text`` (a table cell or a difference) said of ``side`` as a whole sentence, or None
    when its grammar is not clear: "Paļaujas uz …" → "Sociālo mediju mārketings paļaujas uz
    …"; "Zīmols pilnībā kontrolē …" → "Sociālo mediju mārketingā zīmols pilnībā kontrolē …".
    An English cell whose verb is the aspect's ("Crossing over" — "Occurs in prophase I";
    "Homologous chromosomes" — "Do not pair") is said of the aspect: "In meiosis, crossing
    over occurs in prophase I."."""
    words = text.rstrip(" .").split()
    if len(words) < 2:
        return None
    body = ctx.w.inline(words[0]) + " " + " ".join(words[1:])
    if ctx.doc.language == "en" and ctx.w.is_verb(words[0]) and f.label_defect is None:
        verb = words[0].casefold()
        main = words[2].casefold() if verb in ("does", "do") and len(words) > 2 and \
            words[1].casefold() == "not" else verb
        aspect = f.fact.title.split()
        plural = aspect[-1].casefold().endswith("s") and not verb.endswith("s")
        if main in EVENT_VERBS or plural:
            return ctx.w.stem("tf_aspect", side, text=body, **aspect_fields(ctx, f))
        if not verb.endswith("s"):
            return None  # "Pair up …" of a singular aspect: whose verb is it?
    if len(words) < 3:
        return None
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
    if _has(ctx, fa, fb, cards):
        return
    if not contrasted_pair(ctx, fa, fb):
        _value(ctx, fa, fb, cards)
        return
    rng = ctx.b.rng(f"{fa.id}/tf")
    tries = [(f, o, truth) for f, o in ((fa, fb), (fb, fa)) for truth in (True, False)]
    rng.shuffle(tries)
    for f, other, truth in tries:
        side = f.fact.side
        said = asked(ctx, f if truth else other)
        if side is None or said is None or count(ctx, f.id) >= 3:
            continue
        statement = sentence(ctx, side, said.text, f)
        if statement is None or not truth and not _subject_shared(ctx, said.text, side):
            continue
        if ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth,
                                     explain(ctx, f, other), f.fact.source, ids(cards[f.id]),
                                     fact=f.id)):
            return


_VALUE_WORDS = 6


def _value(ctx: Context, fa: DocFact, fb: DocFact, cards: dict[str, str | None]) -> None:
    """"In classical conditioning, the key researcher is Ivan Pavlov." / "Klimata zinātne
    ir klimatoloģija.": where each side's cell is a short name or noun phrase of its own
    (no verb, no list, no word in common with the other's), the aspect has one value per
    side, and said of the other side the value is false."""
    if fa.label_defect is not None or EXAMPLES.search(fa.fact.title) or \
            not aspect_phrase(ctx, fa) or fa.fact.title.casefold().startswith(_DEFINITION):
        return
    mine, theirs = asked(ctx, fa), asked(ctx, fb)
    if mine is None or theirs is None:
        return
    texts = [mine.text.rstrip(" ."), theirs.text.rstrip(" .")]
    lang = ctx.doc.language
    for t in texts:
        words = t.split()
        if not words or len(words) > _VALUE_WORDS or any(ch in t for ch in ",;:.") or any(
                ctx.w.is_verb(w) for w in words) or yes_no(ctx, t) is not None:
            return
    if content_stems(texts[0], lang) & content_stems(texts[1], lang):
        return
    rng = ctx.b.rng(f"{fa.id}/tf")
    f, other = (fa, fb) if rng.random() < 0.5 else (fb, fa)
    truth = rng.random() < 0.5
    side = f.fact.side
    if side is None or count(ctx, f.id) >= 3:
        return
    value = texts[0 if (f is fa) == truth else 1]
    key = "tf_value_plural" if lang == "en" and f.fact.title.casefold().endswith("s") \
        else "tf_value"
    fields = aspect_fields(ctx, f)
    fields["aspect_lc"] = re.sub(r"^the ", "", fields["aspect_lc"])
    if ctx.w.is_name(fields["aspect_lc"].split()[0]):
        return  # "Vācijas analogs": a name the label starts with is not lowered
    statement = ctx.w.stem(key, side, value=value, value_lc=ctx.w.inline(value), **fields)
    if statement is None:
        return
    ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth,
                              explain(ctx, f, other), f.fact.source, ids(cards[f.id]),
                              fact=f.id))


_DEFINITION = ("definition", "definīcija", "nozīme", "meaning")


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


def key_points(ctx: Context) -> set[str]:
    """A true/false item per English key point about one side that the table contrasts:
    true as the article says it, or false with the other side's name in its place ("In a
    republic, the head of state is a king …"). Returns the key points asked so."""
    done: set[str] = set()
    if ctx.doc.language != "en" or len(ctx.doc.sides) != 2:
        return done
    for f in ctx.book.of_kind(FactKind.KEY_POINT):
        side, text = f.fact.side, f.said[0].text
        if side is None or f.said[0].defect is not None or ctx.linter.named(text) != {side}:
            continue
        name = ctx.doc.sides[side].short
        found = list(re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))
        if len(found) != 1 or not _opposed(ctx, text, side):
            continue
        truth = ctx.b.rng(f"{f.id}/tf").random() < 0.5
        statement = text
        if not truth:
            m = found[0]
            other = ctx.doc.sides[1 - side].short
            other = other if m.group(0)[:1].isupper() else ctx.w.inline(other)
            statement = text[: m.start()] + other + text[m.end():]
            if ctx.linter.named(statement) != {1 - side}:
                continue
        if ctx.keep(ctx.b.true_false(f"{f.id}/tf", f.topic, statement, truth, text,
                                     f.fact.source, [], fact=f.id)):
            done.add(f.id)
    return done


def _opposed(ctx: Context, text: str, side: int) -> bool:
    """Whether ``text`` says what one of ``side``'s claims says, on an aspect where the
    sides differ (so that said of the other side it is false)."""
    from quizapp.core.generate.aspects import overlap

    lang = ctx.doc.language
    for fa in ctx.book.of_kind(FactKind.CLAIM):
        if fa.fact.side != side:
            continue
        mine, theirs = asked(ctx, fa), asked(ctx, ctx.book.facts[fa.pair])
        if mine is None or theirs is None or overlap(mine.text, text, lang) < KEY_POINT_OVERLAP:
            continue
        # The other side's text on the aspect shares nothing with the key point: said of
        # the other side, the key point contradicts the table.
        if contrasted_pair(ctx, fa, ctx.book.facts[fa.pair]) or overlap(
                theirs.text, text, lang) == 0:
            return True
    return False
