"""Unchanged bank files are never parsed again: their items come from the store's snapshot."""

from __future__ import annotations

import json
import os
from dataclasses import fields
from pathlib import Path

import pytest

from quizapp.core.banks import library as library_module
from quizapp.core.banks import shelf as shelf_module
from quizapp.core.banks import snapshot
from quizapp.core.banks.io import load_bank, write_bank
from quizapp.core.banks.library import load_bank_files
from quizapp.core.banks.model import Item
from quizapp.core.banks.snapshot import dump_snapshot, load_snapshot
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.errors import BankError
from quizapp.core.resources import builtin_banks_dir
from quizapp.core.stats.overview import home_overview
from quizapp.core.study.cards import Rating
from tests.core.factories import RIGA, make_bank
from tests.helpers import FIXTURES


def _open(data: Path, banks: Path, clock: FixedClock, lazy: bool = True) -> Collection:
    return Collection.open(data, clock=clock, tz=RIGA, bank_dirs=[banks], auto_backup=False,
                           lazy_banks=lazy)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every bank file the collection parses."""
    seen: list[Path] = []
    real = load_bank

    def counting(path: Path):  # type: ignore[no-untyped-def]
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(shelf_module, "load_bank", counting)
    monkeypatch.setattr(library_module, "load_bank", counting)
    return seen


@pytest.mark.parametrize("bank", [
    load_bank(next(builtin_banks_dir().glob("*.yaml"))),
    load_bank(FIXTURES / "banks" / "hand-written.yaml"),
    make_bank(topics=4, cards_per_topic=3, bank_id="made"),
], ids=["built-in", "hand-written", "made"])
def test_a_snapshot_gives_back_the_same_bank(bank) -> None:  # type: ignore[no-untyped-def]
    assert load_snapshot(dump_snapshot(bank)) == bank


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"shape": []}', '{"shape": null, "meta": []}',
    dump_snapshot(make_bank()).replace('"Front 0.0"', '{"x": 1}').replace('"t0-c0"', "1.5", 1),
])
def test_a_damaged_snapshot_is_a_bank_error(text: str) -> None:
    with pytest.raises(BankError):
        load_snapshot(text)


def _damaged(part: str, index: int | None, value: object) -> str:
    """A snapshot of a made bank with one value of ``part``'s first row (or the whole part,
    ``index`` None) replaced by ``value``."""
    data = json.loads(dump_snapshot(make_bank()))
    if index is None:
        data[part] = value
    else:
        data[part][0][index] = value
    return json.dumps(data)


_FIELD = {f.name: i for i, f in enumerate(fields(Item))}


@pytest.mark.parametrize(("part", "field", "value"), [
    ("items", "id", 1),  # a number where text belongs
    ("items", "kind", "essay"),  # not a kind
    ("items", "kind", ["flashcard"]),  # not even a value a kind could have
    ("items", "options", ["a", 2]),  # a list with a number in it
    ("items", "options", "ab"),  # text, not a list
    ("items", "correct", True),  # a truth value is not a whole number
    ("items", "correct", "1"),
    ("items", "source", [1]),  # a source is a line and a path
    ("items", "source", [1, "Heading"]),
    ("items", "source", ["1", []]),
    ("items", "form", None),
    ("items", None, {}),  # the rows are not a list
    ("items", None, [["c1"]]),  # a row with one value
    ("topics", None, [{"id": "t0"}]),  # a row that is not a list
    ("meta", None, "bank"),
])
def test_any_damaged_value_is_a_bank_error(part: str, field: str | None, value: object) -> None:
    text = _damaged(part, None if field is None else _FIELD[field], value)
    with pytest.raises(BankError, match="damaged bank snapshot"):
        load_snapshot(text)


def test_an_empty_bank_survives_its_snapshot() -> None:
    bank = make_bank(topics=0, cards_per_topic=0)
    assert load_snapshot(dump_snapshot(bank)) == bank


def test_a_snapshot_of_another_model_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    text = dump_snapshot(make_bank())
    monkeypatch.setattr(snapshot, "model_shape", lambda: [["Item", "id:str"]])
    with pytest.raises(BankError, match="another version"):
        load_snapshot(text)


def test_an_unchanged_bank_is_never_parsed_again(tmp_path: Path, clock: FixedClock,
                                                 parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(topics=2, cards_per_topic=3, bank_id="a"), banks / "a.yaml")
    write_bank(make_bank(topics=1, cards_per_topic=2, bank_id="b"), banks / "b.yaml")
    with _open(tmp_path / "data", banks, clock, lazy=False) as col:
        col.answer(col.next_card(), Rating.GOOD, 1000)  # type: ignore[arg-type]
        first = home_overview(col)
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert home_overview(col) == first
        assert col.changed_files == []
        card = col.next_card()
        assert card is not None and card.item.prompt.startswith("Front")
        assert list(col.banks) == ["a", "b"]
        assert col.banks["a"].bank == make_bank(topics=2, cards_per_topic=3, bank_id="a")
    assert parsed == []


def test_a_changed_file_waits_for_the_caller_while_the_others_are_studied(
        tmp_path: Path, clock: FixedClock, parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    write_bank(make_bank(bank_id="b"), banks / "b.yaml")
    _open(tmp_path / "data", banks, clock, lazy=False).close()
    write_bank(make_bank(bank_id="a", wording=" (edited)"), banks / "a.yaml")
    os.utime(banks / "a.yaml", ns=(1, 1))  # a different stamp even on coarse clocks
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert parsed == [] and col.changed_files == [banks / "a.yaml"]
        card = col.next_card()
        assert card is not None and card.bank == "b"  # b is studied meanwhile
        col.add_parsed(*load_bank_files(col.changed_files, {}))
        assert col.changed_files == [] and col.bank_ids == ["a", "b"]
        assert col.banks["a"].bank.items[0].prompt.endswith("(edited)")
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert col.changed_files == []
        assert col.banks["a"].bank.items[0].prompt.endswith("(edited)")
    assert parsed == []  # the edited file's snapshot was kept


def test_a_changed_file_that_is_broken_becomes_a_problem(tmp_path: Path,
                                                         clock: FixedClock) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    write_bank(make_bank(bank_id="b"), banks / "b.yaml")
    _open(tmp_path / "data", banks, clock, lazy=False).close()
    (banks / "a.yaml").write_text("schema: [broken", encoding="utf-8")
    os.utime(banks / "a.yaml", ns=(1, 1))
    with _open(tmp_path / "data", banks, clock) as col:
        col.add_parsed(*load_bank_files(col.changed_files, {}))
        assert [p.path.name for p in col.problems] == ["a.yaml"]
        assert col.bank_ids == ["b"]


def test_a_damaged_snapshot_falls_back_to_the_file(tmp_path: Path, clock: FixedClock,
                                                   parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    _open(tmp_path / "data", banks, clock, lazy=False).close()
    with _open(tmp_path / "data", banks, clock) as col:
        stamp = f"{(banks / 'a.yaml').stat().st_size}:{(banks / 'a.yaml').stat().st_mtime_ns}"
        col.store.banks.save_snapshot("a", stamp, '{"shape": "garbage"}')
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert list(col.banks) == ["a"]
        assert col.banks["a"].bank == make_bank(bank_id="a")
    assert [p.name for p in parsed] == ["a.yaml"]


def test_a_second_file_with_a_known_id_is_a_problem(tmp_path: Path, clock: FixedClock) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    _open(tmp_path / "data", banks, clock, lazy=False).close()
    write_bank(make_bank(bank_id="a"), banks / "z-copy.yaml")
    with _open(tmp_path / "data", banks, clock) as col:
        col.add_parsed(*load_bank_files(col.changed_files, {}))
        assert [p.path.name for p in col.problems] == ["z-copy.yaml"]
        assert col.bank_ids == ["a"]


def test_eager_mode_parses_new_files_at_open(tmp_path: Path, clock: FixedClock) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    with _open(tmp_path / "data", banks, clock, lazy=False) as col:
        assert col.changed_files == [] and list(col.banks) == ["a"]


def test_a_snapshot_of_an_older_model_is_replaced_after_one_parse(
        tmp_path: Path, clock: FixedClock, parsed: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    real_shape = snapshot.model_shape
    monkeypatch.setattr(snapshot, "model_shape", lambda: [["an", "older", "model"]])
    _open(tmp_path / "data", banks, clock, lazy=False).close()  # snapshot in the old shape
    monkeypatch.setattr(snapshot, "model_shape", real_shape)
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert list(col.banks) == ["a"]
    assert [p.name for p in parsed] == ["a.yaml"]  # the old snapshot could not be read…
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert col.banks["a"].bank == make_bank(bank_id="a")
    assert parsed == []  # …and was replaced
