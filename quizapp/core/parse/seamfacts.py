"""What one spot of a flattened row says about a seam there: the weights of the seam rules,
the characters that end or begin a cell, and what a reader sees at a glance (a run of
capitals or small letters, a formula's coefficient, an isotope's mass number, a Roman
numeral's last I, a code led by a small letter). Shared by
:mod:`~quizapp.core.parse.boundaries` and :mod:`~quizapp.core.parse.innerseams`.
"""

from __future__ import annotations

import re

from quizapp.core.parse.formulas import ELEMENTS
from quizapp.core.parse.knowledge import MIN_DICTIONARY_WORD, dictionary_word, english_word
from quizapp.core.parse.names import roman_numeral
from quizapp.core.parse.tokens import formula_at, known_code_at

# Characters that end a cell: after them any cell start is a strong boundary.
CLOSERS = frozenset(".!?)]»”’'\"“%…#")  # (# ends "C#", "F#")
# Characters that begin a cell but are not letters or digits.
START_SYMBOLS = frozenset("€$£¥§±~<>≤≥≈„«−+“\"")
CURRENCY = frozenset("€$£¥")
# What may stand before a code led by one lower-case letter ("iOS", "(pH"); after a digit
# or a slash the letter ends a word or unit instead ("1990s", "MB/s").
CODE_LEAD = frozenset(("", " ", "(", "-", "„", "«", "\"", "“"))

# Weights (log-odds). Strong: a reader sees the seam at once. Weak: a guess the pair
# scoring may take only when nothing better exists and the evidence agrees.
STRONG = 3.0
FIRM = 2.5
LIKELY = 2.0
FAIR = 1.5
WEAK = 1.0
GUESS = -1.5

_ELEMENT = "(?:" + "|".join(sorted(ELEMENTS, key=len, reverse=True)) + r")(?![a-z])"


def lower_run(text: str, i: int) -> tuple[int, str]:
    """Length of the run of lower-case letters ending at ``i - 1`` and the character before it."""
    j = i - 1
    while j >= 0 and text[j].islower():
        j -= 1
    return i - 1 - j, text[j] if j >= 0 else ""


def caps_run(text: str, i: int) -> int:
    """Length of the run of capitals starting at ``i``."""
    k = i
    while k < len(text) and text[k].isupper():
        k += 1
    return k - i


def coefficient(text: str, i: int) -> bool:
    """A formula starts at ``i`` after its coefficient: a number of one or two digits that
    is no part of a longer or decimal number ("→ 2H₂O", but not "3.5H₂O₂")."""
    k = i
    while k > 0 and text[k - 1].isdecimal():
        k -= 1
    return 1 <= i - k <= 2 and text[k - 1:k] not in (".", ",") and formula_at(text, i)


def isotope(text: str, i: int) -> bool:
    """Superscript digits standing before an element symbol at ``i`` are its mass number."""
    k = i
    while k > 0 and text[k - 1] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        k -= 1
    return k < i and not text[k - 1:k].isalnum() and re.match(_ELEMENT, text[i:]) is not None


# Small letters that lead names written with a capital inside ("eMail", "iPhone", "mSATA",
# "nDNA", "gRPC", "xApp", "tRNA", "vCPU"; not "s" of "1990s", nor "r" or "c" that end
# so many words).
_NAME_LEADS = frozenset("eimngxtv")


def letter_leads_code(text: str, i: int) -> bool:
    """The small letter before the acronym or word at ``i`` may lead a code the reader does
    not know ("mSATA", "nDNA", "eMail"): the word it ends is no English word, but is one
    without it ("Interfacem" | "SATA" or "Interface" | "mSATA"); or it follows a number
    ("2001mSATA": a unit is rarely written so). Neither seam is then sure."""
    caps = caps_run(text, i)
    if text[i - 1:i] not in _NAME_LEADS or caps == 0 or formula_at(text, i):
        return False
    if caps == 1 and not text[i + 1:i + 2].islower():
        return False  # (one capital begins a word: "eMail")
    if caps > 1 and text[i + caps:i + caps + 1].islower():
        return False  # (an acronym after the letter, not a name such as "IPv4")
    run, before = lower_run(text, i)
    if run == 1:
        return before.isdecimal()
    start = i - run - (1 if before.isupper() else 0)
    word = text[start:i]
    # (English words only: the Latvian dictionary lacks many endings, "gaidāmas", "serverī".)
    return run >= 3 and word.isascii() and not dictionary_word(word) \
        and english_word(word[:-1]) and len(word) > MIN_DICTIONARY_WORD


# Small letters a number may carry as its unit or suffix: metres, seconds, grams, hours,
# litres, tonnes, thousands, times, "1080p", days, weeks, years, bytes, "2n".
_NUMBER_LETTERS = frozenset("msghltkxpdwybn")


def number_then_code(text: str, i: int) -> bool:
    """A number, then a small letter no number carries, then the acronym at ``i``
    ("Deno 2.0eSATA"): the letter leads a code ("eSATA"), for no cell ends in "2.0e"."""
    run, before = lower_run(text, i)
    return run == 1 and letter_leads_code(text, i) and text[i - 1] not in _NUMBER_LETTERS


def numeral_takes(text: str, i: int) -> bool:
    """The "I" at ``i`` may be a Roman numeral's last ("SATA III|npm", "George III|c. 3000
    BC"): the numeral before it goes on through it, and what it would begin is no word
    ("XII|Ivans" may be; "VIII|In 1509" must be, "VIIII" being no numeral)."""
    if text[i] != "I" or text[i - 1] != "I":
        return False
    k = i
    while k > 0 and text[k - 1] in "IVX":
        k -= 1
    if text[k - 1:k].isalnum() or not roman_numeral(text[k:i + 1]):
        return False
    m = re.match(r"[^\W\d_]+", text[i:])
    return not (m and dictionary_word(m.group()))


def code_ends_at(text: str, i: int) -> bool:
    """A known code led by a small letter ("pH", "iOS", "mRNA") ends right before ``i``,
    starting a word ("Optimal pH|As …") rather than after a word's letters ("…sistēmaiOS")."""
    k = i - 1
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return text[k:k + 1].islower() and known_code_at(text, k) == i - k
