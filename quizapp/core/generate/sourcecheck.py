"""Source text that looks broken (machine-translation slips): kept out of questions' stems."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.language.markers import CAMEL_WORDS

_ASCII_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")
# English morphology no Latvian word has, and English words that machine translation leaves
# behind in this family of articles.
_ENGLISH_ENDINGS = ("tion", "tions", "ing", "ers", "ment", "ments", "ness", "ship", "ity")
_ENGLISH_WORDS = frozenset("""
the and with for from content media social marketing creation influencer influencers brand
brands business customer customers audience engagement strategy campaign
""".split())
# Phrases this family's Latvian machine translation is known to get wrong (an English term
# rendered word by word): "organic reach", "leveraging", "community building", "traffic".
_CALQUES_LV = re.compile(
    r"bioloģisk\w*\s+sasniedzam\w*|^ievērojuš\w*|\bsabiedrības\s+ēka\b|\bsatiksmes\s+ģenerēšan",
    re.IGNORECASE)
# A Latvian infinitive ending: a row label that is one such word is a verb used as a
# heading ("Koncentrēt", "sasniegt"): the translation lost the noun.
_INFINITIVE_LV = re.compile(r"^[^\W\d_]{3,}(?:t|ties)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def text_defect(text: str, language: str) -> str | None:
    """Why ``text`` cannot stand in a question (a source error), or None when it can."""
    if language != "lv":
        return None
    for m in _ASCII_WORD.finditer(text):
        word = m.group(0)
        if word.isupper() or word in CAMEL_WORDS:
            continue  # an acronym (SEO, ROI) or a brand
        low = word.casefold()
        if low in _ENGLISH_WORDS or low.endswith(_ENGLISH_ENDINGS):
            return f"English words in a Latvian text: {word!r}"
    calque = _CALQUES_LV.search(text)
    if calque is not None:
        return f"a known mistranslation: {calque.group(0)!r}"
    return None


def label_defect(label: str, language: str) -> str | None:
    """Why the heading or row label ``label`` cannot name an aspect in a question."""
    found = text_defect(label, language)
    if found is not None:
        return found
    if language == "lv" and " " not in label.strip() and _INFINITIVE_LV.match(label.strip()):
        return f"a bare infinitive as a label: {label!r}"
    return None
