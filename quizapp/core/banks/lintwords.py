"""The words the lint recognises per language: question words, instructions, clause openers."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LintWords:
    """Closed word classes of one language (lower case).

    Attributes:
        question: Words that make a clause a question ("kas", "which" …).
        instruction: Imperatives a prompt may start with instead ("nosauciet", "name" …).
        openers: Conjunctions and relative words: an option starting with one is a clause
            cut from its sentence, whatever its case.
        prepositions: An option starting with one in lower case is a cut phrase.
        both: Words that say "both" (a statement with them names its answer).
    """

    question: frozenset[str]
    instruction: frozenset[str]
    openers: frozenset[str]
    prepositions: frozenset[str]
    both: frozenset[str]


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


LATVIAN = LintWords(
    question=_w("kas ko kam kā kur kad kāpēc kādēļ cik kurš kura kuru kurā kuram kurai kuri "
                "kuras kurus kurām kuriem kuros kurās kāds kāda kādu kādā kādi kādas kādus "
                "kādiem kādām vai"),
    instruction=_w("nosauciet nosauc sakārtojiet sakārto pabeidziet pabeidz aizpildiet "
                   "aizpildi izskaidrojiet paskaidrojiet aprakstiet apraksti definējiet "
                   "uzskaitiet uzskaiti izvēlieties izvēlies"),
    openers=_w("un bet vai lai jo kas ka ja kurš kura kuru kurā kuri kuras kurus kurām kuriem "
               "kam ko savukārt turpretim tāpēc tādēļ tomēr taču kamēr kad kur"),
    prepositions=_w("ar uz no par pie pēc pret bez līdz caur aiz pa priekš starp virs zem "
                    "ap pār gar"),
    both=_w("abi abas abām abiem abās abos abu gan"),
)

ENGLISH = LintWords(
    question=_w("what which who whom whose why how when where is are does do did can could "
                "should would will was were has have"),
    instruction=_w("name list put complete fill explain describe define arrange order give "
                   "state choose select"),
    openers=_w("and but or which who whom whose that while whereas because so if than when "
               "where although though"),
    prepositions=_w("to of by with for as in on at from into over under about through"),
    both=_w("both"),
)

_BY_LANGUAGE = {"lv": LATVIAN, "en": ENGLISH}


def lint_words(language: str) -> LintWords:
    """The word classes of ``language``; English's for any language without a table."""
    return _BY_LANGUAGE.get(language, ENGLISH)


WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
# Quoted material («…», “…”, "…") is the document's, not the question's own wording.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case (numbers included)."""
    return [w.casefold() for w in WORD.findall(text)]
