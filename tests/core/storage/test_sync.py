"""Syncing banks by stable id: edits keep history, vanished items retire, returning ones revive."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizapp.core.banks.model import Bank
from quizapp.core.clock import FixedClock
from tests.core.factories import make_bank, open_collection, study_all


def _with_prompt(bank: Bank, item_id: str, prompt: str) -> Bank:
    items = tuple(replace(it, prompt=prompt) if it.id == item_id else it for it in bank.items)
    return replace(bank, items=items)


def test_regenerating_after_editing_one_sentence_keeps_all_history(
        tmp_path: Path, clock: FixedClock) -> None:
    bank = make_bank()
    col = open_collection(tmp_path, clock, bank)
    study_all(col, step_minutes=11)
    before = {it.id: col.store.cards.find("demo", it.id) for it in bank.flashcards}
    history = {k: col.store.reviews.history(c.pk) for k, c in before.items() if c}
    assert all(len(h) == 2 for h in history.values())

    edited = _with_prompt(bank, "t1-c0", "Front 1.0, with the typo fixed")
    report = col.add_bank(edited)

    assert (report.added, report.retired, report.updated) == (0, 0, 0)
    for key, card in before.items():
        assert card is not None
        after = col.store.cards.find("demo", key)
        assert after is not None and after.pk == card.pk
        assert after.schedule == card.schedule
        assert col.store.reviews.history(after.pk) == history[key]
    # The learner sees the new wording.
    clock.advance(days=30)
    shown = {c.item.id: c.item.prompt for c in study_all(col)}
    assert shown["t1-c0"] == "Front 1.0, with the typo fixed"
    col.close()


def test_removed_items_are_retired_with_history_and_revived_when_back(
        tmp_path: Path, clock: FixedClock) -> None:
    bank = make_bank(topics=2, cards_per_topic=2)
    col = open_collection(tmp_path, clock, bank)
    study_all(col, step_minutes=11)
    gone = col.store.cards.find("demo", "t0-c1")
    assert gone is not None

    smaller = replace(bank, items=tuple(it for it in bank.items if it.id != "t0-c1"))
    report = col.add_bank(smaller)
    assert report.retired == 1
    retired = col.store.cards.find("demo", "t0-c1")
    assert retired is not None and retired.retired
    assert len(col.store.reviews.history(retired.pk)) == 2
    assert col.stats().totals.retired == 1
    # Retired cards are never queued, however overdue.
    clock.advance(days=60)
    due = {c.item.id for c in study_all(col)}
    assert "t0-c1" not in due and "t0-c0" in due

    report = col.add_bank(bank)
    assert report.revived == 1
    back = col.store.cards.find("demo", "t0-c1")
    assert back is not None and not back.retired and back.pk == gone.pk
    assert back.schedule == gone.schedule
    col.close()


def test_an_unchanged_bank_is_not_rewritten(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    assert col.add_bank(make_bank(wording=" (reworded)")).unchanged
    col.close()
