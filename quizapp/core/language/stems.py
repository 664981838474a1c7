"""Placeholder stems (crude suffix stripping) until branch ``lang`` brings the real stemmer."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = frozenset("""
un vai bet ar uz no par pie pēc pret kā ka kas kur ir arī to tā tās tie tas šis šī šo jo lai
ja gan nav tiek var būt tad kad kurš kura kuri kuras kuru kam ko cik kāds kāda kādi kādas
the a an and or but of to in on at by for with from as is are was were be been it its this
that these those which who what how why when where than then so not no can may do does
""".split())
_SUFFIXES = sorted("""
ajiem ajām ajai ajam ajos ajās iem ām ēm īm ūm os ās ēs ās us as es is ai ei am em im um
ā ē ī ū a e i o u s š ing ed es ly er ers ion ions tion
""".split(), key=len, reverse=True)


def _stem(word: str) -> str:
    w = word.casefold()
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def content_stems(text: str, language: str) -> frozenset[str]:
    """The stems of the content words of ``text``."""
    return frozenset(_stem(w) for w in _WORD.findall(text)
                     if len(w) > 2 and w.casefold() not in _STOP)


def shares_stem(a: str, b: str, language: str) -> bool:
    """Whether ``a`` and ``b`` have a content stem in common."""
    return bool(content_stems(a, language) & content_stems(b, language))


def stem_overlap(a: str, b: str, language: str) -> float:
    """The share of ``a``'s content stems that ``b`` has too (0 when ``a`` has none)."""
    sa = content_stems(a, language)
    return len(sa & content_stems(b, language)) / len(sa) if sa else 0.0
