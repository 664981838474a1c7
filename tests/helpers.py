"""Shared helpers and hand-written fakes for the test suite."""

from __future__ import annotations

import sqlite3
import subprocess
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


def hand_over_elsewhere(data: Path, document: Path | None = None) -> subprocess.Popen[bytes]:
    """Start another process that hands over to the app instance on ``data`` (as a second
    launch does), asking it to import ``document`` when one is given; exit code 0 when the
    instance answered. It blocks while the instance answers from the test's event loop,
    hence a process of its own."""
    import os
    import sys

    code = ("import sys; from pathlib import Path; from PySide6.QtCore import "
            "QCoreApplication; app = QCoreApplication([]); "
            "from quizapp.gui.instance import hand_over; "
            f"doc = {str(document) if document else None!r}; "
            f"sys.exit(0 if hand_over(Path({str(data)!r}), doc and Path(doc)) else 3)")
    return subprocess.Popen([sys.executable, "-c", code],
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
