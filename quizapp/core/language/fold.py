"""Text folding for comparison and search: one case, one Unicode form, diacritics optional."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry their mark in the glyph itself, so Unicode decomposition leaves them
# alone; a search for "lodz" should still find "Łódź" (Latvian letters all decompose).
_UNDECOMPOSABLE = str.maketrans({
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe",
    "þ": "th", "ð": "d",
})
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """``text`` in one case and one Unicode form (NFC), whitespace runs as one space.

    Keeps diacritics and punctuation: ``normalize("  Kontrolē\\n")`` is ``"kontrolē"``,
    whether ``ē`` arrived as one code point or as ``e`` + a combining macron.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def strip_diacritics(text: str) -> str:
    """``text`` without combining marks (``ā`` → ``a``, ``Š`` → ``S``), in NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def fold(text: str) -> str:
    """``text`` normalised and without diacritics: ``fold("Kontrolē") == "kontrole"``.

    The key for matching what a learner typed or searched against the text, when a missing
    or wrong diacritic should not stop the match.
    """
    return strip_diacritics(normalize(text)).translate(_UNDECOMPOSABLE)


def is_word_char(char: str) -> bool:
    """A letter, digit or combining mark: what survives when punctuation is ignored."""
    return unicodedata.category(char)[0] in "LNM"


def words(text: str) -> list[str]:
    """The words of ``normalize(text)``: runs of letters and digits, punctuation dropped
    (``"Zīmols, nevis — ietekmētājs!"`` → ``["zīmols", "nevis", "ietekmētājs"]``)."""
    out: list[str] = []
    current: list[str] = []
    for char in normalize(text):
        if is_word_char(char):
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out
