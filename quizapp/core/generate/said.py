"""What every claim item needs: which of a fact's texts to ask with, the aspect's wording,
the explanation, and whether the two sides are opposites on the aspect."""

from __future__ import annotations

import re

from quizapp.core.generate.context import Context
from quizapp.core.generate.contrast import contrasted
from quizapp.core.generate.factbook import DocFact, Said
from quizapp.core.language.stems import content_stems

# A label that lists examples: its items name no characteristic to ask about.
EXAMPLES = re.compile(r"(?:^|\s)(?:piemēr\w*|examples?)(?:\s|$)", re.IGNORECASE)
# A text that is only a yes or a no ("Nav", "Ir (70S ribosomas)", "None").
YES_NO = {"lv": {"ir": True, "jā": True, "nav": False, "nē": False},
          "en": {"yes": True, "has": True, "no": False, "none": False}}
# An English aspect of the form "<noun> of …" reads "the number of countries".
# A label whose head is a countable person or thing ("key researcher", "classic
# experiment") takes "the" after "in terms of"; a mass noun ("waste", "timing") takes none.
_COUNTED_HEAD = re.compile(r"^(?!the\s)[a-z]+\s[a-z]{4,}(?:er|or|ist|ment)$")
_OF_PHRASE = re.compile(r"^(?!the\s)[a-z]+ of\s", re.IGNORECASE)
SAME_TEXT = 0.6  # a text this much inside another says nothing more than it
_TOKEN = re.compile(r"[^\W_]+")


def usable(s: Said) -> bool:
    """Whether a text may stand in a question (no source error)."""
    return s.defect is None


def asked(ctx: Context, f: DocFact) -> Said | None:
    """The text of ``f`` to ask with: the first that has no source error and names neither
    side (a side's name or role noun in an option or a statement gives it away)."""
    for s in f.said:
        if usable(s) and not ctx.linter.named(s.text):
            return s
    return None


def ids(card: str | None) -> list[str]:
    return [card] if card else []


def count(ctx: Context, fact: str) -> int:
    return sum(1 for it in ctx.b.items if it.fact == fact)


# An English row label that is no noun phrase cannot follow "in terms of" or "Regarding":
# it opens with a preposition or a participle ("In nature", "Discovered", "Used in") or
# ends with one ("Learning through").
_EN_PREPOSITIONS = frozenset("in on at by for with from to into through under over of about "
                             "via per against".split())
_EN_NOT_NOUN = re.compile(r"^(?:\w+ed|how|what|when|where|who|why|which|is|are|can|does|"
                          r"do)$", re.IGNORECASE)
_SINGLE_EXAMPLE = re.compile(r"[,;]|\s(?:and|or|un|vai)\s", re.IGNORECASE)


def aspect_phrase(ctx: Context, f: DocFact) -> bool:
    """Whether the aspect label reads as a noun phrase in a stem's frame (Latvian quotes it,
    so any label does)."""
    if ctx.doc.language != "en":
        return True
    words = f.fact.title.casefold().split()
    if not words:
        return False
    return not (words[0] in _EN_PREPOSITIONS or words[-1] in _EN_PREPOSITIONS
                or _EN_NOT_NOUN.match(words[0]))


_EXAMPLE_WORD = re.compile(r"\b(?:piemērs|example)\b", re.IGNORECASE)


def one_example(label: str, text: str) -> bool:
    """Whether an examples cell gives one example: its label says so ("Piemērs", "Everyday
    example"), or, under a plural label, the cell lists nothing ("A child tidies up …")."""
    return bool(_EXAMPLE_WORD.search(label)) or not _SINGLE_EXAMPLE.search(text)


def aspect_fields(ctx: Context, f: DocFact) -> dict[str, str]:
    low = ctx.w.lower(f.fact.title)
    if ctx.doc.language == "en" and (_OF_PHRASE.match(low) or _COUNTED_HEAD.match(low)):
        low = f"the {low}"  # "in terms of the classic experiment", "the key researcher"
    return {"aspect": f.fact.title, "aspect_lc": low}


def back_texts(f: DocFact, language: str) -> list[str]:
    """The texts a card's back shows: each usable text once, a text that another (longer)
    one repeats left out ("Do not pair" beside "Behave independently and do not pair")."""
    texts = [s.text for s in f.said if usable(s)]
    return [t for k, t in enumerate(texts) if not any(
        j != k and len(other) > len(t) and _inside(t, other, language)
        for j, other in enumerate(texts))]


def _inside(text: str, other: str, language: str) -> bool:
    from quizapp.core.generate.aspects import overlap

    if content_stems(text, language):
        return overlap(text, other, language) >= SAME_TEXT
    return set(_TOKEN.findall(text.casefold())) <= set(_TOKEN.findall(other.casefold()))


def explain(ctx: Context, f: DocFact, other: DocFact) -> str:
    """Both sides of the aspect, each a sentence or more: "Kontrole: A — … . B — … ."."""
    mine, theirs = (f, other) if f.fact.side == 0 else (other, f)
    a, b = (ctx.doc.sides[k].short for k in (0, 1))
    return f"{f.fact.title}: {a} — {_joined(mine)} {b} — {_joined(theirs)}"


def _joined(f: DocFact) -> str:
    """A side's texts (table cells, key differences) as sentences: each ends in a full stop
    unless it ends in its own, so two cells never run into one and no ".;" appears."""
    out = []
    for text in (s.text.strip().rstrip(";,") for s in f.said):
        if text:
            out.append(text if text[-1] in ".!?…" else text + ".")
    return " ".join(out)


def contrasted_pair(ctx: Context, fa: DocFact, fb: DocFact) -> bool:
    """Whether the document holds the two sides to be opposites on this aspect."""
    a, b = asked(ctx, fa), asked(ctx, fb)
    if a is None or b is None:
        return False
    return contrasted(a.text, b.text, ctx.book.words_about(0), ctx.book.words_about(1),
                      ctx.doc.language)


def yes_no(ctx: Context, text: str) -> bool | None:
    """True for a text that says "yes" ("Ir (70S ribosomas)"), False for "no" ("Nav"), None
    for any other text."""
    first, _, rest = text.strip().rstrip(".").partition(" ")
    if rest and not rest.startswith("("):
        return None  # "Nav šūna; …" says what it is not, not that it lacks something
    return YES_NO.get(ctx.doc.language, {}).get(first.casefold())


def bare(ctx: Context, text: str) -> bool:
    """A text of at most one content word ("Nav", "One"): it says nothing on its own."""
    return len(content_stems(text, ctx.doc.language)) <= 1
