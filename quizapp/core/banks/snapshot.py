"""A bank as JSON the store keeps, so an unchanged bank file is never parsed again.

Parsing and validating a bank's YAML takes about a second for 10,000 items; reading this
snapshot back takes a small fraction of that. The snapshot holds the validated bank's values
(JSON: data only, nothing in it can run code) together with the shape of the model it was
written from: when the model changes (a field added, a type changed) every older snapshot is
ignored and the YAML is read again, so the two can never disagree.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from quizapp.core.banks.model import (
    Bank,
    BankMeta,
    ChoiceForm,
    Fact,
    FactKind,
    Item,
    ItemKind,
    SourceRef,
    Topic,
)
from quizapp.core.errors import BankError

_MODELS: tuple[type[Any], ...] = (BankMeta, Topic, Fact, Item, SourceRef)


def model_shape() -> list[list[str]]:
    """The fields and declared types of every class a snapshot holds, in order."""
    return [[cls.__name__, *(f"{f.name}:{f.type}" for f in fields(cls))] for cls in _MODELS]


def _encode(value: Any) -> Any:
    if isinstance(value, SourceRef):
        return [value.line, list(value.path)]
    if isinstance(value, (ItemKind, FactKind, ChoiceForm)):
        return value.value
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _row(obj: Any) -> list[Any]:
    return [_encode(getattr(obj, f.name)) for f in fields(obj)]


def dump_snapshot(bank: Bank) -> str:
    """``bank`` as snapshot text."""
    return json.dumps({
        "shape": model_shape(),
        "meta": _row(bank.meta),
        "topics": [_row(t) for t in bank.topics],
        "facts": [_row(f) for f in bank.facts],
        "items": [_row(i) for i in bank.items],
    }, ensure_ascii=False, separators=(",", ":"))


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not text")
    return value


def _number(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not a whole number")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not all(type(v) is str for v in value):
        raise TypeError("not a list of texts")
    return tuple(value)


def _optional_number(value: Any) -> int | None:
    return None if value is None else _number(value)


def _source(value: Any) -> SourceRef:
    if type(value) is not list or len(value) != 2:
        raise TypeError("not a source reference")
    return SourceRef(_number(value[0]), _texts(value[1]))


# The value types a snapshot may hold, by declared field type: anything else in the model
# makes every snapshot unreadable (and a test fail) until a decoder is added here.
_DECODERS: dict[str, Any] = {"str": _text, "int": _number, "int | None": _optional_number,
                             "tuple[str, ...]": _texts, "SourceRef": _source,
                             "ItemKind": ItemKind, "FactKind": FactKind,
                             "ChoiceForm": ChoiceForm}


def _decoder(cls: type[Any]) -> list[Any]:
    """One checking converter per field of ``cls``, from its declared type (``from
    __future__`` annotations are strings)."""
    return [_DECODERS[str(f.type)] for f in fields(cls)]


def _build(cls: type[Any], row: list[Any], decoders: list[Any]) -> Any:
    if type(row) is not list or len(row) != len(decoders):
        raise ValueError(f"{cls.__name__}: not one value per field")
    return cls(*(d(v) for v, d in zip(row, decoders)))



def load_snapshot(text: str) -> Bank:
    """The bank in snapshot ``text``.

    Raises:
        BankError: Not a snapshot of this version's model (stale or damaged): read the
            bank's file instead.
    """
    try:
        data = json.loads(text)
        if data["shape"] != model_shape():
            raise BankError("bank snapshot written by another version of the model")
        meta = _build(BankMeta, data["meta"], _decoder(BankMeta))
        topic_decoders, item_decoders = _decoder(Topic), _decoder(Item)
        fact_decoders = _decoder(Fact)
        topics = tuple(_build(Topic, row, topic_decoders) for row in data["topics"])
        facts = tuple(_build(Fact, row, fact_decoders) for row in data["facts"])
        items = tuple(_build(Item, row, item_decoders) for row in data["items"])
    except BankError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise BankError(f"damaged bank snapshot ({type(exc).__name__})") from None
    return Bank(meta, topics, items, facts=facts)
