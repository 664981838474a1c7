"""The banks of an open collection: which there are, their items, and keeping the store in step.

The items handed out are the learner's view of each bank: the store's edits laid over the
generated wording, the learner's own items and topics added (``material/overlay.py``).

A bank file that has not changed since it was last synced is never parsed again: the store
knows its counts, topics and schedules, and keeps a snapshot of its items
(``banks/snapshot.py``) that is read the first time they are needed. New and changed files
are parsed by the caller (or at once, see :meth:`BankShelf.discover`) and handed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizapp.core.banks.files import file_stamp
from quizapp.core.banks.io import load_bank
from quizapp.core.banks.library import BankProblem, LoadedBank, load_bank_files
from quizapp.core.banks.model import Bank, Item
from quizapp.core.banks.snapshot import dump_snapshot, load_snapshot
from quizapp.core.errors import BankError
from quizapp.core.material.overlay import EditState, apply_overlay
from quizapp.core.storage import Store
from quizapp.core.storage.records import BankRecord, SyncReport


class BankShelf:
    """The banks of one store, in file order. Owned by the collection's thread.

    Attributes:
        changed_files: Bank files that are new or changed since the store last saw them,
            waiting to be parsed (see :meth:`discover` and :meth:`add_parsed`).
        problems: Bank files that could not be used, each with the reason.
        sync_reports: What each sync into the store did.
        version: Goes up whenever the set of loaded banks changes (queues built from the
            old set are stale).
    """

    def __init__(self, store: Store, read_only: bool) -> None:
        self._store = store
        self._read_only = read_only
        self._banks: dict[str, LoadedBank] = {}
        # Banks whose file is unchanged since it was last synced: known to the store, read
        # from the store's snapshot when their items are first needed.
        self._pending: dict[str, Path] = {}
        self._order: list[str] = []
        self._file_order: dict[Path, int] = {}
        self._items: dict[tuple[str, str], Item] = {}
        self._titles: dict[tuple[str, str], str] = {}
        # Each bank as its file has it; the shelf hands out the learner's view of it.
        self._generated: dict[str, Bank] = {}
        self._states: dict[str, dict[str, EditState]] = {}
        self.changed_files: list[Path] = []
        self.problems: list[BankProblem] = []
        self.sync_reports: list[SyncReport] = []
        self.version = 0

    def discover(self, files: Sequence[Path], *, parse_changed: bool) -> None:
        """Take stock of the bank files ``files``: the unchanged ones wait to be read from
        their snapshot; the new and changed ones are parsed now (``parse_changed``) or left
        in ``changed_files`` for the caller."""
        self._file_order = {p: n for n, p in enumerate(files)}
        to_load: list[Path] = []
        for path in files:
            key = self._store.progress.known_file(str(path), file_stamp(path))
            if key is not None and key not in self._pending:
                self._pending[key] = path
                self._order.append(key)
            else:
                to_load.append(path)
        self.changed_files = to_load
        if parse_changed:
            self.add_parsed(*load_bank_files(to_load, self._pending))

    def add_parsed(self, banks: dict[str, LoadedBank], problems: Sequence[BankProblem]
                   ) -> None:
        """Take the banks parsed from ``changed_files`` (see ``load_bank_files``) and the
        files that failed; a bank whose id another file already has is a problem too.

        Raises:
            StorageError: The store could not be written; the bank was not added.
        """
        self.problems.extend(problems)
        done = {pr.path for pr in problems}
        for loaded in banks.values():
            done.add(loaded.path)
            if loaded.id in self._pending or loaded.id in self._banks:
                self.problems.append(BankProblem(loaded.path, BankError(
                    f"bank id '{loaded.id}' is already used by another file; skipped",
                    file=str(loaded.path), field="bank.id")))
                continue
            self._use(loaded.bank, loaded.path)
        self.changed_files = [p for p in self.changed_files if p not in done]
        paths = {**{k: lb.path for k, lb in self._banks.items()}, **self._pending}
        self._order.sort(key=lambda k: self._file_order.get(paths[k], len(self._file_order)))

    @property
    def banks(self) -> dict[str, LoadedBank]:
        """The loaded banks, in file order (reads any bank still pending)."""
        self.load_pending()
        return {k: self._banks[k] for k in self._order if k in self._banks}

    @property
    def ids(self) -> list[str]:
        """Every bank available, loaded or still pending, in file order."""
        return list(self._order)

    def records(self) -> list[BankRecord]:
        """Title, language and item counts of every bank, from the store (no parsing)."""
        return self._store.progress.banks(self._order)

    def load_pending(self) -> None:
        """Load the unchanged banks' items: from the store's snapshot, else (no snapshot
        yet, or one this version cannot read) by parsing the file; a file that fails now
        is a problem."""
        pending, self._pending = self._pending, {}
        for key, path in pending.items():
            bank = self._from_snapshot(key, path)
            parsed = bank is None
            try:
                bank = bank or load_bank(path)
            except BankError as exc:
                self.problems.append(BankProblem(path, exc))
                self._order.remove(key)
                self.version += 1
                continue
            if bank.meta.id != key:
                self._order[self._order.index(key)] = bank.meta.id
            if not parsed and bank.meta.id == key:
                # The store was synced from this very file (its path and stamp matched) and
                # the snapshot taken then: syncing again would find nothing to do.
                self._register(bank, path)
                self.sync_reports.append(SyncReport(key, unchanged=True))
                continue
            # A snapshot this version could not read is replaced, so the file is parsed once.
            self._use(bank, path, refresh_snapshot=True)

    def add(self, bank: Bank, path: Path | None = None) -> SyncReport:
        """Sync ``bank`` into the store (by item id) and make it available for study.

        Raises:
            StorageError: The store could not be written; the bank was not added.
        """
        report = self._store.banks.sync(bank, str(path or ""),
                                        file_stamp(path) if path else "")
        self._register(bank, path)
        self.sync_reports.append(report)
        return report

    def item(self, bank: str, key: str) -> Item | None:
        """Item ``key`` of bank ``bank`` (reads pending banks first), or None."""
        self.load_pending()
        return self._items.get((bank, key))

    def loaded_item(self, bank: str, key: str) -> Item | None:
        """Item ``key`` of bank ``bank`` if its bank is loaded already (reads nothing)."""
        return self._items.get((bank, key))

    def edit_state(self, bank: str, key: str) -> EditState:
        """How item ``key`` of ``bank`` differs from its bank's own wording."""
        return self._states.get(bank, {}).get(key, EditState())

    def edit_states(self, bank: str) -> dict[str, EditState]:
        """Every item of ``bank`` that differs from the bank's own wording."""
        return dict(self._states.get(bank, {}))

    def refresh(self, bank: str, *, items_changed: bool = False) -> None:
        """Lay the store's edits over ``bank`` again (after an edit or an added item);
        ``items_changed``: items came or went, so queues built before are stale."""
        loaded = self._banks.get(bank)
        generated = self._generated.get(bank)
        if loaded is None or generated is None:
            return
        for key in [k for k in self._items if k[0] == bank]:
            del self._items[key]
        version = self.version
        self._register(generated, loaded.path)
        if not items_changed:
            self.version = version

    def topic_title(self, bank: str, topic: str) -> str:
        """The title of topic ``topic`` of bank ``bank`` (its id when unknown)."""
        return self._titles.get((bank, topic), topic)

    def _from_snapshot(self, key: str, path: Path) -> Bank | None:
        text = self._store.banks.snapshot(key, file_stamp(path))
        if text is None:
            return None
        try:
            return load_snapshot(text)
        except BankError:
            return None  # written by another version, or damaged: the file is read instead

    def _use(self, bank: Bank, path: Path, *, refresh_snapshot: bool = False) -> None:
        # Read-only, the store is left as it is: it shows the items it already holds.
        if self._read_only:
            self._register(bank, path)
            return
        self.add(bank, path)
        stamp = file_stamp(path)
        if stamp and (refresh_snapshot
                      or not self._store.banks.has_snapshot(bank.meta.id, stamp)):
            self._store.banks.save_snapshot(bank.meta.id, stamp, dump_snapshot(bank))

    def _register(self, generated: Bank, path: Path | None) -> None:
        self._generated[generated.meta.id] = generated
        bank, self._states[generated.meta.id] = apply_overlay(
            generated, self._store.material.overlay(generated.meta.id))
        self._banks[bank.meta.id] = LoadedBank(bank, path or Path())
        if bank.meta.id not in self._order:
            self._order.append(bank.meta.id)
        for t in bank.topics:
            self._titles[(bank.meta.id, t.id)] = t.title
        for it in bank.items:
            self._items[(bank.meta.id, it.id)] = it
        self.version += 1


class ShelfAccess:
    """The banks of a collection under the collection's own names (``col.banks``…), each
    handed to its :class:`BankShelf`."""

    shelf: BankShelf

    @property
    def banks(self) -> dict[str, LoadedBank]:
        """The loaded banks, in file order (reads any bank still pending)."""
        return self.shelf.banks

    @property
    def bank_ids(self) -> list[str]:
        """Every bank available, loaded or still pending, in file order."""
        return self.shelf.ids

    @property
    def changed_files(self) -> list[Path]:
        """Bank files that are new or changed, waiting to be parsed (``lazy_banks``)."""
        return self.shelf.changed_files

    @property
    def problems(self) -> list[BankProblem]:
        """Bank files that could not be used, each with the reason."""
        return self.shelf.problems

    @property
    def sync_reports(self) -> list[SyncReport]:
        return self.shelf.sync_reports

    def bank_records(self) -> list[BankRecord]:
        """Title, language and item counts of every bank, from the store (no parsing)."""
        return self.shelf.records()

    def load_pending(self) -> None:
        """Read the items of the banks whose files did not change (see BankShelf)."""
        self.shelf.load_pending()

    def add_parsed(self, banks: dict[str, LoadedBank], problems: Sequence[BankProblem]
                   ) -> None:
        """Take the banks parsed from ``changed_files`` (see ``BankShelf.add_parsed``)."""
        self.shelf.add_parsed(banks, problems)

    def add_bank(self, bank: Bank, path: Path | None = None) -> SyncReport:
        """Sync ``bank`` into the store and make it available (see ``BankShelf.add``)."""
        return self.shelf.add(bank, path)
