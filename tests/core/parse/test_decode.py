"""Bad document input gets one clear typed error."""

from __future__ import annotations

import pytest

from quizapp.core.errors import DocumentError
from quizapp.core.parse import parse_bytes
from tests.helpers import BROKEN, STUDY_DOC


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "the document is empty"),
        ("whitespace.txt", "the document is empty"),
        ("image.png", "binary file"),
    ],
)
def test_broken_fixtures_raise_document_error(name: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as info:
        parse_bytes((BROKEN / name).read_bytes(), name=name)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_not_utf8_names_the_encoding_option() -> None:
    data = (BROKEN / "legacy-cp1257.txt").read_bytes()
    with pytest.raises(DocumentError, match="--encoding") as info:
        parse_bytes(data, name="legacy.txt")
    assert "cp1257" in str(info.value)


def test_unknown_encoding_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match="unknown encoding 'klingon'"):
        parse_bytes(b"hello", name="a.txt", encoding="klingon")


def test_wrong_explicit_encoding_is_reported() -> None:
    with pytest.raises(DocumentError, match="not valid ascii"):
        parse_bytes("Zīmols".encode(), name="a.txt", encoding="ascii")


def test_size_limit_default_and_configurable() -> None:
    big = STUDY_DOC.read_bytes() * 300  # ~6 MB
    with pytest.raises(DocumentError, match="over the 5.0 MB limit"):
        parse_bytes(big, name="big.txt")
    doc = parse_bytes(big, name="big.txt", max_bytes=10 * 1024 * 1024)
    assert len(doc.key_points) >= 3
    with pytest.raises(DocumentError, match="over the 0.0 MB limit"):
        parse_bytes(STUDY_DOC.read_bytes(), name="a.txt", max_bytes=1000)


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = STUDY_DOC.read_text(encoding="utf-8").encode("utf-16")
    doc = parse_bytes(data, name="a.txt")
    assert len(doc.differences) == 10


def test_control_character_garbage_is_binary() -> None:
    with pytest.raises(DocumentError, match="binary"):
        parse_bytes(bytes(range(1, 32)) * 200, name="a.txt")


def test_only_furniture_is_nothing_to_learn() -> None:
    text = "Arī lasīt: Kaut kas\n\natbildēt\n\nhttps://example.com/x\n"
    with pytest.raises(DocumentError, match="no text to learn from"):
        parse_bytes(text.encode(), name="a.txt")
