"""Latvian declension of single words: the head noun's paradigm and an agreeing adjective's.

Every form is either *certain* (a regular ending on a known declension class) or a *guess*
(a slot with a consonant alternation that has exceptions: the 2nd declension's genitive and
plural, the 5th and 6th declensions' genitive plural). A guess becomes certain only when a
table below or simplemma's Latvian dictionary lists the form. Words are handled in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from quizapp.core.language.lexicon import known, lemma


class Case(StrEnum):
    """The five cases a question stem needs (vocative and instrumental never occur there)."""

    NOMINATIVE = "nom"
    GENITIVE = "gen"
    DATIVE = "dat"
    ACCUSATIVE = "acc"
    LOCATIVE = "loc"


NOM, GEN, DAT, ACC, LOC = Case.NOMINATIVE, Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.LOCATIVE

LATVIAN_LETTERS = frozenset("āēīūčģķļņšž")
_FOREIGN_LETTERS = frozenset("wqxy")
# Endings no Latvian inflection produces but that Latvian derivation does: a word without
# long-vowel or soft-consonant marks that ends so is still Latvian ("informācija" has one,
# "stratēģija" too; "politika" none, but it is in the dictionary).
# Letter pairs of English spelling that Latvian spelling does not use.
_ENGLISH_PAIRS = ("th", "sh", "ch", "ck", "ph", "ee", "oo", "ou", "gh")
_LATVIAN_SUFFIXES = ("ija", "ijas", "ums", "umi", "nieks", "nieki", "nīca", "ība", "tājs")


@dataclass(frozen=True)
class WordForms:
    """One word's forms in one number: ``forms`` are certain, ``guesses`` are candidates."""

    gender: str  # "m" or "f": what agreeing adjectives follow
    plural: bool
    forms: dict[Case, str]
    guesses: dict[Case, tuple[str, ...]] = field(default_factory=dict)

    def candidates(self, case: Case) -> tuple[str, ...]:
        """Every form the word may take in ``case`` (the certain one, else the guesses)."""
        if case in self.forms:
            return (self.forms[case],)
        return self.guesses.get(case, ())


def is_latvian(word: str) -> bool:
    """Whether ``word`` (lower case) is a Latvian word rather than an English or unknown one.

    Latvian letters or the Latvian dictionary say yes. The Latvian dictionary is far from
    complete ("atdeve", "vietne" are missing), so a plain-lettered word that English does not
    know either and that ends as a Latvian noun or adjective may end is taken as Latvian.
    """
    if not word.isalpha() or _FOREIGN_LETTERS & set(word):
        return False
    if LATVIAN_LETTERS & set(word) or known(word, "lv"):
        return True
    if any(pair in word for pair in _ENGLISH_PAIRS):
        return False
    if word.endswith(_LATVIAN_SUFFIXES):
        return True
    return word.endswith(("s", "a", "e", "i", "u")) and not known(word, "en")


# --- consonant alternation -----------------------------------------------------------------

# Longest first: a cluster alternates as a whole ("krāsns" → "krāšņu").
_ALTERNATIONS = (("sn", "šņ"), ("zn", "žņ"), ("sl", "šļ"), ("zl", "žļ"), ("ln", "ļņ"),
                 ("ll", "ļļ"), ("nn", "ņņ"), ("dz", "dž"), ("t", "š"), ("d", "ž"), ("s", "š"),
                 ("z", "ž"), ("c", "č"), ("l", "ļ"), ("n", "ņ"), ("b", "bj"), ("m", "mj"),
                 ("p", "pj"), ("v", "vj"), ("f", "fj"))
# Stems ending so never alternate (already soft, or r/k/g/j/h).
_STEADY_FINALS = frozenset("rkgjhčšžļņķģaeiouāēīū")


def _alternated(stem: str) -> str | None:
    for plain, soft in _ALTERNATIONS:
        if stem.endswith(plain):
            return stem[: -len(plain)] + soft
    return None


def _soft_slot(stem: str, ending: str, exception: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """The form ``stem``+``ending`` in a slot where Latvian may alternate the stem's last
    consonant: (certain form or None, candidates). ``exception`` marks a word known not to
    alternate."""
    plain = stem + ending
    soft = _alternated(stem)
    if exception or soft is None or stem[-1:] in _STEADY_FINALS:
        return plain, (plain,)
    if stem.endswith("st"):
        # "aste" → "astu" but "krūts" → "krūšu": s+t clusters go both ways.
        candidates: tuple[str, ...] = (plain, soft + ending)
    else:
        candidates = (soft + ending, plain)
    attested = [c for c in candidates if known(c, "lv")]
    if len(attested) == 1:
        return attested[0], candidates
    return None, candidates


# --- closed classes --------------------------------------------------------------------

# 6th declension (feminine, nominative in -s): genitive plural as the grammar gives it.
SIXTH_GEN_PL = {
    "acs": "acu", "ass": "asu", "asins": "asiņu", "auss": "ausu", "balss": "balsu",
    "birzs": "biržu", "cilts": "cilšu", "debess": "debesu", "govs": "govju", "klēts": "klēšu",
    "krāsns": "krāšņu", "krūts": "krūšu", "kūts": "kūtu", "nakts": "nakšu", "pils": "pilu",
    "pirts": "pirtu", "rūts": "rūšu", "sirds": "siržu", "smilts": "smilšu", "telts": "telšu",
    "uguns": "uguņu", "valsts": "valstu", "zivs": "zivju", "zoss": "zosu", "žults": "žulšu",
}
# 6th-declension nouns that only have a plural: nominative → genitive.
SIXTH_PLURALIA = {"durvis": "durvju", "brokastis": "brokastu"}
# 2nd declension with a nominative in -s, genitive singular = nominative (except "suns").
UDENS_GROUP = ("akmens", "asmens", "mēness", "rudens", "ūdens", "zibens")
# 2nd-declension nouns that keep their consonant: "viesis" → "viesa".
SECOND_STEADY = frozenset({"viesis", "tētis"})
# 5th-declension nouns whose genitive plural keeps the consonant: "gāze" → "gāzu".
FIFTH_STEADY = frozenset({"gāze", "bāze", "fāze", "tante", "aste", "balle", "kase", "mute"})
# 3rd declension (masculine in -us).
THIRD = frozenset({"alus", "ledus", "medus", "tirgus", "vidus", "klepus", "lietus", "viršus"})
# Masculine nouns of the 4th and 5th declensions: their adjectives and dative differ; left out.
MASCULINE_A_E = frozenset({"puika", "pļāpa", "bende", "tēte", "vecītis"})
# Nouns that do not decline, with their gender.
INDECLINABLE = {"radio": "m", "kino": "m", "metro": "m", "video": "m", "foto": "m",
                "kakao": "m", "tabu": "m", "avokado": "m", "euro": "m", "ateljē": "m"}
# Nouns that are also (or mostly) adjectives, and words whose gender varies: left out.
AMBIGUOUS = frozenset({"sāls", "ļaudis", "materiāls", "potenciāls", "ideāls", "oriģināls",
                       "kopējs", "dzimts"})


def _compound_of(word: str, base: str) -> bool:
    # A compound ends in a whole base word after a prefix of at least two letters; the
    # shortest bases ("acs", "ass") would also match unrelated words, so they must be whole.
    return word == base or (len(base) >= 4 and word.endswith(base) and len(word) >= len(base) + 2)


def _sixth_base(word: str) -> str | None:
    for base in SIXTH_GEN_PL:
        if _compound_of(word, base):
            return base
    return None


def _adjective_like(stem: str) -> bool:
    """Whether the dictionary lists definite adjective forms on ``stem`` (nouns have none),
    as forms of an adjective on the same stem (it has typos: "karais" → "karalis")."""
    lemmas = {stem + "s", stem + "š", stem + "ais"}
    for ending in ("ais", "ajam", "ajai", "ajiem", "ajām"):
        found = lemma(stem + ending, "lv")
        if found is not None and found.lower() in lemmas:
            return True
    return False


def _from_other_lemma(word: str) -> bool:
    """Whether the dictionary says ``word`` is an inflected form of a different noun or
    adjective ("tēva" of "tēvs"); a verb as lemma is simplemma's way with verbal nouns
    ("mērīšana" → "mērīt"), not a reason to doubt."""
    found = lemma(word, "lv")
    if found is None:
        return False
    found = found.lower()
    if word.endswith(("šana", "šanas")) and found.endswith(("t", "ties")):
        return False
    return found != word


def _sg(gender: str, forms: dict[Case, str], guesses: dict[Case, tuple[str, ...]] | None = None
        ) -> WordForms:
    return WordForms(gender, False, forms, guesses or {})


def _pl(gender: str, forms: dict[Case, str], guesses: dict[Case, tuple[str, ...]] | None = None
        ) -> WordForms:
    return WordForms(gender, True, forms, guesses or {})


def _with_soft(gender: str, plural: bool, forms: dict[Case, str], case: Case,
               slot: tuple[str | None, tuple[str, ...]]) -> WordForms:
    certain, candidates = slot
    guesses: dict[Case, tuple[str, ...]] = {}
    if certain is None:
        guesses[case] = candidates
    else:
        forms[case] = certain
    return WordForms(gender, plural, forms, guesses)


def _udens(word: str, base: str) -> WordForms:
    stem = word[:-1]
    return _sg("m", {NOM: word, GEN: word, DAT: stem + "im", ACC: stem + "i", LOC: stem + "ī"})


def noun_forms(word: str) -> WordForms | None:
    """The paradigm of ``word`` (a Latvian noun in the nominative, lower case), or None when
    its declension, gender or number cannot be told."""
    if word in INDECLINABLE:
        return _sg(INDECLINABLE[word], dict.fromkeys(Case, word))
    if word in AMBIGUOUS or word in MASCULINE_A_E or not is_latvian(word) or len(word) < 3:
        return None
    for base in UDENS_GROUP:
        if _compound_of(word, base):
            return _udens(word, base)
    if word == "suns":
        return _sg("m", {NOM: "suns", GEN: "suņa", DAT: "sunim", ACC: "suni", LOC: "sunī"})
    if word in SIXTH_PLURALIA:
        stem = word[:-2]
        return _pl("f", {NOM: word, GEN: SIXTH_PLURALIA[word], DAT: stem + "īm", ACC: word,
                         LOC: stem + "īs"})
    if word.endswith(("ais", "ā", "ie", "ās", "ēs", "īs", "os", "ūs", "jis")):
        return None  # adjectives, participles and oblique forms are not heads in the nominative
    if _from_other_lemma(word) and not word.endswith(("is", "i", "as", "es")):
        return None  # an inflected form of another word ("tēva" is tēvs's genitive)
    if word.endswith("us"):
        if word not in THIRD:
            return None
        stem = word[:-2]
        return _sg("m", {NOM: word, GEN: word, DAT: stem + "um", ACC: stem + "u", LOC: stem + "ū"})
    if word.endswith("is"):
        return _ends_in_is(word)
    if word.endswith("es"):
        stem = word[:-2]
        forms = {NOM: word, DAT: stem + "ēm", ACC: word, LOC: stem + "ēs"}
        steady = any(_compound_of(word[:-1], base) for base in FIFTH_STEADY)
        return _with_soft("f", True, forms, GEN, _soft_slot(stem, "u", steady))
    if word.endswith("as"):
        stem = word[:-2]
        if word[:-1] in MASCULINE_A_E or _adjective_like(stem):
            return None
        return _pl("f", {NOM: word, GEN: stem + "u", DAT: stem + "ām", ACC: word, LOC: stem + "ās"})
    if word.endswith(("s", "š")):
        return _ends_in_s(word)
    if word.endswith("a"):
        stem = word[:-1]
        if _adjective_like(stem):
            return None
        return _sg("f", {NOM: word, GEN: stem + "as", DAT: stem + "ai", ACC: stem + "u",
                         LOC: stem + "ā"})
    if word.endswith("e"):
        stem = word[:-1]
        return _sg("f", {NOM: word, GEN: stem + "es", DAT: stem + "ei", ACC: stem + "i",
                         LOC: stem + "ē"})
    if word.endswith("i"):
        stem = word[:-1]
        if _adjective_like(stem) or _from_other_lemma_not_plural(word):
            return None
        return _pl("m", {NOM: word, GEN: stem + "u", DAT: stem + "iem", ACC: stem + "us",
                         LOC: stem + "os"})
    return None


def _from_other_lemma_not_plural(word: str) -> bool:
    # "piemēri" → lemma "piemērs" is its own plural; a lemma in -a/-e means "-i" is an
    # accusative singular ("kontroli"), not a masculine plural.
    found = lemma(word, "lv")
    return found is not None and found.lower().endswith(("a", "e"))


def _ends_in_is(word: str) -> WordForms | None:
    stem = word[:-2]
    base = _sixth_base(stem + "s")
    found = lemma(word, "lv")
    sixth_plural = base is not None or (
        found is not None and found.lower() == stem + "s")
    if sixth_plural:
        forms = {NOM: word, DAT: stem + "īm", ACC: word, LOC: stem + "īs"}
        if base is not None:
            forms[GEN] = stem[: len(stem) - len(base) + 1] + SIXTH_GEN_PL[base]
            return _pl("f", forms)
        return _with_soft("f", True, forms, GEN, _soft_slot(stem, "u"))
    if found is not None and found.lower() != word:
        return None
    forms = {NOM: word, DAT: stem + "im", ACC: stem + "i", LOC: stem + "ī"}
    return _with_soft("m", False, forms, GEN, _soft_slot(stem, "a", word in SECOND_STEADY))


def _ends_in_s(word: str) -> WordForms | None:
    stem = word[:-1]
    base = _sixth_base(word)
    if base is not None or (known(stem + "ij", "lv") and not known(stem + "am", "lv")):
        return _sg("f", {NOM: word, GEN: word, DAT: stem + "ij", ACC: stem + "i", LOC: stem + "ī"})
    if word.endswith("s") and stem[-1:] in "aeiouāēīū":
        return None  # "-as", "-os" …: not a 1st-declension nominative
    if _adjective_like(stem):
        return None
    return _sg("m", {NOM: word, GEN: stem + "a", DAT: stem + "am", ACC: stem + "u", LOC: stem + "ā"})


# --- adjectives ----------------------------------------------------------------------------

# Nominative ending → (gender, plural, definite) and the other cases' endings.
_ADJECTIVE_ENDINGS: dict[tuple[str, bool, bool], tuple[str, dict[Case, str]]] = {
    ("m", False, False): ("s", {GEN: "a", DAT: "am", ACC: "u", LOC: "ā"}),
    ("m", False, True): ("ais", {GEN: "ā", DAT: "ajam", ACC: "o", LOC: "ajā"}),
    ("f", False, False): ("a", {GEN: "as", DAT: "ai", ACC: "u", LOC: "ā"}),
    ("f", False, True): ("ā", {GEN: "ās", DAT: "ajai", ACC: "o", LOC: "ajā"}),
    ("m", True, False): ("i", {GEN: "u", DAT: "iem", ACC: "us", LOC: "os"}),
    ("m", True, True): ("ie", {GEN: "o", DAT: "ajiem", ACC: "os", LOC: "ajos"}),
    ("f", True, False): ("as", {GEN: "u", DAT: "ām", ACC: "as", LOC: "ās"}),
    ("f", True, True): ("ās", {GEN: "o", DAT: "ajām", ACC: "ās", LOC: "ajās"}),
}
# Suffixes only adjectives and participles carry (the stem before them is checked too).
_ADJECTIVE_SUFFIXES = ("isk", "īg", "oš")


def adjective_stem(word: str, gender: str, plural: bool) -> tuple[str, bool] | None:
    """(stem, definite) when ``word`` has the nominative ending of an adjective agreeing with
    a ``gender``/``plural`` head, else None. It says nothing about whether it *is* one."""
    definite_ending = _ADJECTIVE_ENDINGS[(gender, plural, True)][0]
    plain_ending = _ADJECTIVE_ENDINGS[(gender, plural, False)][0]
    if word.endswith(definite_ending):
        return word[: -len(definite_ending)], True
    if gender == "m" and not plural:
        if word.endswith("š"):
            return word[:-1], False
        if word.endswith("s") and word[-2:-1] not in ("", "a", "e", "i", "u", "o", "ā", "ē", "ī", "ū"):
            return word[:-1], False
        return None
    if word.endswith(plain_ending):
        return word[: -len(plain_ending)], False
    return None


def is_adjective_stem(stem: str) -> bool:
    """Whether ``stem`` is an adjective's (or participle's): the dictionary lists definite
    forms on it, or it ends in an adjective-only suffix."""
    if len(stem) < 3:
        return False
    if any(stem.endswith(s) and len(stem) > len(s) + 2 for s in _ADJECTIVE_SUFFIXES):
        return True
    return _adjective_like(stem) or known(stem + "ā", "lv") and known(stem + "ajā", "lv")


def is_definite_adjective(word: str) -> bool:
    """Whether ``word``, which has a definite adjective's ending, is not rather a noun's
    locative ("pilsētā" is pilsēta's): the dictionary gives it no noun as lemma."""
    found = lemma(word, "lv")
    return found is None or found.lower().endswith(("s", "š"))


def adjective_forms(stem: str, gender: str, plural: bool, definite: bool) -> dict[Case, str]:
    """Every case of an adjective with ``stem`` (regular: adjectives have no alternation)."""
    nominative, endings = _ADJECTIVE_ENDINGS[(gender, plural, definite)]
    forms = {case: stem + ending for case, ending in endings.items()}
    forms[NOM] = stem + nominative
    return forms
