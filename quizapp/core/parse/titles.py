"""Topic-title check: a title that ends in half a word or glues a table label to its cell."""

from __future__ import annotations

import re
from collections.abc import Collection
from enum import StrEnum
from functools import lru_cache

from quizapp.core.parse.boundaries import candidates
from quizapp.core.parse.knowledge import known_piece
from quizapp.core.parse.document import Document, Group
from quizapp.core.parse.seamfacts import LIKELY

# Words that cannot end a title or a cell: something must follow them.
DANGLING = frozenset({
    "un", "ar", "par", "uz", "no", "vai", "kā", "pa", "pie", "pret", "līdz", "bet", "lai",
    "ka", "kas", "gan", "ir", "and", "of", "the", "a", "an", "in", "to", "for", "with", "or",
    "by", "at", "on", "from", "as", "but", "is", "are",
})
# Prepositions an English header may end on after a participle, an adjective or a verb that
# takes them: "Applies to", "Used for", "Based on", "Known as", "Suitable for", "Caused by".
_RELATION_PREPOSITIONS = frozenset({"to", "for", "on", "as", "by", "with", "at", "from", "in"})
_RELATION_WORD = re.compile(
    r"[A-Za-z]{2,}(?:ed|ies|able|ible)|(?i:found|made|held|built|paid|sold|kept|seen|given|"
    r"taken|known|grown|shown|born|led|sent|spent|bought|brought|taught|meant|won|written|"
    r"driven|chosen|spoken)")
# Brackets that must close in a title or a cell (quotes: see balanced).
PAIRS = (("(", ")"), ("[", "]"), ("«", "»"))
# Punctuation around a word that is not part of it.
EDGE = ".,;:!?()[]«»„“”\"'"
_OPEN_END = tuple("-–—/,;:(„«[+=&")


class TitleDefect(StrEnum):
    """Why a topic title is broken."""

    EMPTY = "empty"
    GLUED = "glued"  # a label run into its cell: "KontroleZīmols…", "Sākums1914"
    BROKEN_END = "broken_end"  # ends in half a word, or on a word that needs more after it
    UNBALANCED = "unbalanced"  # a bracket or quote is opened and never closed


def balanced(text: str) -> bool:
    """Every bracket and quote in ``text`` that opens also closes. Quotes are „…“ (Latvian)
    or “…” (English), so “ closes in one style and opens in the other."""
    if not all(text.count(o) == text.count(c) for o, c in PAIRS):
        return False
    # x of the “ open (pairing with ”), the rest close a „: „ + x == ” + (“ - x).
    twice = text.count("”") + text.count("“") - text.count("„")
    return twice % 2 == 0 and 0 <= twice // 2 <= text.count("“") and text.count('"') % 2 == 0


def _glued(token: str, words: Collection[str]) -> bool:
    if token.strip(EDGE) in words:
        return False  # a word of the document
    return _glued_alone(token)


@lru_cache(maxsize=8192)
def _glued_alone(token: str) -> bool:
    """``token`` reads as two words run together, and is no name any reader knows ("IoT")."""
    if known_piece(token.strip(EDGE)):
        return False
    # Dots stay: "U.S." is a unit only with its last dot.
    word = token.strip(EDGE.replace(".", ""))
    return bool(word) and any(c.weight >= LIKELY for c in candidates(word))


def title_defect(title: str, words: Collection[str] = ()) -> TitleDefect | None:
    """What is wrong with topic title ``title``, or None when it reads as a whole title.

    Args:
        title: The title as a learner would see it.
        words: Words of the source document, when known: a glued token the document uses
            as a word (a brand such as "HubSpot") is sound, and a last word that is only the
            beginning of a document word ("Fotosin") is broken.
    """
    text = title.strip()
    if not any(ch.isalnum() for ch in text):
        return TitleDefect.EMPTY
    if not balanced(text):
        return TitleDefect.UNBALANCED
    tokens = text.split()
    if any(_glued(t, words) for t in tokens):
        return TitleDefect.GLUED
    last = tokens[-1]
    if last.endswith(_OPEN_END) or dangles(tokens):
        return TitleDefect.BROKEN_END
    if words and _half_word(last.strip(EDGE), words):
        return TitleDefect.BROKEN_END
    return None


def dangles(words: list[str]) -> bool:
    """The last of ``words`` needs more after it ("Izmaksas un", "Cost of"), unless it is the
    preposition a relation takes ("Applies to", "Based on": a header, whole)."""
    if not words or words[-1].casefold() not in DANGLING:
        return False
    return not (len(words) >= 2 and words[-1] in _RELATION_PREPOSITIONS
                and _RELATION_WORD.fullmatch(words[-2]) is not None)


def _half_word(last: str, words: Collection[str]) -> bool:
    """``last`` is not a word of the document but begins one (by two letters or more)."""
    if not last or not re.fullmatch(r"[^\W\d_]+", last):
        return False
    key = last.casefold()
    if any(w.casefold() == key for w in words):
        return False
    return any(w.casefold().startswith(key) and len(w) >= len(key) + 2 for w in words)


def document_words(doc: Document) -> frozenset[str]:
    """The words ``doc`` uses outside its comparison table, for :func:`title_defect`.

    The table is left out on purpose: a row split inside a word puts the cut piece in the
    table ("Fotosin"), where it would vouch for itself.
    """
    texts = [doc.title, *(p.text for p in doc.intro), *(p.text for p in doc.key_points)]
    for w in doc.what_is:
        texts += [w.subject, w.definition]
        texts += _group_texts(w.groups)
    for d in doc.differences:
        texts += [d.aspect, d.a, d.b]
    texts += _group_texts(doc.sections)
    return frozenset(w.strip(EDGE) for t in texts for w in t.split() if w.strip(EDGE))


def _group_texts(groups: tuple[Group, ...]) -> list[str]:
    out: list[str] = []
    for g in groups:
        out += [g.title, g.intro, *(p.text for p in g.points)]
        out += [t for s in g.items for t in (s.title, s.text)]
    return out
