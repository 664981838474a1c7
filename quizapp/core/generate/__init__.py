"""Document → facts → question bank: cards, questions, clozes and orders with stable ids."""

from __future__ import annotations

from dataclasses import replace

from quizapp.core.banks.lint import Linter, longest_bias
from quizapp.core.banks.model import Bank, BankMeta, ChoiceForm, Fact, FactKind, Item, ItemKind
from quizapp.core.generate import claims, cloze, lists, truefalse
from quizapp.core.generate.builder import BankBuilder, slug
from quizapp.core.generate.context import Context
from quizapp.core.generate.factbook import FactBook
from quizapp.core.generate.facts import extract
from quizapp.core.generate.phrasing import Wording
from quizapp.core.language.markers import language_for
from quizapp.core.parse.document import Document

GENERATOR = "quizapp-generator 2"

__all__ = ["GENERATOR", "generate", "generate_bank", "slug"]


def generate(doc: Document, *, seed: int = 0) -> tuple[Context, FactBook]:
    """Facts and items of ``doc`` (every item already passed the lint)."""
    b = BankBuilder(seed)
    book = extract(doc, b)
    sides = tuple(s.name for s in doc.sides)
    linter = Linter(doc.language, sides, (f.fact for f in book.facts.values()))
    ctx = Context(doc, b, linter, book, Wording(doc))
    claims.claims(ctx)
    lists.definitions(ctx)
    lists.lists(ctx)
    cloze.numbers(ctx)
    asked = cloze.key_terms(ctx) | truefalse.key_points(ctx)
    asked |= {f.pair for f in book.of_kind(FactKind.NUMBER) if f.pair.startswith("key-points/")
              and any(it.fact == f.id for it in ctx.b.items)}
    # A key point no cloze or true/false could ask is left to complete from its first half.
    lists.key_points(ctx, language_for(doc.language).templates.clause_breaks, asked)
    lists.sections(ctx)
    _unbias(ctx)
    # The key points are the article's summary: their items come first, as the article
    # puts them (study takes new cards in bank order).
    ctx.b.items.sort(key=lambda it: not it.fact.startswith("key-points/"))
    return ctx, book


def generate_bank(
    doc: Document,
    *,
    seed: int = 0,
    bank_id: str | None = None,
    source_document: str = "",
    source_sha256: str = "",
) -> Bank:
    """Generate a bank from ``doc``; the same document and seed always give the same bank.

    Args:
        doc: The parsed document.
        seed: Seeds option shuffling and true/false polarity.
        bank_id: Stable bank id; defaults to a slug of the title.
        source_document: Recorded in the bank's metadata.
        source_sha256: Hash of the source bytes, recorded in the metadata.
    """
    ctx, book = generate(doc, seed=seed)
    items = _linked(ctx.b.items)
    meta = BankMeta(
        id=bank_id or slug(doc.title, limit=80),
        title=doc.title,
        language=doc.language,
        source_document=source_document,
        source_sha256=source_sha256,
        generator=GENERATOR,
        seed=seed,
        sides=tuple(s.name for s in doc.sides),
    )
    used = {it.topic for it in items}
    topics = tuple(t for t in ctx.b.topics.values() if t.id in used)
    warnings = tuple(dict.fromkeys([*(str(w) for w in doc.warnings), *book.warnings]))
    return Bank(meta, topics, items, warnings, _facts_of(book, items))


def _linked(items: list[Item]) -> tuple[Item, ...]:
    """The items, each question linked to the studied items of its fact that exist."""
    studied: dict[str, list[str]] = {}
    for it in items:
        if it.kind.is_studied and it.fact:
            studied.setdefault(it.fact, []).append(it.id)
    out = []
    for it in items:
        if it.kind.is_question and not it.kind.is_studied:
            it = replace(it, cards=tuple(studied.get(it.fact, ())))
        out.append(it)
    return tuple(out)


def _facts_of(book: FactBook, items: tuple[Item, ...]) -> tuple[Fact, ...]:
    """The facts the items test, and the lists their members belong to, in document order."""
    wanted = {it.fact for it in items}
    wanted |= {book.facts[f].fact.parent for f in wanted if f in book.facts}
    return tuple(f.fact for f in book.facts.values() if f.id in wanted)


def _unbias(ctx: Context) -> None:
    """Drop choice items whose right option is the longest, longest-first, until the bank no
    longer favours the longest option more than chance does (the lint's bank-wide rule)."""
    while longest_bias(ctx.b.items):
        worst = max((it for it in ctx.b.items if _right_is_longest(it)),
                    key=lambda it: len(it.options[it.correct]) / max(
                        len(o) for k, o in enumerate(it.options) if k != it.correct))
        ctx.b.items.remove(worst)
        ctx.dropped.append((worst.id, "longest-answer-bias"))


def _right_is_longest(it: Item) -> bool:
    if it.kind not in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE) or it.form is ChoiceForm.SIDES:
        return False
    right = len(it.options[it.correct])
    return all(right > len(o) for k, o in enumerate(it.options) if k != it.correct)
