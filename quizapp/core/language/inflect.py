"""A Latvian noun phrase in another case: the head noun and its agreeing adjectives change,
genitive modifiers and a parenthesised acronym stay; None wherever a form is uncertain.

A wrong form in a question is a defect a teacher will not sign, and a None costs the caller
only a plainer wording, so every doubt (an English or unknown word, a proper name, an
adjective that might belong to a genitive, an unlisted alternation) gives None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quizapp.core.language.declension import (
    INDECLINABLE,
    Case,
    WordForms,
    adjective_forms,
    adjective_stem,
    is_adjective_stem,
    is_definite_adjective,
    is_latvian,
    noun_forms,
)
from quizapp.core.language.lexicon import lemma, proper_name

__all__ = ["Case", "attested_forms", "inflect"]

# A word of the phrase (letters, inner hyphens), a number or an ordinal ("21."), or a
# parenthesised aside that is kept as it is ("(SMM)").
_TOKEN = re.compile(r"\([^()]*\)|[^\W\d_]+(?:-[^\W\d_]+)*|\d+\.?|\S")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that link or govern: a phrase containing one is not a plain noun phrase.
_LINKS = frozenset({"un", "vai", "ar", "bez", "no", "uz", "par", "pie", "pēc", "pret",
                    "starp", "līdz", "kā", "ka", "bet", "jeb", "arī", "nevis", "vs"})
# Pronouns and determiners: irregular, and rare in headings.
_PRONOUNS = frozenset({"šis", "šī", "šie", "šīs", "tas", "tā", "tie", "tās", "viss", "visa",
                       "visi", "visas", "katrs", "katra", "mans", "mana", "tavs", "tava",
                       "savs", "sava", "kāds", "kāda", "kādi", "kādas", "pats", "pati"})

# The genitive a word may be, by its ending: (gender or "", plural) — "" is either gender.
_GENITIVE_ENDINGS = (("ās", ("f", False)), ("as", ("f", False)), ("es", ("f", False)),
                     ("ā", ("m", False)), ("a", ("m", False)), ("u", ("", True)),
                     ("o", ("", True)))


@dataclass(frozen=True)
class _Slot:
    """One token of the phrase: kept as written, or declined with ``forms``."""

    text: str
    forms: WordForms | None = None


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(token) >= 2


def _with_case_of(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _genitive_features(word: str) -> tuple[str, bool] | None:
    for ending, features in _GENITIVE_ENDINGS:
        if word.endswith(ending):
            return features
    return None


def _agrees(features: tuple[str, bool], other: tuple[str, bool]) -> bool:
    return features[1] == other[1] and (not features[0] or not other[0]
                                        or features[0] == other[0])


def _analyse(phrase: str) -> list[_Slot] | None:
    """The phrase's tokens with the declinable ones marked, or None if it is not a noun
    phrase whose every changing word is certain."""
    tokens = _TOKEN.findall(phrase)
    while tokens and tokens[-1].startswith("("):
        tokens.pop()  # "(SMM)" after the head: kept, handled by the caller
    tail = len(tokens)
    if not tokens or any(t.startswith("(") for t in tokens):
        return None
    head = tokens[-1]
    if not _WORD.fullmatch(head) or _is_acronym(head):
        return None
    for i, token in enumerate(tokens):
        low = token.lower()
        if low in _LINKS or low in _PRONOUNS:
            return None
        # A capital inside the phrase is a proper name ("Eiropas Savienība"), not a heading.
        if i > 0 and token[:1].isupper() and not _is_acronym(token):
            return None
        if _WORD.fullmatch(token) and not _is_acronym(token):
            if not all(is_latvian(p) or p in INDECLINABLE for p in low.split("-")):
                return None
            if token[:1].isupper() and proper_name(token):
                return None  # "Cēsis", "Latvija": names have declensions of their own
        elif not (_is_acronym(token) or token[:1].isdigit()):
            return None
    prefix, _, last = head.lower().rpartition("-")
    head_forms = noun_forms(last)
    if head_forms is None:
        return None
    if prefix:
        head_forms = WordForms(head_forms.gender, head_forms.plural,
                               {c: f"{prefix}-{f}" for c, f in head_forms.forms.items()},
                               {c: tuple(f"{prefix}-{x}" for x in v)
                                for c, v in head_forms.guesses.items()})
    slots = [_Slot(head, head_forms)]
    # Right to left: an adjective agrees with the head unless its form could also agree with
    # the nearest genitive to its right ("sociālā tīkla reklāma": then it is ambiguous).
    nearest_genitive: tuple[str, bool] | None = None
    for token in reversed(tokens[: tail - 1]):
        low = token.lower()
        if not _WORD.fullmatch(token) or _is_acronym(token):
            slots.append(_Slot(token))
            nearest_genitive = ("", False) if _is_acronym(token) else nearest_genitive
            continue
        agreeing = adjective_stem(low, head_forms.gender, head_forms.plural)
        genitive = _genitive_features(low)
        fixed = _fixed_genitive(low)
        could_be_genitive_adjective = (genitive is not None and nearest_genitive is not None
                                       and _agrees(genitive, nearest_genitive))
        if agreeing is not None:
            # The form of an agreeing adjective. It may also be a genitive ("zīmola" before
            # "reklāma", "valsts" before "budžets"), or an adjective agreeing with the
            # genitive to its right ("Palielināta zīmola ekspozīcija"): only one reading
            # proven and the other excluded gives an answer.
            adjective = is_adjective_stem(agreeing[0]) or (
                agreeing[1] and is_definite_adjective(low))
            noun = fixed is not None or _noun_genitive(low)
            if noun and not adjective:
                nearest_genitive = genitive or fixed
                slots.append(_Slot(token))
                continue
            if not adjective or noun or could_be_genitive_adjective:
                return None
            stem, definite = agreeing
            forms = adjective_forms(stem, head_forms.gender, head_forms.plural, definite)
            slots.append(_Slot(token, WordForms(head_forms.gender, head_forms.plural, forms)))
            continue
        if genitive is None and fixed is None:
            return None  # neither agreeing nor a genitive: an apposition, a verb, …
        if low.endswith(("o", "ā", "ās")) and not could_be_genitive_adjective:
            return None  # a definite adjective's genitive needs a noun to agree with
        nearest_genitive = genitive or fixed
        slots.append(_Slot(token))
    slots.reverse()
    return slots


# Genitive endings of noun-only suffixes ("-ības" of "-ība", "-uma" of "-ums").
_NOUN_GENITIVES = ("ības", "šanas", "ijas", "uma", "tāja", "nieka", "nīcas", "ības")


def _noun_genitive(word: str) -> bool:
    """Whether ``word`` is shown to be a noun's genitive singular: by a noun-only suffix, or
    by the dictionary naming a noun's nominative as its lemma."""
    if word.endswith(_NOUN_GENITIVES):
        return True
    if not word.endswith("a") and not word.endswith("as"):
        return False  # only -a (masculine) and -as (feminine) genitives look like adjectives
    found = lemma(word, "lv")
    if found is None or _is_adjective_word(word):
        return False
    found = found.lower()
    if word.endswith("as"):
        return found == word[:-1]
    return found[:2] == word[:2] and found.endswith(("s", "š")) and found != word


def _is_adjective_word(word: str) -> bool:
    return any(is_adjective_stem(word[: -len(e)]) for e in ("as", "a") if word.endswith(e))


def _fixed_genitive(word: str) -> tuple[str, bool] | None:
    """Genitives whose form equals the nominative (6th declension, "ūdens", 3rd declension)."""
    forms = noun_forms(word) if word.endswith("s") else None
    if forms is not None and not forms.plural and forms.forms.get(Case.GENITIVE) == word:
        return forms.gender, False
    return None


def _normalise(phrase: str) -> str:
    # Composed letters ("š", not "s" + caron) as the tables and the dictionary have them.
    return " ".join(unicodedata.normalize("NFC", phrase).split())


@lru_cache(maxsize=4096)
def inflect(phrase: str, case: Case) -> str | None:
    """``phrase`` (a Latvian noun phrase in the nominative, as a document's heading or table
    header gives it) in ``case``; None when any needed form is uncertain."""
    phrase = _normalise(phrase)
    if not phrase or len(phrase) > 200:
        return None
    if case is Case.NOMINATIVE:
        return phrase
    slots = _analyse(phrase)
    if slots is None:
        return None
    words = []
    for slot in slots:
        if slot.forms is None:
            words.append(slot.text)
            continue
        form = slot.forms.forms.get(case)
        if form is None:
            return None
        words.append(_with_case_of(slot.text, form))
    return _rejoin(phrase, words)


def _rejoin(phrase: str, words: list[str]) -> str:
    asides = _TOKEN.findall(phrase)[len(words):]
    return " ".join([*words, *asides])


@lru_cache(maxsize=8)
def _text_words(text: str) -> tuple[str, ...]:
    # A generator asks about several phrases in one document: split it into words once.
    return tuple(w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text)))


def attested_forms(phrase: str, text: str) -> dict[Case, str]:
    """Forms of ``phrase`` that the document ``text`` itself uses (e.g. its headings say
    "starp sociālo mediju mārketingu un ietekmētāju mārketingu"): first choice over the
    inflector, as the issue asks."""
    phrase = _normalise(phrase)
    if not phrase or not text or len(phrase) > 200:
        return {}
    slots = _analyse(phrase)
    if slots is None:
        return {}
    words = _text_words(text)
    size = len(slots)
    head = slots[-1].forms
    assert head is not None  # _analyse always declines the head
    head_words = {form for case in Case for form in head.candidates(case)}
    found: dict[Case, set[str]] = {}
    # Only windows that end in a form of the head are compared word by word.
    for end in (i for i, w in enumerate(words) if w in head_words and i >= size - 1):
        window = words[end - size + 1:end + 1]
        cases = set(Case)
        for slot, word in zip(slots, window, strict=True):
            if slot.forms is None:
                if word != slot.text.lower():
                    break
                continue
            cases &= {c for c in Case if word in slot.forms.candidates(c)}
            if not cases:
                break
        else:
            form = _rejoin(phrase, [_with_case_of(s.text, w)
                                    for s, w in zip(slots, window, strict=True)])
            for case in cases:
                found.setdefault(case, set()).add(form)
    # A case the document writes two ways (a typo, or a slot with two candidates) is not
    # attested: neither form is sure.
    return {case: next(iter(forms)) for case, forms in found.items() if len(forms) == 1}
