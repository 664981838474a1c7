"""Start-up without parsing unchanged bank files: the store knows their items already."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.core import collection as collection_module
from quizapp.core.banks import library as library_module
from quizapp.core.banks.io import write_bank
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.stats.overview import home_overview
from tests.core.factories import RIGA, make_bank


def _open(data: Path, banks: Path, clock: FixedClock, lazy: bool = True) -> Collection:
    return Collection.open(data, clock=clock, tz=RIGA, bank_dirs=[banks], auto_backup=False,
                           lazy_banks=lazy)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every bank file the collection parses after start-up discovery."""
    seen: list[Path] = []
    real = collection_module.load_bank

    def counting(path: Path):  # type: ignore[no-untyped-def]
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(collection_module, "load_bank", counting)
    monkeypatch.setattr(library_module, "load_bank", counting)
    return seen


def test_an_unchanged_bank_is_not_parsed_until_needed(tmp_path: Path, clock: FixedClock,
                                                      parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(topics=2, cards_per_topic=3, bank_id="a"), banks / "a.yaml")
    write_bank(make_bank(topics=1, cards_per_topic=2, bank_id="b"), banks / "b.yaml")
    with _open(tmp_path / "data", banks, clock) as col:
        col.answer(col.next_card(), Rating.GOOD, 1000)  # type: ignore[arg-type]
        first = home_overview(col)
    with _open(tmp_path / "data", banks, clock) as col:
        parsed.clear()
        overview = home_overview(col)
        assert parsed == []  # home came from the store alone
        assert overview == first
        assert [b.id for b in overview.banks] == ["a", "b"]
        assert [(b.flashcards, b.questions) for b in overview.banks] == [(6, 4), (2, 2)]
        assert col.bank_ids == ["a", "b"]
        card = col.next_card()  # needs the wording: parses now
        assert card is not None and card.item.prompt.startswith("Front")
        assert sorted(p.name for p in parsed) == ["a.yaml", "b.yaml"]
        assert list(col.banks) == ["a", "b"]


def test_a_changed_file_is_parsed_at_start_up(tmp_path: Path, clock: FixedClock,
                                              parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    _open(tmp_path / "data", banks, clock).close()
    write_bank(make_bank(bank_id="a", wording=" (edited)"), banks / "a.yaml")
    os.utime(banks / "a.yaml", ns=(1, 1))  # a different stamp even on coarse clocks
    parsed.clear()
    with _open(tmp_path / "data", banks, clock) as col:
        assert [p.name for p in parsed] == ["a.yaml"]
        card = col.next_card()
        assert card is not None and card.item.prompt.endswith("(edited)")


def test_a_pending_bank_that_broke_meanwhile_becomes_a_problem(
        tmp_path: Path, clock: FixedClock) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    _open(tmp_path / "data", banks, clock).close()
    with _open(tmp_path / "data", banks, clock) as col:
        stamp = (banks / "a.yaml").stat()
        (banks / "a.yaml").write_text("schema: [broken", encoding="utf-8")
        os.utime(banks / "a.yaml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        assert col.next_card() is None
        assert [p.path.name for p in col.problems] == ["a.yaml"]
        assert col.bank_ids == []


def test_eager_mode_parses_everything(tmp_path: Path, clock: FixedClock,
                                      parsed: list[Path]) -> None:
    banks = tmp_path / "banks"
    write_bank(make_bank(bank_id="a"), banks / "a.yaml")
    _open(tmp_path / "data", banks, clock, lazy=False).close()
    with _open(tmp_path / "data", banks, clock, lazy=False) as col:
        assert list(col.banks) == ["a"]
