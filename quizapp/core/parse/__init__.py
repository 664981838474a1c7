"""Parsing study documents (plain text, Markdown, HTML) into a :class:`Document`."""

from __future__ import annotations

from quizapp.core.parse.decode import DEFAULT_MAX_BYTES, SourceFormat, decode_document
from quizapp.core.parse.structure import parse_blocks
from quizapp.core.parse.textblocks import text_to_blocks
from quizapp.core.parse.htmlblocks import html_to_blocks
from quizapp.core.parse.document import Document

__all__ = ["DEFAULT_MAX_BYTES", "parse_bytes", "parse_text", "SourceFormat"]


def parse_text(text: str, fmt: SourceFormat = SourceFormat.TEXT, *, name: str = "") -> Document:
    """Parse already-decoded ``text`` of format ``fmt``.

    Raises:
        DocumentError: The text is empty or has nothing learnable.
    """
    blocks = html_to_blocks(text) if fmt is SourceFormat.HTML else text_to_blocks(text)
    return parse_blocks(blocks, name=name)


def parse_bytes(
    data: bytes,
    *,
    name: str = "",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Decode and parse raw document bytes (format from ``name``'s suffix or the content).

    Raises:
        DocumentError: Empty, binary, undecodable, too large, or nothing learnable.
    """
    text, fmt = decode_document(data, name=name, encoding=encoding, max_bytes=max_bytes)
    return parse_text(text, fmt, name=name)
