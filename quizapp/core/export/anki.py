"""Anki packages (.apkg) of the flashcards: a deck per bank, notes that update on re-export."""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.core.datafolder.atomic import atomic_file
from quizapp.core.banks.model import Bank, Item, ItemKind
from quizapp.core.errors import ExportError
from quizapp.core.export.content import source_text, topic_title
from quizapp.core.storage.scratch import sqlite_image

# Anki recognises the note type by this id: never change it, or re-imports add a new type.
MODEL_ID = 1_418_370_551
MODEL_NAME = "quizapp flashcard"
FIELDS = ("Front", "Back", "Source", "Topic")
_FRONT = '<div class="front">{{Front}}</div>'
_BACK = ('{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>'
         '<div class="source">{{Source}}</div>')
_CSS = (".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
        ".source { margin-top: 1.5em; font-size: 13px; color: #777; }\n")
# Clozes become notes of a cloze note type (Anki's own kind, model_type 1): Anki blanks
# ``{{c1::…}}`` on the front and fills it on the back. Never change the id.
CLOZE_MODEL_ID = 1_418_370_552
CLOZE_MODEL_NAME = "quizapp cloze"
CLOZE_FIELDS = ("Text", "Back Extra", "Source", "Topic")
_CLOZE_FRONT = "{{cloze:Text}}"
_CLOZE_BACK = ('{{cloze:Text}}<div class="back">{{Back Extra}}</div>'
               '<div class="source">{{Source}}</div>')
_CLOZE_CSS = _CSS + ".cloze { font-weight: bold; color: #1a6fb5; }\n"


@dataclass(frozen=True)
class AnkiExport:
    """What an Anki export wrote: the file, its decks (one per bank) and notes."""

    path: Path
    decks: int
    notes: int


def note_guid(bank_id: str, item_id: str) -> str:
    """The note's Anki GUID, from the card's stable identity only: re-exporting after the
    wording changed updates the note in Anki instead of adding a second one."""
    digest = hashlib.sha256(f"quizapp\x00{bank_id}\x00{item_id}".encode()).digest()
    return base64.urlsafe_b64encode(digest[:12]).decode("ascii")


def deck_id(bank_id: str) -> int:
    """A stable deck id per bank, in the range genanki recommends (2**30 ≤ id < 2**31)."""
    digest = hashlib.sha256(f"quizapp-deck\x00{bank_id}".encode()).digest()
    return (1 << 30) | (int.from_bytes(digest[:4], "big") & ((1 << 30) - 1))


def tag(title: str) -> str:
    """An Anki tag from a topic title: lower case, words joined by ``-`` (tags cannot hold
    spaces; ``::`` would nest them); letters with diacritics stay as they are."""
    text = unicodedata.normalize("NFC", title).casefold()
    slug = re.sub(r"[^\w]+", "-", text).strip("-_")
    return slug or "topic"


def field_html(text: str) -> str:
    """Plain bank text as an Anki field: markup characters escaped, newlines as ``<br>``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(html.escape(line) for line in lines)


def export_anki(banks: Sequence[Bank], out: Path, *, now: datetime) -> AnkiExport:
    """Write the flashcards of ``banks`` to the Anki package ``out``, atomically.

    One note per studied item, tagged with its topic, in one deck per bank named after the
    bank's title: a flashcard (and an order item: its steps shuffled, then in order) as a
    note with the fields Front, Back, Source, Topic; a cloze as a note of a cloze type (Text
    with ``{{c1::…}}``, Back Extra, Source, Topic). Quiz questions are not exported.

    Args:
        banks: The banks to export.
        out: The ``.apkg`` file to write (its folder must exist).
        now: The notes' modification time; Anki updates a note it already has only when
            the package's copy is newer.

    Raises:
        ExportError: The file cannot be written; nothing is left at ``out`` (an existing
            file there is kept as it was).
    """
    import genanki  # a few dozen ms: only when exporting

    model = genanki.Model(
        MODEL_ID, MODEL_NAME, fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Card 1", "qfmt": _FRONT, "afmt": _BACK}], css=_CSS)
    cloze_model = genanki.Model(
        CLOZE_MODEL_ID, CLOZE_MODEL_NAME, fields=[{"name": f} for f in CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": _CLOZE_FRONT, "afmt": _CLOZE_BACK}],
        css=_CLOZE_CSS, model_type=genanki.Model.CLOZE)
    decks = []
    notes = 0
    for bank in banks:
        deck = genanki.Deck(deck_id(bank.meta.id), bank.meta.title)
        for position, item in enumerate(bank.studied):
            cloze = item.kind is ItemKind.CLOZE
            deck.add_note(genanki.Note(
                model=cloze_model if cloze else model,
                fields=_cloze_fields(bank, item) if cloze else _fields(bank, item),
                tags=[tag(topic_title(bank, item))],
                guid=note_guid(bank.meta.id, item.id), due=position))
            notes += 1
        decks.append(deck)
    package = genanki.Package(decks)
    timestamp = now.timestamp()

    def fill(cursor: Any) -> None:
        package.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))

    collection = sqlite_image(fill, error=ExportError)
    with atomic_file(out, error=ExportError, shared=True) as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as package_zip:
            package_zip.writestr("collection.anki2", collection)
            package_zip.writestr("media", "{}")
    return AnkiExport(out, len(decks), notes)


def _fields(bank: Bank, item: Item) -> list[str]:
    front, back = item.study_sides()
    return [field_html(text) for text in
            (front, back, source_text(bank, item), topic_title(bank, item))]


def cloze_html(item: Item) -> str:
    """A cloze's sentence as Anki's cloze field: the text escaped, the blank ``{{c1::…}}``."""
    before, answer, after = item.cloze_parts
    return (f"{field_html(before)}{{{{c1::{field_html(answer).replace('::', ': :')}}}}}"
            f"{field_html(after)}")


def _cloze_fields(bank: Bank, item: Item) -> list[str]:
    return [cloze_html(item), field_html(item.explanation), field_html(source_text(bank, item)),
            field_html(topic_title(bank, item))]
