"""Schema 2: facts, the item's fact and form, cloze and order items; schema 1 still loads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizapp.core.banks.io import dump_bank, load_bank, parse_bank
from quizapp.core.banks.model import ChoiceForm, FactKind, ItemKind
from quizapp.core.errors import BankError
from tests.helpers import FIXTURES

HAND_V2 = FIXTURES / "banks" / "hand-written-v2.yaml"
HAND_V1 = FIXTURES / "banks" / "hand-written.yaml"
SCHEMA1_BANK = FIXTURES / "datafolder-schema1" / "bank-schema1.yaml"


def _valid() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(HAND_V2.read_text(encoding="utf-8"))


def _parse(data: object) -> object:
    return parse_bank(yaml.safe_dump(data, allow_unicode=True), name="b.yaml")


def test_schema2_bank_loads_every_kind_and_fact() -> None:
    bank = load_bank(HAND_V2)
    assert [i.kind for i in bank.items] == [ItemKind.CLOZE, ItemKind.FLASHCARD,
                                            ItemKind.MULTIPLE_CHOICE, ItemKind.ORDER]
    cloze = bank.item("daugava-length")
    assert cloze.cloze_parts == ("Daugavas garums Latvijā ir ", "352 km", ".")
    assert cloze.cloze_text() == "Daugavas garums Latvijā ir _____."
    assert cloze.answer_text == "352 km"
    assert bank.item("gauja-not").form is ChoiceForm.NOT
    order = bank.item("trip-order")
    assert order.options == ("Cēsis", "Līgatne", "Sigulda")
    assert order.answer_text == "1. Cēsis\n2. Līgatne\n3. Sigulda"
    assert sorted(order.shown_order) == [0, 1, 2] and order.shown_order != (0, 1, 2)
    assert bank.fact("gauja/source").kind is FactKind.CLAIM
    assert bank.fact("gauja/source").side == 1
    assert {i.id for i in bank.studied} == {"daugava-length", "gauja-source", "trip-order"}
    assert not bank.warnings


def test_schema2_round_trips() -> None:
    bank = load_bank(HAND_V2)
    again = parse_bank(dump_bank(bank), name="again")
    assert again == bank and again.facts == bank.facts


def test_schema1_banks_still_load_without_facts() -> None:
    for path in (HAND_V1, SCHEMA1_BANK):
        bank = load_bank(path)
        assert bank.items and not bank.facts
        assert all(i.fact == "" and i.form is ChoiceForm.PLAIN for i in bank.items)
        assert not bank.warnings


def test_a_schema1_bank_cannot_hold_the_new_kinds() -> None:
    data = _valid()
    data["schema"] = 1
    data.pop("facts")
    with pytest.raises(BankError) as info:
        _parse(data)
    assert info.value.field == "kind" and "daugava-length" in (info.value.item or "")


@pytest.mark.parametrize(
    ("mutate", "item", "field"),
    [
        (lambda d: d["items"][0].update(text="bez tukšās vietas"), "daugava-length", "text"),
        (lambda d: d["items"][0].update(text="{{a}} un {{b}}"), "daugava-length", "text"),
        (lambda d: d["items"][0].update(answer=1), "daugava-length", "answer"),
        (lambda d: d["items"][0].update(options=["352 km"]), "daugava-length", "options"),
        (lambda d: d["items"][2].update(form="odd"), "gauja-not", "form"),
        (lambda d: d["items"][3].update(steps=["Cēsis"]), "trip-order", "steps"),
        (lambda d: d["items"][3].update(steps=["a", "A", "b"]), "trip-order", "steps"),
        (lambda d: d["items"][3].update(steps=[str(n) for n in range(10)]), "trip-order",
         "steps"),
        (lambda d: d["items"][1].update(fact="nav/tada"), "gauja-source", "fact"),
        (lambda d: d["items"][1].update(fact="ar atstarpi"), "gauja-source", "fact"),
        (lambda d: d["facts"][0].update(kind="rumour"), "daugava/length", "kind"),
        (lambda d: d["facts"][0].update(side=2), "daugava/length", "side"),
        (lambda d: d["facts"][0].update(side=True), "daugava/length", "side"),
        (lambda d: d["facts"][0].update(statements=[]), "daugava/length", "statements"),
        (lambda d: d["facts"][0].update(parent="trip-x"), "daugava/length", "parent"),
        (lambda d: d["facts"][1].update(id="daugava/length"), "facts[1]", "id"),
        (lambda d: d.update(facts="none"), None, "facts"),
        (lambda d: d["items"][2].update(cards=["gauja-not"]), "gauja-not", "cards"),
    ],
)
def test_broken_schema2_banks_name_item_and_field(mutate, item, field) -> None:  # type: ignore[no-untyped-def]
    data = _valid()
    mutate(data)
    with pytest.raises(BankError) as info:
        _parse(data)
    err = info.value
    assert err.field == field
    if item is None:
        assert err.item is None
    else:
        assert item in (err.item or "")
    assert str(err).startswith("b.yaml")


def test_items_may_name_facts_a_bank_does_not_list(tmp_path: Path) -> None:
    # A hand-written bank without a facts list still groups siblings by the names it uses.
    data = _valid()
    data.pop("facts")
    bank = _parse(data)
    assert bank.item("gauja-source").fact == "gauja/source"  # type: ignore[attr-defined]
