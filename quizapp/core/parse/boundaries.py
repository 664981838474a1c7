"""Where a cell may start in a flattened table row, and how strongly the text says so.

A candidate is a position ``i`` with no space before it where ``text[i]`` can begin a cell
(a capital, a digit, a currency or section sign, an opening quote, a known lower-case-led
code) and ``text[i - 1]`` can end one. Its weight is the log-odds that a cell starts there,
read from the characters on both sides: a lower-case letter glued to a capitalised word is
almost always a boundary (``saturuIetekmētājam``); a digit glued to one or two capitals is
almost always a unit (``5G``); a run of capitals glued to another is a guess (``NATOES``).
Positions inside tokens that read as one unit (:mod:`quizapp.core.parse.tokens`) are never
candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.parse.innerseams import acronym_seams, name_seams, unit_seams
from quizapp.core.parse.knowledge import english_word
from quizapp.core.parse.names import UNITS
from quizapp.core.parse.numbers import (
    digit_seams,
    number_fits,
    one_number,
    only_number_fits,
    two_numbers,
)
from quizapp.core.parse.seamfacts import (
    CLOSERS,
    CODE_LEAD,
    CURRENCY,
    FAIR,
    FIRM,
    GUESS,
    LIKELY,
    START_SYMBOLS,
    STRONG,
    WEAK,
    caps_run,
    code_ends_at,
    coefficient,
    isotope,
    letter_leads_code,
    lower_run,
    number_then_code,
    numeral_takes,
)
from quizapp.core.parse.tokens import (
    SCRIPT_CHARS,
    formula_seams,
    formula_spans,
    known_code_at,
    protected,
)


@dataclass(frozen=True)
class Candidate:
    """A position where a new cell may start, with the log-odds that it does."""

    pos: int
    weight: float


def _opening_quote(text: str, q: int) -> bool:
    """The quote at ``q`` opens a quotation: “ when a ” follows (English) rather than
    closing a „ (Latvian); a straight " when it is the first of a pair ("Just Do It")."""
    before = text[:q]
    if text[q] == '"':
        return before.count('"') % 2 == 0 and '"' in text[q + 1:]
    return text[q] == "“" and before.count("„") <= before.count("“") and "”" in text[q + 1:]


def _before_upper(text: str, i: int) -> float | None:
    """Weight of a boundary before the capital ``text[i]``."""
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    starts_word = nxt.islower()
    if prev.islower():
        run, before = lower_run(text, i)
        if run == 1 and before in CODE_LEAD:
            return None  # iOS, pH, eBay, mRNA, kW: one lower-case letter leads a code
        if text[i - 2:i] == "Mc" and not text[i - 3:i - 2].isalpha():
            return None  # McDonald, McKinsey
        if number_then_code(text, i):
            return GUESS  # "2.0e|SATA": see number_then_code
        if letter_leads_code(text, i):
            return WEAK  # "InterfacemSATA": "Interface" | "mSATA" or "Interfacem" | "SATA"
        return STRONG if starts_word else FIRM
    if text[i - 2:i] in ("°C", "°F"):
        return FIRM  # a temperature ends its cell: "20 °CŪdens", "37 °CH₂O"
    if _article_at(text, i) and (prev.isupper() or prev.isdecimal()):
        return FAIR  # the English article begins a cell: "…and XA brand contest…"
    if prev.isupper():
        if code_ends_at(text, i):
            # A code led by a small letter ends here ("pH|As low as", "iOS|Android"): what
            # follows is no plural of it and no part of it.
            return FIRM
        # Inside a run of capitals only the last capital before a lower-case letter starts
        # a word ("SMMZīmols", "°CŪdens", "XIIIvans") — unless it is a plural ("KPIs").
        if not starts_word:
            return None
        if nxt == "s" and not text[i + 2:i + 3].isalpha():
            return None
        if text[i + 2:i + 3].isdecimal():
            return None  # IPv6: capitals, a lower-case letter and a digit make one code
        if numeral_takes(text, i):
            return None
        return FIRM
    if prev.isdecimal():
        if starts_word:
            return FIRM
        if coefficient(text, i):
            return None  # a coefficient and its formula: "2H₂O", "3H₂"
        caps = caps_run(text, i)
        if text[i + caps:i + caps + 1].islower() \
                and not text[i + caps + 1:i + caps + 2].isdecimal():
            caps -= 1  # the last capital begins the next word ("6EBluetooth", not "8IPv4")
        after = text[i + caps:i + caps + 1]
        k = i - 1
        while k >= 0 and text[k].isdecimal():
            k -= 1
        digits, before = i - 1 - k, text[k] if k >= 0 else ""
        if digits <= 2 and caps <= 2 and (not after.isalnum() or after.isupper()) \
                and before not in ",.":
            return None  # 5G, 4K, 3D, 64 KB written together: a number with its unit
        # Digits and three capitals or more: the next cell's acronym ("15ROE of", "13UTF-8"),
        # unless the capitals run on into more letters or digits ("S/4HANA25", "4HANAQ1"):
        # then only knowing the acronym makes it likely.
        return WEAK if caps >= 3 and text[i + caps:i + caps + 1].isalnum() else FAIR
    if prev in SCRIPT_CHARS:
        if isotope(text, i):
            return None  # a mass number and its element: "¹⁴C", "¹³¹I"
        return STRONG if starts_word else LIKELY
    if prev in CLOSERS:
        return STRONG if starts_word else FIRM
    if prev in CURRENCY:
        return FIRM
    return None  # °C, USB-C, TCP/IP: a symbol that joins


def _code_after_number(text: str, i: int) -> bool:
    """``text[i]`` is the digit of a one-digit code ("4G") that ends a longer digit run
    ("IP674G": IP67 and 4G, or IP674 and G — only the article can say)."""
    if not (i > 0 and text[i - 1].isdecimal() and text[i + 1:i + 2].isupper()):
        return False
    caps = caps_run(text, i + 1)
    if _article_at(text, i + 1):
        return False
    return caps <= 2 and not text[i + 1 + caps:i + 2 + caps].isalnum()


def _article_at(text: str, i: int) -> bool:
    """The English article "A" begins a phrase at ``i`` ("A rise in …", "A 5-year plan"),
    not a Latvian word after an acronym ("IKEA piegādātāju")."""
    if text[i:i + 2] != "A ":
        return False
    if re.match(r"\d+-[a-z]", text[i + 2:]):
        return True
    m = re.match(r"[a-z]+", text[i + 2:])
    return m is not None and english_word(m.group())


_UNIT = re.compile(r"\d+[.,]?\d*[ -]?(?:%|‰|°[CF]|€|[kMGT]?B\b|[kMG]bit|[kMG]?Hz|km|cm|mm|kg|"
                   r"mg|µm|nm|kWh?|gad|dien|stund|minūt|year|day|hour|minute|week|month|"
                   r"inch|coll|bit)")


# The number of an EU act: year and number, then the institution ("95/46/EK", "2011/83/ES").
_ACT_NUMBER = re.compile(r"(?<![\w/])\d{2,4}/\d{1,4}/[A-Z]{2,3}$")
# Units written in small letters, one letter too (metres, grams, seconds, litres, tonnes).
_LOWER_UNITS = frozenset(u for u in UNITS if u.islower()) | frozenset("mgslth")
# A digit or two and one or two capitals standing alone: 5G, 4K, 3D.
_UNIT_CODE = re.compile(r"\d{1,2}[A-Z]{1,2}(?![\w])")


def _quantity(text: str, i: int) -> bool:
    """A number with its unit starts at ``i``: "8 GB", "6,1 collas", "20 %"."""
    return bool(_UNIT.match(text, i))


def _before_digit(text: str, i: int, formula_ends: set[int]) -> float | None:
    """Weight of a boundary before the digit ``text[i]``."""
    prev = text[i - 1]
    if i in formula_ends:
        return LIKELY  # "6 H₂O6 CO₂": a number after a formula starts the next cell
    if prev.islower():
        run, before = lower_run(text, i)
        if before == " " and text[i - run - 2:i - run - 1].isdecimal() \
                and text[i - run:i] in _LOWER_UNITS:
            # A quantity's unit ends its cell: "2,74 × 1,525 m|1,83 × 0,91 m" (but "10 m3"
            # may be cubic metres written plainly).
            squared = text[i] in "23" and not re.match(r"\d[\d.,]", text[i:i + 2]) \
                and text[i - run:i].endswith("m")
            return WEAK if squared else LIKELY
        if run == 1 and (before.isupper() or before in CODE_LEAD):
            return None  # IPv6, x86, v3 — but "Mbit/s5G" is a unit and a new cell
        return LIKELY
    if prev.isupper():
        caps = 0
        while caps < i and text[i - 1 - caps].isupper():
            caps += 1
        if text[i - 1 - caps:i - caps] == "°":
            return FIRM  # "30 °C35 °C"
        if caps <= 3 and _ACT_NUMBER.search(text, 0, i):
            return FIRM  # an act's number ends in its institution: "95/46/EK|30 dienu"
        if caps >= 3:
            # "LCD6,1 collas", "NATO1949. gadā"; otherwise letters and digits together are
            # likelier one code ("PRINCE2", "SAVE20", "ARM64") than two cells.
            return FAIR if only_number_fits(text, i) else GUESS
        if only_number_fits(text, i) and not text[i - 1 - caps:i - caps].isalnum():
            # An acronym and a number only one way ("UK8 May 1945", "ES2004. gadā"): the
            # number stands for what follows it, whole.
            return FAIR
        if _quantity(text, i) or _UNIT_CODE.match(text, i) or number_fits(text, i):
            # "DB8 GB", "DB5G", "IV16th century", "ES1. pants": a number or a code may
            # begin the next cell.
            return WEAK
        return None  # IP68, H2O, MP3, B12 are codes
    if prev.isdecimal():
        return WEAK if _code_after_number(text, i) else _digit_seam(text, i)
    if prev in SCRIPT_CHARS:
        return FAIR
    if prev == ".":
        if text[i - 2:i - 1].isdecimal():
            return None  # 1.1, 7.35, 18.11.1918
        if text[i - 2:i - 1].isupper() and not text[i - 3:i - 2].isalpha():
            return None  # H.264, M.2: a capital, a dot and a number are a code
        return FIRM
    if prev in CLOSERS:
        return FIRM
    if prev == "€" and text[i - 2:i - 1] == " " and text[i - 3:i - 2].isdecimal():
        return LIKELY  # "1 200 €900 €": the euro sign follows its number in Latvian
    return None


def _digit_seam(text: str, i: int) -> float | None:
    """A seam inside a run of digits ("In 19223–20 %"): as likely as the two numbers it
    leaves fit where they stand (:mod:`quizapp.core.parse.numbers`). The only seam in its
    run that leaves two numbers fitting at all is firm enough alone; one among others
    fitting as well is a guess for the evidence."""
    seams = digit_seams(text, i)
    if i not in seams:
        return None
    fit = seams[i]
    if one_number(text, i):
        # The run reads as one number where it stands ("v38", "1998"): a seam inside it is
        # a guess even when both halves fit ("v3" and "8 GB").
        return GUESS if fit == 2 else None
    rivals = [n for k, n in seams.items() if k != i]
    if rivals and max(rivals) >= fit:
        return GUESS
    if fit == 2 or (not rivals and (fit == 1 or two_numbers(text, i))):
        # Both numbers fit; or alone in its run, the seam leaves a number that fits or the
        # run can be no single number.
        return FAIR
    return WEAK if fit == 1 else GUESS


def _before_symbol(text: str, i: int) -> float | None:
    """Weight of a boundary before a cell-starting symbol (€, §, „ …)."""
    prev, ch = text[i - 1], text[i]
    if prev.islower():
        # (A plus sign begins a cell when it signs a number: "+10 %".)
        return WEAK if ch == "+" and not text[i + 1:i + 2].isdecimal() else LIKELY
    if prev in CLOSERS:
        return FIRM
    if prev.isdecimal():
        if ch == "+" and text[i + 1:i + 2].isdecimal():
            return None  # a sum written together is one: "2+1 akcija"
        if ch in CURRENCY:
            # A currency sign after a number is its own ("1 200€") unless the number has
            # one already: "$1.99€2,49".
            k = i - 1
            while k > 0 and (text[k - 1].isdecimal() or text[k - 1] in ".,"):
                k -= 1
            return FIRM if text[k - 1:k] in CURRENCY else WEAK
        return FAIR
    if prev.isupper() or prev in SCRIPT_CHARS or prev in CURRENCY:
        return FAIR  # "…000 €§ 7": a currency sign ends its amount
    return None


def candidates(text: str) -> list[Candidate]:
    """Every place in ``text`` where a new cell may start, in order, with its weight."""
    inside = protected(text)
    seams = formula_seams(text)
    formula_ends = {end for _, end in formula_spans(text)}
    out: dict[int, float] = {}
    for i in range(1, len(text)):
        prev, ch = text[i - 1], text[i]
        if prev.isspace() or ch.isspace():
            continue
        if i in seams:
            out[i] = FAIR if seams[i] else GUESS
            continue
        if i in inside or _opening_quote(text, i - 1):
            continue  # nothing begins right after an opening quote
        weight: float | None = None
        if ch.isupper():
            weight = _before_upper(text, i)
        elif ch.isdecimal():
            weight = _before_digit(text, i, formula_ends)
        elif ch == "°" and prev.islower() and text[i + 1:i + 2] in ("C", "F") \
                and not text[i + 2:i + 3].isalpha():
            weight = LIKELY  # a unit glued to a word begins a cell: "Mērījumi°C, mm …"
        elif ch in START_SYMBOLS:
            # (“ and " begin a cell only as opening quotes.)
            weight = _before_symbol(text, i) \
                if ch not in "“\"" or _opening_quote(text, i) else None
        elif ch.islower() and (prev.isalnum() or prev in CLOSERS or prev in CURRENCY) \
                and known_code_at(text, i):
            weight = FIRM  # "…sistēmaiOS": the code may start one letter earlier
        elif ch.islower() and letter_leads_code(text, i + 1):
            # "Interface|mSATA", "2001|mSATA": see letter_leads_code
            weight = FAIR if number_then_code(text, i + 1) else WEAK
        elif ch.islower() and prev.islower() and caps_run(text, i + 1) >= 2:
            weight = GUESS  # "…cijaeID": an unknown code led by a small letter may start here
        if weight is not None:
            out[i] = weight
    acronym_seams(text, inside, out)
    unit_seams(text, inside, out)
    name_seams(text, inside, out)
    return [Candidate(i, w) for i, w in sorted(out.items())]


