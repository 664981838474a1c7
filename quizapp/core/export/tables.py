"""CSV exports: the banks' items and the review history (UTF-8 with a BOM for spreadsheets)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from quizapp.core.datafolder.atomic import atomic_file
from quizapp.core.banks.model import Bank
from quizapp.core.errors import ExportError
from quizapp.core.export.content import source_text, topic_title
from quizapp.core.storage.records import HistoryEntry
from quizapp.core.study.day import StudyDay

ITEM_COLUMNS = ("bank", "id", "kind", "topic", "prompt", "answer", "options", "explanation",
                "source")
HISTORY_COLUMNS = ("time_utc", "study_day", "bank", "item", "kind", "rating", "duration_ms",
                   "state_after", "interval_days", "stability_days")
# A spreadsheet runs a cell that starts with one of these as a formula; bank text is
# untrusted, so such a cell gets a leading apostrophe (OWASP's advice for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _Writer(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


@dataclass(frozen=True)
class CsvExport:
    """What a CSV export wrote: the file and its data rows (the header not counted)."""

    path: Path
    rows: int


def safe_cell(text: str) -> str:
    """``text`` as a cell no spreadsheet will evaluate as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_items_csv(banks: Sequence[Bank], out: Path) -> CsvExport:
    """Write every item of ``banks`` (flashcards and quiz questions) to ``out``.

    Columns are ``ITEM_COLUMNS``; ``answer`` is a flashcard's back, the right option of a
    multiple-choice question or a cloze, ``true``/``false``, or an order item's steps in
    order; ``options`` holds one option (or step) per line; a cloze's prompt marks its blank
    as ``{{answer}}``.

    Raises:
        ExportError: The file cannot be written; nothing is left at ``out``.
    """
    rows = 0
    with _csv_file(out) as writer:
        writer.writerow(ITEM_COLUMNS)
        for bank in banks:
            for item in bank.items:
                writer.writerow([bank.meta.id, item.id, item.kind.value] + [safe_cell(t) for t in (
                    topic_title(bank, item), item.prompt, item.answer_text,
                    "\n".join(item.options), item.explanation, source_text(bank, item))])
                rows += 1
    return CsvExport(out, rows)


def export_history_csv(entries: Iterable[HistoryEntry], out: Path) -> CsvExport:
    """Write the review history ``entries`` (streamed: any length) to ``out``.

    Columns are ``HISTORY_COLUMNS``: the time in ISO 8601 UTC, the study day as its date,
    kind/rating/state names in lower case, the interval and stability after the answer.

    Raises:
        ExportError: The file cannot be written, or reading the history failed part way
            (as a ``StorageError``, which passes through); nothing is left at ``out``.
    """
    rows = 0
    with _csv_file(out) as writer:
        writer.writerow(HISTORY_COLUMNS)
        for e in entries:
            writer.writerow([
                e.time.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                StudyDay.date_of(e.day).isoformat(), e.bank, e.item, e.kind.name.lower(),
                e.rating.name.lower(), e.duration_ms, e.state_after.name.lower(),
                e.interval_after, "" if e.stability_after is None else f"{e.stability_after:.4f}",
            ])
            rows += 1
    return CsvExport(out, rows)


@contextmanager
def _csv_file(out: Path) -> Iterator[_Writer]:
    """A CSV writer on ``out``, written atomically (UTF-8 with BOM, CRLF rows per RFC 4180)."""
    with atomic_file(out, error=ExportError, shared=True) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        try:
            yield csv.writer(text)
        finally:
            text.detach()  # flushes; atomic_file syncs and closes the file itself
