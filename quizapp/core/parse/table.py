"""Un-flattening comparison-table rows whose cells were run together with no separator.

A row such as ``KontroleZīmols pilnībā kontrolē ziņojumu un saturuIetekmētājam ir radoša …``
is three cells: the aspect and one cell per side. Cell boundaries show only as a capital
letter glued to the end of the previous word. Candidates are scored and the best pair wins;
brand names written in camel case (YouTube, LinkedIn) are never split.
"""

from __future__ import annotations

import math
import re
from itertools import combinations

from quizapp.core.language.markers import CAMEL_WORDS

_CLOSERS = set(".!?)]»”\"'%")
_WORD = re.compile(r"\S+")


def _boundaries(text: str) -> list[int]:
    """Positions where a new cell could start: a capital glued to the previous character."""
    out = []
    for i in range(1, len(text)):
        ch, prev = text[i], text[i - 1]
        if not ch.isupper() or prev.isspace():
            continue
        if prev.islower() or prev.isdigit() or prev in _CLOSERS:
            out.append(i)
        elif (
            prev.isupper()
            and i + 1 < len(text)
            and text[i + 1].islower()
            and i >= 2
            and text[i - 2].isupper()
        ):
            # "…SMMZīmols": an acronym ends the previous cell and a word starts the next.
            out.append(i)
    return out


def _inside_camel_word(text: str, i: int) -> bool:
    start = text.rfind(" ", 0, i) + 1
    end = text.find(" ", i)
    token = text[start : end if end >= 0 else len(text)].strip(".,;:!?()«»“”\"'")
    return any(word in token and token.find(word) < i - start < token.find(word) + len(word)
               for word in CAMEL_WORDS)


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def split_row(text: str) -> tuple[str, str, str] | None:
    """Split a flattened row into (aspect, side A, side B), or None when it cannot be done.

    The aspect is short (a few words) and each side's cell is a phrase; among all pairs of
    candidate boundaries the one with a short aspect and cells of balanced length wins.
    """
    text = text.strip()
    cands = [i for i in _boundaries(text) if not _inside_camel_word(text, i)]
    best: tuple[float, tuple[str, str, str]] | None = None
    for i, j in combinations(cands, 2):
        label, a, b = text[:i].strip(), text[i:j].strip(), text[j:].strip()
        if not label or not a or not b:
            continue
        label_words = _words(label)
        cost = max(0, label_words - 3) * 2.0 + (20.0 if label_words > 6 else 0.0)
        cost += abs(math.log(len(a) / len(b)))
        if _words(a) < 2 or _words(b) < 2:
            cost += 3.0
        if best is None or cost < best[0]:
            best = (cost, (label, a, b))
    return best[1] if best else None


def split_header(text: str, label_match: re.Match[str]) -> tuple[str, str, str] | None:
    """Split a header row whose first column matched a known header label.

    The two column names are often run together without a case change
    (``iezīmeSocial Media Marketinginfluencer Marketing``); they usually share their last
    word, so the split that gives the longest common ending wins. A case change is used
    when there is one and no common ending.
    """
    label = text[: label_match.end()].strip()
    rest = text[label_match.end():].strip()
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
    cands = [i for i in _boundaries(rest) if not _inside_camel_word(rest, i)]
    if not cands:
        return None
    k = min(cands, key=lambda i: abs(i - len(rest) / 2))
    return label, rest[:k].strip(), rest[k:].strip()
