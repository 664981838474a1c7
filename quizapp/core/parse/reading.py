"""The ways of reading one flattened row on its own, scored, and which one to take.

A row such as ``KontroleZīmols pilnībā kontrolē ziņojumu un saturuIetekmētājam ir radoša …``
is three cells: the aspect and one cell per side. Each place where a cell may start has a
weight (:mod:`quizapp.core.parse.boundaries`); each pair of places is a reading, scored by
those weights and by the shape of the three parts (a short aspect, no part ending on "un"
or "and", brackets closed, the two sides written alike). The evidence
(:mod:`quizapp.core.parse.evidence`) rescores the readings; :attr:`RowReading.choice` says
which one, if any, a careful reader would take.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import combinations

from quizapp.core.parse.boundaries import Candidate, candidates
from quizapp.core.parse.seamfacts import FAIR, WEAK
from quizapp.core.parse.titles import balanced, dangles, title_defect
from quizapp.core.parse.tokens import UPPER

# The reading taken must beat every rival by this much (log-odds).
MARGIN = 2.0
WORD = re.compile(r"\S+")
_LONG_CAPS = re.compile(f"(?![IVXLC]{{6}})[{UPPER}]{{6,}}")


@dataclass
class RowReading:
    """The scored ways of reading one flattened row, best first."""

    text: str
    cands: list[Candidate]
    options: list[tuple[float, int, int]] = field(default_factory=list)
    # What the article's words say about each seam (see weigh_evidence).
    seam_evidence: dict[int, float] = field(default_factory=dict)
    # How alike side A and side B are written in each reading (backs the seam between them).
    alike: dict[tuple[int, int], float] = field(default_factory=dict)
    _choice: tuple[int] | None = field(default=None, repr=False)

    def cells(self, k: int = 0) -> tuple[str, str, str]:
        """The three cells of the ``k``-th best reading."""
        _, i, j = self.options[k]
        return self.text[:i].strip(), self.text[i:j].strip(), self.text[j:].strip()

    def weakest(self, k: int) -> float:
        """The weaker seam of the ``k``-th reading, with the evidence for it."""
        _, i, j = self.options[k]
        weights = {c.pos: c.weight for c in self.cands}
        support = {i: 0.0, j: self.alike.get((i, j), 0.0)}
        return min(weights[p] + self.seam_evidence.get(p, 0.0) + support[p] for p in (i, j))

    def viable(self, k: int) -> bool:
        """The ``k``-th reading could be taken: each seam, with the evidence for it, is at
        least fair, its aspect is a sound title and no cell is a lone small letter."""
        # A weak seam (a year run into a number, a code after an acronym, two formulas
        # together) is a guess: it is taken only when the evidence backs it.
        if self.weakest(k) < FAIR:
            return False
        cells = self.cells(k)
        if title_defect(cells[0]) is not None:
            return False
        # A lone small letter is a letter cut off its word ("i" | "OS").
        return not any(len(c) < 2 and not (c.isupper() or c.isdecimal()) for c in cells)

    @property
    def choice(self) -> int | None:
        """Which reading to take: the best that could be taken, when it clearly beats every
        rival a careful reader would weigh — any reading whose seams are each at least a
        plausible guess. (One with a seam the evidence speaks against, "PC" | "Ie 4.0", or
        that nothing suggests, is no rival.)"""
        if self._choice is None:
            best = next((k for k in range(len(self.options)) if self.viable(k)), -1)
            if best >= 0:
                top = self.options[best][0]
                for k in range(len(self.options)):
                    if top - self.options[k][0] >= MARGIN:
                        break
                    if k != best and self.weakest(k) >= WEAK:
                        best = -1
                        break
            self._choice = (best,)
        k = self._choice[0]
        return None if k < 0 else k

    @property
    def certain(self) -> bool:
        """A reading can be taken (see :attr:`choice`)."""
        return self.choice is not None

    def chosen(self) -> tuple[str, str, str]:
        """The cells of the reading taken (only when :attr:`certain`)."""
        k = self.choice
        assert k is not None
        return self.cells(k)

    def rescore(self, extra: dict[tuple[int, int], float]) -> None:
        """Add ``extra`` to the readings it names and sort again."""
        self.options = sorted(((s + extra.get((i, j), 0.0), i, j) for s, i, j in self.options),
                              reverse=True)
        self._choice = None


def _start_class(part: str) -> str:
    ch = part[:1]
    return "digit" if ch.isdecimal() else "upper" if ch.isupper() else \
        "lower" if ch.islower() else "symbol"


def _shape_score(label: str, a: str, b: str) -> float:
    words = WORD.findall(label)
    score = -1.5 * max(0, len(words) - 4) - (10.0 if len(words) > 8 else 0.0)
    for part in (label, a):
        if dangles(WORD.findall(part)):
            score -= 3.0
    for part in (label, a, b):
        if not balanced(part):
            score -= 4.0
        if not any(ch.isalnum() for ch in part):
            score -= 6.0
        if len(part) < 2:
            score -= 4.0  # a one-letter cell is a letter cut off its word ("i" + "OS")
        if _LONG_CAPS.search(part):
            score -= 2.5  # six capitals in a row are two acronyms run together ("DBHTTP")
    score -= 0.3 * abs(math.log(len(a) / len(b)))
    if _start_class(a) == _start_class(b):
        score += 0.5
    return score


def _shape(word: str) -> str:
    """A word's character classes, runs of digits and small letters collapsed (capitals
    are not: an acronym's length is part of its look): "L3" → "A9", "1,95583" → "9,9",
    "BGN" → "AAA"."""
    out: list[str] = []
    for ch in word:
        c = "9" if ch.isdecimal() else "A" if ch.isupper() else "a" if ch.islower() else ch
        if not out or out[-1] != c or c == "A":
            out.append(c)
    return "".join(out)


def _alike(x: list[str], y: list[str]) -> bool:
    """Two two-word runs written alike: same shapes, and the second words equal or alike;
    or the same word followed by words of the same kind ("over QUIC"/"over TCP")."""
    if not len(x) == len(y) == 2:
        return False
    if _shape(x[0]) == _shape(y[0]) and (
            x[1].casefold() == y[1].casefold() or _shape(x[1]) == _shape(y[1]) != "a"):
        return True
    return (len(x[0]) >= 2 and x[0].casefold() == y[0].casefold()
            and _start_class(x[1]) == _start_class(y[1]) != "lower")


def parallel(a: str, b: str) -> float:
    """How alike the two sides' cells begin and end ("L3 of …"/"L1 of …", "… in 2010"/
    "… in 2023"): authors write a row's cells in parallel, so this backs the seam between
    them."""
    wa, wb = WORD.findall(a), WORD.findall(b)
    return _alike_weight(wa[:2], wb[:2]) + _alike_weight(wa[-2:], wb[-2:])


_DIGITS = re.compile(r"\d+")


def _alike_weight(x: list[str], y: list[str]) -> float:
    """1.5 for two runs written alike (:func:`_alike`) whose numbers have as many digits
    ("18 U.S.C."/"42 U.S.C.", "§ 1030"/"§ 1983"); half that when the numbers differ in
    length ("§ 10"/"§ 1983": written alike, but less so)."""
    if not _alike(x, y):
        return 0.0
    return 1.5 if _digit_lengths(x) == _digit_lengths(y) else 0.75


def _digit_lengths(words: list[str]) -> list[int]:
    return [len(m) for w in words for m in _DIGITS.findall(w)]


def read_row(text: str) -> RowReading | None:
    """Score every reading of a flattened row; None when it has fewer than two places a
    cell could start (then it is not a flattened row at all)."""
    text = text.strip()
    cands = candidates(text)
    reading = RowReading(text, cands)
    for ci, cj in combinations(cands, 2):
        label, a, b = text[:ci.pos].strip(), text[ci.pos:cj.pos].strip(), text[cj.pos:].strip()
        if label and a and b:
            alike = parallel(a, b)
            reading.alike[(ci.pos, cj.pos)] = alike
            reading.options.append((ci.weight + cj.weight + _shape_score(label, a, b) + alike,
                                    ci.pos, cj.pos))
    if not reading.options:
        return None
    reading.options.sort(reverse=True)
    return reading


