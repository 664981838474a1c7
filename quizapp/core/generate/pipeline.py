"""One call from a document file to a validated bank, for the CLI, the GUI import and tests."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from quizapp.core.banks.model import Bank
from quizapp.core.banks.io import dump_bank, parse_bank
from quizapp.core.parse.document import Document
from quizapp.core.errors import DocumentError
from quizapp.core.generate import generate_bank, slug
from quizapp.core.parse import DEFAULT_MAX_BYTES, parse_bytes
from quizapp.core.resources import shipped_name


def bank_from_bytes(
    data: bytes,
    *,
    name: str,
    seed: int = 0,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    source_document: str | None = None,
) -> Bank:
    """Parse ``data`` (a file called ``name``) and generate its bank.

    The bank id is the slug of the file's stem, so re-importing an edited copy of the same
    document keeps its progress. The result is round-tripped through the bank validator,
    so a generated bank is held to exactly the rules a hand-written one is.

    Raises:
        DocumentError: The document is unusable.
    """
    doc = parse_bytes(data, name=name, encoding=encoding, max_bytes=max_bytes)
    return bank_from_document(doc, data, name=name, seed=seed, source_document=source_document)


def bank_from_document(
    doc: Document,
    data: bytes,
    *,
    name: str,
    seed: int = 0,
    source_document: str | None = None,
) -> Bank:
    """Generate and validate the bank of ``doc``, parsed from ``data`` (a file called
    ``name``): the second half of :func:`bank_from_bytes`, for callers that look at the
    document in between (the import preview).

    Raises:
        DocumentError: No cards could be made.
    """
    bank = generate_bank(
        doc,
        seed=seed,
        bank_id=slug(Path(name).stem, limit=80),
        source_document=source_document if source_document is not None else Path(name).name,
        source_sha256=hashlib.sha256(data).hexdigest(),
    )
    if not bank.items:
        raise DocumentError(f"{name}: nothing to learn: no cards could be made")
    checked = parse_bank(dump_bank(bank), name=name)
    return type(checked)(checked.meta, checked.topics, checked.items, bank.warnings,
                         checked.facts)


def bank_from_file(
    path: str | os.PathLike[str],
    *,
    seed: int = 0,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Bank:
    """Read ``path`` and generate its bank (see :func:`bank_from_bytes`).

    Raises:
        DocumentError: The file cannot be read or is unusable.
    """
    p = Path(path)
    data = read_document(p, max_bytes)
    return bank_from_bytes(data, name=str(p), seed=seed, encoding=encoding,
                           max_bytes=max_bytes, source_document=_display_path(p))


def read_document(p: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of document ``p``, refusing folders and files over ``max_bytes``.

    Raises:
        DocumentError: It cannot be read or is too large.
    """
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"{p}: {size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.1f} MB "
                "limit (raise it with --max-size)"
            )
        return p.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{p}: is a folder, not a document") from None
    except OSError as exc:
        raise DocumentError(f"{p}: cannot read: {exc.strerror or exc}") from None


def _display_path(p: Path) -> str:
    """``resources/…`` for a document shipped with the app (keeps built-in banks portable),
    else the bare file name."""
    return shipped_name(p) or p.name
