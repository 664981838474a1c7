"""A bank as the learner sees it: the generated items with the learner's edits laid over
them, the learner's own items and topics added.

Edits never touch a bank file: they live in the store, keyed by item id, and are laid over
the bank each time it is loaded (``BankShelf``), so they survive regenerating and
re-importing it. Every screen, quiz and export reads the bank from the shelf, so all of them
see the edited wording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quizapp.core.banks.model import Bank, Item, SourceRef, Topic
from quizapp.core.material.drafts import ItemDraft, apply_edit, fingerprint
from quizapp.core.storage.material import OverlayRows


@dataclass(frozen=True)
class EditState:
    """How an item on the shelf differs from what its bank says.

    Attributes:
        edited: The learner's edit is in force.
        source_changed: The bank's item changed since the edit was made (regenerated from
            a changed line): the learner should check the edit.
        added: The learner wrote the whole item.
        generated: The bank's own item (``None`` for an added item).
        edit_id: The stored edit in force (0 when none).
    """

    edited: bool = False
    source_changed: bool = False
    added: bool = False
    generated: Item | None = None
    edit_id: int = 0


def added_item(key: str, topic: str, draft: ItemDraft) -> Item:
    """The item a learner wrote, as the shelf hands it out."""
    return draft.apply(Item(key, draft.kind, topic, draft.prompt, source=SourceRef(0)))


def apply_overlay(bank: Bank, rows: OverlayRows) -> tuple[Bank, dict[str, EditState]]:
    """``bank`` with ``rows`` laid over it, and the state of every item that differs.

    A stored edit that cannot be read (a damaged row) or no longer fits its item (the item
    changed kind) is not applied; the item shows as "source changed".
    """
    if not (rows.edits or rows.added or rows.topics):
        return bank, {}
    states: dict[str, EditState] = {}
    known_topics = {t.id for t in bank.topics}
    topics = bank.topics + tuple(Topic(key, title) for key, title in rows.topics
                                 if key not in known_topics)
    added: dict[str, Item] = {}
    for a in rows.added:
        try:
            added[a.key] = added_item(a.key, a.topic, ItemDraft.from_json(a.data))
        except ValueError:
            continue  # a damaged row: the item cannot be shown, and nothing is guessed
        states[a.key] = EditState(added=True)
    generated = {it.id: it for it in bank.items}
    changed: dict[str, Item] = {}
    for e in rows.edits:
        base = generated.get(e.key) or added.get(e.key)
        if base is None:
            continue
        mine = e.key in added
        source_changed = not mine and fingerprint(base) != e.base
        try:
            item = apply_edit(base, e.data)
        except ValueError:
            states[e.key] = EditState(False, True, mine, None if mine else base, e.id)
            continue
        if mine:
            added[e.key] = item
        else:
            changed[e.key] = item
        # An edit back to the bank's own wording is no edit (it stays in the history).
        states[e.key] = EditState(item != base, source_changed and item != base, mine,
                                  None if mine else base, e.id)
    items = tuple(changed.get(it.id, it) for it in bank.items) + tuple(added.values())
    return replace(bank, topics=topics, items=items), states
