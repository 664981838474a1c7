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

SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"
SCRIPT_CHARS = frozenset(SUBSCRIPTS + SUPERSCRIPTS)

# Lower-case letters of the Latin scripts (ASCII, Latin-1, Latin Extended-A: Latvian too).
LOWER = "".join(ch for ch in map(chr, range(0x250)) if ch.islower())
UPPER = "".join(ch for ch in map(chr, range(0x250)) if ch.isupper())

# Every element symbol: a formula is a run of these with counts and an optional charge.
_ELEMENTS = (
    "He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr "
    "Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
    "Lu Hf Ta Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md "
    "No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og"
).split()
# An element symbol followed by a lower-case letter is the start of a word ("Skābeklis"),
# not a symbol; the look-ahead keeps "O₂Skābeklis" from reading as the formula O₂S.
_SYMBOL = "(?:" + "|".join(_ELEMENTS) + f"|[HBCNOFPSKVYIWU])(?![{LOWER}])"
_COUNT = f"[0-9{SUBSCRIPTS}]*"
# A formula does not start inside a run of capitals ("ATPNa⁺" is ATP and Na⁺) or in a unit
# ("20 °CC₆H₁₂O₆" is °C and C₆H₁₂O₆).
_FORMULA = re.compile(
    f"(?:(?<=°[CF])|(?<![{UPPER}°]))(?:{_SYMBOL}{_COUNT})+(?:[{SUPERSCRIPTS}]+)?")
# Plain-digit formulas are only trusted from the elements of everyday chemistry, so that an
# acronym followed by a number ("KPI3") is not read as one.
_COMMON = frozenset("CHONSP")
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")  # U.S., e.g., u.c.
_CAMEL = tuple(sorted(CAMEL_WORDS | LOWER_START_CODES, key=len, reverse=True))


def _is_formula(match: str) -> bool:
    symbols = re.findall(_SYMBOL, match)
    if any(ch in SCRIPT_CHARS for ch in match):
        return True
    if len(symbols) < 2:
        return False
    if any(ch.isdecimal() for ch in match):
        # H2O, CO2, C6H12O6 — but not "KPI3", "IP68" or "OS2020" (counts are short).
        return set("".join(symbols)) <= _COMMON and not re.search(r"\d{3}", match)
    # Two or more symbols without counts: only with a two-letter symbol (NaCl, KCl, NaOH),
    # because a run of capitals (USB, CHP) is an acronym, which is handled elsewhere.
    return any(len(s) == 2 for s in symbols)


def unit_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of tokens that read as one unit; no boundary falls strictly inside.

    Covers chemical formulas, dotted abbreviations and the known camel-case names and
    lower-case-led codes (``YouTube``, ``iOS``, ``mRNA``) of the language tables.
    """
    spans = formula_spans(text)
    for m in _DOTTED.finditer(text):
        spans.append((m.start(), m.end()))
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
        found = m.group()
        if any(ch in SCRIPT_CHARS for ch in found):
            # A formula written with subscripts takes no plain digits: "H₂O6 CO₂" is H₂O
            # and the next cell's coefficient.
            found = re.split(r"(?<=[^\d])\d", found, maxsplit=1)[0]
        if not _is_formula(found):
            found = found.rstrip("0123456789")
        if len(found) > 1 and _is_formula(found):
            out.append((m.start(), m.start() + len(found)))
    return out


def formula_seams(text: str) -> set[int]:
    """Positions inside a formula where a second formula may begin.

    Two formulas written together read as one ("H₂OC₆H₁₂O₆"); only the article's own use
    of the two can show where the first ends, so these positions are guesses, not walls.
    """
    out: set[int] = set()
    for start, end in formula_spans(text):
        for s in re.finditer(_SYMBOL, text[start:end]):
            pos = start + s.start()
            # Only where both sides are formulas of their own: "H₂O|C₆H₁₂O₆", never "C|O₂".
            if pos > start and _is_formula(text[start:pos]) and _is_formula(text[pos:end]):
                out.add(pos)
    return out


def known_code_at(text: str, i: int) -> int:
    """Length of a known lower-case-led code (``iOS``, ``pH``) starting at ``i``, else 0."""
    for word in LOWER_START_CODES:
        if text.startswith(word, i):
            after = i + len(word)
            if after == len(text) or not text[after].islower():
                return len(word)
    return 0
