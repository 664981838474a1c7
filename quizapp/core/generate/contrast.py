"""When the document contrasts the two sides on a point: opposite words, or different numbers.

A side swap makes a statement false only when the sides are contrasted on that very point
and nothing else the document says of the other side repeats it ("targeted reach" is not
false of social-media marketing when the article also says its ads target demographics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quizapp.core.generate.facts import number_spans
from quizapp.core.language.stems import word_stem

# Opposite poles, as word beginnings (case-folded): a statement with one pole and the
# other side's with the other are contrasted.
_POLES: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "lv": (
        (("lielāk", "liel"), ("mazāk", "maz")),
        (("vairāk",), ("mazāk",)),
        (("augst",), ("zem",)),
        (("ātr", "tūlīt", "tūlītēj"), ("lēn", "ilgtermiņ")),
        (("tieš",), ("netieš", "starpniek")),
        (("viegl", "vienkārš"), ("sarežģīt", "grūt")),
        (("lēt", "zem"), ("dārg",)),
        (("pilnīb", "pilnīg"), ("daļēj",)),
        (("kontrolē", "kontrol"), ("brīvīb",)),
    ),
    "en": (
        (("more", "greater", "larger", "higher"), ("less", "fewer", "smaller", "lower")),
        (("high",), ("low",)),
        (("fast", "quick", "immediate", "hours"), ("slow", "months", "long-term")),
        (("direct",), ("indirect",)),
        (("broad", "wide", "mass"), ("narrow", "niche", "targeted")),
        (("easy", "easier", "simple"), ("hard", "harder", "difficult", "complex")),
        (("cheap", "low-cost"), ("expensive", "costly")),
        (("strong",), ("gentle", "mild", "milder", "weak")),
        (("push",), ("pull",)),
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUM = re.compile(r"\d+(?:[.,]\d+)?")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


@lru_cache(maxsize=4096)
def _stems(text: str, language: str) -> frozenset[str]:
    return frozenset(s for w in _words(text) if (s := word_stem(w, language)))


def _has(text: str, pole: tuple[str, ...]) -> bool:
    return any(w.startswith(pole) for w in _words(text))


def _numbers_differ(a: str, b: str) -> bool:
    na, nb = number_spans(a), number_spans(b)
    if not na or not nb:
        return False
    return _unit(na[0]) == _unit(nb[0]) and _NUM.findall(na[0]) != _NUM.findall(nb[0])


def _unit(number: str) -> str:
    return _NUM.sub("#", number).strip().casefold()


def words_of(texts: Sequence[str]) -> frozenset[str]:
    """Every word (case-folded) of ``texts``: what :func:`contrasted` looks poles up in."""
    return frozenset(w for t in texts for w in _words(t))


def contrasted(mine: str, theirs: str, about_me: frozenset[str], about_them: frozenset[str],
               language: str) -> bool:
    """Whether ``mine`` (said of one side) and ``theirs`` (of the other, same aspect) are
    opposites that hold: a pole in one, its opposite in the other, and neither pole said of
    the wrong side anywhere else (``about_me``/``about_them``: the words of everything said
    of each, see :func:`words_of`)."""
    if _numbers_differ(mine, theirs):
        return True
    for left, right in _POLES.get(language, ()):
        for p, q in ((left, right), (right, left)):
            if _has(mine, p) and _has(theirs, q) and not _has(mine, q) and not _has(theirs, p):
                # ``mine`` has no q and ``theirs`` no p, so the sets may include them.
                clean_me = not any(w.startswith(q) for w in about_me)
                clean_them = not any(w.startswith(p) for w in about_them)
                if clean_me and clean_them:
                    return True
    return False


def said_elsewhere(text: str, others: Sequence[str], language: str,
                   share: float = 0.4) -> bool:
    """Whether one of ``others`` repeats at least ``share`` of ``text``'s content words
    (two at least): the text is then not something only one side has."""
    mine = _stems(text, language)
    if len(mine) < 2:
        return False
    for other in others:
        common = mine & _stems(other, language)
        if len(common) >= 2 and len(common) / len(mine) >= share:
            return True
    return False
