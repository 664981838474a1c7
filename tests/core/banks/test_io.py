"""Loading, validating and writing banks; broken banks name the file, item and field."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from quizapp.core.banks.model import ItemKind
from quizapp.core.banks.io import dump_bank, load_bank, parse_bank, write_bank
from quizapp.core.errors import BankError
from tests.helpers import COMMITTED_BANK, FIXTURES

HAND = FIXTURES / "banks" / "hand-written.yaml"


def _valid() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(HAND.read_text(encoding="utf-8"))


def _load(data: object, tmp_path: Path) -> object:
    path = tmp_path / "bank.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_bank(path)


def test_hand_written_bank_loads() -> None:
    bank = load_bank(HAND)
    assert bank.meta.title == "Latvijas pilsētas"
    assert [i.kind for i in bank.items] == [ItemKind.FLASHCARD, ItemKind.MULTIPLE_CHOICE,
                                            ItemKind.TRUE_FALSE]
    assert bank.item("riga-mc").answer_text == "Rīga"
    assert bank.item("daugavpils-tf").answer_text == "true"
    assert [t.id for t in bank.topics] == ["Pilsētas"]
    assert not bank.warnings


def test_committed_bank_round_trips_byte_for_byte(tmp_path: Path) -> None:
    bank = load_bank(COMMITTED_BANK)
    out = tmp_path / "again.yaml"
    write_bank(bank, out)
    assert out.read_bytes() == COMMITTED_BANK.read_bytes()
    assert load_bank(out) == bank


@pytest.mark.parametrize(
    ("mutate", "item", "field"),
    [
        (lambda d: d["items"][0].pop("front"), "items[0] (riga)", "front"),
        (lambda d: d["items"][0].update(back=["a", "list"]), "items[0] (riga)", "back"),
        (lambda d: d["items"][0].update(back="   "), "items[0] (riga)", "back"),
        (lambda d: d["items"][1].update(answer=5), "items[1] (riga-mc)", "answer"),
        (lambda d: d["items"][1].update(answer="0"), "items[1] (riga-mc)", "answer"),
        (lambda d: d["items"][1].update(answer=True), "items[1] (riga-mc)", "answer"),
        (lambda d: d["items"][1].update(options=["Rīga"]), "items[1] (riga-mc)", "options"),
        (lambda d: d["items"][1].update(options=["Rīga", "rīga"]), "items[1] (riga-mc)",
         "options"),
        (lambda d: d["items"][1].update(options="Rīga"), "items[1] (riga-mc)", "options"),
        (lambda d: d["items"][1].update(cards=["nope"]), "riga-mc", "cards"),
        (lambda d: d["items"][1].update(cards="riga"), "items[1] (riga-mc)", "cards"),
        (lambda d: d["items"][2].update(answer="yes"), "items[2] (daugavpils-tf)", "answer"),
        (lambda d: d["items"][2].update(kind="essay"), "items[2] (daugavpils-tf)", "kind"),
        (lambda d: d["items"][2].pop("topic"), "items[2] (daugavpils-tf)", "topic"),
        (lambda d: d["items"][2].update(source={"line": -1}), "items[2] (daugavpils-tf)",
         "source.line"),
        (lambda d: d["items"][2].update(source={"path": "x"}), "items[2] (daugavpils-tf)",
         "source.path"),
        (lambda d: d["items"][0].update(id="has space"), "items[0]", "id"),
        (lambda d: d["items"][0].pop("id"), "items[0]", "id"),
        (lambda d: d["items"].__setitem__(0, "just text"), "items[0]", None),
        (lambda d: d["items"][1].update(id="riga"), "items[1]", "id"),
    ],
)
def test_broken_items_name_file_item_and_field(mutate, item, field, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _valid()
    mutate(data)
    with pytest.raises(BankError) as info:
        _load(data, tmp_path)
    err = info.value
    assert err.file == str(tmp_path / "bank.yaml")
    assert err.item is not None and item in err.item
    assert err.field == field
    assert str(tmp_path / "bank.yaml") in str(err)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("schema"), "schema"),
        (lambda d: d.update(schema="1"), "schema"),
        (lambda d: d.update(schema=99), "schema"),
        (lambda d: d.pop("bank"), "bank"),
        (lambda d: d["bank"].pop("title"), "bank.title"),
        (lambda d: d["bank"].update(id=""), "bank.id"),
        (lambda d: d["bank"].update(seed="x"), "bank.seed"),
        (lambda d: d["bank"].update(sides="A vs B"), "bank.sides"),
        (lambda d: d.update(items=[]), "items"),
        (lambda d: d.update(topics={"a": 1}), "topics"),
    ],
)
def test_broken_bank_level_fields(mutate, field, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _valid()
    mutate(data)
    with pytest.raises(BankError) as info:
        _load(data, tmp_path)
    assert info.value.field == field


def _with_topic(d: dict, **fields: object) -> None:  # type: ignore[type-arg]
    d["topics"] = [{"id": "Pilsētas", "title": "Pilsētas", **fields}]


@pytest.mark.parametrize(
    ("mutate", "item", "field"),
    [
        (lambda d: d["bank"].update(language=["lv"]), None, "bank.language"),
        (lambda d: d["bank"].update(source=["doc.txt"]), None, "bank.source"),
        (lambda d: d["bank"].update(source={"document": {"a": 1}}), None,
         "bank.source.document"),
        (lambda d: d["bank"].update(generator=[1]), None, "bank.generator"),
        (lambda d: d.update(topics=["Pilsētas"]), "topics[0]", None),
        (lambda d: _with_topic(d, title=None), "topics[0] (Pilsētas)", "title"),
        (lambda d: _with_topic(d, source={"line": "one"}), "topics[0] (Pilsētas)",
         "source.line"),
        (lambda d: d.update(topics=[{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]),
         "topics[1]", "id"),
        (lambda d: d["items"][0].update(explanation=["why"]), "items[0] (riga)", "explanation"),
        (lambda d: d["items"][1].update(options=["Rīga", ["Liepāja"], "Ventspils"]),
         "items[1] (riga-mc)", "options[1]"),
        (lambda d: d["items"][1].pop("question"), "items[1] (riga-mc)", "question"),
        (lambda d: d["items"][1].update(cards=[1, 2]), "items[1] (riga-mc)", "cards"),
        (lambda d: d["items"][2].pop("statement"), "items[2] (daugavpils-tf)", "statement"),
        (lambda d: d["items"][2].pop("answer"), "items[2] (daugavpils-tf)", "answer"),
        (lambda d: d["items"][2].update(source="line 3"), "items[2] (daugavpils-tf)", "source"),
    ],
)
def test_every_other_field_names_file_item_and_field(mutate, item, field,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    data = _valid()
    mutate(data)
    with pytest.raises(BankError) as info:
        _load(data, tmp_path)
    err = info.value
    assert (err.file, err.item, err.field) == (str(tmp_path / "bank.yaml"), item, field)
    assert str(err).startswith(str(tmp_path / "bank.yaml"))


def test_newer_schema_says_to_update(tmp_path: Path) -> None:
    data = _valid()
    data["schema"] = 3
    with pytest.raises(BankError, match="newer than this app reads"):
        _load(data, tmp_path)


def test_unknown_fields_are_warned_about_not_fatal(tmp_path: Path) -> None:
    data = _valid()
    data["items"][0]["hint"] = "starts with R"
    data["colour"] = "blue"
    bank = _load(data, tmp_path)
    assert any("unknown field 'hint'" in w and "riga" in w for w in bank.warnings)  # type: ignore[attr-defined]
    assert any("unknown field 'colour'" in w for w in bank.warnings)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "top level must be a mapping"),
        ("- just\n- a list\n", "top level must be a mapping"),
        ("schema: 1\nbank: [unclosed\n", "not valid YAML at line"),
        ("\t\tschema: 1", "not valid YAML"),
        ("!!python/object/apply:os.system ['echo hi']", "not valid YAML"),
    ],
)
def test_not_yaml_or_wrong_shape(text: str, message: str) -> None:
    with pytest.raises(BankError, match=message):
        parse_bank(text, name="x.yaml")


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev = f"*a{n - 1}"
        lines.append(f"a{n}: &a{n} [{', '.join([prev] * 9)}]")
    bomb = "\n".join(lines) + "\nschema: 1\n"
    start = time.perf_counter()
    with pytest.raises(BankError, match="expands to more than .* values: refused"):
        parse_bank(bomb, name="bomb.yaml")
    # Refused at the event level, long before a billion strings could exist (not a timing
    # assert on the machine: a generous bound that only an expansion would break).
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("depth", [60, 5000])
def test_deep_nesting_is_refused(depth: int) -> None:
    deep = "schema: 1\nitems: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(BankError, match="nested deeper|nesting depth"):
        parse_bank(deep, name="deep.yaml")


def test_a_few_anchors_are_fine(tmp_path: Path) -> None:
    text = HAND.read_text(encoding="utf-8").replace(
        "options: [Rīga, Liepāja, Ventspils]", "options: &cities [Rīga, Liepāja, Ventspils]")
    text += "  - id: riga-mc2\n    kind: multiple_choice\n    topic: Pilsētas\n" \
            "    question: Kur ir Brīvības piemineklis?\n    options: *cities\n    answer: 0\n"
    bank = parse_bank(text, name="anchors.yaml")
    assert bank.item("riga-mc2").options == ("Rīga", "Liepāja", "Ventspils")


def test_missing_file_unreadable_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="cannot read"):
        load_bank(tmp_path / "nope.yaml")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("schema: 1\ntitle: Rīga".encode("cp1257"))
    with pytest.raises(BankError, match="not UTF-8"):
        load_bank(bad)


def test_write_is_atomic_and_leaves_no_temp_file(tmp_path: Path) -> None:
    bank = load_bank(HAND)
    target = tmp_path / "sub" / "bank.yaml"
    write_bank(bank, target)
    assert load_bank(target) == bank
    assert sorted(p.name for p in target.parent.iterdir()) == ["bank.yaml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bank = load_bank(HAND)
    target = tmp_path / "bank.yaml"
    target.write_text("old", encoding="utf-8")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quizapp.core.datafolder.atomic.os.replace", disk_full)
    with pytest.raises(BankError, match="No space left on device"):
        write_bank(bank, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.yaml"]


def test_dump_is_stable_text() -> None:
    bank = load_bank(HAND)
    assert dump_bank(bank) == dump_bank(load_bank(HAND))
    assert "Rīga" in dump_bank(bank)  # not \\u-escaped


def test_written_banks_are_readable_by_others(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        write_bank(load_bank(HAND), tmp_path / "bank.yaml")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "bank.yaml").stat().st_mode) == 0o644
