"""The learner's actions on the items of an open collection, each one undoable.

``col.material`` (see :class:`MaterialAccess`) suspends, restores, buries and flags items,
edits their wording, adds the learner's own items, and takes any of it back: every action
returns an :class:`Undo` that :meth:`Material.undo` reverses, whatever happened since.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from quizapp.core.banks.model import Item
from quizapp.core.errors import QuizAppError
from quizapp.core.language.fold import fold
from quizapp.core.material.drafts import (
    ADDABLE_KINDS,
    ItemDraft,
    apply_edit,
    edit_data,
    fingerprint,
)
from quizapp.core.material.marks import FlagReason, Marks
from quizapp.core.material.overlay import EditState
from quizapp.core.storage.records import from_ms, to_ms

if TYPE_CHECKING:
    from datetime import datetime

    from quizapp.core.collection import Collection
    from quizapp.core.quiz.engine import QuizResult

# Topics a learner makes get ids in a space of their own, apart from the generated ones.
LEARNER_TOPIC_PREFIX = "mine/"


class MaterialError(QuizAppError):
    """An action on items that cannot be done (an unknown item, bank or topic…)."""


class UnknownItemError(MaterialError):
    """No active item has the id given."""


@dataclass(frozen=True, order=True)
class ItemRef:
    """One item of one bank: ``str()`` gives ``BANK:ITEM``, which :meth:`Material.resolve`
    reads back."""

    bank: str
    key: str

    def __str__(self) -> str:
        return f"{self.bank}:{self.key}"


class Action(StrEnum):
    """What an action did (the GUI names it, e.g. "Suspended. Undo")."""

    SUSPEND = "suspend"
    RESTORE = "restore"
    BURY = "bury"
    FLAG = "flag"
    UNFLAG = "unflag"
    EDIT = "edit"
    UNDO_EDIT = "undo-edit"
    KEEP_EDIT = "keep-edit"
    ADD = "add"
    DELETE = "delete"


@dataclass(frozen=True)
class Undo:
    """How to take one action back (give it to :meth:`Material.undo`).

    Attributes:
        action: What was done.
        refs: The items it was done to.
        marks: Their marks before (actions on marks).
        pk: The item's row id (edits, added items).
        edit_id: The edit made or taken back.
        base: The fingerprint an edit counted as made on before (keeping an edit).
    """

    action: Action
    refs: tuple[ItemRef, ...]
    marks: tuple[tuple[int, Marks], ...] = ()
    pk: int = 0
    edit_id: int = 0
    base: str = ""


@dataclass(frozen=True)
class EditRecord:
    """One edit of an item's history: its wording, when, and whether it was taken back."""

    draft: ItemDraft | None  # None: a stored row that cannot be read
    time: datetime | None
    undone: bool


class Material:
    """Acting on the items of one collection (owned by the collection's thread)."""

    def __init__(self, col: Collection) -> None:
        self._col = col

    # -- finding items ---------------------------------------------------------------

    def resolve(self, text: str) -> ItemRef:
        """The item named by ``text``: ``ITEM`` when one bank has it, or ``BANK:ITEM``.

        Raises:
            UnknownItemError: No active item has that name (or several banks have ``ITEM``).
        """
        store = self._col.store.material
        banks = store.banks_holding(text)
        if len(banks) == 1:
            return ItemRef(banks[0], text)
        if len(banks) > 1:
            raise UnknownItemError(f"'{text}' is in several banks ({', '.join(banks)}): "
                                   "write it as BANK:ITEM")
        for at in (m.start() for m in re.finditer(":", text)):
            bank, key = text[:at], text[at + 1:]
            if store.find(bank, key) is not None:
                return ItemRef(bank, key)
        raise UnknownItemError(f"no item '{text}'")

    def item(self, ref: ItemRef) -> Item:
        """The item as the learner sees it (edits in force).

        Raises:
            UnknownItemError: No such active item.
        """
        self._pk(ref)
        item = self._col.shelf.item(ref.bank, ref.key)
        if item is None:
            raise UnknownItemError(f"no item '{ref}'")
        return item

    def state(self, ref: ItemRef) -> EditState:
        """How ``ref`` differs from its bank's wording (edited, source changed, the
        learner's own)."""
        self._col.shelf.load_pending()  # the edits are laid over a bank as it is read
        return self._col.shelf.edit_state(ref.bank, ref.key)

    def marks(self, refs: Sequence[ItemRef]) -> dict[ItemRef, Marks]:
        """The marks of ``refs``."""
        pks = {self._pk(r): r for r in refs}
        return {pks[pk]: m for pk, m in self._col.store.material.marks(pks).items()}

    # -- suspend, bury, flag -----------------------------------------------------------

    def suspend(self, refs: Sequence[ItemRef]) -> Undo:
        """Take ``refs`` out of study and quizzes until they are restored."""
        return self._mark(refs, Action.SUSPEND, lambda m: replace(m, suspended=True))

    def restore(self, refs: Sequence[ItemRef]) -> Undo:
        """Bring suspended or buried ``refs`` back into study and quizzes."""
        return self._mark(refs, Action.RESTORE,
                          lambda m: replace(m, suspended=False, buried_until=0))

    def bury(self, refs: Sequence[ItemRef]) -> Undo:
        """Hide ``refs`` until the next study day (it starts at the rollover hour)."""
        until = self._col.today() + 1
        return self._mark(refs, Action.BURY,
                          lambda m: replace(m, buried_until=max(m.buried_until, until)))

    def flag(self, refs: Sequence[ItemRef], reason: FlagReason) -> Undo:
        """Flag ``refs`` as bad questions for ``reason`` (a flag of the learner's keeps a
        question out of quizzes; its flashcards are still studied)."""
        return self._mark(refs, Action.FLAG, lambda m: replace(m, flag=reason))

    def unflag(self, refs: Sequence[ItemRef]) -> Undo:
        """Clear the flags of ``refs``; automatic flags do not come back for them."""
        return self._mark(refs, Action.UNFLAG,
                          lambda m: replace(m, flag=None, flag_checked=True))

    def reset(self, refs: Sequence[ItemRef]) -> int:
        """Make the flashcards among ``refs`` new again (their answers stay in the history);
        returns how many. Not undoable: the GUI asks first."""
        n = self._col.store.material.reset(self._pk(r) for r in refs)
        self._col.forget_queue()
        return n

    # -- edits -------------------------------------------------------------------------

    def edit(self, ref: ItemRef, draft: ItemDraft) -> tuple[Item, Undo | None]:
        """Save ``draft`` as the wording of ``ref``; returns the item as now shown and the
        undo (``None`` when the draft says what the item already says: nothing is kept).

        Raises:
            EditError: The draft is not valid; nothing was saved.
            UnknownItemError: No such item.
        """
        current = self.item(ref)
        if draft.kind is not current.kind:
            raise MaterialError(f"'{ref}' is a {current.kind.value}, not a {draft.kind.value}")
        draft = draft.check()
        if draft == ItemDraft.of(current):
            return current, None
        state = self.state(ref)
        generated = state.generated or (None if state.added else current)
        pk = self._pk(ref)
        edit_id = self._col.store.material.add_edit(
            pk, edit_data(draft, generated), fingerprint(generated) if generated else "",
            self._now_ms())
        self._col.shelf.refresh(ref.bank)
        return self.item(ref), Undo(Action.EDIT, (ref,), pk=pk, edit_id=edit_id)

    def undo_edit(self, ref: ItemRef) -> Undo | None:
        """Put back the wording before the edit in force (the history keeps the edit);
        ``None`` when the item has no edit in force."""
        pk = self._pk(ref)
        edit_id = self.state(ref).edit_id
        if not edit_id or not self._col.store.material.undo_edit(pk):
            return None
        self._col.shelf.refresh(ref.bank)
        return Undo(Action.UNDO_EDIT, (ref,), pk=pk, edit_id=edit_id)

    def keep_edit(self, ref: ItemRef) -> Undo | None:
        """The learner checked an edit whose source changed and keeps it: it no longer
        shows as "source changed". ``None`` when there was nothing to check."""
        state = self.state(ref)
        if not state.source_changed or state.generated is None:
            return None
        pk = self._pk(ref)
        old = next((e.base for e in self._col.store.material.history(pk) if not e.undone), "")
        self._col.store.material.rebase_edit(pk, fingerprint(state.generated))
        self._col.shelf.refresh(ref.bank)
        return Undo(Action.KEEP_EDIT, (ref,), pk=pk, base=old)

    def history(self, ref: ItemRef) -> list[EditRecord]:
        """Every edit of ``ref``, newest first, taken-back ones too (each as the wording it
        gives the item as its bank has it now)."""
        base = self.state(ref).generated or self.item(ref)
        out = []
        for row in self._col.store.material.history(self._pk(ref)):
            try:
                draft: ItemDraft | None = ItemDraft.of(apply_edit(base, row.data))
            except ValueError:
                draft = None
            out.append(EditRecord(draft, from_ms(row.time_ms), row.undone))
        return out

    # -- the learner's own items --------------------------------------------------------

    def add(self, bank: str, topic: str, draft: ItemDraft, *,
            new_topic: bool = False) -> tuple[ItemRef, Undo]:
        """Add the learner's item ``draft`` to ``bank``, in its topic ``topic`` (an id), or
        with ``new_topic`` in a topic of the learner's titled ``topic`` (made if needed).
        It is scheduled like any other item and kept when the bank is regenerated.

        Raises:
            EditError: The draft is not valid; nothing was saved.
            MaterialError: No such bank or topic, or a kind that cannot be added.
        """
        loaded = self._col.banks.get(bank)
        if loaded is None:
            raise MaterialError(f"no bank '{bank}' (banks: {', '.join(self._col.banks)})")
        if draft.kind not in ADDABLE_KINDS:
            kinds = ", ".join(k.value for k in ADDABLE_KINDS)
            raise MaterialError(f"a {draft.kind.value} cannot be added (kinds: {kinds})")
        draft = draft.check()
        topics = {t.id: t.title for t in loaded.bank.topics}
        if new_topic:
            title = " ".join(topic.split())
            if not title:
                raise MaterialError("a new topic needs a title")
            same = [k for k, t in topics.items() if fold(t) == fold(title)]
            key = same[0] if same else LEARNER_TOPIC_PREFIX + _slug(title)
        elif topic in topics:
            key, title = topic, topics[topic]
        else:
            raise MaterialError(f"bank '{bank}' has no topic '{topic}' (topics: "
                                f"{', '.join(topics)})")
        store = self._col.store.material
        item_key = store.add_item(bank, draft.kind.value, draft.kind.is_studied, (key, title),
                                  draft.to_json(), self._now_ms())
        ref = ItemRef(bank, item_key)
        self._col.shelf.refresh(bank, items_changed=True)
        return ref, Undo(Action.ADD, (ref,), pk=self._pk(ref))

    def delete(self, ref: ItemRef) -> Undo:
        """Delete an item the learner added (its answers stay in the history).

        Raises:
            MaterialError: ``ref`` came from a bank: suspend it instead.
        """
        pk = self._pk(ref)
        if not self._col.store.material.delete_added(pk):
            raise MaterialError(f"'{ref}' comes from its bank: suspend it instead")
        self._col.shelf.refresh(ref.bank, items_changed=True)
        return Undo(Action.DELETE, (ref,), pk=pk)

    # -- undo ----------------------------------------------------------------------------

    def undo(self, undo: Undo) -> None:
        """Take back the action ``undo`` came from."""
        store = self._col.store.material
        if undo.marks:
            store.set_marks(dict(undo.marks))
            self._col.forget_queue()
        elif undo.action is Action.EDIT:
            store.undo_edit(undo.pk)
        elif undo.action is Action.UNDO_EDIT:
            store.redo_edit(undo.edit_id)
        elif undo.action is Action.KEEP_EDIT:
            store.rebase_edit(undo.pk, undo.base)
        elif undo.action is Action.ADD:
            store.delete_added(undo.pk)
        elif undo.action is Action.DELETE:
            store.restore_added(undo.pk)
        banks = {r.bank for r in undo.refs}
        for bank in banks:
            self._col.shelf.refresh(bank, items_changed=undo.action in (Action.ADD,
                                                                        Action.DELETE))

    # -- quizzes -------------------------------------------------------------------------

    def left_out_of_quizzes(self) -> set[tuple[str, str]]:
        """``(bank, item)`` of the items no quiz asks today: suspended, buried, or flagged
        by the learner."""
        return self._col.store.material.left_out_of_quizzes(self._col.today())

    def after_quiz(self, result: QuizResult) -> int:
        """Flag the questions of ``result`` that the answers show give themselves away
        (see ``giveaway``); returns how many were newly flagged."""
        from quizapp.core.material.giveaway import check_giveaways

        return check_giveaways(self._col, {(r.question.bank, r.question.item.id)
                                           for r in result.records})

    # -- internals -----------------------------------------------------------------------

    def _pk(self, ref: ItemRef) -> int:
        found = self._col.store.material.find(ref.bank, ref.key)
        if found is None:
            raise UnknownItemError(f"no item '{ref}'")
        return found[0]

    def _mark(self, refs: Iterable[ItemRef], action: Action,
              change: Callable[[Marks], Marks]) -> Undo:
        refs = tuple(dict.fromkeys(refs))
        pks = [self._pk(r) for r in refs]
        store = self._col.store.material
        before = store.marks(pks)
        store.set_marks({pk: change(m) for pk, m in before.items()})
        self._col.forget_queue()
        return Undo(action, refs, marks=tuple(before.items()))

    def _now_ms(self) -> int:
        return to_ms(self._col.clock.now()) or 0


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:48] or "topic"


class MaterialAccess:
    """Gives the collection its ``material`` (built on first use)."""

    @cached_property
    def material(self) -> Material:
        """Suspend, bury, flag, edit and add items (see :class:`Material`)."""
        return Material(self)  # type: ignore[arg-type]  # mixed into Collection only
