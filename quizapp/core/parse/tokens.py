"""Tokens that read as one unit (formulas, codes, brand names): no cell boundary falls inside.

A flattened table row loses the space between its cells, so a cell boundary looks like a
change of character class inside a word: ``saturuIetekmētājam``. The same changes happen
inside tokens that are one unit to a reader: ``C₆H₁₂O₆``, ``NaCl``, ``H2O``, ``5G``,
``iOS``, ``YouTube``, ``U.S.``. This module finds those tokens so the splitter never cuts
through them.
"""

from __future__ import annotations

import re

from quizapp.core.language.markers import CAMEL_WORDS, LOWER_START_CODES
from quizapp.core.parse.names import LOWER_LED
from quizapp.core.parse.formulas import (
    ELEMENTS,
    SUBSCRIPTS,
    SUPERSCRIPTS,
    conventional,
    known_formula,
)

SCRIPT_CHARS = frozenset(SUBSCRIPTS + SUPERSCRIPTS)
_AS_SUBSCRIPT = str.maketrans("0123456789", SUBSCRIPTS)

# Lower-case letters of the Latin scripts (ASCII, Latin-1, Latin Extended-A: Latvian too).
LOWER = "".join(ch for ch in map(chr, range(0x250)) if ch.islower())
UPPER = "".join(ch for ch in map(chr, range(0x250)) if ch.isupper())

# An element symbol followed by a lower-case letter is the start of a word ("Skābeklis"),
# not a symbol; the look-ahead keeps "O₂Skābeklis" from reading as the formula O₂S.
_SYMBOL = "(?:" + "|".join(sorted(ELEMENTS, key=len, reverse=True)) + f")(?![{LOWER}])"
_COUNT = f"[0-9{SUBSCRIPTS}]*"
# A formula does not start inside a run of capitals ("ATPNa⁺" is ATP and Na⁺) or in a unit
# ("20 °CC₆H₁₂O₆" is °C and C₆H₁₂O₆).
_FORMULA = re.compile(
    f"(?:(?<=°[CF])|(?<![{UPPER}°]))(?:{_SYMBOL}{_COUNT})+(?:[{SUPERSCRIPTS}]+)?")
_FORMULA_HERE = re.compile(f"(?:{_SYMBOL}{_COUNT})+(?:[{SUPERSCRIPTS}]+)?")
# Plain-digit formulas are only trusted from the elements of everyday chemistry, so that an
# acronym followed by a number ("KPI3") is not read as one.
_COMMON = frozenset("CHONSP")
# Element symbols that are also short words of English or Latvian written with a capital.
_WORD_SYMBOLS = frozenset("In As At Be No Es Ar Pa Re La Am Ga Ta Te He Ne Ho Po".split())
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")  # U.S., e.g., u.c.
# Units whose case changes inside them ("MWh" is not M and a word "Wh"), after a number, a
# space, a slash or a bracket.
_UNITS = re.compile(r"(?<![^\W\d_])(?:[kMGT]Wh|[kMGT]Hz|[khMG]Pa|[kMGT]iB|[kMG]eV|mmHg|mAh|"
                    r"[kM]VA|dBm?|[mdµ]L)(?![^\W\d_])")
_CAMEL = tuple(sorted(CAMEL_WORDS | LOWER_START_CODES, key=len, reverse=True))
# By first letter, longest first, so "x86-64" is found before "x86".
_LOWER_LED_BY_LETTER: dict[str, tuple[str, ...]] = {
    c: tuple(sorted((w for w in LOWER_LED if w[0] == c), key=len, reverse=True))
    for c in {w[0] for w in LOWER_LED}}


def _is_formula(match: str) -> bool:
    symbols = re.findall(_SYMBOL, match)
    if any(ch in SCRIPT_CHARS for ch in match):
        return True
    if len(symbols) < 2:
        return False
    if any(ch.isdecimal() for ch in match):
        # H2O, CO2, C6H12O6 — but not "KPI3", "IP68" or "OS2020" (counts are short), nor
        # "OS5": oxygen is written after the elements it binds (H₂O, CO₂, SO₂).
        return set("".join(symbols)) <= _COMMON and not re.search(r"\d{3}", match) \
            and symbols[0] != "O"
    # Two or more symbols without counts: only with a two-letter symbol (NaCl, KCl, NaOH),
    # because a run of capitals (USB, CHP) is an acronym, which is handled elsewhere; and
    # not ending in a symbol that is also a short word unless the formula is familiar
    # ("USB-CIn 2015" is USB-C and "In 2015", "KVANo" is no formula).
    if symbols[-1] in _WORD_SYMBOLS and not known_formula(match):
        return False
    # Written as chemists write formulas, or familiar: "NaClRu" (of "NaClRuBisCO") is none.
    return any(len(s) == 2 for s in symbols) and (known_formula(match) or conventional(match))


def unit_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of tokens that read as one unit; no boundary falls strictly inside.

    Covers chemical formulas, dotted abbreviations, units whose case changes inside them
    (``MWh``, ``GHz``) and the known camel-case names and lower-case-led codes
    (``YouTube``, ``iOS``, ``mRNA``) of the language tables.
    """
    spans = formula_spans(text)
    for rx in (_DOTTED, _UNITS):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    for word in _CAMEL:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            # Glued to a word, a lower-case-led code may also be that word's last letter
            # and an acronym ("šūnāmRNS"): the splitter weighs both readings.
            if not (word[0].islower() and text[start - 1:start].isalpha()):
                spans.append((start, end))
            start = text.find(word, end)
    return spans


def protected(text: str) -> set[int]:
    """Positions ``i`` where a boundary before ``text[i]`` would cut a unit token."""
    out: set[int] = set()
    for start, end in unit_spans(text):
        out.update(range(start + 1, end))
    return out


def formula_spans(text: str) -> list[tuple[int, int]]:
    """Spans of chemical formulas; a plain-digit count at the end may be the next cell's
    number ("NaCl6 CO₂"), so a match that fails with it is tried without it."""
    out: list[tuple[int, int]] = []
    for m in _FORMULA.finditer(text):
        start, found = _formula_start(text, m.start(), m.group())
        if any(ch in SCRIPT_CHARS for ch in found):
            # A formula written with subscripts takes no plain digits: "H₂O6 CO₂" is H₂O
            # and the next cell's coefficient.
            found = re.split(r"(?<=[^\d])\d", found, maxsplit=1)[0]
            found = _without_word_end(found)
        if not _is_formula(found):
            found = found.rstrip("0123456789")
        # Symbols run on into the next cell ("NaClRu" of "NaClRuBisCO"): drop them from the
        # end while that leaves a formula to find.
        while not _is_formula(found) and len(re.findall(_SYMBOL, found)) > 2:
            found = re.sub(f"(?:{_SYMBOL}){_COUNT}$", "", found)
        if len(found) > 1 and _is_formula(found):
            out.append((start, start + len(found)))
    return out


def _formula_start(text: str, start: int, found: str) -> tuple[int, str]:
    """Where a formula found at ``start`` begins: after a known code led by a small letter
    ("pH|O₂", "pH|K⁺"), and after an element symbol that is a word before a familiar formula
    ("No|K⁺", "In|CO₂")."""
    k = start
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    if k < start and text[k].islower():
        end = k + known_code_at(text, k)
        if start < end < start + len(found):
            return end, found[end - start:]
    head = re.match(_SYMBOL, found)
    if head and head.group() in _WORD_SYMBOLS and not known_formula(found) \
            and known_formula(found[head.end():]):
        return start + head.end(), found[head.end():]
    return start, found


def _without_word_end(found: str) -> str:
    """A formula with subscripts does not end in a symbol that is a short word unless it is
    familiar: "CO₂In 1937" is CO₂ and "In 1937"."""
    symbols = re.findall(_SYMBOL, found)
    last = symbols[-1] if symbols else ""
    if len(symbols) > 1 and last in _WORD_SYMBOLS and found.endswith(last) \
            and not known_formula(found):
        return found[:-len(last)]
    return found


def formula_at(text: str, i: int) -> bool:
    """A formula with a subscript or charge starts at ``i`` ("CO₂ …", "H₂O …")."""
    m = _FORMULA_HERE.match(text, i)
    if m is None:
        return False
    return any(ch in SCRIPT_CHARS for ch in m.group()) and _is_formula(m.group())


def formula_seams(text: str) -> dict[int, bool]:
    """Positions inside a formula where a second formula may begin, each with whether it is
    the only one that leaves two formulas written as chemists write them.

    Two formulas written together read as one ("H₂OC₆H₁₂O₆"). Where just one seam leaves
    two conventionally written (or familiar) formulas — "H₂O|C₆H₁₂O₆", not "H₂|OC₆H₁₂O₆"
    or "H₂OC₆|H₁₂O₆" — a chemist reads it there. Where several do, or none, every seam
    between two formulas is a guess the article's evidence must settle.
    """
    out: dict[int, bool] = {}
    for start, end in formula_spans(text):
        if known_formula(text[start:end]):
            continue  # a compound a chemist knows is read whole: "KMnO₄", not "KMn" | "O₄"
        seams = [start + s.start() for s in re.finditer(_SYMBOL, text[start:end])]
        # Only where both sides are formulas of their own: "H₂O|C₆H₁₂O₆", never "C|O₂".
        seams = [p for p in seams
                 if p > start and _is_formula(text[start:p]) and _is_formula(text[p:end])]
        written = [p for p in seams if _written(text[start:p]) and _written(text[p:end])]
        if written:
            out.update((p, len(written) == 1) for p in written)
        else:
            out.update((p, False) for p in seams)
    return out


def _written(formula: str) -> bool:
    """``formula`` is familiar or written the chemists' way (plain digits read as counts)."""
    return known_formula(formula) or conventional(formula.translate(_AS_SUBSCRIPT))


def known_code_at(text: str, i: int) -> int:
    """Length of a known lower-case-led code (``iOS``, ``pH``) starting at ``i``, else 0."""
    for word in _LOWER_LED_BY_LETTER.get(text[i:i + 1], ()):
        if text.startswith(word, i):
            after = i + len(word)
            # (Another such code may follow: "iOSx86-64".)
            if after == len(text) or not text[after].islower() or known_code_at(text, after):
                return len(word)
    return 0
