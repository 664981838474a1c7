"""How items about a list and its points are worded, with what the list's title says its points
are (see ``listnoun``): "Which type of republic is this: …?", "Kas notiek vīrusa dzīves
cikla posmā «Replikācija»?", "Nosauciet 2 akciju riskus."; None where the noun or a form is
not known (the caller falls back to a plainer wording)."""

from __future__ import annotations

import re

from quizapp.core.generate.listnoun import ListNoun
from quizapp.core.generate.phrasing import Wording
from quizapp.core.language.inflect import Case, inflect


def _owner(w: Wording, noun: ListNoun) -> str:
    return w.lower(noun.owner) if noun.owner else ""


def _a(word: str) -> str:
    return "an" if word[:1].casefold() in "aeiou" else "a"


# Nouns of points that are described more often than argued for: "Why is “Sonata form” a
# feature of Classical music?" has no answer in "The most important form of the period, …";
# such a point is asked why only when its text gives a reason.
DESCRIBED = frozenset("feature characteristic trait iezīme īpašība pazīme".split())
_REASON = re.compile(r"\b(?:because|so|since|therefore|thus|which (?:lets|allows|leaves|helps|"
                     r"makes)|so that|in order to|jo|tāpēc|tādēļ|lai|kas ļauj|kas palīdz)\b",
                     re.IGNORECASE)


def member_front(w: Wording, noun: ListNoun, title: str, text: str | None = None) -> str | None:
    """The question a point's card asks, by what kind of point it is: what happens in a
    phase, what a type is, what a rule means, why a function or a risk is one; a feature
    why only when its ``text`` gives a reason, else what it means."""
    owner = _owner(w, noun)
    if text is not None and noun.singular.split()[-1].casefold() in DESCRIBED and \
            not _REASON.search(text):
        if w.language == "en":
            of = f" of {owner}" if owner else ""
            return f"What is meant by “{title}” as {_a(noun.singular)} {noun.singular}{of}?"
        return f"Ko nozīmē «{title}» kā {owner + ' ' if owner else ''}{noun.singular}?"
    if w.language == "en":
        if noun.process:
            if not noun.titled:  # "four stages:" → "What happens in the stage “Fuel”?"
                return f"What happens in the {noun.singular} “{title}”?"
            return f"What happens in {w.lower(title)}?"
        if noun.kinds:
            last = title.split()[-1].casefold()
            countable = bool(noun.owner) and noun.owner.split()[-1].casefold() == last
            low = w.lower(title)
            return f"What is {_a(low) + ' ' if countable else ''}{low}?"
        of = f" of {owner}" if owner else ""
        if noun.defining and noun.singular.split()[-1].casefold() in ("term", "concept"):
            return f"What is meant by “{title}”?"  # "… as a key term" says nothing more
        if noun.defining:
            return f"What is meant by “{title}” as {_a(noun.singular)} {noun.singular}{of}?"
        if not noun.arguable:
            return None
        return f"Why is “{title}” {_a(noun.singular)} {noun.singular}{of}?"
    if noun.process:
        where = inflect(noun.singular, Case.LOCATIVE)
        return f"Kas notiek {owner + ' ' if owner else ''}{where} «{title}»?" if where else None
    if noun.kinds:
        return f"Kas ir {w.lower(title)}?"
    if noun.defining:
        return f"Ko nozīmē «{title}» kā {owner + ' ' if owner else ''}{noun.singular}?"
    if not noun.arguable:
        return None
    return f"Kāpēc «{title}» ir {owner + ' ' if owner else ''}{noun.singular}?"


def which_front(w: Wording, noun: ListNoun, text: str) -> str:
    """"Which phase of mitosis is this: “…”?" / "Kurš akciju risks ir aprakstīts: «…»?"."""
    owner = _owner(w, noun)
    if w.language == "en":
        of = f" of {owner}" if owner else ""
        return f"Which {noun.singular}{of} is this: “{text}”?"
    which, described = ("Kura", "aprakstīta") if noun.feminine else ("Kurš", "aprakstīts")
    return f"{which} {owner + ' ' if owner else ''}{noun.singular} ir {described}: «{text}»?"


def list_front(w: Wording, noun: ListNoun, count: int, in_order: bool,
               quoted: bool = False) -> str | None:
    """"Name the phases of mitosis in order." / "Nosauciet 6 vīrusa dzīves cikla posmus.";
    None for a list its title names whole (worded from the title, see
    ``Wording.list_stem``) unless that wording would only quote the title (``quoted``)."""
    if noun.titled and not in_order and not quoted or not noun.owner:
        return None  # worded from the title (see ``Wording.list_stem``, "steps_card")
    owner = _owner(w, noun)
    if w.language == "en":
        of = f" of {owner}" if owner else ""
        if in_order:
            return f"Name the {noun.plural}{of} in order."
        return f"Name the {count} {noun.plural}{of}."
    plural = inflect(noun.plural, Case.ACCUSATIVE)
    if plural is None:
        return None
    if in_order:
        return f"Nosauciet {owner + ' ' if owner else ''}{plural} to secībā."
    return f"Nosauciet {count} {owner + ' ' if owner else ''}{plural}."


def order_front(w: Wording, noun: ListNoun) -> str | None:
    """"Put the phases of mitosis in order." / "Sakārtojiet … posmus pareizā secībā.";
    None for steps whose title names no owner ("How does content marketing work? …")."""
    if not noun.owner:
        return None
    owner = _owner(w, noun)
    if w.language == "en":
        return f"Put the {noun.plural}{' of ' + owner if owner else ''} in order."
    plural = inflect(noun.plural, Case.ACCUSATIVE)
    if plural is None:
        return None
    return f"Sakārtojiet {owner + ' ' if owner else ''}{plural} pareizā secībā."
