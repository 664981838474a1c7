"""Shared helpers and hand-written fakes for the test suite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from quizapp.core.banks.model import Bank
from quizapp.core.parse.document import Document
from quizapp.core.parse import parse_bytes
from quizapp.core.generate.pipeline import bank_from_file

ROOT = Path(__file__).resolve().parent.parent
STUDY_DOC = ROOT / "resources" / "documents" / "socialie-mediji-pret-ietekmetaju-marketingu.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCS = FIXTURES / "documents"
BROKEN = DOCS / "broken"
COMMITTED_BANK = ROOT / "questions" / "socialie-mediji-pret-ietekmetaju-marketingu.yaml"

# Names of the people who commented under the study document, and other furniture words.
COMMENTERS = ("Oliver47", "Lola", "Usimpson", "Rasels Stīvs", "Bbrown", "Reece", "Vbraun",
              "Elisone46")
FURNITURE = ("atbildēt", "Arī lasīt", "DALĪŠANĀS", "http", "www.", "Leave a Comment",
             "Pēdējo reizi atjaunināts", "Viens pieprasījums", "domas par tēmu",
             "Vai vēlaties saglabāt")


@lru_cache(maxsize=None)
def parse_file(path: Path) -> Document:
    """Parse a document once per test session (documents are immutable fixtures)."""
    return parse_bytes(path.read_bytes(), name=path.name)


@lru_cache(maxsize=None)
def study_bank(seed: int = 0) -> Bank:
    """The bank generated from the study document."""
    return bank_from_file(STUDY_DOC, seed=seed)


@contextmanager
def held(db: Path) -> Iterator[None]:
    """Another connection holds ``db`` in a write transaction (as the app in the middle of
    a write) until the block ends; then it rolls back."""
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
