"""Setting an item's wording field by field, as ``quizapp items edit|add --set FIELD=VALUE``
does: ``question`` (or ``front``), ``back``, ``explanation``, ``options`` (a YAML list) and
``answer`` (the right option's text or number; ``true``/``false``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, ItemKind
from quizapp.core.material.drafts import ItemDraft
from quizapp.core.material.service import MaterialError

FIELDS = ("question", "front", "back", "explanation", "options", "answer")
_TRUE = ("true", "yes", "1", "patiess", "jā")
_FALSE = ("false", "no", "0", "nepatiess", "nē")


class FieldError(MaterialError):
    """A ``FIELD=VALUE`` that names no field, or a value that field cannot take."""


def parse_sets(pairs: Sequence[str]) -> dict[str, str]:
    """``["question=Kas?", …]`` as a mapping (a field given twice: the last one counts).

    Raises:
        FieldError: A pair without ``=``, or an unknown field.
    """
    out: dict[str, str] = {}
    for pair in pairs:
        name, eq, value = pair.partition("=")
        name = name.strip().lower()
        if not eq:
            raise FieldError(f"'{pair}' is not FIELD=VALUE")
        if name not in FIELDS:
            raise FieldError(f"unknown field '{name}' (fields: {', '.join(FIELDS)})")
        out[name] = value
    return out


def apply_fields(draft: ItemDraft, fields: dict[str, str]) -> ItemDraft:
    """``draft`` with ``fields`` set (not yet checked: call ``check()``).

    Raises:
        FieldError: A field this kind has not (``back`` of a question, ``options`` of a
            flashcard…), options that are not a list of texts, an answer that is none of
            the options.
    """
    kind = draft.kind
    for name in ("question", "front"):
        if name in fields:
            draft = replace(draft, prompt=fields[name])
    if "explanation" in fields:
        draft = replace(draft, explanation=fields["explanation"])
    if "back" in fields:
        if kind is not ItemKind.FLASHCARD:
            raise FieldError(f"a {kind.value} has no back (only flashcards have)")
        draft = replace(draft, back=fields["back"])
    if "options" in fields:
        if kind not in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE, ItemKind.ORDER):
            raise FieldError(f"a {kind.value} has no options")
        old_right = [draft.options[i] for i in draft.right if 0 <= i < len(draft.options)]
        options = _options(fields["options"])
        right = tuple(i for i, o in enumerate(options) if o in old_right)
        draft = replace(draft, options=options, right=() if kind is ItemKind.ORDER else right)
    if "answer" in fields:
        draft = replace(draft, right=_answer(draft, fields["answer"]))
    return draft


def _options(text: str) -> tuple[str, ...]:
    import yaml  # only when options are given

    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        value = None
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and
                                              not isinstance(v, bool) for v in value):
        raise FieldError("options must be a YAML list of texts, e.g. options='[Yes, No]'")
    return tuple(str(v) for v in value)


def _answer(draft: ItemDraft, text: str) -> tuple[int, ...]:
    word = text.strip()
    if draft.kind is ItemKind.TRUE_FALSE:
        if word.casefold() in _TRUE:
            return (TRUE_INDEX,)
        if word.casefold() in _FALSE:
            return (FALSE_INDEX,)
        raise FieldError(f"the answer of a true/false statement is true or false, not "
                         f"'{word}'")
    if draft.kind not in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE):
        raise FieldError(f"a {draft.kind.value} has no answer to choose")
    matches = tuple(i for i, o in enumerate(draft.options) if o.strip() == word)
    if matches:
        return matches  # two equal options give two: the check says "exactly one"
    if word.isdigit() and 1 <= int(word) <= len(draft.options):
        return (int(word) - 1,)
    raise FieldError(f"the answer '{word}' is none of the options (give its text or its "
                     "number, 1 for the first)")
