"""What a reader knows without the article: names, formulas, numerals and dictionary words.

The row splitter weighs a seam by the pieces it leaves (:func:`quizapp.core.parse.table`):
a piece the reader knows is evidence that the seam is right, a known word cut in two that
it is wrong. The article's own words come first; this module adds general knowledge —
the names and formulas of :mod:`~quizapp.core.parse.names` and
:mod:`~quizapp.core.parse.formulas`, and the Latvian and English dictionaries
(:mod:`quizapp.core.language.lexicon`, loaded on the first look-up).
"""

from __future__ import annotations

from functools import lru_cache

from quizapp.core.language.lexicon import known
from quizapp.core.parse.formulas import known_formula
from quizapp.core.parse.names import CODES, known_name, roman_numeral

# The dictionaries list some short fragments as words ("ri", "ed", "St"); pieces shorter
# than this are not looked up.
MIN_DICTIONARY_WORD = 4


@lru_cache(maxsize=65536)
def known_piece(piece: str) -> bool:
    """``piece`` is a name, code, unit or formula a reader knows (``IP68``, ``H₂O``)."""
    return len(piece) >= 2 and (known_name(piece) or known_formula(piece))


def english_word(word: str) -> bool:
    """The English dictionary lists ``word`` (any length: "a brand", "a rise")."""
    return known(word, "en")


@lru_cache(maxsize=8192)
def dictionary_word(piece: str) -> bool:
    """``piece`` is written like a word (small letters, or one capital first) and the
    Latvian or English dictionary lists it."""
    if len(piece) < MIN_DICTIONARY_WORD or not piece.isalpha():
        return False
    if not (piece.islower() or (piece[0].isupper() and piece[1:].islower())):
        return False
    return known(piece, "lv") or known(piece, "en")


def short_name(piece: str) -> bool:
    """``piece`` of two characters is a known code or numeral ("5G", "Q1", "IV"), not one of
    the two-letter acronyms that runs of capitals hold by chance. (Units, "MB", are known
    only after their number.)"""
    return any(ch.isdecimal() for ch in piece) or piece in CODES \
        or (len(piece) == 2 and roman_numeral(piece))


def familiar(piece: str) -> bool:
    """``piece`` is a name, code, unit, formula or dictionary word a reader knows."""
    return known_piece(piece) or dictionary_word(piece)
