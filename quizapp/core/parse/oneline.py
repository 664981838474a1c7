"""A one-line key difference ("Aspect: A …, whereas B …" / "…, savukārt …") split between the
two sides: each clause goes to the side it names first; a clause that names neither, both in its
subject, or is the gapped remnant of the other ("…, savukārt slidsolī ar …") leaves it out."""

from __future__ import annotations

import re

from quizapp.core.language.stems import content_stems

_WORD = re.compile(r"\w+(?:-\w+)*")  # digits too: "Type 2 diabetes"
_CAPS = re.compile(r"\b[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8}\b")


def by_named_side(parts: tuple[str, str], names: list[list[str]],
                  language: str) -> tuple[str, str] | None:
    """The two clauses of a one-line difference as (side A's, side B's), each by the side it
    names: "Baktērijas … 1676. gadā, savukārt vīrusus … 1892. gadā" gives the virus its
    clause when the virus is side A. Without known names the clauses keep their order."""
    own = [_name_stems(n, language) for n in names]
    shared = own[0] & own[1]
    own = [o - shared for o in own]
    if not own[0] or not own[1]:
        return parts
    sides: list[int] = []
    for clause in parts:
        if _gapped(clause, own[0] | own[1] | shared, language):
            # "…, savukārt slidsolī ar slēpes kanti uz sāniem": the verb is the other
            # clause's; alone the clause is a fragment, never a side's text.
            return None
        named = _first_named(clause, own, language)
        if named is None:
            return None
        sides.append(named)
    if sides[0] == sides[1]:
        return None
    return (parts[0], parts[1]) if sides[0] == 0 else (parts[1], parts[0])


def _first_named(clause: str, own: list[set[str]], language: str) -> int | None:
    """The side a clause names first: its subject ("Mūžzaļie koki nomaina lapas …" is of
    the evergreens though "lapas" shares a stem with "Lapu koki")."""
    words = _WORD.findall(clause)
    sides = [[s for s in (0, 1) if ({st[:5] for st in content_stems(w, language)}
                                    | set(_CAPS.findall(w))) & own[s]] for w in words]
    for k, named in enumerate(sides):
        if len(named) > 1:
            return None
        if named:
            # "Pret vīrusiem un baktērijām lieto zāles": a subject of both sides is neither's.
            after = words[k + 1:k + 4]
            joined = any(w.casefold() in _AND for w in after[:2])
            if joined and any(o and o != named for o in sides[k + 1:k + 4]):
                return None
            return named[0]
    return None


_AND = frozenset("un and vai or".split())


# Prepositions that open a gapped clause's remnant: "…, savukārt slidsolī | ar slēpes kanti uz
# sāniem" (the verb "atgrūžas" is the other clause's), "…, whereas Classical music | with …".
_PREPOSITIONS = frozenset("ar uz no par pie pa bez līdz pēc pret starp zem virs aiz caur gar ap "
                          "pār with by on in at from to through under over via for".split())


def _gapped(clause: str, names: set[str], language: str) -> bool:
    """Whether a clause is the remnant of a gapped one: after the words that name a side
    (``names``: their stems) comes a preposition, not a verb or its object."""
    words = _WORD.findall(clause)
    k = 0
    while k < len(words) and {st[:5] for st in content_stems(words[k], language)} & names:
        k += 1
    return 0 < k < len(words) and words[k].casefold() in _PREPOSITIONS


def _name_stems(names: list[str], language: str) -> set[str]:
    """The stems (first five letters) of the side's names, and its acronyms as written."""
    out: set[str] = set()
    for n in names:
        out |= {st[:5] for st in content_stems(n, language)}
        out |= set(_CAPS.findall(n))
    return out
