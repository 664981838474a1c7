"""Exports of the learner's cards and history: an Anki package and CSV files.

The GUI and the CLI call :func:`export_collection` (on a worker: it reads every bank and,
for the history, the whole review log); the writers per format live in ``anki`` and
``tables``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.errors import ExportError
from quizapp.core.export.anki import AnkiExport, export_anki
from quizapp.core.export.tables import CsvExport, export_history_csv, export_items_csv

if TYPE_CHECKING:
    from quizapp.core.banks.model import Bank
    from quizapp.core.collection import Collection


@dataclass(frozen=True)
class ExportReport:
    """What one export wrote (``None`` for a format not asked for)."""

    anki: AnkiExport | None = None
    items: CsvExport | None = None
    history: CsvExport | None = None


def export_collection(col: Collection, *, anki: Path | None = None,
                      items_csv: Path | None = None, history_csv: Path | None = None,
                      bank: str | None = None) -> ExportReport:
    """Write the asked-for exports of every bank, or of bank ``bank`` only.

    Args:
        col: The open collection (its banks are parsed if still pending).
        anki: Where to write the flashcards as an Anki package.
        items_csv: Where to write every item (flashcards and questions) as CSV.
        history_csv: Where to write the review history as CSV.
        bank: Restrict every output to this bank's items and answers.

    Raises:
        ExportError: An unknown bank, an output folder that does not exist, or a file that
            cannot be written. Each file is written atomically; the folders are all checked
            before anything is written, so a mistyped path writes nothing at all.
        StorageError: The review history could not be read (its file is not written).
    """
    outputs = [p for p in (anki, items_csv, history_csv) if p is not None]
    if not outputs:
        raise ExportError("nothing to export: choose an Anki package or a CSV file")
    if len(set(outputs)) != len(outputs):
        raise ExportError("each export needs its own file")
    for path in outputs:
        if not path.parent.is_dir():
            raise ExportError(f"{path}: cannot write: the folder {path.parent} does not exist")
    banks = choose_banks(col, bank)
    return ExportReport(
        anki=export_anki(banks, anki, now=col.clock.now()) if anki else None,
        items=export_items_csv(banks, items_csv) if items_csv else None,
        history=(export_history_csv(col.store.reviews.export_log(bank), history_csv)
                 if history_csv else None),
    )


def choose_banks(col: Collection, bank: str | None) -> list[Bank]:
    """Every loaded bank, or just ``bank``.

    Raises:
        ExportError: No bank has the id ``bank``.
    """
    banks = col.banks
    if bank is None:
        return [loaded.bank for loaded in banks.values()]
    if bank not in banks:
        known = ", ".join(banks) or "none"
        raise ExportError(f"no bank with the id '{bank}' (banks: {known})")
    return [banks[bank].bank]


__all__ = ["AnkiExport", "CsvExport", "ExportReport", "choose_banks", "export_anki",
           "export_collection", "export_history_csv", "export_items_csv"]
