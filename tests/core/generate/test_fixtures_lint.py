"""The committed bank and the bank of every fixture article are lint clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.banks.io import load_bank
from quizapp.core.banks.lint import lint_bank
from quizapp.core.banks.model import ItemKind
from quizapp.core.generate.pipeline import bank_from_file
from tests.helpers import COMMITTED_BANK, DOCS

ARTICLES = sorted(p for p in DOCS.iterdir()
                  if p.suffix in (".txt", ".html", ".md") and p.is_file())


def test_the_committed_bank_is_lint_clean() -> None:
    assert lint_bank(load_bank(COMMITTED_BANK)) == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_fixture_article_gives_a_lint_clean_bank(path: Path) -> None:
    bank = bank_from_file(path)
    assert bank.items
    assert [str(f) for f in lint_bank(bank)] == []


def test_the_solar_and_wind_article_has_every_kind() -> None:
    bank = bank_from_file(DOCS / "saules-pret-veja-energiju.txt")
    kinds = {i.kind for i in bank.items}
    assert kinds == set(ItemKind)
    order = next(i for i in bank.items if i.kind is ItemKind.ORDER)
    assert order.prompt == "Kā darbojas vēja turbīna? Sakārtojiet posmus pareizā secībā."
    assert order.options == ("Vējš griež lāpstiņas", "Rotors griež vārpstu",
                             "Ģenerators ražo strāvu", "Strāva nonāk tīklā")
    cloze = next(i for i in bank.items if i.kind is ItemKind.CLOZE)
    assert "_____" in cloze.cloze_text() and len(cloze.options) >= 2
