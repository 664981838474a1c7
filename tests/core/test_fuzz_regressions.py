"""Inputs that fuzzing found crashing a loader with an untyped error, kept as regressions."""

from __future__ import annotations

import pytest

from quizapp.core.errors import DocumentError
from quizapp.core.parse import parse_bytes
from quizapp.core.generate.pipeline import bank_from_bytes
from tests.helpers import DOCS


@pytest.mark.parametrize("data", [
    b"\xfe\xff\x00",  # a UTF-16 BOM, then half a character
    b"\xff\xfe\x00\xd8a\x00",  # UTF-16 with a lone surrogate
], ids=["utf16-cut-short", "utf16-lone-surrogate"])
def test_broken_utf16_is_a_document_error(data: bytes) -> None:
    with pytest.raises(DocumentError, match="not valid UTF-16"):
        parse_bytes(data, name="notes.txt")


def test_a_differences_list_missing_a_line_does_not_give_both_sides_one_name() -> None:
    # Found by bench_crash's import workload: with the first "Email Marketing (EM): …" line
    # gone, both sides were called "Content Marketing" and the generator made a question
    # whose two options were the same (the bank validator refused it: an untyped failure).
    lines = (DOCS / "email-vs-content-marketing.txt").read_text("utf-8").split("\n")
    lines.remove(next(x for x in lines if x.startswith("    • Email Marketing (EM): Pushes")))
    data = "\n".join(lines).encode()
    doc = parse_bytes(data, name="email.txt")
    assert [s.name for s in doc.sides] == ["Email Marketing", "Content Marketing"]
    bank = bank_from_bytes(data, name="email.txt")
    assert all(len(set(i.options)) == len(i.options) for i in bank.questions)
