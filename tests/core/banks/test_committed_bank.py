"""The committed bank is exactly what the generator makes from the study document."""

from __future__ import annotations

from quizapp.core.banks.io import dump_bank
from quizapp.core.generate.pipeline import bank_from_file
from tests.helpers import COMMITTED_BANK, STUDY_DOC


def test_committed_bank_is_up_to_date() -> None:
    fresh = dump_bank(bank_from_file(STUDY_DOC, seed=0))
    committed = COMMITTED_BANK.read_text(encoding="utf-8")
    assert fresh == committed, (
        "questions/ is stale: run `quizapp generate "
        "resources/documents/socialie-mediji-pret-ietekmetaju-marketingu.txt` and commit it"
    )
