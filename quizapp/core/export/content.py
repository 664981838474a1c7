"""What an exported item says about itself: its topic's title and where it came from."""

from __future__ import annotations

from pathlib import PurePath

from quizapp.core.banks.model import Bank, Item

BREADCRUMB = " › "


def topic_title(bank: Bank, item: Item) -> str:
    """The title of ``item``'s topic (its id when the bank has no such topic)."""
    try:
        return bank.topic(item.topic).title
    except KeyError:
        return item.topic


def source_text(bank: Bank, item: Item) -> str:
    """The document's file name, then the section breadcrumb, e.g.
    ``doc.txt › Salīdzināšanas tabula › Kontrole`` (the parts that are known)."""
    document = PurePath(bank.meta.source_document.replace("\\", "/")).name
    parts = [document] if document else []
    if item.source.path:
        parts.append(item.source.label())
    return BREADCRUMB.join(parts)
