"""The bank generated from the study document: coverage, quality rules, stable ids."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.core.banks.model import Bank, ItemKind
from quizapp.core.banks.io import dump_bank
from quizapp.core.generate.builder import norm
from quizapp.core.generate.pipeline import bank_from_bytes, bank_from_file
from tests.helpers import COMMENTERS, DOCS, FURNITURE, STUDY_DOC, parse_file, study_bank


@pytest.fixture(scope="module")
def bank() -> Bank:
    return study_bank()


def _texts(item) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.prompt, item.back, item.explanation, *item.options]


def test_enough_cards_and_questions(bank: Bank) -> None:
    kinds = Counter(i.kind for i in bank.items)
    assert kinds[ItemKind.FLASHCARD] >= 60
    assert kinds[ItemKind.MULTIPLE_CHOICE] + kinds[ItemKind.TRUE_FALSE] >= 40
    assert kinds[ItemKind.TRUE_FALSE] >= 10


def test_every_table_aspect_and_every_difference_is_covered(bank: Bank) -> None:
    doc = parse_file(STUDY_DOC)
    assert doc.table is not None
    by_title = {t.title.casefold(): t.id for t in bank.topics}
    parts = [("table", r.aspect) for r in doc.table.rows]
    parts += [("differences", d.aspect) for d in doc.differences]
    assert len(parts) == 17
    for namespace, aspect in parts:
        topic = by_title[aspect.casefold()]
        assert topic.startswith(namespace + "/")
        ids = {i.id for i in bank.items if i.topic == topic}
        assert ids == {f"{topic}/{side}/{kind}" for side in "ab"
                       for kind in ("card", "mc", "mc-side", "tf")}, aspect


def test_cell_card_reads_like_the_issue_example(bank: Bank) -> None:
    card = bank.item("table/kontrole/b/card")
    assert card.prompt == "Kontrole — ietekmētāju mārketings?"
    assert card.back == "Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros"
    assert card.topic == "table/kontrole"
    assert bank.topic("table/kontrole").title == "Kontrole"
    assert card.source.path == ("Salīdzināšanas tabula", "Kontrole")
    assert card.source.line == 32


def test_definition_and_list_cards(bank: Bank) -> None:
    definition = bank.item("what-is/socialo-mediju-marketings/definition/card")
    assert definition.prompt == "Kas ir sociālo mediju mārketings?"
    assert definition.back.startswith("Sociālo mediju mārketings (SMM) ir digitālā")
    listing = bank.item(
        "what-is/socialo-mediju-marketings/socialo-mediju-marketinga-galvenas-sastavdalas/list/card")
    assert listing.back.splitlines() == ["1. Satura stratēģija", "2. Platformas izvēle",
                                         "3. Sociālo mediju reklāma", "4. Analīze un uzraudzība"]


def test_no_item_has_duplicate_options_and_no_stem_contains_its_answer(bank: Bank) -> None:
    for item in bank.questions:
        if item.kind is ItemKind.MULTIPLE_CHOICE:
            keys = [norm(o) for o in item.options]
            assert len(set(keys)) == len(keys), item.id
            assert 2 <= len(item.options) <= 4, item.id
            assert norm(item.answer_text) not in norm(item.prompt), item.id


def test_four_options_where_the_material_allows(bank: Bank) -> None:
    true_of = [i for i in bank.items if i.id.endswith("/mc") and i.id.startswith("table/")]
    assert true_of and all(len(i.options) == 4 for i in true_of)
    member = [i for i in bank.items if i.id.endswith("/mc-member")]
    assert member and all(len(i.options) == 4 for i in member)


def test_distractors_come_from_the_other_side_and_the_same_column(bank: Bank) -> None:
    doc = parse_file(STUDY_DOC)
    assert doc.table is not None
    rows = {r.aspect: r for r in doc.table.rows}
    item = bank.item("table/kontrole/b/mc")
    assert item.answer_text == rows["Kontrole"].b
    assert rows["Kontrole"].a in item.options
    column_b = {r.b for r in doc.table.rows}
    assert all(o in column_b or o == rows["Kontrole"].a for o in item.options)


def test_true_false_false_statements_swap_the_sides(bank: Bank) -> None:
    tfs = [i for i in bank.items if i.kind is ItemKind.TRUE_FALSE]
    assert {i.answer_text for i in tfs} == {"true", "false"}
    doc = parse_file(STUDY_DOC)
    a, b = (s.name for s in doc.sides)
    for item in tfs:
        side = item.id.split("/")[-2]
        named = a if item.prompt.split(" — ")[1].startswith(a) else b
        own = a if side == "a" else b
        assert (named == own) == (item.answer_text == "true"), item.id


def test_every_item_has_topic_source_explanation_and_valid_links(bank: Bank) -> None:
    topics = {t.id for t in bank.topics}
    cards = {i.id for i in bank.flashcards}
    for item in bank.items:
        assert item.topic in topics
        assert item.source.line > 0 and item.source.path, item.id
        assert item.explanation, item.id
        if item.kind.is_question:
            assert item.cards and set(item.cards) <= cards, item.id


def test_no_item_contains_furniture(bank: Bank) -> None:
    for item in bank.items:
        blob = " ".join(_texts(item))
        for word in COMMENTERS + FURNITURE:
            assert word not in blob, (item.id, word)


def test_same_input_and_seed_give_byte_identical_yaml() -> None:
    one = dump_bank(bank_from_file(STUDY_DOC, seed=7))
    two = dump_bank(bank_from_file(STUDY_DOC, seed=7))
    assert one == two
    other = dump_bank(bank_from_file(STUDY_DOC, seed=8))
    assert other != one  # the seed really shuffles


def test_editing_one_sentence_keeps_every_id() -> None:
    raw = STUDY_DOC.read_text(encoding="utf-8")
    edited = raw.replace("Zīmols pilnībā kontrolē ziņojumu un saturu",
                         "Zīmols pilnīgi kontrolē ziņojumu un visu saturu")
    assert edited != raw
    before = bank_from_bytes(raw.encode(), name=STUDY_DOC.name)
    after = bank_from_bytes(edited.encode(), name=STUDY_DOC.name)
    assert [i.id for i in before.items] == [i.id for i in after.items]
    changed = [i.id for i, j in zip(before.items, after.items) if i != j]
    assert "table/kontrole/a/card" in changed
    # Only items about the Kontrole row (and questions using its cells as options) change.
    assert all("kontrole" in c or c.startswith("table/") for c in changed)
    assert before.meta.id == after.meta.id


def test_english_and_html_articles_generate_full_banks() -> None:
    for name in ("email-vs-content-marketing.txt", "coffee-vs-tea.html"):
        bank = bank_from_file(DOCS / name)
        kinds = Counter(i.kind for i in bank.items)
        assert kinds[ItemKind.FLASHCARD] >= 25, name
        assert kinds[ItemKind.MULTIPLE_CHOICE] >= 20, name
        assert kinds[ItemKind.TRUE_FALSE] >= 10, name
        assert bank.meta.language == "en"
    coffee = bank_from_file(DOCS / "coffee-vs-tea.html")
    assert coffee.item("table/caffeine/a/card").prompt == "Caffeine — coffee?"


def test_unstructured_notes_give_cards_and_questions() -> None:
    bank = bank_from_file(DOCS / "plain-notes.md")
    kinds = Counter(i.kind for i in bank.items)
    assert kinds[ItemKind.FLASHCARD] >= 4
    assert kinds[ItemKind.MULTIPLE_CHOICE] >= 3
    assert any(w.startswith("no known structure") for w in bank.warnings)
