"""Validating parsed bank data (schema 1 and 2) into a ``Bank``; errors name file, item, field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quizapp.core.banks.model import (
    CLOZE_MARK,
    FALSE_INDEX,
    SCHEMA_VERSION,
    TRUE_INDEX,
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

_ITEM_FIELDS: dict[ItemKind, frozenset[str]] = {
    ItemKind.FLASHCARD: frozenset({"front", "back"}),
    ItemKind.MULTIPLE_CHOICE: frozenset({"question", "options", "answer", "form"}),
    ItemKind.TRUE_FALSE: frozenset({"statement", "answer"}),
    ItemKind.CLOZE: frozenset({"text", "options", "answer"}),
    ItemKind.ORDER: frozenset({"question", "steps"}),
}
# Kinds a schema-1 bank cannot have: an app of that time would not know them.
_SCHEMA2_KINDS = frozenset({ItemKind.CLOZE, ItemKind.ORDER})
_COMMON_ITEM_FIELDS = frozenset({"id", "kind", "topic", "explanation", "source", "cards", "fact"})
_META_FIELDS = frozenset({"id", "title", "language", "source", "generator", "seed", "sides"})
_FACT_FIELDS = frozenset({"id", "kind", "title", "statements", "side", "parent", "source"})
_TOP_FIELDS = frozenset({"schema", "bank", "facts", "topics", "items"})
MAX_ORDER_STEPS = 9  # answered with the keys 1–9


class _Ctx:
    """Collects warnings and builds errors that name the file and the item."""

    def __init__(self, name: str, schema: int = SCHEMA_VERSION) -> None:
        self.name = name
        self.schema = schema
        self.warnings: list[str] = []

    def error(self, message: str, item: str | None = None, fld: str | None = None) -> BankError:
        return BankError(message, file=self.name, item=item, field=fld)

    def warn_unknown(self, mapping: Mapping[Any, Any], known: frozenset[str], where: str) -> None:
        for key in mapping:
            if key not in known:
                self.warnings.append(f"{self.name}: {where}: unknown field '{key}' ignored")


def validate(data: Any, name: str) -> Bank:
    """The bank ``data`` (parsed YAML) describes; ``name`` is used in error messages.

    Raises:
        BankError: ``data`` is not a valid bank of a schema this app reads.
    """
    ctx = _Ctx(name)
    if not isinstance(data, dict):
        raise ctx.error("the top level must be a mapping with 'schema', 'bank' and 'items'")
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
    ctx.schema = schema
    ctx.warn_unknown(data, _TOP_FIELDS if schema >= 2 else _TOP_FIELDS - {"facts"}, "top level")
    meta = _meta(data.get("bank"), ctx)
    facts = _facts(data.get("facts", []), ctx, len(meta.sides)) if schema >= 2 else ()
    topics = _topics(data.get("topics", []), ctx)
    items = _items(data.get("items"), ctx)
    known_topics = {t.id for t in topics}
    extra: list[Topic] = []
    for it in items:
        if it.topic not in known_topics:
            # Hand-written banks may name topics only on items; a topic is then its own title.
            known_topics.add(it.topic)
            extra.append(Topic(it.topic, it.topic))
    studied = {it.id for it in items if it.kind.is_studied}
    fact_ids = {f.id for f in facts}
    for it in items:
        for cid in it.cards:
            if cid not in studied:
                raise ctx.error(f"links to '{cid}', which is not a studied item of this bank",
                                item=it.id, fld="cards")
        # A bank that lists its facts must list every fact its items name; a hand-written
        # bank may name facts without listing them (they then only group siblings).
        if facts and it.fact and it.fact not in fact_ids:
            raise ctx.error(f"names fact '{it.fact}', which is not in 'facts'",
                            item=it.id, fld="fact")
    for f in facts:
        if f.parent and f.parent not in fact_ids:
            raise ctx.error(f"names parent '{f.parent}', which is not in 'facts'",
                            item=f.id, fld="parent")
    return Bank(meta, topics + tuple(extra), items, tuple(ctx.warnings), facts)


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


def _texts(raw: Any, ctx: _Ctx, item: str, fld: str, least: int) -> tuple[str, ...]:
    if not isinstance(raw, list) or len(raw) < least:
        raise ctx.error(f"must be a list of at least {least} texts", item=item, fld=fld)
    return tuple(_str(o, ctx, item, f"{fld}[{k}]") for k, o in enumerate(raw))


def _facts(raw: Any, ctx: _Ctx, sides: int) -> tuple[Fact, ...]:
    if not isinstance(raw, list):
        raise ctx.error("must be a list", fld="facts")
    out: list[Fact] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw):
        where = f"facts[{n}]"
        if not isinstance(entry, dict):
            raise ctx.error("must be a mapping with 'id', 'kind' and 'statements'", item=where)
        fid = _slug_id(_str(entry.get("id"), ctx, where, "id"), ctx, "id", where)
        if fid in seen:
            raise ctx.error(f"duplicate fact id '{fid}'", item=where, fld="id")
        seen.add(fid)
        label = f"{where} ({fid})"
        ctx.warn_unknown(entry, _FACT_FIELDS, label)
        try:
            kind = FactKind(str(entry.get("kind")))
        except ValueError:
            kinds = ", ".join(k.value for k in FactKind)
            raise ctx.error(f"must be one of: {kinds}", item=label, fld="kind") from None
        side = entry.get("side")
        if side is not None and (isinstance(side, bool) or not isinstance(side, int)
                                 or not 0 <= side < sides):
            raise ctx.error("must be the index of one of the bank's sides", item=label,
                            fld="side")
        out.append(Fact(
            id=fid, kind=kind,
            title=_str(entry.get("title", ""), ctx, label, "title", allow_empty=True),
            statements=_texts(entry.get("statements"), ctx, label, "statements", 1),
            side=side,
            parent=_str(entry.get("parent", ""), ctx, label, "parent", allow_empty=True),
            source=_source(entry.get("source"), ctx, label),
        ))
    return tuple(out)


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


def _kind(entry: dict[Any, Any], label: str, ctx: _Ctx) -> ItemKind:
    kinds = [k for k in ItemKind if ctx.schema >= 2 or k not in _SCHEMA2_KINDS]
    try:
        kind = ItemKind(str(entry.get("kind")))
    except ValueError:
        kind = None
    if kind is None or kind not in kinds:
        names = ", ".join(k.value for k in kinds)
        raise ctx.error(f"must be one of: {names}", item=label, fld="kind") from None
    return kind


def _item(entry: Any, n: int, ctx: _Ctx) -> Item:
    where = f"items[{n}]"
    if not isinstance(entry, dict):
        raise ctx.error("must be a mapping", item=where)
    iid = _slug_id(_str(entry.get("id"), ctx, where, "id"), ctx, "id", where)
    label = f"{where} ({iid})"
    kind = _kind(entry, label, ctx)
    common_fields = _COMMON_ITEM_FIELDS if ctx.schema >= 2 else _COMMON_ITEM_FIELDS - {"fact"}
    kind_fields = _ITEM_FIELDS[kind] if ctx.schema >= 2 else _ITEM_FIELDS[kind] - {"form"}
    ctx.warn_unknown(entry, common_fields | kind_fields, label)
    topic = _str(entry.get("topic"), ctx, label, "topic")
    explanation = _str(entry.get("explanation", ""), ctx, label, "explanation", allow_empty=True)
    source = _source(entry.get("source"), ctx, label)
    cards_raw = entry.get("cards", [])
    if not isinstance(cards_raw, list) or not all(isinstance(c, str) for c in cards_raw):
        raise ctx.error("must be a list of item ids", item=label, fld="cards")
    fact = ""
    if ctx.schema >= 2 and "fact" in entry:
        fact = _slug_id(_str(entry.get("fact"), ctx, label, "fact"), ctx, "fact", label)
    common: dict[str, Any] = dict(id=iid, kind=kind, topic=topic, explanation=explanation,
                                  source=source, cards=tuple(cards_raw), fact=fact)
    if kind is ItemKind.FLASHCARD:
        return Item(prompt=_str(entry.get("front"), ctx, label, "front"),
                    back=_str(entry.get("back"), ctx, label, "back"), **common)
    if kind is ItemKind.TRUE_FALSE:
        answer = entry.get("answer")
        if not isinstance(answer, bool):
            raise ctx.error("must be true or false", item=label, fld="answer")
        return Item(prompt=_str(entry.get("statement"), ctx, label, "statement"),
                    correct=TRUE_INDEX if answer else FALSE_INDEX, **common)
    if kind is ItemKind.ORDER:
        steps = _texts(entry.get("steps"), ctx, label, "steps", 2)
        if len(steps) > MAX_ORDER_STEPS:
            raise ctx.error(f"at most {MAX_ORDER_STEPS} steps", item=label, fld="steps")
        _distinct(steps, ctx, label, "steps")
        return Item(prompt=_str(entry.get("question"), ctx, label, "question"),
                    options=steps, **common)
    texts = _texts(entry.get("options"), ctx, label, "options", 2)
    _distinct(texts, ctx, label, "options")
    answer = entry.get("answer")
    if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer < len(texts):
        raise ctx.error(f"must be the index of the right option (0–{len(texts) - 1})",
                        item=label, fld="answer")
    if kind is ItemKind.CLOZE:
        text = _str(entry.get("text"), ctx, label, "text")
        blanks = CLOZE_MARK.findall(text)
        if len(blanks) != 1:
            raise ctx.error("must mark exactly one blank as {{answer}}", item=label, fld="text")
        if blanks[0].strip() != texts[answer].strip():
            raise ctx.error("the right option must be the text in {{…}}", item=label,
                            fld="answer")
        return Item(prompt=text, options=texts, correct=answer, **common)
    form = ChoiceForm.PLAIN
    if ctx.schema >= 2 and "form" in entry:
        try:
            form = ChoiceForm(str(entry.get("form")))
        except ValueError:
            forms = ", ".join(f.value for f in ChoiceForm)
            raise ctx.error(f"must be one of: {forms}", item=label, fld="form") from None
    return Item(prompt=_str(entry.get("question"), ctx, label, "question"),
                options=texts, correct=answer, form=form, **common)


def _distinct(texts: tuple[str, ...], ctx: _Ctx, label: str, fld: str) -> None:
    if len({t.strip().casefold() for t in texts}) != len(texts):
        raise ctx.error(f"{fld} must be distinct", item=label, fld=fld)
