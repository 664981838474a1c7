"""The examiner's cases from four articles the generator had never seen (round two of issue 10).

Each test states a rule for the whole family of articles and checks it where the examiner
found it broken: the virus/bacteria and stocks/bonds articles (Latvian), monarchy/republic and
mitosis/meiosis (English), in ``tests/fixtures/documents``.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from quizapp.core.banks.model import Bank, FactKind, ItemKind
from quizapp.core.generate.pipeline import bank_from_file
from tests.helpers import DOCS

VIRUS = "viruss-pret-bakteriju.txt"
STOCKS = "akcijas-pret-obligacijam.txt"
MONARCHY = "monarchy-vs-republic.txt"
MITOSIS = "mitosis-vs-meiosis.txt"


@lru_cache(maxsize=None)
def bank_of(name: str) -> Bank:
    return bank_from_file(DOCS / name)


def _list(bank: Bank, title: str) -> tuple[str, ...]:
    found = [f for f in bank.facts if f.title == title
             and f.kind in (FactKind.LIST, FactKind.SEQUENCE)]
    assert len(found) == 1, title
    return found[0].statements


# -- P1-A: a heading is a list member only when it is of its siblings' kind ---------------


@pytest.mark.parametrize(("name", "title", "members", "loner"), [
    (VIRUS, "Noderīgās baktērijas",
     ("Gremošana", "Slāpekļa piesaiste", "Pārtikas ražošana"), "Antibiotiku rezistence"),
    (MONARCHY, "Rules of Succession",
     ("Male-preference primogeniture", "Absolute primogeniture", "Agnatic succession"),
     "The Role of the Monarch Today"),
    (MITOSIS, "Functions of Mitosis", ("Growth", "Repair", "Asexual reproduction"),
     "Errors in Mitosis"),
])
def test_a_paragraph_after_a_list_is_no_member_of_it(name: str, title: str,
                                                     members: tuple[str, ...],
                                                     loner: str) -> None:
    bank = bank_of(name)
    assert _list(bank, title) == members
    for item in bank.items:
        assert loner not in item.options, item.id  # never one of the list's options
        if item.fact.endswith("/list"):
            assert loner not in item.back, item.id
    # It is a fact of its own, asked about itself.
    own = [f for f in bank.facts if f.title == loner]
    assert len(own) == 1 and not own[0].parent
    cards = [i for i in bank.items if i.fact == own[0].id and i.kind is ItemKind.FLASHCARD]
    assert cards and title not in cards[0].prompt


@pytest.mark.parametrize(("name", "title", "answer_has"), [
    (VIRUS, "Baktēriju vairošanās", "bināras dalīšanās"),
    (VIRUS, "Antibiotiku rezistence", "Flemings"),
    (STOCKS, "Akciju tirdzniecība", "biržās"),
    (STOCKS, "Obligācijas cena un ienesīgums", "otrreizējā tirgū"),
    (MITOSIS, "Errors in Meiosis", "nondisjunction"),
    (MITOSIS, "Meiosis in Men and Women", "puberty"),
    (MONARCHY, "The Role of the Monarch Today", "opens parliament"),
])
def test_a_one_paragraph_section_is_never_dropped(name: str, title: str,
                                                  answer_has: str) -> None:
    bank = bank_of(name)
    cards = [i for i in bank.items if i.kind is ItemKind.FLASHCARD
             and bank.fact(i.fact).title == title]
    assert len(cards) == 1, title
    card = cards[0]
    assert answer_has in card.back
    assert not card.prompt.startswith(("Ko raksts saka", "What does the article say"))


# -- P1-B: a one-line difference gives each clause to the side it names -------------------


def test_a_one_line_difference_is_split_by_the_side_each_clause_names() -> None:
    bank = bank_of(VIRUS)  # "Baktērijas … 1676. gadā, savukārt vīrusus … 1892. gadā"
    virus, bacterium = bank.fact("table/atklasana/a"), bank.fact("table/atklasana/b")
    assert virus.side == 0 and bacterium.side == 1
    assert all("Lēvenhuk" not in s for s in virus.statements)
    assert all("Ivanovsk" not in s for s in bacterium.statements)
    for item in bank.items:
        if item.fact == virus.id and item.kind is ItemKind.FLASHCARD:
            assert "Lēvenhuk" not in item.back
