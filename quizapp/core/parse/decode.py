"""Turning document bytes into text: size limit, binary check, encodings, format sniffing."""

from __future__ import annotations

import codecs
import re
from enum import StrEnum
from pathlib import PurePath

from quizapp.core.errors import DocumentError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_HTML_SNIFF = re.compile(rb"<\s*(?:!doctype\s+html|html|body|head|article|h1|p|div)\b", re.I)


class SourceFormat(StrEnum):
    """How a document's text is structured."""

    TEXT = "text"  # plain text, and Markdown (its markers are understood)
    HTML = "html"


def format_for(name: str, head: bytes) -> SourceFormat:
    """Guess the format from the file name's suffix, else from the first bytes."""
    suffix = PurePath(name).suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return SourceFormat.HTML
    if suffix in {".txt", ".md", ".markdown", ".text"}:
        return SourceFormat.TEXT
    return SourceFormat.HTML if _HTML_SNIFF.search(head[:2048]) else SourceFormat.TEXT


def decode_document(
    data: bytes,
    *,
    name: str = "",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[str, SourceFormat]:
    """Decode ``data`` to text with LF line ends and no BOM.

    Args:
        data: The file's bytes.
        name: File name (for the format and messages).
        encoding: Codec to use instead of UTF-8 (e.g. "cp1257" for legacy Latvian text).
        max_bytes: Size limit.

    Raises:
        DocumentError: Empty or whitespace-only, over ``max_bytes``, binary, or not decodable
            (the message names the ``--encoding`` option).
    """
    label = name or "document"
    if len(data) > max_bytes:
        raise DocumentError(
            f"{label}: {len(data) / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.1f} MB "
            "limit (raise it with --max-size)"
        )
    if b"\x00" in data[:8192] and not _is_utf16(data):
        raise DocumentError(f"{label}: binary file, not a text or HTML document")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DocumentError(f"{label}: unknown encoding '{encoding}'") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{label}: not valid {encoding} at byte {exc.start}; try another --encoding"
            ) from None
    elif _is_utf16(data):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:  # cut short, or a lone surrogate
            raise DocumentError(
                f"{label}: starts like UTF-16 text but is not valid UTF-16 (byte {exc.start})"
            ) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{label}: not UTF-8 (byte {exc.start}); name the file's encoding with "
                "--encoding, e.g. --encoding cp1257 for legacy Latvian text"
            ) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise DocumentError(f"{label}: binary file, not a text or HTML document")
    if not text.strip():
        raise DocumentError(f"{label}: the document is empty")
    return text, format_for(name, data)


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return "\x00" in sample or controls / len(sample) > 0.05
