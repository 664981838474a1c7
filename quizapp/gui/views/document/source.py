"""Finding, reading and decoding a bank's source document (runs on the worker thread)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.banks.model import Bank
from quizapp.core.errors import DocumentError
from quizapp.core.parse.decode import DEFAULT_MAX_BYTES, SourceFormat, decode_document
from quizapp.core.parse.outline import Entry, outline
from quizapp.core.resources import shipped_path

if TYPE_CHECKING:
    from quizapp.core.collection import Collection

# Legacy Latvian text is the one non-UTF-8 encoding the parser names; try it before giving up.
_FALLBACK_ENCODING = "cp1257"


class SourceStatus(Enum):
    """Whether the document could be shown."""

    OK = "ok"
    NO_BANK = "no_bank"  # the bank is not loaded (removed meanwhile)
    NOT_RECORDED = "not_recorded"  # the bank names no source document (hand-written)
    MISSING = "missing"  # named, but no such file in any of the places looked at


@dataclass(frozen=True)
class SourceText:
    """A bank's source document, ready to show.

    Attributes:
        status: Whether ``text`` holds the document.
        bank_id: The bank asked for.
        title: The document's title (the bank's title).
        name: The document as the bank records it.
        path: The file read (``None`` unless ``status`` is OK).
        looked_at: Where the file was looked for (for the "missing" message).
        text: The decoded text, LF line ends ("" unless OK).
        format: Text or HTML (HTML is shown as the raw file, so line numbers match).
        line: The 1-based line to highlight (0: none).
        breadcrumb: Section path of ``line`` in the document, outermost first.
        changed: The file's bytes differ from the ones the bank was made from.
        outline: The document as read for the rendered view: headings, paragraphs, lists,
            the comparison table.
    """

    status: SourceStatus
    bank_id: str
    title: str = ""
    name: str = ""
    path: Path | None = None
    looked_at: tuple[Path, ...] = ()
    text: str = ""
    format: SourceFormat = SourceFormat.TEXT
    line: int = 0
    breadcrumb: tuple[str, ...] = ()
    changed: bool = False
    outline: tuple[Entry, ...] = ()


def load_source(col: Collection, bank_id: str, line: int) -> SourceText:
    """Find and decode ``bank_id``'s source document (a backend job).

    Raises:
        DocumentError: The file exists but is too large, binary or not decodable.
    """
    loaded = col.banks.get(bank_id)
    if loaded is None:
        return SourceText(SourceStatus.NO_BANK, bank_id)
    bank = loaded.bank
    name = bank.meta.source_document.strip()
    base = SourceText(SourceStatus.NOT_RECORDED, bank_id, bank.meta.title, name, line=line,
                      breadcrumb=section_at(bank, line))
    if not name:
        return base
    bank_folder = loaded.path.parent if loaded.path != Path() else None
    candidates = candidate_paths(name, col.data, bank_folder)
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        return replace(base, status=SourceStatus.MISSING, looked_at=candidates)
    data = _read(path)
    text, fmt = _decode(data, path)
    expected = bank.meta.source_sha256
    changed = bool(expected) and hashlib.sha256(data).hexdigest() != expected
    return replace(base, status=SourceStatus.OK, path=path, looked_at=candidates, text=text,
                    format=fmt, changed=changed, outline=outline(text, fmt))


def candidate_paths(name: str, data_dir: Path, bank_folder: Path | None) -> tuple[Path, ...]:
    """Where a document recorded as ``name`` may be, most likely first.

    Built-in banks name a document shipped with the app (``resources/documents/…``);
    imported ones an absolute path or a bare file name, kept in the data folder (or its
    ``documents`` folder) or next to the bank file.
    """
    recorded = Path(name).expanduser()
    if recorded.is_absolute():
        return (recorded,)
    shipped = shipped_path(name)
    found: list[Path] = [shipped] if shipped is not None else []
    if bank_folder is not None:
        found.append(bank_folder / recorded)
    found += [data_dir / recorded, data_dir / "documents" / recorded.name]
    unique: list[Path] = []
    for p in found:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def section_at(bank: Bank, line: int) -> tuple[str, ...]:
    """The section path of document line ``line`` as the bank knows it (``()``: unknown)."""
    if line <= 0:
        return ()
    for item in bank.items:
        if item.source.line == line and item.source.path:
            return item.source.path
    best: tuple[int, tuple[str, ...]] = (0, ())
    for topic in bank.topics:
        if best[0] < topic.source.line <= line and topic.source.path:
            best = (topic.source.line, topic.source.path)
    return best[1]


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > DEFAULT_MAX_BYTES:
            # Checked before reading, so a huge file is never loaded into memory.
            raise DocumentError(f"{path}: {size / 1_048_576:.1f} MB is over the "
                                f"{DEFAULT_MAX_BYTES / 1_048_576:.1f} MB limit")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _decode(data: bytes, path: Path) -> tuple[str, SourceFormat]:
    try:
        return decode_document(data, name=path.name)
    except DocumentError as first:
        if "UTF-8" not in str(first):
            raise
        try:
            return decode_document(data, name=path.name, encoding=_FALLBACK_ENCODING)
        except DocumentError:
            raise first from None
