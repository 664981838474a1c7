"""When the document contrasts the two sides on a point: opposite words, or different numbers.

A side swap makes a statement false only when the sides are contrasted on that very point
and nothing else the document says of the other side repeats it ("targeted reach" is not
false of social-media marketing when the article also says its ads target demographics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quizapp.core.generate.numbers import kind_of, number_spans
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
        (("vienād", "identisk", "nemainīg"), ("atšķir", "dažād")),
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
        (("same", "identical", "unchanged", "constant"), ("different", "unique")),
        (("always",), ("never",)),
    ),
}
# Counts written as words: a text opening with one count and the other's with another
# ("One" / "Two (meiosis I and meiosis II)", "Two diploid cells" / "Four haploid cells").
_COUNTS = {
    "en": dict(zip("one two three four five six seven eight nine ten".split(), range(1, 11))),
    "lv": {**dict(zip("viens divi trīs četri pieci seši septiņi astoņi deviņi desmit".split(),
                      range(1, 11))),
           **dict(zip("viena divas trīs četras piecas sešas septiņas astoņas deviņas".split(),
                      range(1, 10)))},
}
_NEGATORS = {"en": frozenset("not no never none cannot without".split()),
             "lv": frozenset("nav ne nekad nevar bez nē".split())}
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


_COUNTED = re.compile(r"(\d+(?:[.,]\d+)?)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _numbers_differ(a: str, b: str) -> bool:
    na, nb = number_spans(a), number_spans(b)
    if not na or not nb:
        # Counts of one thing: "About 43 sovereign states" / "About 150 sovereign states".
        ca, cb = _COUNTED.search(a), _COUNTED.search(b)
        return bool(ca and cb and ca.group(2).casefold() == cb.group(2).casefold()
                    and ca.group(1) != cb.group(1))
    return kind_of(na[0]) == kind_of(nb[0]) and _NUM.findall(na[0]) != _NUM.findall(nb[0])


def _counts_differ(a: str, b: str, language: str) -> bool:
    counts = _COUNTS.get(language, {})
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa[0] not in counts or wb[0] not in counts:
        return False
    return counts[wa[0]] != counts[wb[0]]


def _negated(a: str, b: str, language: str) -> bool:
    """One text says "not" of what the other says: "Does not occur" / "Occurs in prophase
    I", "Nevairojas" / "Vairojas augsnē"."""
    negators = _NEGATORS.get(language, frozenset())
    wa, wb = _words(a), _words(b)
    na, nb = bool(set(wa) & negators), bool(set(wb) & negators)
    if na == nb:
        return _prefixed(wa, wb, language) != _prefixed(wb, wa, language)
    return bool((_stems(a, language) & _stems(b, language)) - negators) or _prefixed(
        wa, wb, language) or _prefixed(wb, wa, language)


def _prefixed(mine: tuple[str, ...], theirs: tuple[str, ...], language: str) -> bool:
    """Latvian negates a verb by a prefix: "nevairojas" against "vairojas"."""
    return language == "lv" and any(w.startswith("ne") and w[2:] in theirs for w in mine)


def words_of(texts: Sequence[str]) -> frozenset[str]:
    """Every word (case-folded) of ``texts``: what :func:`contrasted` looks poles up in."""
    return frozenset(w for t in texts for w in _words(t))


def contrasted(mine: str, theirs: str, about_me: frozenset[str], about_them: frozenset[str],
               language: str) -> bool:
    """Whether ``mine`` (said of one side) and ``theirs`` (of the other, same aspect) are
    opposites that hold: a pole in one, its opposite in the other, and neither pole said of
    the wrong side anywhere else (``about_me``/``about_them``: the words of everything said
    of each, see :func:`words_of`)."""
    if _numbers_differ(mine, theirs) or _counts_differ(mine, theirs, language) or _negated(
            mine, theirs, language):
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
