"""Stems of content words, to tell whether two texts share a word however it is inflected.

A word's stem is its dictionary lemma (simplemma, Latvian and English) with a light suffix
stripper on top: the lemma joins inflected forms (``ziņojumu`` → ``ziņojums``) and the
stripper joins lemmas of one root across parts of speech (``kontrole`` and ``kontrolēt`` →
``kontrol``; ``influence``/``influencer`` → ``influenc``). Words the dictionary does not know
are stripped as they stand. Function words (``resources/language/stopwords-*.txt``) are
dropped. Every word's stem is cached, so a call costs a tokenisation and a few dict look-ups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.language.lexicon import lemma, stop_words

# Words: letter runs with inner hyphens or apostrophes; numbers as written.
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")

# Endings stripped from a lemma (or an unknown word), longest first; a stem keeps ≥ 3 letters.
# Latvian: case endings of nouns and adjectives, definite endings, infinitive and common verb
# endings, so that a noun and its verb meet ("kontrole" / "kontrolē" / "kontrolēt").
_LV_SUFFIXES = tuple(sorted({
    "ajiem", "ajām", "ajai", "ajam", "ajos", "ajās", "ajā",
    "ēties", "āties", "īties", "oties", "ties",
    "iem", "ais", "ām", "ēm", "īm", "am", "ai", "ei", "ij", "im", "os", "us", "is", "as", "es",
    "ās", "ēs", "īs", "ie", "ēt", "āt", "īt", "ot", "ut", "at", "et", "it",
    "a", "e", "i", "u", "o", "s", "š", "ā", "ē", "ī", "ū", "t",
}, key=len, reverse=True))
# English: inflection and the commonest derivations (the lemma has removed most inflection).
_EN_SUFFIXES = ("ations", "ation", "ments", "ment", "ness", "ings", "ing", "ers", "er",
                "ies", "ied", "ed", "es", "s", "ly", "e", "y")
# Any other language: plural and case-like endings shared by many European languages.
_OTHER_SUFFIXES = ("en", "es", "er", "s", "e", "a", "o")
_MIN_STEM = 3


def _by_length(suffixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    # Longest first, one set per length: five set look-ups instead of sixty endswith calls.
    lengths = sorted({len(s) for s in suffixes}, reverse=True)
    return tuple((n, frozenset(s for s in suffixes if len(s) == n)) for n in lengths)


def _strip(word: str, suffixes: tuple[tuple[int, frozenset[str]], ...], passes: int = 1) -> str:
    for _ in range(passes):
        for n, endings in suffixes:
            if len(word) - n >= _MIN_STEM and word[-n:] in endings:
                word = word[:-n]
                break
        else:
            break
    return word


_SUFFIXES = {"lv": _by_length(_LV_SUFFIXES), "en": _by_length(_EN_SUFFIXES)}
_FALLBACK = _by_length(_OTHER_SUFFIXES)


@lru_cache(maxsize=65536)
def word_stem(word: str, language: str) -> str | None:
    """The stem of one word (lower-cased), or None for a stop word."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]  # the English possessive: "influencer's" is "influencer"
    stops = stop_words(language)
    if low in stops:
        return None
    if low[:1].isdigit():
        return low
    found = lemma(low, language)
    base = found.lower() if found else low
    if base in stops:
        return None
    # English stacks suffixes ("complete-ly", "manag-ement"); Latvian endings do not stack
    # once the lemma is found, and a second pass would eat into its stems.
    return _strip(base, _SUFFIXES.get(language, _FALLBACK), 2 if language == "en" else 1)


@lru_cache(maxsize=16384)
def content_stems(text: str, language: str) -> frozenset[str]:
    """Lemmas/stems of the content words of ``text`` (stop words dropped), for "does the
    right option share a word with the stem?" checks; ``language`` is "lv", "en" or other
    (fallback: a light suffix-stripping stemmer)."""
    stems = (word_stem(w, language) for w in _WORDS.findall(text))
    return frozenset(s for s in stems if s)


def stem_overlap(a: str, b: str, language: str) -> frozenset[str]:
    """The stems that ``a`` and ``b`` share."""
    return content_stems(a, language) & content_stems(b, language)


def shares_stem(a: str, b: str, language: str) -> bool:
    """Whether ``a`` and ``b`` share a content word's stem."""
    return bool(stem_overlap(a, b, language))
