"""Un-flattening comparison-table rows whose cells were run together with no separator.

A row such as ``KontroleZīmols pilnībā kontrolē ziņojumu un saturuIetekmētājam ir radoša …``
is three cells: the aspect and one cell per side. Each way of reading it is scored on its
own (:mod:`quizapp.core.parse.reading`), then by the evidence
(:mod:`quizapp.core.parse.evidence`): the article's words and phrases outside the table, the
header's column names, the words the table's other rows show whole, and what any reader
knows — names, formulas, numbers, dictionary words (:mod:`quizapp.core.parse.knowledge`).
A reading is taken only when it clearly beats every rival a careful reader would weigh;
for the rest, the shapes of the rows read with certainty are weighed; a row still
uncertain is not split at all, and the caller warns.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence

from quizapp.core.parse.boundaries import candidates
from quizapp.core.parse.evidence import Evidence, weigh_evidence
from quizapp.core.parse.reading import WORD, RowReading, read_row
from quizapp.core.parse.titles import EDGE

__all__ = ["Evidence", "RowReading", "read_row", "resolve", "split_header", "split_row",
           "split_rows"]


def weigh_shapes(reading: RowReading, others: Sequence[tuple[str, str, str]]) -> None:
    """Rescore an uncertain reading by the rows already read with certainty: an aspect as
    long in words as theirs is likelier.

    (What the cells in each column start with was tried too and is not used: on the
    development tables it settled 33 rows and broke 9.)
    """
    if len(others) < 2:
        return
    label_words = statistics.median(len(WORD.findall(r[0])) for r in others)
    extra: dict[tuple[int, int], float] = {}
    for k, (_, i, j) in enumerate(reading.options):
        label = reading.cells(k)[0]
        extra[(i, j)] = -0.8 * min(3.0, abs(len(WORD.findall(label)) - label_words))
    reading.rescore(extra)


def shown_words(reading: RowReading) -> set[str]:
    """The words a row shows the other rows: cut at its seams when it is read with
    certainty ("TypeScript" whole), else only those no seam could cut."""
    if reading.certain:
        return {w.strip(EDGE) for cell in reading.chosen() for w in cell.split()}
    seams = [c.pos for c in reading.cands]
    return {m.group().strip(EDGE) for m in WORD.finditer(reading.text)
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
    sure = [r.chosen() for r in readings if r.certain]
    for r in readings:
        if not r.certain:
            weigh_shapes(r, sure)
    return [r.chosen() if r.certain else None for r in readings]


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
