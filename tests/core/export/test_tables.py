"""CSV exports: read back with `csv`, BOM for spreadsheets, Latvian intact, history per answer."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.study.cards import Rating, ReviewKind
from quizapp.core.clock import FixedClock
from quizapp.core.export import export_collection
from quizapp.core.export.tables import HISTORY_COLUMNS, ITEM_COLUMNS, export_items_csv
from quizapp.core.storage.reviews import Answer
from tests.core.factories import make_bank, open_collection, study_all


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _latvian_bank() -> Bank:
    topic = Topic("kontrole", "Satura kontrole", SourceRef(3, ("Tabula", "Kontrole")))
    items = (
        Item("kontrole/1", ItemKind.FLASHCARD, "kontrole", "Kas ir ietekmētājs?",
             back="Persona, kas ietekmē;\notrā rinda, \"pēdiņas\", komats",
             explanation="Skaidrojums.", source=SourceRef(4, ("Tabula", "Kontrole"))),
        Item("kontrole/mc", ItemKind.MULTIPLE_CHOICE, "kontrole", "Kurš ir pareizs?",
             options=("Ābols", "Bumbieris", "Ķirsis"), correct=2),
        Item("kontrole/tf", ItemKind.TRUE_FALSE, "kontrole", "Zīmols maksā.", correct=1),
        Item("kontrole/evil", ItemKind.FLASHCARD, "kontrole", '=HYPERLINK("http://x")',
             back="@SUM(A1)"),
    )
    return Bank(BankMeta("lv", "Latviešu banka", "lv", source_document="doc.txt"),
                (topic,), items)


def test_items_csv_round_trips_through_csv_reader_with_a_bom(tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    report = export_items_csv([_latvian_bank()], out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8
    rows = _read(out)
    assert rows[0] == list(ITEM_COLUMNS)
    assert report.rows == len(rows) - 1 == 4
    by_id = {r[1]: dict(zip(ITEM_COLUMNS, r)) for r in rows[1:]}
    card = by_id["kontrole/1"]
    assert card == {
        "bank": "lv", "id": "kontrole/1", "kind": "flashcard", "topic": "Satura kontrole",
        "prompt": "Kas ir ietekmētājs?",
        "answer": "Persona, kas ietekmē;\notrā rinda, \"pēdiņas\", komats",
        "options": "", "explanation": "Skaidrojums.", "source": "doc.txt › Tabula › Kontrole"}
    mc = by_id["kontrole/mc"]
    assert (mc["kind"], mc["answer"], mc["options"].split("\n")) == (
        "multiple_choice", "Ķirsis", ["Ābols", "Bumbieris", "Ķirsis"])
    assert by_id["kontrole/tf"]["answer"] == "false"


def test_bank_text_that_looks_like_a_formula_is_not_run_by_a_spreadsheet(
        tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    export_items_csv([_latvian_bank()], out)
    evil = next(r for r in _read(out) if r[1] == "kontrole/evil")
    assert evil[4] == "'=HYPERLINK(\"http://x\")"
    assert evil[5] == "'@SUM(A1)"


def test_history_csv_has_one_row_per_answer(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path / "data", clock, make_bank(), make_bank(bank_id="other"))
    start = clock.now()
    study_all(col, step_minutes=11)
    out = tmp_path / "history.csv"
    report = export_collection(col, history_csv=out)
    rows = _read(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert rows[0] == list(HISTORY_COLUMNS)
    assert report.history is not None
    assert report.history.rows == len(rows) - 1 == col.store.reviews.count() == 24
    first = dict(zip(HISTORY_COLUMNS, rows[1]))
    assert first["time_utc"] == "2026-03-02T09:00:00.000Z"
    assert datetime.fromisoformat(first["time_utc"]) == start
    assert first["study_day"] == date(2026, 3, 2).isoformat()
    assert (first["bank"], first["item"], first["kind"], first["rating"]) == (
        "demo", "t0-c0", "new", "good")
    assert (first["duration_ms"], first["state_after"], first["interval_days"]) == (
        "3000", "learning", "0")
    assert float(first["stability_days"]) > 0
    assert {r[4] for r in rows[1:]} == {"new", "learning"}

    only = tmp_path / "other.csv"
    export_collection(col, history_csv=only, bank="other")
    assert {r[2] for r in _read(only)[1:]} == {"other"} and len(_read(only)) == 13
    col.close()


def test_a_long_history_streams_to_the_file(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path / "data", clock, make_bank(topics=1, cards_per_topic=1))
    card = col.next_card()
    assert card is not None
    after = col.scheduler.review(card.schedule, Rating.GOOD, clock.now(), card.key)
    n = col.store.reviews.bulk_insert(
        Answer(card.pk, card.schedule, after, Rating.GOOD, ReviewKind.NEW, 1000, col.today(), 9)
        for _ in range(25_000))
    out = tmp_path / "history.csv"
    report = export_collection(col, history_csv=out)
    assert report.history is not None and report.history.rows == n == len(_read(out)) - 1
    col.close()
