"""Fuzz targets: a strategy and a check per loader of untrusted input (documents, banks,
settings). The property tests run each with a few hundred examples; ``tests/benchmarks/
fuzz.py`` runs them with tens of thousands. A check fails on a wrong result or on any
exception that is not the loader's typed error."""

from __future__ import annotations

import atexit
import copy
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.banks.io import dump_bank, load_bank, parse_bank
from quizapp.core.errors import BankError, DocumentError
from quizapp.core.parse import parse_bytes
from quizapp.core.datafolder.settings import Settings, load_settings, validate
from tests.helpers import FIXTURES, STUDY_DOC


@dataclass(frozen=True)
class Target:
    """One fuzz target: ``check`` is called with each value ``strategy`` draws; the test
    suite runs ``ci_examples`` of them (the slow ones fewer)."""

    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    ci_examples: int = 150


def run(target: Target, examples: int, *, seed: int | None = None,
        database: bool = True) -> int:
    """Run ``target`` for ``examples`` examples; return how many values were checked.

    Raises:
        Exception: Hypothesis' report of the (shrunk) failing example.
    """
    calls = 0

    def counted(value: Any) -> None:
        nonlocal calls
        calls += 1
        target.check(value)

    options: dict[str, Any] = dict(
        max_examples=examples, deadline=None, derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much])
    if not database:
        options["database"] = None
    test = settings(**options)(given(target.strategy)(counted))
    if seed is not None:
        from hypothesis import seed as hseed

        test = hseed(seed)(test)
    test()
    return calls


# ---------------------------------------------------------------- documents

_LINES = STUDY_DOC.read_text(encoding="utf-8").split("\n")
_FURNITURE = ["Atslēgas", "Salīdzināšanas tabula", "Kas ir X?", "Galvenās atšķirības",
              "  • A:", "    • SMM: x", "1. Y", "Atsauces", "atbildēt", "<table><tr><td>",
              "<h2>", "</li>", "# T", "| a | b | c |", "\t", "\u200b", "\u202e", "😀",
              "<script>alert(1)</script>", "<img src=http://x/y.png>", "x" * 300]
_DOC_NAMES = st.sampled_from(["a.txt", "a.html", "a.md", "a"])


def _parse_any_bytes(value: tuple[bytes, str]) -> None:
    data, name = value
    try:
        doc = parse_bytes(data, name=name)
    except DocumentError:
        return
    assert doc.title


def _parse_lines(value: tuple[list[str], str]) -> None:
    lines, name = value
    try:
        doc = parse_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), name=name)
    except (DocumentError, UnicodeEncodeError):
        return
    for row in doc.table.rows if doc.table else ():
        assert row.aspect and row.a and row.b
    for d in doc.differences:
        assert d.a and d.b


_MARKUP = ["<h1>", "</h1>", "<h2>", "</h2>", "<h3>", "<p>", "</p>", "<ul>", "<ol>", "<li>",
           "</li>", "<table>", "<tr>", "<td>", "</td>", "<th>", "<br>", "<b>", "&amp;",
           "&#x202e;", "&#0;", "&bogus;", "<!--", "-->", "<script>", "</script>", "<style>",
           "<![CDATA[", "<?xml?>", "<a href='file:///etc/passwd'>", "# ", "## ", "- ", "* ",
           "1. ", "| a | b |", "|---|---|", "\n", "\r\n", "\t", " – ", ": ", "?", "vs", "pret"]


def _parse_markup(value: tuple[list[str], str]) -> None:
    parts, name = value
    _parse_lines(("".join(parts).split("\n"), name))


def _outline(value: tuple[list[str], str]) -> None:
    """The document screen's outline: any decoded text reads without an error, in order,
    every entry on a line of the text."""
    from quizapp.core.parse.decode import SourceFormat
    from quizapp.core.parse.outline import Part, outline

    parts, name = value
    text = "".join(parts)
    fmt = SourceFormat.HTML if name.endswith(".html") else SourceFormat.TEXT
    entries = outline(text, fmt)
    last = text.count("\n") + 1
    for e in entries:
        assert all(1 <= line <= last for line in e.lines), e
        if e.part is Part.TABLE:
            assert e.rows or e.columns
        else:
            assert e.text
            assert e.part is not Part.HEADING or 1 <= e.level <= 3


def _generate(lines: list[str]) -> None:
    from quizapp.core.generate.pipeline import bank_from_bytes

    try:
        bank = bank_from_bytes("\n".join(lines).encode(), name="fuzz.txt")
    except DocumentError:
        return
    ids = [i.id for i in bank.items]
    assert len(ids) == len(set(ids))
    assert parse_bank(dump_bank(bank), name="again.yaml") == bank


_DOCUMENTS = [STUDY_DOC, *sorted((FIXTURES / "documents").glob("*.*"))]


def _generate_edited(value: tuple[int, list[int], list[tuple[int, int]]]) -> None:
    """A real document with lines deleted and swapped (a learner's edits, or a file cut up)."""
    doc, deletions, swaps = value
    path = _DOCUMENTS[doc % len(_DOCUMENTS)]
    lines = path.read_text("utf-8").split("\n")
    for a, b in swaps:
        a, b = a % len(lines), b % len(lines)
        lines[a], lines[b] = lines[b], lines[a]
    for n in deletions:
        if lines:
            del lines[n % len(lines)]
    from quizapp.core.generate.pipeline import bank_from_bytes

    try:
        bank = bank_from_bytes("\n".join(lines).encode(), name=path.name)
    except DocumentError:
        return
    assert len({i.id for i in bank.items}) == len(bank.items)


# ---------------------------------------------------------------- banks

_KEYS = ["schema", "bank", "items", "topics", "id", "kind", "topic", "front", "back",
         "question", "options", "answer", "statement", "cards", "source", "line", "path",
         "title", "language"]
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(max_size=20))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(_KEYS), inner, max_size=6)),
    max_leaves=30,
)


def _bank_structure(value: object) -> None:
    text = yaml.safe_dump(value, allow_unicode=True)
    try:
        bank = parse_bank(text, name="fuzz.yaml")
    except BankError:
        return
    assert bank.items


def _bank_text(text: str) -> None:
    try:
        parse_bank(text, name="fuzz.yaml")
    except BankError:
        pass


@lru_cache(maxsize=1)
def _scratch() -> Path:
    """A folder for the file-based targets (one per process, removed when it exits)."""
    folder = Path(tempfile.mkdtemp(prefix="quizapp-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _bank_file(data: bytes) -> None:
    path = _scratch() / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_bank(path)
    except BankError as exc:
        assert exc.file == str(path)


@lru_cache(maxsize=1)
def _hand_bank() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (FIXTURES / "banks" / "hand-written.yaml").read_text(encoding="utf-8"))
    data["bank"]["source"] = {"document": "doc.txt", "sha256": "00"}
    data["bank"]["sides"] = ["A", "B"]
    data["topics"] = [{"id": "Pilsētas", "title": "Pilsētas", "source": {"line": 1,
                                                                          "path": ["P"]}}]
    data["items"][0]["source"] = {"line": 3, "path": ["P"]}
    return data


def _field_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key or index path in ``node`` (the node itself excluded)."""
    out: list[tuple[Any, ...]] = []
    children = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, child in children:
        out.append(prefix + (key,))
        out.extend(_field_paths(child, prefix + (key,)))
    return out


_PATHS = _field_paths(_hand_bank())
_WRONG = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3),
                   st.dictionaries(st.text(max_size=5), _SCALARS, max_size=3))


def _mutated_field(value: tuple[tuple[Any, ...], Any, bool]) -> None:
    """A valid bank with one field replaced (or removed): it loads, or the error names the
    file, the field and — inside an item or topic — which one (§3 of issue 6)."""
    path, replacement, remove = value
    data = copy.deepcopy(_hand_bank())
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if remove and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    try:
        parse_bank(yaml.safe_dump(data, allow_unicode=True), name="bank.yaml")
    except BankError as exc:
        assert exc.file == "bank.yaml", exc
        if path[0] in ("items", "topics") and len(path) >= 2:
            assert exc.item, exc
            if len(path) >= 3:
                assert exc.field, exc
        else:
            assert exc.field or exc.item, exc


# ---------------------------------------------------------------- settings

_SETTING_KEYS = st.one_of(st.sampled_from([f.name for f in Settings.__dataclass_fields__
                                           .values()] + ["version"]), st.text(max_size=25))


def _settings_mapping(data: dict[str, Any]) -> None:
    path = _scratch() / "settings.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    loaded = load_settings(path)
    validate(loaded.settings)  # whatever was in the file, the result is usable
    known = set(Settings.__dataclass_fields__) | {"version"}
    for key in data:
        if key not in known:
            assert any(w.key == key for w in loaded.warnings), (key, loaded.warnings)
        elif key != "version" and getattr(loaded.settings, key) != getattr(Settings(), key):
            assert not any(w.key == key for w in loaded.warnings), key  # taken as given


def _settings_bytes(data: bytes) -> None:
    path = _scratch() / "settings.yaml"
    path.write_bytes(data)
    loaded = load_settings(path)
    validate(loaded.settings)
    assert all(str(w) for w in loaded.warnings)  # each one can be said


TARGETS: tuple[Target, ...] = (
    Target("parser_bytes", st.tuples(st.binary(max_size=4000), _DOC_NAMES), _parse_any_bytes),
    Target("parser_lines", st.tuples(
        st.lists(st.one_of(st.sampled_from(_LINES), st.sampled_from(_FURNITURE),
                           st.text(max_size=80)), max_size=60),
        st.sampled_from(["a.txt", "a.html"])), _parse_lines),
    Target("parser_markup", st.tuples(
        st.lists(st.one_of(st.sampled_from(_MARKUP), st.sampled_from(_LINES),
                           st.text(max_size=30)), max_size=150),
        st.sampled_from(["a.html", "a.md", "a.txt"])), _parse_markup),
    Target("outline", st.tuples(
        st.lists(st.one_of(st.sampled_from(_MARKUP), st.sampled_from(_LINES),
                           st.sampled_from(_FURNITURE), st.text(max_size=30)), max_size=150),
        st.sampled_from(["a.html", "a.txt"])), _outline),
    Target("generator", st.lists(st.one_of(st.sampled_from(_LINES),
                                           st.sampled_from(_FURNITURE)),
                                 min_size=1, max_size=120), _generate),
    Target("generator_edits", st.tuples(
        st.integers(0, 10), st.lists(st.integers(0, 10_000), max_size=8),
        st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=3)),
        _generate_edited, ci_examples=40),
    Target("bank_structure", _VALUES, _bank_structure),
    Target("bank_text", st.text(max_size=2000), _bank_text),
    Target("bank_file", st.one_of(st.binary(max_size=2000),
                                  st.text(max_size=500).map(lambda t: t.encode("utf-8",
                                                                               "surrogatepass"))),
           _bank_file),
    Target("bank_field", st.tuples(st.sampled_from(_PATHS), _WRONG, st.booleans()),
           _mutated_field),
    Target("settings_mapping", st.dictionaries(_SETTING_KEYS, st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10),
        st.lists(st.integers(), max_size=4)), max_size=8), _settings_mapping),
    Target("settings_bytes", st.one_of(
        st.binary(max_size=1000),
        st.lists(st.tuples(_SETTING_KEYS, st.text(max_size=10)), max_size=6).map(
            lambda kv: "\n".join(f"{k}: {v}" for k, v in kv).encode("utf-8", "surrogatepass"))),
        _settings_bytes),
)
