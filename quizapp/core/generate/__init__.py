"""Document → question bank: flashcards, multiple choice and true/false with stable ids."""

from __future__ import annotations

from quizapp.core.banks.model import Bank, BankMeta
from quizapp.core.parse.document import Document
from quizapp.core.generate import comparison, sections
from quizapp.core.generate.builder import BankBuilder, slug
from quizapp.core.generate.context import Context
from quizapp.core.language.markers import language_for

GENERATOR = "quizapp-generator 1"

__all__ = ["GENERATOR", "generate_bank", "slug"]


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
    builder = BankBuilder(seed)
    ctx = Context(doc, language_for(doc.language).templates, builder)
    sections.key_points(ctx)
    comparison.table(ctx)
    sections.what_is(ctx)
    comparison.differences(ctx)
    sections.other_sections(ctx)
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
    warnings = tuple(str(w) for w in doc.warnings)
    return Bank(meta, tuple(builder.topics.values()), tuple(builder.items), warnings)
