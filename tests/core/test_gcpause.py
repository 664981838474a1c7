"""The cycle collector is paused for a bank's parse and restored exactly as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.banks.io import load_bank, write_bank
from quizapp.core.errors import BankError
from quizapp.core.gcpause import cycles_paused
from tests.core.factories import make_bank


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_restored_after_even_on_error() -> None:
    with cycles_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), cycles_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with cycles_paused():
        pass
    assert not gc.isenabled()


def test_loading_a_bank_pauses_the_collector_and_restores_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.yaml"
    write_bank(make_bank(topics=2, cards_per_topic=3), path)
    seen: list[bool] = []
    import quizapp.core.banks.io as bankio

    real = bankio._validate

    def spy(data: object, name: str) -> object:
        seen.append(gc.isenabled())
        return real(data, name)  # type: ignore[arg-type]

    monkeypatch.setattr(bankio, "_validate", spy)
    assert load_bank(path).items
    assert seen == [False] and gc.isenabled()
    # A broken bank too: the error comes through, the collector is back on.
    path.write_text("items: [", encoding="utf-8")
    with pytest.raises(BankError):
        load_bank(path)
    assert gc.isenabled()
