"""The Anki package, imported with the real `anki` library: notes, fields, tags, decks, updates."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.banks.io import load_bank
from quizapp.core.export.anki import export_anki
from tests.helpers import COMMITTED_BANK

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def _bank(front: str = "Kas ir ietekmētājs?") -> Bank:
    """A small Latvian bank: markup-looking text, a two-line answer, a question not exported."""
    topics = (Topic("kontrole", "Satura kontrole", SourceRef(3, ("Tabula", "Kontrole"))),
              Topic("cena", "Cena & budžets", SourceRef(9, ("Tabula", "Cena"))))
    items = (
        Item("kontrole/1", ItemKind.FLASHCARD, "kontrole", front,
             back="Persona ar sekotājiem;\nviņš ietekmē pirkumus.",
             source=SourceRef(4, ("Tabula", "Kontrole"))),
        Item("cena/1", ItemKind.FLASHCARD, "cena", "Kas ir <b>x</b>?", back="a < b && c > d",
             source=SourceRef(10, ("Tabula", "Cena"))),
        Item("cena/q", ItemKind.MULTIPLE_CHOICE, "cena", "Cik?", options=("1", "2"),
             correct=0),
    )
    meta = BankMeta("socialie", "Sociālie mediji pret ietekmētājiem", "lv",
                    source_document="resources/documents/socialie.txt")
    return Bank(meta, topics, items)


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = AnkiCollection(str(folder / "collection.anki2"))
    yield col
    col.close()


def _import(col: AnkiCollection, package: Path) -> None:
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=False)))


def _note_list(col: AnkiCollection) -> list[dict[str, str]]:
    """Every note's fields by name, with its tags and deck."""
    out = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        fields = dict(note.items())
        fields["_tags"] = " ".join(note.tags)
        fields["_deck"] = col.decks.name(note.cards()[0].did)
        out.append(fields)
    return out


def _notes(col: AnkiCollection) -> dict[str, dict[str, str]]:
    """Every note's fields, keyed by its Front field."""
    return {n["Front"]: n for n in _note_list(col)}


def test_the_committed_bank_imports_one_note_per_flashcard(tmp_path: Path,
                                                           anki: AnkiCollection) -> None:
    bank = load_bank(COMMITTED_BANK)
    out = tmp_path / "study.apkg"
    report = export_anki([bank], out, now=NOW)
    _import(anki, out)
    assert report.notes == len(bank.studied) == anki.note_count() > 50
    assert report.decks == 1
    assert anki.decks.by_name(bank.meta.title) is not None
    notes = _notes(anki)
    assert any("ā" in f or "ē" in f or "ī" in f for f in notes)  # Latvian intact
    assert set(notes) == {html.escape(f.prompt) for f in bank.flashcards}
    card = bank.flashcards[0]
    assert notes[html.escape(card.prompt)]["Back"] == html.escape(card.back).replace("\n", "<br>")


def test_fields_are_escaped_text_with_source_topic_and_tags(tmp_path: Path,
                                                           anki: AnkiCollection) -> None:
    out = tmp_path / "lv.apkg"
    export_anki([_bank()], out, now=NOW)
    _import(anki, out)
    notes = _notes(anki)
    assert len(notes) == 2  # the multiple-choice question is not a note
    first = notes["Kas ir ietekmētājs?"]
    assert first["Back"] == "Persona ar sekotājiem;<br>viņš ietekmē pirkumus."
    assert first["Source"] == "socialie.txt › Tabula › Kontrole"
    assert first["Topic"] == "Satura kontrole"
    assert first["_tags"] == "satura-kontrole"
    assert first["_deck"] == "Sociālie mediji pret ietekmētājiem"
    markup = notes["Kas ir &lt;b&gt;x&lt;/b&gt;?"]  # shown as the text <b>x</b>, not bold
    assert markup["Back"] == "a &lt; b &amp;&amp; c &gt; d"
    assert markup["Topic"] == "Cena &amp; budžets"
    assert markup["_tags"] == "cena-budžets"


def test_reexport_updates_notes_instead_of_duplicating_them(tmp_path: Path,
                                                            anki: AnkiCollection) -> None:
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    export_anki([_bank()], first, now=NOW)
    export_anki([_bank(front="Kas ir ietekmētājs (labots)?")], second,
                now=NOW + timedelta(days=1))
    _import(anki, first)
    _import(anki, second)
    assert anki.note_count() == 2
    assert "Kas ir ietekmētājs (labots)?" in _notes(anki)
    _import(anki, second)
    assert anki.note_count() == 2
    assert len(anki.decks.all_names_and_ids(include_filtered=False)) == 2  # Default + ours


def test_several_banks_give_one_deck_each(tmp_path: Path, anki: AnkiCollection) -> None:
    other = _bank()
    other = replace(other, meta=replace(other.meta, id="otra", title="Otrā banka"))
    out = tmp_path / "two.apkg"
    report = export_anki([_bank(), other], out, now=NOW)
    _import(anki, out)
    assert (report.decks, report.notes, anki.note_count()) == (2, 4, 4)
    assert sorted(n["_deck"] for n in _note_list(anki)) == [
        "Otrā banka", "Otrā banka",
        "Sociālie mediji pret ietekmētājiem", "Sociālie mediji pret ietekmētājiem"]


def test_clozes_become_anki_cloze_notes_and_order_items_basic_ones(
        tmp_path: Path, anki: AnkiCollection) -> None:
    from tests.helpers import DOCS
    from quizapp.core.generate.pipeline import bank_from_file

    bank = bank_from_file(DOCS / "saules-pret-veja-energiju.txt")
    clozes = [i for i in bank.items if i.kind is ItemKind.CLOZE]
    orders = [i for i in bank.items if i.kind is ItemKind.ORDER]
    assert clozes and orders
    out = tmp_path / "kinds.apkg"
    report = export_anki([bank], out, now=NOW)
    _import(anki, out)
    assert report.notes == len(bank.studied) == anki.note_count()
    cloze_notes = [n for n in _note_list(anki) if "Text" in n]
    assert len(cloze_notes) == len(clozes)
    first = clozes[0]
    before, answer, after = first.cloze_parts
    note = next(n for n in cloze_notes if answer in n["Text"])
    assert note["Text"] == f"{html.escape(before)}{{{{c1::{html.escape(answer)}}}}}" \
        f"{html.escape(after)}"
    # Anki renders the card as a cloze: the answer blanked on the front, shown on the back.
    nid = anki.find_notes(f'"Text:*{answer}*"')[0]
    card = anki.get_note(nid).cards()[0]
    assert card.note_type()["type"] == 1  # MODEL_CLOZE
    assert "[...]" in card.question() and answer not in card.question()
    assert answer in card.answer()
    order_front, order_back = orders[0].study_sides()
    basic = {n["Front"]: n for n in _note_list(anki) if "Front" in n}[
        html.escape(order_front).replace("\n", "<br>")]
    assert basic["Back"] == html.escape(order_back).replace("\n", "<br>")
