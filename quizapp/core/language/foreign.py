"""English words left inside Latvian text, told by the two dictionaries, not by a word list.

A word is English when the Latvian dictionary does not know it, the English one does, and
it cannot be a Latvian loanword: it is spelt as Latvian never is (``ck``, ``th``, ``w``,
a final ``y``…), it carries English morphology (``-tion``, ``-ing``, ``-ers``), or it stands
beside another such word ("Corporate Bonds", "Content Creation"). ``instruments``,
``dokuments``, ``segments`` are Latvian; a brand or a name (``Apple``, ``Moody's``,
``Charles``) is neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.language.lexicon import lemma
from quizapp.core.language.markers import CAMEL_WORDS

_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:['’]s)?(?![^\W\d_])")
_ASCII = re.compile(r"^[A-Za-z]{3,}$")
# Spellings no Latvian word has: letters Latvian does not write, English digraphs, and
# endings a Latvian word (or loanword) never has.
_UNLATVIAN = re.compile(r"[qwxy]|ck|th|sh|ch|ph|wh|gh|oo|ee|ea|ou|^c[aoulr]", re.IGNORECASE)
_ENGLISH_ENDINGS = ("tion", "tions", "ing", "ings", "ers", "ness", "ship", "ity")
_LATVIAN_FINALS = frozenset("aeiouāēīūsšmtr")
SHORT_WORD = 3


@lru_cache(maxsize=8192)
def _candidate(word: str) -> bool:
    """Whether ``word`` is a known English word the Latvian dictionary does not know."""
    if not _ASCII.match(word) or word.isupper() or word in CAMEL_WORDS:
        return False
    if lemma(word, "lv") is not None or lemma(word.lower(), "lv") is not None:
        return False
    found = lemma(word, "en")
    if found is None:
        return False
    # A name the English dictionary lists with its capital ("Charles", "Riga").
    return not (word[:1].isupper() and found[:1].isupper())


def _unlatvian(word: str) -> bool:
    low = word.lower()
    return bool(_UNLATVIAN.search(low)) or low.endswith(_ENGLISH_ENDINGS) or (
        low[-1] not in _LATVIAN_FINALS)


# A word the text cites as a word ("no latīņu vārda aqua", "angļu termins …") is quoted on
# purpose, not left untranslated.
_CITING = re.compile(r"(?:vārd|termin|nosaukum|latīņu|angļu|grieķu|franču|itāļu|vācu)\w*$",
                     re.IGNORECASE)
# An English compound written with hyphens ("Wet-on-Wet", "Follow-up"): one unit.
_HYPHENATED = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:-[A-Za-z]+)+(?![^\W\d_])")


def _english_compound(word: str) -> bool:
    """Every part of a hyphenated ``word`` is an English word Latvian does not know, one
    of them at least a word of three letters ("Wet-on-Wet")."""
    parts = word.split("-")
    return all(lemma(p.lower(), "en") is not None and lemma(p.lower(), "lv") is None
               for p in parts) and any(_candidate(p) for p in parts)


@lru_cache(maxsize=4096)
def english_words(text: str) -> tuple[str, ...]:
    """The English words inside Latvian ``text``, in order."""
    compounds = [w for w in _HYPHENATED.findall(text) if _english_compound(w)]
    words = _WORD.findall(text)
    plain = [w if not w.endswith(("'s", "’s")) else "" for w in words]  # Moody's: a name
    found = [bool(w) and _candidate(w) for w in plain]
    out = list(compounds)
    for k, w in enumerate(plain):
        if not found[k] or any(w in c.split("-") for c in compounds):
            continue
        if k > 0 and _CITING.search(words[k - 1]):
            continue  # "no latīņu vārda aqua": a word cited as a word
        beside = (k > 0 and found[k - 1]) or (k + 1 < len(found) and found[k + 1])
        # Alone, a word of three letters says too little ("Antonijs van Lēvenhuks").
        if beside or (len(w) > SHORT_WORD and _unlatvian(w)):
            out.append(w)
    return tuple(out)
