"""Un-flattening comparison-table rows whose cells were run together with no separator.

A row such as ``KontroleZīmols pilnībā kontrolē ziņojumu un saturuIetekmētājam ir radoša …``
is three cells: the aspect and one cell per side. Each place where a cell may start has a
weight (:mod:`quizapp.core.parse.boundaries`); each pair of places is scored by those
weights and by the shape of the three parts (a short aspect, no part ending on "un" or
"and", brackets closed). The best pair wins only when it beats the next one by a clear
margin. Otherwise the article's own evidence is weighed — words and phrases it uses
elsewhere, the header's column names — then the shapes of the table's other rows; a row
that is still uncertain is not split at all, and the caller warns.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from quizapp.core.parse.boundaries import FAIR, Candidate, candidates
from quizapp.core.parse.boundaries import known_piece as piece_is_name
from quizapp.core.parse.knowledge import familiar
from quizapp.core.parse.titles import DANGLING, EDGE, PAIRS, title_defect
from quizapp.core.parse.tokens import UPPER, known_code_at

# The best reading must beat the second by this much (log-odds) to be taken.
MARGIN = 2.0
_WORD = re.compile(r"\S+")
_LONG_CAPS = re.compile(f"(?![IVXLC]{{6}})[{UPPER}]{{6,}}")


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

    def cells(self, k: int = 0) -> tuple[str, str, str]:
        """The three cells of the ``k``-th best reading."""
        _, i, j = self.options[k]
        return self.text[:i].strip(), self.text[i:j].strip(), self.text[j:].strip()

    @property
    def certain(self) -> bool:
        """The best reading clearly beats the next, and its aspect is a sound title."""
        if not self.options:
            return False
        _, i, j = self.options[0]
        weights = {c.pos: c.weight for c in self.cands}
        # A weak seam (a year run into a number, a code after an acronym, two formulas
        # together) is a guess: it is taken only when the article's words back it.
        support = {i: 0.0, j: self.alike.get((i, j), 0.0)}
        if any(weights[p] + self.seam_evidence.get(p, 0.0) + support[p] < FAIR for p in (i, j)):
            return False
        cells = self.cells()
        if title_defect(cells[0]) is not None:
            return False
        if any(len(c) < 2 and not (c.isupper() or c.isdecimal()) for c in cells):
            return False  # a lone small letter is a letter cut off its word ("i" | "OS")
        return len(self.options) == 1 or self.options[0][0] - self.options[1][0] >= MARGIN

    def rescore(self, extra: dict[tuple[int, int], float]) -> None:
        """Add ``extra`` to the readings it names and sort again."""
        self.options = sorted(((s + extra.get((i, j), 0.0), i, j) for s, i, j in self.options),
                              reverse=True)


def _balanced(part: str) -> bool:
    return all(part.count(o) == part.count(c) for o, c in PAIRS)


def _start_class(part: str) -> str:
    ch = part[:1]
    return "digit" if ch.isdecimal() else "upper" if ch.isupper() else \
        "lower" if ch.islower() else "symbol"


def _shape_score(label: str, a: str, b: str) -> float:
    words = _WORD.findall(label)
    score = -1.5 * max(0, len(words) - 4) - (10.0 if len(words) > 8 else 0.0)
    for part in (label, a):
        last = _WORD.findall(part)
        if last and last[-1].casefold() in DANGLING:
            score -= 3.0
    for part in (label, a, b):
        if not _balanced(part):
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
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    return 1.5 * _alike(wa[:2], wb[:2]) + 1.5 * _alike(wa[-2:], wb[-2:])


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


def _cuts(reading: RowReading) -> list[int]:
    text = reading.text
    cuts = {0, len(text)} | {c.pos for c in reading.cands}
    for m in _WORD.finditer(text):
        cuts.update((m.start(), m.end()))
    return sorted(cuts)


def _mid_word(text: str, i: int) -> bool:
    """A small letter at ``i`` continues the letter before it."""
    return text[i].islower() and text[i - 1].isalpha()


def _seam_evidence(reading: RowReading, evidence: Evidence, pos: int) -> float:
    """How the article's words judge a boundary at ``pos``: a word it uses whole across
    the seam says no ("TypeScript"); words it uses on both sides say yes."""
    text = reading.text
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    end = len(text) if end < 0 else end
    cuts = [c for c in _cuts(reading) if start <= c <= end]

    def known(a: int, b: int) -> bool:
        piece = text[a:b].strip(EDGE)
        return piece in evidence.words or familiar(piece)

    code_here = known_code_at(text, pos) > 0

    def tiled(a: int) -> bool:
        """The capitals before ``a`` in its run are a known piece: "IKP" before "UIN"."""
        r = a
        while r > start and text[r - 1].isupper():
            r -= 1
        return known(r, a)

    def across(a: int, b: int) -> bool:
        """The piece ``text[a:b]`` across the seam is known whole."""
        piece = text[a:b].strip(EDGE)
        if (b == end or b in cuts) and piece in evidence.words:
            return True  # the article uses it as a word
        # General knowledge is weighed more carefully. A known piece may end anywhere ("USB"
        # of "USB-CIn 2015"), but not inside a word: "XIII" is no numeral in "XIIIvans",
        # nor "eV" a unit in "rateVAT" (a code led by a small letter may start right after
        # a word: "CenaiOS").
        if a > start and _mid_word(text, a) and not known_code_at(text, a):
            return False
        if b < end and b not in cuts and _mid_word(text, b):
            return False
        if len(piece) < 3 and not any(ch.isdecimal() for ch in piece):
            return False  # two capitals meet by chance: "CC" in "ETCC₆H₁₂O₆"
        if a > start and text[a - 1].isupper() and text[a].isupper() and not tiled(a):
            return False  # "TPU" is no name in "HTTPUSB", nor "PH₂" a formula in "ATPH₂O"
        # Where such a code starts, a dictionary word ending in its letter ("Cenai") says
        # less than the code: a name is the rarer coincidence.
        if code_here and not piece_is_name(piece):
            return False
        return familiar(piece)

    if any(across(a, b) for a in cuts if a < pos for b in range(pos + 1, end + 1)):
        return -2.5
    # A piece beside the seam may also end at a symbol: "HTTP" of "SSDHTTP/2".
    edges = {k for k in range(start, end + 1) if k in (start, end) or not text[k - 1].isalnum()
             or not text[k:k + 1].isalnum()}
    left = any(known(a, pos) for a in set(cuts) | edges if a < pos)
    right = any(known(pos, b) for b in set(cuts) | edges if b > pos)
    # A known piece and one more capital ("PostgreSQLL|1", "36 MBL|1"): the capital begins
    # the next cell.
    stray = not left and pos - 1 > start and text[pos - 1].isupper() and any(
        known(a, pos - 1) for a in set(cuts) | edges if a < pos - 1)
    return 1.5 * left + 1.5 * right - 1.5 * stray


def weigh_evidence(reading: RowReading, evidence: Evidence) -> None:
    """Rescore an uncertain reading with what the rest of the article says."""
    seams = reading.seam_evidence
    extra: dict[tuple[int, int], float] = {}
    for _, i, j in reading.options:
        for pos in (i, j):
            if pos not in seams:
                seams[pos] = _seam_evidence(reading, evidence, pos)
        label, a, b = reading.text[:i], reading.text[i:j], reading.text[j:]
        phrases = sum(1.5 for part in (label, a, b) if evidence.has_phrase(part))
        extra[(i, j)] = seams[i] + seams[j] + phrases
    reading.rescore(extra)


def weigh_shapes(reading: RowReading, others: Sequence[tuple[str, str, str]]) -> None:
    """Rescore an uncertain reading by the rows already read with certainty: an aspect as
    long in words as theirs is likelier.

    (What the cells in each column start with was tried too and is not used: on the
    development tables it settled 33 rows and broke 9.)
    """
    if len(others) < 2:
        return
    label_words = statistics.median(len(_WORD.findall(r[0])) for r in others)
    extra: dict[tuple[int, int], float] = {}
    for k, (_, i, j) in enumerate(reading.options):
        label = reading.cells(k)[0]
        extra[(i, j)] = -0.8 * min(3.0, abs(len(_WORD.findall(label)) - label_words))
    reading.rescore(extra)


def shown_words(reading: RowReading) -> set[str]:
    """The words a row shows the other rows: cut at its seams when it is read with
    certainty ("TypeScript" whole), else only those no seam could cut."""
    if reading.certain:
        return {w.strip(EDGE) for cell in reading.cells() for w in cell.split()}
    seams = [c.pos for c in reading.cands]
    return {m.group().strip(EDGE) for m in _WORD.finditer(reading.text)
            if not any(m.start() < p < m.end() for p in seams)}


def split_row(text: str, evidence: Evidence | None = None) -> tuple[str, str, str] | None:
    """Split a flattened row into (aspect, side A, side B), or None when it cannot be done
    with certainty (the caller keeps the row unsplit and warns)."""
    return split_rows([text], evidence)[0]


def split_rows(texts: Sequence[str], evidence: Evidence | None = None,
               ) -> list[tuple[str, str, str] | None]:
    """Split the flattened rows of one table, using each other's shapes where uncertain."""
    readings = [read_row(t) for t in texts]
    picked = iter(resolve([r for r in readings if r is not None], evidence))
    return [next(picked) if r is not None else None for r in readings]


def resolve(readings: Sequence[RowReading], evidence: Evidence | None = None,
            ) -> list[tuple[str, str, str] | None]:
    """The cells of each reading of one table, or None where it stays uncertain.

    The evidence — the article's text, the words the table's other rows show standing clear
    ("IP68" in one row settles "…IP68IP67…" in another) and what a reader knows
    (:mod:`quizapp.core.parse.knowledge`) — is weighed for every row: it can only agree with a clear reading or overturn one it
    contradicts. The aspects' length in the rows read with certainty is weighed for the
    rest.
    """
    evidence = evidence or Evidence()
    shown = [shown_words(r) for r in readings]
    seen = Counter(w for words in shown for w in words)
    for r, own in zip(readings, shown):
        # A row's own words do not vouch for its reading: only the other rows' do.
        others = {w for w, n in seen.items() if n > (w in own)}
        weigh_evidence(r, evidence.with_words(others))
    sure = [r.cells() for r in readings if r.certain]
    for r in readings:
        if not r.certain:
            weigh_shapes(r, sure)
    return [r.cells() if r.certain else None for r in readings]


def split_header(text: str, label_match: re.Match[str]) -> tuple[str, str, str] | None:
    """Split a header row whose first column matched a known header label.

    The two column names are often run together without a case change
    (``iezīmeSocial Media Marketinginfluencer Marketing``); they usually share their last
    word, so the split that gives the longest common ending wins. Otherwise the strongest
    place a cell could start, nearest the middle, divides them.
    """
    end = label_match.end()
    # A marker may match only the stem of the label ("Parametr" of "Parametrs"): the word's
    # last few letters belong to it when a column name starts right after them.
    tail = end
    while tail < len(text) and text[tail].islower() and tail - end < 3:
        tail += 1
    if tail > end and (tail == len(text) or text[tail].isupper() or text[tail].isdecimal()):
        end = tail
    label = text[:end].strip()
    rest = text[end:].strip()
    if not rest:
        return None
    best_k, best_common = 0, 0
    for k in range(1, len(rest)):
        if rest[k - 1].isspace() or rest[k].isspace():
            continue
        left, right = rest[:k].rstrip(), rest[k:].lstrip()
        common = 0
        while (common < min(len(left), len(right))
               and left[-1 - common].casefold() == right[-1 - common].casefold()):
            common += 1
        # Only a shared ending of at least one whole word counts.
        if common >= 3 and " " in left[-common:] and common > best_common:
            best_k, best_common = k, common
    if best_k:
        return label, rest[:best_k].strip(), rest[best_k:].strip()
    cands = candidates(rest)
    if not cands:
        return None
    top = max(c.weight for c in cands)
    k = min((c.pos for c in cands if c.weight == top), key=lambda i: abs(i - len(rest) / 2))
    return label, rest[:k].strip(), rest[k:].strip()
