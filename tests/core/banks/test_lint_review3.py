"""The lint finds the list-count faults of review 3 in the bank the examiner read
(``tests/fixtures/banks/review3-gen3``: what gen3 made of the renting/buying article)."""

from __future__ import annotations

import dataclasses

from quizapp.core.banks.io import load_bank
from quizapp.core.banks.lint import Rule, lint_bank
from quizapp.core.banks.model import Bank
from tests.helpers import FIXTURES

OLD = FIXTURES / "banks" / "review3-gen3"


def _found(bank: Bank, rule: Rule) -> dict[str, str]:
    return {f.item: f.evidence for f in lint_bank(bank) if f.rule is rule}


def test_a_point_split_off_by_its_wording_is_still_left_out() -> None:
    """"Name the 2 advantages of buying a home" while "Freedom to renovate" stands under the
    same heading: the lint does not excuse a heading by the generator's own wording rule."""
    found = _found(load_bank(OLD / "renting-vs-buying-a-home.yaml"), Rule.LIST_COUNT)
    assert list(found) == ["what-is/buying-a-home/advantages-of-buying/list/card"]
    assert "'Freedom to renovate'" in found[
        "what-is/buying-a-home/advantages-of-buying/list/card"]


def test_a_count_that_differs_from_the_back_or_the_list() -> None:
    bank = load_bank(OLD / "renting-vs-buying-a-home.yaml")
    card_id = "what-is/renting/advantages-of-renting/list/card"
    card = next(i for i in bank.items if i.id == card_id)
    assert not _found(bank, Rule.LIST_COUNT).get(card_id)
    wrong = dataclasses.replace(card, prompt=card.prompt.replace("3", "4"))
    bank = dataclasses.replace(bank, items=tuple(wrong if i.id == card_id else i
                                                 for i in bank.items))
    assert "counts 4 points, but its back lists 3 of 3" in _found(bank, Rule.LIST_COUNT)[card_id]
