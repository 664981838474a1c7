"""Placeholder inflector (knows no form) until branch ``lang`` brings the real one."""

from __future__ import annotations

from enum import StrEnum


class Case(StrEnum):
    """The cases a question stem needs."""

    NOMINATIVE = "nom"
    GENITIVE = "gen"
    DATIVE = "dat"
    ACCUSATIVE = "acc"
    LOCATIVE = "loc"


def inflect(phrase: str, case: Case) -> str | None:
    """``phrase`` in ``case``, or None when the form is not certain (always, here)."""
    return phrase if case is Case.NOMINATIVE else None


def attested_forms(phrase: str, text: str) -> dict[Case, str]:
    """The forms of ``phrase`` that ``text`` itself uses (only the nominative, here)."""
    return {Case.NOMINATIVE: phrase} if phrase.casefold() in text.casefold() else {}
