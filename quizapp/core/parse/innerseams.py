"""Seams inside glued words: after a quantity's unit, inside a run of capitals, and where a
known name, code or formula ends or begins (:func:`quizapp.core.parse.boundaries.candidates`
adds them to the seams read from the characters on both sides)."""

from __future__ import annotations

import re

from quizapp.core.parse.knowledge import known_piece
from quizapp.core.parse.names import UNITS
from quizapp.core.parse.seamfacts import (
    CLOSERS,
    FAIR,
    GUESS,
    START_SYMBOLS,
    WEAK,
    caps_run,
    coefficient,
    isotope,
)
from quizapp.core.parse.tokens import SCRIPT_CHARS, formula_at

_TOKEN = re.compile(r"\S+")
# Units after their number, longest first ("MPa" before "MP"); one letter ("B", "A", "K")
# could as well begin an acronym.
_QUANTITY_UNITS = tuple(sorted((u for u in UNITS if len(u) >= 2), key=len, reverse=True))


def unit_seams(text: str, inside: set[int], out: dict[int, float]) -> None:
    """After a number, its unit ends the quantity: a capital glued to the unit begins the
    next cell ("36 MB|L1 ap 64 KB", "2,4 GHz|AMD")."""
    for m in re.finditer(r"\d ?(?=[A-Za-zµ])", text):
        k = m.end()
        unit = next((u for u in _QUANTITY_UNITS if text.startswith(u, k)), "")
        j = k + len(unit)
        # The capital begins a word or a code ("L1"), not one more capital of a longer
        # acronym ("1,27 GBP", "5 GBRAM" are left to the other rules).
        if unit and j < len(text) and text[j].isupper() and j not in inside \
                and (text[j + 1:j + 2].islower() or text[j + 1:j + 2].isdecimal()):
            out[j] = max(out.get(j, GUESS), FAIR)


# The longest name or formula looked for inside a glued word.
_LONGEST_NAME = 14


def name_seams(text: str, inside: set[int], out: dict[int, float]) -> None:
    """Seams where a known name, code or formula ends or begins inside a glued word
    ("IP68|6,1 collas", "USB-C|IP67", "Apple M2|NVMe"): guesses the pieces' evidence must
    confirm."""
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if not any(start < p < end for p in out) and not any(
                ch.isupper() or ch.isdecimal() for ch in text[start + 1:end]):
            continue  # a word, not words glued ("CRMKPIs" is, and has no other seam)
        for k in range(start + 1, end):
            if k in inside or out.get(k, GUESS) > GUESS:
                continue
            ends = text[k].isupper() or text[k].isdecimal() or text[k] in START_SYMBOLS
            # A name of three characters or more begins after what may end a cell.
            # (Not a formula after its coefficient: "2H₂O".)
            begins = (text[k].isupper() or text[k] == ".") and (
                text[k - 1].isalnum() or text[k - 1] in CLOSERS) and not (
                coefficient(text, k) or isotope(text, k))  # (".NET")
            if (ends and any(_telling(text[s:k])
                             for s in range(max(start, k - _LONGEST_NAME), k - 1))) \
                    or (begins and any(_telling(text[k:e]) for e in range(
                        k + 2, min(end, k + _LONGEST_NAME) + 1))):
                out[k] = WEAK


def _telling(piece: str) -> bool:
    """A known piece that tells where it ends: three characters or more, or with a digit
    ("5G"); two capitals ("PR", "CE") meet by chance in any run of capitals."""
    return (len(piece) > 2 or any(ch.isdecimal() for ch in piece)) and known_piece(piece)


def acronym_seams(text: str, inside: set[int], out: dict[int, float]) -> None:
    """Seams inside a run of capitals.

    Before a number the last one or two capitals may be a code of their own ("SSDIP68",
    "MBL1"); before a subscript the last capital may begin a formula ("ATPH₂O"). Inside a
    longer run two acronyms may meet ("NATOES"): a guess only the article can confirm.
    """
    i = 0
    while i < len(text):
        run = caps_run(text, i)
        after = text[i + run:i + run + 1]
        end = i + run
        if run >= 3 and after.isdecimal() and not re.match(r"\d+[.,]\d", text[end:]):
            # (Not before a decimal number: "LCD6,1 collas" is LCD and 6,1.) A guess: a
            # code of letters and digits is one more often ("PRINCE2"), so only knowing the
            # pieces ("SSD", "IP68") makes it a seam.
            for k in (end - 1, end - 2):
                if k - i >= 2 and k not in inside:
                    out.setdefault(k, GUESS)
        if run >= 3 and after in SCRIPT_CHARS:
            # The formula may take the last capital or the last two ("ATPH₂O", "ATPCO₂"):
            # both are offered alike, and the article's use of the formula decides.
            for k in (end - 1, end - 2):
                if k - i >= 2 and k not in inside and formula_at(text, k):
                    out.setdefault(k, FAIR)
        if run >= 3 and after.islower() and text[end + 1:end + 2].isdecimal():
            out.setdefault(end - 2, FAIR)  # "SQLIPv6": IPv6 may begin a cell
        if run >= 4 and not after.islower():
            # Glued after a small letter, a long run may also be a name's last capitals and
            # an acronym ("MongoDBMIT"): the seam before the run is then no surer than one
            # inside it.
            # Only where the word and the first capitals make a known name ("MongoDB"):
            # "ciklsDMAIC" is "cikls" and "DMAIC", not "ciklsDM" and "AIC".
            ws = i
            while ws > 0 and text[ws - 1].islower():
                ws -= 1
            ws -= ws > 0 and text[ws - 1].isupper()
            glued = run >= 5 and text[i - 1:i].islower()
            for k in range(i + 2, end - 1):
                if k in inside:
                    continue
                inner = WEAK if glued and known_piece(text[ws:k]) else GUESS
                # An acronym repeated ("GDPGDP deflator", "HTTPHTTPS"): the seam is where
                # it starts again.
                # (Not Roman numerals: "IIII" is no "II" repeated.)
                again = text[k:end].startswith(text[i:k]) and not set(text[i:k]) <= set("IVX")
                out[k] = FAIR if again else out.get(k, inner)
        i += max(run, 1)
