"""Property-based tests: no input makes the parser or the bank loader fail untyped."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bankio import parse_bank
from quizapp.core.errors import BankError, DocumentError
from quizapp.core.parse import parse_bytes
from tests.helpers import STUDY_DOC

_LINES = STUDY_DOC.read_text(encoding="utf-8").split("\n")
_FURNITURE_WORDS = ["Atslēgas", "Salīdzināšanas tabula", "Kas ir X?", "Galvenās atšķirības",
                    "  • A:", "    • SMM: x", "1. Y", "Atsauces", "atbildēt", "<table><tr><td>",
                    "<h2>", "</li>", "# T", "| a | b | c |", "\t", "\u200b", "\u202e", "😀"]

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.html", "a.md", "a"]))
def test_any_bytes_parse_or_raise_document_error(data: bytes, name: str) -> None:
    try:
        doc = parse_bytes(data, name=name)
    except DocumentError:
        return
    assert doc.title


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(_LINES), st.sampled_from(_FURNITURE_WORDS),
                          st.text(max_size=80)), max_size=60),
       st.sampled_from(["a.txt", "a.html"]))
def test_shuffled_document_lines_parse_or_raise_document_error(lines: list[str],
                                                               name: str) -> None:
    try:
        doc = parse_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), name=name)
    except (DocumentError, UnicodeEncodeError):
        return
    for row in doc.table.rows if doc.table else ():
        assert row.aspect and row.a and row.b
    for d in doc.differences:
        assert d.a and d.b


_yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                          st.text(max_size=20))
_yaml_values = st.recursive(
    _yaml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(
                                ["schema", "bank", "items", "topics", "id", "kind", "topic",
                                 "front", "back", "question", "options", "answer", "statement",
                                 "cards", "source", "line", "path", "title", "language"]),
                                inner, max_size=6)),
    max_leaves=30,
)


@FUZZ
@given(_yaml_values)
def test_any_yaml_structure_loads_or_raises_bank_error(value: object) -> None:
    import yaml

    text = yaml.safe_dump(value, allow_unicode=True)
    try:
        bank = parse_bank(text, name="fuzz.yaml")
    except BankError:
        return
    assert bank.items


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_as_a_bank_loads_or_raises_bank_error(text: str) -> None:
    try:
        parse_bank(text, name="fuzz.yaml")
    except BankError:
        pass


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(_LINES), st.sampled_from(_FURNITURE_WORDS)),
                min_size=1, max_size=120))
def test_whatever_parses_generates_a_valid_bank(lines: list[str]) -> None:
    from quizapp.core.pipeline import bank_from_bytes

    try:
        bank = bank_from_bytes("\n".join(lines).encode(), name="fuzz.txt")
    except DocumentError:
        return
    ids = [i.id for i in bank.items]
    assert len(ids) == len(set(ids))
