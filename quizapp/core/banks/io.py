"""Reading, validating and writing question banks as YAML (schema in questions/README.md)."""

from __future__ import annotations

import os
from functools import lru_cache
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


from quizapp.core.banks.model import (
    FALSE_INDEX,
    SCHEMA_VERSION,
    TRUE_INDEX,
    Bank,
    BankMeta,
    Item,
    ItemKind,
    SourceRef,
    Topic,
)
from quizapp.core.datafolder.atomic import write_text_atomic
from quizapp.core.errors import BankError

MAX_BANK_BYTES = 20 * 1024 * 1024
MAX_ALIASES = 1000
MAX_EXPANDED_NODES = 2_000_000
MAX_DEPTH = 40

_ITEM_FIELDS: dict[ItemKind, frozenset[str]] = {
    ItemKind.FLASHCARD: frozenset({"front", "back"}),
    ItemKind.MULTIPLE_CHOICE: frozenset({"question", "options", "answer"}),
    ItemKind.TRUE_FALSE: frozenset({"statement", "answer"}),
}
_COMMON_ITEM_FIELDS = frozenset({"id", "kind", "topic", "explanation", "source", "cards"})
_META_FIELDS = frozenset({"id", "title", "language", "source", "generator", "seed", "sides"})
_TOP_FIELDS = frozenset({"schema", "bank", "topics", "items"})


@lru_cache(maxsize=1)
def _yaml() -> tuple[Any, Any, Any]:
    """PyYAML with its loader and dumper, imported on first use (the GUI's start-up path
    imports this module but parses no bank). libyaml does the work when PyYAML was built
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


class _Ctx:
    """Collects warnings and builds errors that name the file and the item."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.warnings: list[str] = []

    def error(self, message: str, item: str | None = None, fld: str | None = None) -> BankError:
        return BankError(message, file=self.name, item=item, field=fld)

    def warn_unknown(self, mapping: Mapping[Any, Any], known: frozenset[str], where: str) -> None:
        for key in mapping:
            if key not in known:
                self.warnings.append(f"{self.name}: {where}: unknown field '{key}' ignored")


def _validate(data: Any, name: str) -> Bank:
    ctx = _Ctx(name)
    if not isinstance(data, dict):
        raise ctx.error("the top level must be a mapping with 'schema', 'bank' and 'items'")
    ctx.warn_unknown(data, _TOP_FIELDS, "top level")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ctx.error("missing or not a whole number", fld="schema")
    if schema > SCHEMA_VERSION:
        raise ctx.error(
            f"schema {schema} is newer than this app reads ({SCHEMA_VERSION}); update quizapp",
            fld="schema",
        )
    if schema < 1:
        raise ctx.error(f"unknown schema {schema}", fld="schema")
    meta = _meta(data.get("bank"), ctx)
    topics = _topics(data.get("topics", []), ctx)
    items = _items(data.get("items"), ctx)
    known_topics = {t.id for t in topics}
    extra: list[Topic] = []
    for it in items:
        if it.topic not in known_topics:
            # Hand-written banks may name topics only on items; a topic is then its own title.
            known_topics.add(it.topic)
            extra.append(Topic(it.topic, it.topic))
    cards = {it.id for it in items if it.kind is ItemKind.FLASHCARD}
    for it in items:
        for cid in it.cards:
            if cid not in cards:
                raise ctx.error(f"links to '{cid}', which is not a flashcard of this bank",
                                item=it.id, fld="cards")
    return Bank(meta, topics + tuple(extra), items, tuple(ctx.warnings))


def _str(value: Any, ctx: _Ctx, item: str | None, fld: str, *, allow_empty: bool = False) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ctx.error("missing or not text", item=item, fld=fld)
    text = str(value)
    if not allow_empty and not text.strip():
        raise ctx.error("must not be empty", item=item, fld=fld)
    return text


def _meta(raw: Any, ctx: _Ctx) -> BankMeta:
    if not isinstance(raw, dict):
        raise ctx.error("missing or not a mapping", fld="bank")
    ctx.warn_unknown(raw, _META_FIELDS, "bank")
    source = raw.get("source", {})
    if isinstance(source, str):
        source = {"document": source}
    if not isinstance(source, dict):
        raise ctx.error("must be a mapping with 'document' and 'sha256'", fld="bank.source")
    seed = raw.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ctx.error("must be a whole number", fld="bank.seed")
    sides = raw.get("sides", [])
    if not isinstance(sides, list) or not all(isinstance(s, str) for s in sides):
        raise ctx.error("must be a list of names", fld="bank.sides")
    language = _str(raw.get("language", "und"), ctx, None, "bank.language")
    return BankMeta(
        id=_slug_id(_str(raw.get("id"), ctx, None, "bank.id"), ctx, "bank.id"),
        title=_str(raw.get("title"), ctx, None, "bank.title"),
        language=language,
        source_document=_str(source.get("document", ""), ctx, None, "bank.source.document",
                             allow_empty=True),
        source_sha256=_str(source.get("sha256", ""), ctx, None, "bank.source.sha256",
                           allow_empty=True),
        generator=_str(raw.get("generator", ""), ctx, None, "bank.generator", allow_empty=True),
        seed=seed,
        sides=tuple(sides),
    )


def _slug_id(value: str, ctx: _Ctx, fld: str, item: str | None = None) -> str:
    if any(ch.isspace() for ch in value) or len(value) > 200:
        raise ctx.error("ids are at most 200 characters with no spaces", item=item, fld=fld)
    return value


def _source(raw: Any, ctx: _Ctx, item: str | None) -> SourceRef:
    if raw is None:
        return SourceRef(0)
    if not isinstance(raw, dict):
        raise ctx.error("must be a mapping with 'line' and 'path'", item=item, fld="source")
    line = raw.get("line", 0)
    if isinstance(line, bool) or not isinstance(line, int) or line < 0:
        raise ctx.error("must be a line number (0 or more)", item=item, fld="source.line")
    path = raw.get("path", [])
    if not isinstance(path, list) or not all(isinstance(p, str) for p in path):
        raise ctx.error("must be a list of section titles", item=item, fld="source.path")
    return SourceRef(line, tuple(path))


def _topics(raw: Any, ctx: _Ctx) -> tuple[Topic, ...]:
    if not isinstance(raw, list):
        raise ctx.error("must be a list", fld="topics")
    out: list[Topic] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw):
        where = f"topics[{n}]"
        if not isinstance(entry, dict):
            raise ctx.error("must be a mapping with 'id' and 'title'", item=where)
        ctx.warn_unknown(entry, frozenset({"id", "title", "source"}), where)
        tid = _slug_id(_str(entry.get("id"), ctx, where, "id"), ctx, "id", where)
        if tid in seen:
            raise ctx.error(f"duplicate topic id '{tid}'", item=where, fld="id")
        seen.add(tid)
        label = f"{where} ({tid})"
        out.append(Topic(tid, _str(entry.get("title"), ctx, label, "title"),
                         _source(entry.get("source"), ctx, label)))
    return tuple(out)


def _items(raw: Any, ctx: _Ctx) -> tuple[Item, ...]:
    if not isinstance(raw, list) or not raw:
        raise ctx.error("missing, empty or not a list", fld="items")
    out: list[Item] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw):
        item = _item(entry, n, ctx)
        if item.id in seen:
            raise ctx.error(f"duplicate item id '{item.id}'", item=f"items[{n}]", fld="id")
        seen.add(item.id)
        out.append(item)
    return tuple(out)


def _item(entry: Any, n: int, ctx: _Ctx) -> Item:
    where = f"items[{n}]"
    if not isinstance(entry, dict):
        raise ctx.error("must be a mapping", item=where)
    iid = _slug_id(_str(entry.get("id"), ctx, where, "id"), ctx, "id", where)
    label = f"{where} ({iid})"
    kind_raw = entry.get("kind")
    try:
        kind = ItemKind(str(kind_raw))
    except ValueError:
        kinds = ", ".join(k.value for k in ItemKind)
        raise ctx.error(f"must be one of: {kinds}", item=label, fld="kind") from None
    ctx.warn_unknown(entry, _COMMON_ITEM_FIELDS | _ITEM_FIELDS[kind], label)
    topic = _str(entry.get("topic"), ctx, label, "topic")
    explanation = _str(entry.get("explanation", ""), ctx, label, "explanation", allow_empty=True)
    source = _source(entry.get("source"), ctx, label)
    cards_raw = entry.get("cards", [])
    if not isinstance(cards_raw, list) or not all(isinstance(c, str) for c in cards_raw):
        raise ctx.error("must be a list of flashcard ids", item=label, fld="cards")
    common: dict[str, Any] = dict(id=iid, kind=kind, topic=topic, explanation=explanation,
                                  source=source, cards=tuple(cards_raw))
    if kind is ItemKind.FLASHCARD:
        return Item(prompt=_str(entry.get("front"), ctx, label, "front"),
                    back=_str(entry.get("back"), ctx, label, "back"), **common)
    if kind is ItemKind.TRUE_FALSE:
        answer = entry.get("answer")
        if not isinstance(answer, bool):
            raise ctx.error("must be true or false", item=label, fld="answer")
        return Item(prompt=_str(entry.get("statement"), ctx, label, "statement"),
                    correct=TRUE_INDEX if answer else FALSE_INDEX, **common)
    options = entry.get("options")
    if not isinstance(options, list) or len(options) < 2:
        raise ctx.error("must be a list of at least 2 options", item=label, fld="options")
    texts = tuple(_str(o, ctx, label, f"options[{k}]") for k, o in enumerate(options))
    if len({t.strip().casefold() for t in texts}) != len(texts):
        raise ctx.error("options must be distinct", item=label, fld="options")
    answer = entry.get("answer")
    if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer < len(texts):
        raise ctx.error(f"must be the index of the right option (0–{len(texts) - 1})",
                        item=label, fld="answer")
    return Item(prompt=_str(entry.get("question"), ctx, label, "question"),
                options=texts, correct=answer, **common)


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
        "items": [_item_data(it) for it in bank.items],
    }


class _Flow(dict[str, Any]):
    """A mapping written on one line (source references keep the bank readable)."""



def _source_data(src: SourceRef) -> dict[str, Any]:
    return _Flow(line=src.line, path=list(src.path))


def _item_data(it: Item) -> dict[str, Any]:
    d: dict[str, Any] = {"id": it.id, "kind": it.kind.value, "topic": it.topic}
    if it.kind is ItemKind.FLASHCARD:
        d["front"] = it.prompt
        d["back"] = it.back
    elif it.kind is ItemKind.TRUE_FALSE:
        d["statement"] = it.prompt
        d["answer"] = it.correct == TRUE_INDEX
    else:
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
