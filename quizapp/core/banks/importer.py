"""Importing a study document: a cancellable preview (parse and generate), then a commit that
copies the document and its bank into the data folder and syncs it — all of it or nothing.

The GUI runs :func:`preview_import` on a worker (its Cancel sets what ``cancel`` polls),
shows the :class:`ImportPreview`, and on Save runs :func:`commit_import` on the thread that
owns the collection. Re-importing an edited document keeps the history of every unchanged
item: the bank id comes from the file name and item ids from where they sit in it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from quizapp.core.datafolder.atomic import replace_bytes
from quizapp.core.banks.model import Bank, ItemKind
from quizapp.core.banks.io import dump_bank
from quizapp.core.collection import Collection
from quizapp.core.parse.document import Document, ParseWarning
from quizapp.core.errors import BankError, QuizAppError
from quizapp.core.parse import DEFAULT_MAX_BYTES, parse_bytes
from quizapp.core.datafolder.paths import documents_dir, user_banks_dir
from quizapp.core.generate.pipeline import bank_from_document, read_document
from quizapp.core.storage.errors import DatabaseReadOnlyError, map_os_error
from quizapp.core.storage.records import SyncReport

Cancel = Callable[[], bool]
_HASH_CHARS = 8
DOCUMENTS = documents_dir(Path()).name


class ImportCancelled(QuizAppError):
    """The learner cancelled the import; nothing was written."""


class ImportConflictError(BankError):
    """The document's bank id belongs to a bank that is not an import (a built-in one)."""


class DocumentPart(StrEnum):
    """The parts of a study document the generator makes items from."""

    KEY_POINTS = "key_points"
    TABLE = "table"
    WHAT_IS = "what_is"
    DIFFERENCES = "differences"
    SECTIONS = "sections"


# The first segment of a generated item id names the part it came from.
_ID_PREFIX = {
    "key-points": DocumentPart.KEY_POINTS,
    "table": DocumentPart.TABLE,
    "what-is": DocumentPart.WHAT_IS,
    "differences": DocumentPart.DIFFERENCES,
    "sections": DocumentPart.SECTIONS,
}


@dataclass(frozen=True)
class PartSummary:
    """What one part of the document gave.

    Attributes:
        part: The part.
        found: Its elements in the document: key points, table rows, "What is" sections,
            key differences, or other headed sections.
        items: The flashcards and questions made from them.
    """

    part: DocumentPart
    found: int
    items: int


@dataclass(frozen=True)
class ImportPreview:
    """A parsed and generated document, not yet saved.

    Attributes:
        source: The file the learner chose.
        bank: The bank that would be saved (validated).
        document_name: The copy's name in the data folder's ``documents/``.
        kinds: Items per kind, in ``ItemKind`` order.
        parts: Elements found and items made per document part, in document-part order.
        warnings: What could not be used (codes for the UI to translate, with lines).
        data: The document's bytes as read (what is copied on commit).
    """

    source: Path
    bank: Bank
    document_name: str
    kinds: dict[ItemKind, int]
    parts: tuple[PartSummary, ...]
    warnings: tuple[ParseWarning, ...]
    data: bytes = field(repr=False, compare=False)

    @property
    def bank_id(self) -> str:
        return self.bank.meta.id


def preview_import(
    path: str | Path,
    *,
    encoding: str | None = None,
    seed: int = 0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancel: Cancel | None = None,
) -> ImportPreview:
    """Read, parse and generate document ``path``; nothing is written anywhere.

    Args:
        path: A ``.txt``, ``.md`` or ``.html`` study document.
        encoding: Its text encoding when it is not UTF-8 (e.g. ``cp1257``).
        seed: Seeds option shuffling.
        max_bytes: Refuse larger files.
        cancel: Polled between the steps; when it returns true the import stops.

    Raises:
        ImportCancelled: ``cancel()`` said so.
        DocumentError: The file cannot be read or has nothing learnable.
    """
    source = Path(path)
    _poll(cancel)
    data = read_document(source, max_bytes)
    _poll(cancel)
    doc = parse_bytes(data, name=str(source), encoding=encoding, max_bytes=max_bytes)
    _poll(cancel)
    name = _document_name(source, data)
    # Recorded relative to the data folder, so the folder can move; the document screen
    # looks there.
    bank = bank_from_document(doc, data, name=str(source), seed=seed,
                              source_document=f"{DOCUMENTS}/{name}")
    _poll(cancel)
    kinds = Counter(i.kind for i in bank.items)
    return ImportPreview(source, bank, name, {k: kinds[k] for k in ItemKind},
                         _parts(doc, bank), doc.warnings, data)


def commit_import(col: Collection, preview: ImportPreview) -> SyncReport:
    """Save ``preview``: the document is copied to ``documents/``, the bank written to the
    imported-banks folder (``banks/<bank id>.yaml``, atomically) and synced into the store.

    All or nothing: if any step fails, the files are put back as they were (a re-import's
    previous document and bank included) and the store is unchanged.

    Raises:
        ImportConflictError: A bank that is not an import already has this id.
        DatabaseReadOnlyError: The collection was opened read-only.
        StorageError: A file or the store could not be written (a subclass says why:
            disk full, read-only, locked…); nothing was imported.
    """
    if col.read_only:
        raise DatabaseReadOnlyError(f"{col.store.path}: opened read-only; cannot import")
    banks_dir = user_banks_dir(col.data)
    _check_conflict(col, preview.bank_id, banks_dir)
    bank_file = banks_dir / f"{preview.bank_id}.yaml"
    doc_file = documents_dir(col.data) / preview.document_name
    staged = _Staged()
    try:
        staged.write(doc_file, preview.data)
        staged.write(bank_file, dump_bank(preview.bank).encode("utf-8"))
        report = col.add_bank(preview.bank, bank_file)
    except BaseException:
        staged.undo()
        raise
    _remove_older_copies(doc_file, preview.bank_id)
    return report


def _poll(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled("import cancelled")


def _document_name(source: Path, data: bytes) -> str:
    """``<bank id>-<hash><suffix>``: a copy's content never changes under its name, so the
    bank always names exactly the document it was made from, even after a crash between
    writing the two."""
    from quizapp.core.generate import slug

    digest = hashlib.sha256(data).hexdigest()[:_HASH_CHARS]
    return f"{slug(source.stem, limit=80)}-{digest}{source.suffix.lower()}"


def _parts(doc: Document, bank: Bank) -> tuple[PartSummary, ...]:
    found = {
        DocumentPart.KEY_POINTS: len(doc.key_points),
        DocumentPart.TABLE: len(doc.table.rows) if doc.table else 0,
        DocumentPart.WHAT_IS: len(doc.what_is),
        DocumentPart.DIFFERENCES: len(doc.differences),
        DocumentPart.SECTIONS: len(doc.sections),
    }
    made = Counter(_ID_PREFIX.get(i.id.split("/", 1)[0]) for i in bank.items)
    return tuple(PartSummary(part, found[part], made[part]) for part in DocumentPart)


def _check_conflict(col: Collection, bank_id: str, banks_dir: Path) -> None:
    for record in col.bank_records():
        if record.key == bank_id and (not record.path
                                      or Path(record.path).parent.resolve() != banks_dir.resolve()):
            raise ImportConflictError(
                f"a bank with id '{bank_id}' already exists ({record.path or 'built in'}); "
                "rename the document to import it as a bank of its own",
                file=record.path or None, field="bank.id")


class _Staged:
    """Files written so far, with what they held before, so a failure can put them back."""

    def __init__(self) -> None:
        self._before: list[tuple[Path, bytes | None]] = []
        self._made: list[Path] = []

    def write(self, path: Path, data: bytes) -> None:
        try:
            old = path.read_bytes() if path.exists() else None
            if not path.parent.is_dir():
                path.parent.mkdir(parents=True)
                self._made.append(path.parent)
        except OSError as exc:
            raise map_os_error(exc, path, "cannot write") from None
        self._before.append((path, old))
        try:
            replace_bytes(path, data)
        except OSError as exc:
            raise map_os_error(exc, path, "cannot write") from None

    def undo(self) -> None:
        """Best effort: a file that cannot be put back stays as the new version."""
        for path, old in reversed(self._before):
            try:
                if old is None:
                    path.unlink(missing_ok=True)
                else:
                    replace_bytes(path, old)
            except OSError:
                continue
        for folder in reversed(self._made):
            try:
                folder.rmdir()
            except OSError:
                continue


def _remove_older_copies(keep: Path, bank_id: str) -> None:
    """The bank's earlier copies (and one a crash left unreferenced) are no longer named
    by any bank."""
    mine = re.compile(re.escape(bank_id) + rf"-[0-9a-f]{{{_HASH_CHARS}}}\.[^.]+")
    for other in keep.parent.iterdir():
        if other != keep and mine.fullmatch(other.name):
            try:
                other.unlink()
            except OSError:
                continue
