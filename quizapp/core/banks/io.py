"""Reading, validating and writing question banks as YAML (schema in questions/README.md)."""

from __future__ import annotations

import os
from functools import lru_cache
from collections.abc import Sequence
from pathlib import Path
from typing import Any


from quizapp.core.banks.model import (
    SCHEMA_VERSION,
    TRUE_INDEX,
    Bank,
    ChoiceForm,
    Fact,
    Item,
    ItemKind,
    SourceRef,
)
from quizapp.core.banks.validate import validate as _validate
from quizapp.core.datafolder.atomic import write_text_atomic
from quizapp.core.errors import BankError

MAX_BANK_BYTES = 20 * 1024 * 1024
MAX_ALIASES = 1000
MAX_EXPANDED_NODES = 2_000_000
MAX_DEPTH = 40


@lru_cache(maxsize=1)
def _yaml() -> tuple[Any, Any, Any]:
    """PyYAML with its loader and dumper, imported on first use (most processes
    import this module but parse no bank). libyaml does the work when PyYAML was built
    with it (every PyPI wheel is); it is ~20x faster than the pure-Python classes."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class BankDumper(dumper):  # type: ignore[misc,valid-type]
        pass

    def represent_flow(d: Any, data: _Flow) -> Any:
        return d.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)

    BankDumper.add_representer(_Flow, represent_flow)
    return yaml, loader, BankDumper


def _guard(text: str) -> None:
    """Refuse alias bombs and absurd nesting from the event stream, before building objects.

    Counts how many nodes the document would have with every alias expanded; a "billion
    laughs" document is tiny on disk but expands past any sane bank.

    Raises:
        BankError: Too many expanded nodes, too many aliases, or too deep.
    """
    yaml, loader, _ = _yaml()
    aliases = 0
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = []  # (anchor, nodes so far) per open collection
    total = 0

    def add(n: int) -> None:
        nonlocal total
        if stack:
            anchor, count = stack[-1]
            stack[-1] = (anchor, count + n)
        else:
            total += n
        if total + sum(c for _, c in stack) > MAX_EXPANDED_NODES:
            raise BankError(f"expands to more than {MAX_EXPANDED_NODES} values: refused")

    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise BankError(f"more than {MAX_ALIASES} YAML aliases: refused")
            add(sizes.get(event.anchor or "", 1))
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
            add(1)
        elif isinstance(event, yaml.CollectionStartEvent):
            stack.append((event.anchor, 1))
            if len(stack) > MAX_DEPTH:
                raise BankError(f"nested deeper than {MAX_DEPTH} levels: refused")
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, count = stack.pop()
            if anchor:
                sizes[anchor] = count
            add(count)


def load_bank(path: str | os.PathLike[str]) -> Bank:
    """Load and validate the bank at ``path``.

    Raises:
        BankError: The file is missing, unreadable, not YAML or not a valid bank; the
            message names the file, the item and the field.
    """
    p = Path(path)
    name = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_BANK_BYTES:
            raise BankError(f"file is {size} bytes, over the {MAX_BANK_BYTES} byte limit", file=name)
        raw = p.read_bytes()
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror or exc}", file=name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankError("not UTF-8 text", file=name) from None
    return parse_bank(text, name=name)


def parse_bank(text: str, *, name: str = "<bank>") -> Bank:
    """Validate YAML ``text`` as a bank; ``name`` is used in error messages.

    Raises:
        BankError: Not YAML or not a valid bank.
    """
    return _validate(_safe_yaml(text, name), name)


def _safe_yaml(text: str, name: str) -> Any:
    if len(text) > MAX_BANK_BYTES:
        raise BankError("over the size limit", file=name)
    yaml, loader, _ = _yaml()
    try:
        _guard(text)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except BankError as exc:
        raise BankError(exc.message, file=name) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise BankError(f"not valid YAML{where}: {problem}", file=name) from None
    except RecursionError:
        raise BankError(f"nested deeper than {MAX_DEPTH} levels: refused", file=name) from None


# ---------------------------------------------------------------- writing


def bank_to_data(bank: Bank) -> dict[str, Any]:
    """The bank as plain data in schema order (what ``dump_bank`` writes)."""
    m = bank.meta
    return {
        "schema": SCHEMA_VERSION,
        "bank": {
            "id": m.id,
            "title": m.title,
            "language": m.language,
            "source": {"document": m.source_document, "sha256": m.source_sha256},
            "generator": m.generator,
            "seed": m.seed,
            "sides": list(m.sides),
        },
        "topics": [
            {"id": t.id, "title": t.title, "source": _source_data(t.source)} for t in bank.topics
        ],
        **({"facts": [_fact_data(f) for f in bank.facts]} if bank.facts else {}),
        "items": [_item_data(it) for it in bank.items],
    }


class _Flow(dict[str, Any]):
    """A mapping written on one line (source references keep the bank readable)."""



def _source_data(src: SourceRef) -> dict[str, Any]:
    return _Flow(line=src.line, path=list(src.path))


def _fact_data(f: Fact) -> dict[str, Any]:
    d: dict[str, Any] = {"id": f.id, "kind": f.kind.value}
    if f.title:
        d["title"] = f.title
    if f.side is not None:
        d["side"] = f.side
    if f.parent:
        d["parent"] = f.parent
    d["statements"] = list(f.statements)
    d["source"] = _source_data(f.source)
    return d


def _item_data(it: Item) -> dict[str, Any]:
    d: dict[str, Any] = {"id": it.id, "kind": it.kind.value, "topic": it.topic}
    if it.fact:
        d["fact"] = it.fact
    if it.kind is ItemKind.FLASHCARD:
        d["front"] = it.prompt
        d["back"] = it.back
    elif it.kind is ItemKind.TRUE_FALSE:
        d["statement"] = it.prompt
        d["answer"] = it.correct == TRUE_INDEX
    elif it.kind is ItemKind.ORDER:
        d["question"] = it.prompt
        d["steps"] = list(it.options)
    elif it.kind is ItemKind.CLOZE:
        d["text"] = it.prompt
        d["options"] = list(it.options)
        d["answer"] = it.correct
    else:
        if it.form is not ChoiceForm.PLAIN:
            d["form"] = it.form.value
        d["question"] = it.prompt
        d["options"] = list(it.options)
        d["answer"] = it.correct
    d["explanation"] = it.explanation
    d["source"] = _source_data(it.source)
    if it.cards:
        d["cards"] = list(it.cards)
    return d


def dump_bank(bank: Bank) -> str:
    """Serialise ``bank`` to YAML text; the same bank always gives the same bytes."""
    yaml, _, dumper = _yaml()
    text: str = yaml.dump(
        bank_to_data(bank),
        Dumper=dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    return text


def write_bank(bank: Bank, path: str | os.PathLike[str]) -> None:
    """Write ``bank`` to ``path`` atomically (temp file in the same folder, fsync, rename).

    Raises:
        BankError: The file cannot be written; the old file, if any, is untouched.
    """
    # A bank is content to share (committed, handed on), not private like progress.
    write_text_atomic(Path(path), dump_bank(bank), error=BankError, shared=True)


def item_summary(items: Sequence[Item]) -> dict[str, int]:
    """Count items per kind, in ``ItemKind`` order."""
    return {k.value: sum(1 for i in items if i.kind is k) for k in ItemKind}
