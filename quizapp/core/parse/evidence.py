"""What tells where a flattened row's cells meet: the article's words and what a reader knows.

A seam is judged by the pieces it leaves (:func:`seam_evidence`): a word the article uses,
or a name, formula or dictionary word (:mod:`quizapp.core.parse.knowledge`), whole across
the seam says no ("TypeScript"); known pieces on both sides say yes ("saturu" |
"Ietekmētājam", "IKP" | "UIN"). The article's phrases back a whole cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from quizapp.core.parse.knowledge import dictionary_word, short_name
from quizapp.core.parse.knowledge import known_piece as piece_is_name
from quizapp.core.parse.names import UNITS, roman_numeral
from quizapp.core.parse.numbers import number_ends_fitting, number_fits
from quizapp.core.parse.reading import WORD, RowReading
from quizapp.core.parse.titles import EDGE
from quizapp.core.parse.tokens import known_code_at


@dataclass(frozen=True)
class Evidence:
    """What the article says outside the table: its words and its text (for phrases)."""

    words: frozenset[str] = frozenset()
    text: str = ""

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Evidence:
        """Collect the evidence of ``texts`` (paragraphs, list items, headings)."""
        joined = " ".join(texts)
        words = {w.strip(EDGE) for w in joined.split()}
        return cls(frozenset(w for w in words if len(w) >= 2), f" {joined.casefold()} ")

    def plus(self, texts: Iterable[str]) -> Evidence:
        """This evidence and ``texts`` (the header's column names, say)."""
        more = Evidence.from_texts(texts)
        return Evidence(self.words | more.words, self.text + more.text)

    def with_words(self, words: Iterable[str]) -> Evidence:
        """This evidence and ``words`` seen whole elsewhere (in the table's other rows)."""
        return Evidence(self.words | {w for w in words if len(w) >= 2}, self.text)

    def has_phrase(self, phrase: str) -> bool:
        """``phrase`` occurs in the article as whole words (case does not matter)."""
        key = phrase.strip(EDGE).casefold()
        if len(key) < 6:
            return False
        start = self.text.find(key)
        while start >= 0:
            end = start + len(key)
            if not self.text[start - 1].isalnum() and not self.text[end:end + 1].isalnum():
                return True
            start = self.text.find(key, start + 1)
        return False


def _cuts(reading: RowReading) -> list[int]:
    text = reading.text
    cuts = {0, len(text)} | {c.pos for c in reading.cands}
    for m in WORD.finditer(text):
        cuts.update((m.start(), m.end()))
    return sorted(cuts)


def _mid_word(text: str, i: int) -> bool:
    """A small letter at ``i`` continues the letter before it."""
    return text[i].islower() and text[i - 1].isalpha()


# The longest piece looked for in a reading of a run as known pieces.
_LONGEST = 16


def _may_begin(text: str, k: int) -> bool:
    """Something may begin at ``k`` inside a run of letters and digits: a capital or digit
    after another class, or a small letter after a digit."""
    a, b = text[k - 1], text[k]
    return (b.isupper() and not a.isupper()) or (b.isdecimal() != a.isdecimal()) or (
        b.isupper() and a.isupper() and text[k + 1:k + 2].islower())


def _on_a_reading(text: str, pos: int, start: int, end: int, cut_at: set[int],
                  known: Callable[[int, int], bool],
                  cache: dict[tuple[int, int], set[int] | None]) -> bool:
    """False when the run of letters and digits around ``pos`` reads whole as known pieces
    and no such reading has a seam at ``pos`` ("HTTPSQLite" is HTTP and SQLite, so not
    "HTTPS" | "QLite"); True otherwise. ``cache`` keeps each run's readings."""
    if not (text[pos - 1].isalnum() and text[pos].isalnum()):
        return True
    u, v = pos, pos
    while u > start and text[u - 1].isalnum():
        u -= 1
    while v < end and text[v].isalnum():
        v += 1
    if text[u - 1:u] == "°":
        u += 1  # the C of °C is the unit's
        if u >= pos:
            return True
    if (u, v) not in cache:
        # (Worth looking only where the run holds another seam: whether it reads whole is
        # for the pieces across the seam to say.)
        others = any(text[k - 1].isalnum() and text[k].isalnum() and k != pos
                     and (k in cut_at or _may_begin(text, k)) for k in range(u + 1, v))
        cache[(u, v)] = _readings(u, v, known) if others else None
    seams = cache[(u, v)]
    return seams is None or pos in seams


def _readings(u: int, v: int, known: Callable[[int, int], bool]) -> set[int] | None:
    """The seams of every reading of ``text[u:v]`` as known pieces; None when it has no
    such reading (or is too long to look for one)."""
    if v - u > 24:
        return None
    pieces = {(a, b) for a in range(u, v) for b in range(a + 1, min(v, a + _LONGEST) + 1)
              if known(a, b)}
    reach = {u}
    for a in range(u, v):
        if a in reach:
            reach.update(b for (x, b) in pieces if x == a)
    if v not in reach:
        return None
    back = {v}
    for b in range(v, u, -1):
        if b in back:
            back.update(a for (a, y) in pieces if y == b and a in reach)
    return reach & back


def _whole_numeral(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a Roman numeral that takes every "I" beside it that begins no word:
    "II" of "IIPSRS" is one numeral, never "I" and "I" ("IXIII" may be "I" and "XIII" or
    "IX" and "III"; "XIIIvan" is "XII" and "Ivan")."""
    return roman_numeral(text[a:b]) and not (
        text[b - 1] == "I" and text[b:b + 1] == "I" and not text[b + 1:b + 2].islower()) \
        and not (text[a] == "I" and a > 0 and text[a - 1] == "I")


def seam_evidence(reading: RowReading, evidence: Evidence, pos: int,
                  runs: dict[tuple[int, int], set[int] | None] | None = None) -> float:
    """How what is known judges a boundary at ``pos``: a word the article uses, or a name,
    formula or dictionary word, whole across the seam says no ("TypeScript"); known pieces
    on both sides say yes ("saturu" | "Ietekmētājam", "IKP" | "UIN")."""
    text = reading.text
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    end = len(text) if end < 0 else end
    cuts = {c for c in _cuts(reading) if start <= c <= end}
    # Where a piece may begin or end: the seams, the word's ends, and symbols ("HTTP" of
    # "SSDHTTP/2", "ATPase" of "Ca²⁺-ATPase").
    # ("°C" is one unit: nothing begins at its C.)
    bounds = cuts | {k for k in range(start, end + 1) if k in (start, end)
                     or (not text[k - 1].isalnum() and text[k - 1] != "°")
                     or not text[k:k + 1].isalnum()}
    code_here = known_code_at(text, pos) > 0

    def said(a: int, b: int) -> bool:
        return text[a:b].strip(EDGE) in evidence.words

    def name(a: int, b: int) -> bool:
        """A name, code, unit or formula; two letters only when a unit or code ("MB", "5G"):
        two capitals meet by chance in any run of capitals ("CI" in "RACI")."""
        if set(text[a:b]) <= set("IVX") and not _whole_numeral(text, a, b):
            return False  # "II" of "IIII": a numeral takes every I beside it
        if piece_is_name(text[a:b]) and len(text[a:b]) > 2:
            return True  # as written, with its dot: ".NET"
        if a == start and b - a == 1 and _whole_numeral(text, a, b):
            return True  # a numeral standing alone: "Pēteris I" | "XIII gadsimts"
        piece = text[a:b].strip(EDGE)
        if len(piece) > 2:
            return piece_is_name(piece)
        if piece in UNITS:
            # A unit is one only after its number: "36 MB", but not the "MP" of "PMP".
            return text[a - 1:a].isdecimal() or (text[a - 1:a] == " "
                                                 and text[a - 2:a - 1].isdecimal())
        return short_name(piece) and piece_is_name(piece)

    # Two capitalised words glued inside a word ("…(TPS)QuickBooks", "…saiteSolidWorks"): a
    # name's halves are dictionary words as often as two cells' edges are, so the dictionary
    # says nothing there. (At the row's first word, "KontroleZīmols", it may.)
    u = pos
    while u > start and text[u - 1].islower():
        u -= 1
    u -= u > start and text[u - 1].isupper()
    hump = text[pos - 1].islower() and text[pos].isupper() and text[u].isupper() and u > start

    def word(a: int, b: int) -> bool:
        """A dictionary word that is a whole word of the text: between the seam (or the
        word's start) and a space or symbol (not "Script" of "TypeScriptJava…": halves of
        a name are words too)."""
        return not hump and (a in (start, pos) or not text[a - 1].isalnum()) and (
            b in (end, pos) or not text[b:b + 1].isalnum()) \
            and dictionary_word(text[a:b].strip(EDGE))

    def beside(a: int, b: int) -> bool:
        return said(a, b) or name(a, b) or word(a, b)

    def tiled(a: int, b: int) -> bool:
        """Inside a run of capitals, a known piece counts only where no other known piece
        overlaps its ends: not "ESA" in "6ESATA" (SATA), "TPU" in "HTTPUSB" (HTTP, USB) or
        "PH₂" in "ATPH₂O" (ATP); but "H.264" in "SVNH.264" and "NATO" in "NATOES". (A
        capital before a small letter begins a word and is no part of the run.)"""
        def inside(k: int) -> bool:
            return start < k < end and text[k - 1].isupper() and text[k].isupper() \
                and not text[k + 1:k + 2].islower()

        def overlapped(k: int) -> bool:
            return inside(k) and any(
                said(x, y) or name(x, y)
                for x in range(max(start, k - 8), k) for y in range(k + 1, min(end, k + 8) + 1)
                if (x, y) != (a, b))
        return not overlapped(a) and not overlapped(b)

    # After a number, a unit ends its quantity: "48 MP|L3", though "MPL" is a licence.
    units = {a for a in range(max(start, 2), pos)
             if text[a - 2].isdecimal() and text[a - 1] == " " and text[a:pos] in UNITS}

    def across(a: int, b: int) -> bool:
        """The piece ``text[a:b]`` across the seam is known whole."""
        if a in units:
            return False
        if (text[a] in EDGE or text[b - 1] in EDGE) and not piece_is_name(text[a:b]):
            return False  # the piece without its brackets may not cross the seam at all
        if b in bounds and said(a, b):
            return True  # the article uses it as a word
        # General knowledge is weighed more carefully. A known piece may end anywhere ("USB"
        # of "USB-CIn 2015"), but not inside a word: "XIII" is no numeral in "XIIIvans",
        # nor "eV" a unit in "rateVAT" (a code led by a small letter may start right after
        # a word: "CenaiOS").
        if a > start and _mid_word(text, a) and not known_code_at(text, a):
            return False
        if b < end and b not in cuts and _mid_word(text, b):
            return False
        if not tiled(a, b):
            return False
        piece = text[a:b].strip(EDGE)
        if len(piece) < 3 and not any(ch.isdecimal() for ch in piece):
            return False  # two capitals meet by chance: "CC" in "ETCC₆H₁₂O₆"
        # Where such a code starts, a dictionary word ending in its letter ("Cenai") says
        # less than the code: a name is the rarer coincidence.
        return name(a, b) or (not code_here and dictionary_word(piece))

    if any(across(a, b) for a in bounds if a < pos for b in range(pos + 1, end + 1)):
        return -2.5
    if not _on_a_reading(text, pos, start, end, cuts, lambda a, b: said(a, b) or name(a, b) or (
            b - a > 1 and piece_is_name(text[a:b])) or _whole_numeral(text, a, b)
            or dictionary_word(text[a:b]), {} if runs is None else runs):
        return -1.5
    # A number that is what it stands for beside the seam backs it too ("In 2015|USB-C",
    # "ceturksnī|100 000 €"); not after a capital, which may be its code's ("Apple M2|6.7-inch"
    # or "M|26.7-inch"?), and between two numbers their seam's weight has said so already.
    left = any(beside(a, pos) for a in bounds if a < pos) or (
        text[pos - 1].isdecimal() and not text[pos].isdecimal()
        and number_ends_fitting(text, pos))
    right = any(beside(pos, b) for b in bounds if b > pos) or (
        text[pos].isdecimal() and not (text[pos - 1].isdecimal() or text[pos - 1].isupper())
        and number_fits(text, pos))
    # A known piece and one more capital ("PostgreSQLL|1", "36 MBL|1"): the capital begins
    # the next cell; or one capital and a known piece ("13700|KSVN").
    # (Capitals among capitals or digits: "Direktīva" begins with a capital, not a stray.)
    stray = (not left and text[pos - 1].isupper() and not text[pos - 2].islower()
             and any(said(a, pos - 1) or name(a, pos - 1) for a in range(start, pos - 2))) or (
        not right and text[pos].isupper() and not text[pos + 1:pos + 2].islower()
        and any(said(pos + 1, b) or name(pos + 1, b) for b in range(pos + 3, end + 1)))
    return 1.5 * left + 1.5 * right - 1.5 * stray


def weigh_evidence(reading: RowReading, evidence: Evidence) -> None:
    """Rescore an uncertain reading with what the rest of the article says."""
    seams = reading.seam_evidence
    runs: dict[tuple[int, int], set[int] | None] = {}
    extra: dict[tuple[int, int], float] = {}
    for _, i, j in reading.options:
        for pos in (i, j):
            if pos not in seams:
                seams[pos] = seam_evidence(reading, evidence, pos, runs)
        label, a, b = reading.text[:i], reading.text[i:j], reading.text[j:]
        phrases = sum(1.5 for part in (label, a, b) if evidence.has_phrase(part))
        extra[(i, j)] = seams[i] + seams[j] + phrases
    reading.rescore(extra)


