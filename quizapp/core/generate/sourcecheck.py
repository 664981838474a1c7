"""Source text that looks broken (machine-translation slips): kept out of questions' stems."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.language.foreign import english_words

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
    english = english_words(text)
    if english:
        return f"English words in a Latvian text: {' '.join(english)!r}"
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
