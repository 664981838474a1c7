"""The examiner's cases from four articles the generator had never seen (round two of issue 10).

Each test states a rule for the whole family of articles and checks it where the examiner
found it broken: the virus/bacteria and stocks/bonds articles (Latvian), monarchy/republic and
mitosis/meiosis (English), in ``tests/fixtures/documents``.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from quizapp.core.banks.model import FALSE_INDEX, Bank, ChoiceForm, FactKind, ItemKind
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


# -- P3-E: stems by what the list is, not about the page ------------------------------------


@pytest.mark.parametrize(("name", "item", "prompt"), [
    (MITOSIS, "what-is/mitosis/phases-of-mitosis/anaphase/card", "What happens in anaphase?"),
    (MITOSIS, "what-is/mitosis/phases-of-mitosis/anaphase/mc-which",
     "Which phase of mitosis is this: “The sister chromatids separate at the centromere and "
     "are pulled to opposite poles of the cell.”?"),
    (MONARCHY, "what-is/republic/types-of-republic/presidential-republic/card",
     "What is a presidential republic?"),
    (MONARCHY, "what-is/monarchy/rules-of-succession/agnatic-succession/card",
     "What is meant by “Agnatic succession” as a rule of succession?"),
    (VIRUS, "what-is/viruss/virusa-dzives-cikls/replikacija/card",
     "Kas notiek vīrusa dzīves cikla posmā «Replikācija»?"),
    (STOCKS, "what-is/akcijas/akciju-veidi/parastas-akcijas/card", "Kas ir parastās akcijas?"),
    (STOCKS, "what-is/akcijas/ka-investori-pelna-ar-akcijam/dividendes/card",
     "Kas ir dividendes?"),  # the text opens with its title: "Dividendes ir …"
])
def test_a_point_is_asked_by_what_its_list_is(name: str, item: str, prompt: str) -> None:
    assert bank_of(name).item(item).prompt == prompt


def test_which_point_questions_name_the_kind_of_point() -> None:
    for name in (MITOSIS, MONARCHY):
        which = [i for i in bank_of(name).items if i.id.endswith("/mc-which")]
        assert which and all(i.prompt.startswith("Which ") and " of " in i.prompt
                             for i in which), name
    risk = [i for i in bank_of(STOCKS).items if i.id.endswith("/mc-which")
            and "/akciju-riski/" in i.id]
    assert risk and all(i.prompt.startswith("Kurš akciju risks ir aprakstīts: «")
                        for i in risk)


@pytest.mark.parametrize(("name", "title", "prompt", "steps"), [
    # "… four phases that always follow in the same order": order from the body text.
    (MITOSIS, "Phases of Mitosis", "Put the phases of mitosis in order.",
     ("Prophase", "Metaphase", "Anaphase", "Telophase")),
    # "… dzīves ciklā parasti izšķir sešus posmus:" — the noun from the count.
    (VIRUS, "Vīrusa dzīves cikls", "Sakārtojiet vīrusa dzīves cikla posmus pareizā secībā.",
     ("Piestiprināšanās", "Iekļūšana", "Atbrīvošanās no kapsīda", "Replikācija",
      "Salikšana", "Izdalīšanās")),
])
def test_numbered_phases_become_an_order_item(name: str, title: str, prompt: str,
                                              steps: tuple[str, ...]) -> None:
    orders = [i for i in bank_of(name).items if i.kind is ItemKind.ORDER
              and bank_of(name).fact(i.fact).title == title]
    assert len(orders) == 1
    assert orders[0].prompt == prompt and orders[0].options == steps


def test_a_key_point_is_a_cloze_or_a_true_false_where_the_table_allows() -> None:
    bank = bank_of(MITOSIS)
    cloze = bank.item("key-points/1/cloze")
    assert cloze.cloze_text() == ("Mitosis involves one division and produces two _____ "
                                  "daughter cells that are genetically identical to the "
                                  "parent cell.")
    assert sorted(cloze.options) == ["diploid", "haploid"] and cloze.answer_text == "diploid"
    # False by the other side's name where the table opposes the sides on the point.
    tf = bank.item("key-points/2/tf")
    assert tf.prompt.startswith("Mitosis involves two successive divisions")
    assert tf.correct == FALSE_INDEX
    assert not any(i.id in ("key-points/1/card", "key-points/2/card") for i in bank.items)


# -- P3-F: English grammar ------------------------------------------------------------------


def test_english_stems_give_countable_sides_their_article() -> None:
    bank = bank_of(MONARCHY)
    assert bank.item("what-is/republic/definition/card").prompt == "What is a republic?"
    assert bank.item("differences/tenure/b/card").prompt == \
        "What characterises a republic in terms of tenure?"
    assert bank.item("table/number-of-countries/a/card").prompt == \
        "What characterises a monarchy in terms of the number of countries?"
    # A clause as a row label gives way to the key difference's label.
    assert bank.item("table/how-chosen/a/card").prompt == \
        "What characterises a monarchy in terms of selection?"
    mitosis = bank_of(MITOSIS)
    assert mitosis.item("what-is/mitosis/definition/card").prompt == "What is mitosis?"


def test_an_english_true_false_says_a_cell_of_its_aspect_where_the_verb_is_the_aspects() -> None:
    bank = bank_of(MITOSIS)
    statements = {i.prompt for i in bank.items if i.kind is ItemKind.TRUE_FALSE}
    assert "In mitosis, crossing over occurs in prophase I." in statements
    assert not any(s.startswith(("Mitosis occurs", "Mitosis pair", "Meiosis occurs"))
                   for s in statements)


# -- P3-G / P4: one fact, once ---------------------------------------------------------------


def test_a_back_says_each_thing_once_and_options_carry_one_text_per_side() -> None:
    bank = bank_of(MITOSIS)
    assert bank.item("table/homologous-chromosomes/a/card").back == \
        "Behave independently and do not pair."
    virus = bank_of(VIRUS)
    for item in virus.items:
        if item.kind is ItemKind.MULTIPLE_CHOICE:
            texts = [set(o.casefold().split()) for o in item.options]
            assert not any(a < b for a in texts for b in texts), item.id


def test_a_definition_card_shows_the_definition_not_the_history() -> None:
    card = bank_of(VIRUS).item("what-is/viruss/definition/card")
    assert card.back.startswith("Vīruss ir mikroskopisks infekcijas aģents")
    assert "Ivanovskis" not in card.back and "Ivanovskis" in card.explanation


def test_rows_of_examples_and_bare_yes_no_cells_are_not_trivia() -> None:
    virus = bank_of(VIRUS)
    examples = [i for i in virus.items if i.topic == "table/slimibu-piemeri"]
    assert examples and all(i.form is ChoiceForm.SIDES for i in examples)
    assert virus.item("table/ribosomas/a/card").prompt == "Vai vīrusam ir ribosomas?"
    assert not any(i.prompt.endswith("«Nav»?") for i in virus.items)


# -- P3-H: numbers and their clozes ---------------------------------------------------------


def test_cloze_options_are_numbers_of_the_same_kind() -> None:
    from quizapp.core.generate.numbers import kind_of

    seen = 0
    for name in (VIRUS, STOCKS, MONARCHY, MITOSIS):
        for item in bank_of(name).items:
            if item.kind is not ItemKind.CLOZE or not any(c.isdigit() for c in item.answer_text):
                continue
            kinds = {kind_of(o) for o in item.options}
            assert len(kinds) == 1, (item.id, item.options)
            seen += 1
    assert seen >= 15
    year = bank_of(VIRUS).item("what-is/viruss/definition/number-2/cloze")
    assert year.answer_text == "1892" and "_____. gadā" in year.cloze_text()


# -- P2-D: source errors by the dictionaries ------------------------------------------------


def test_a_latvian_word_is_no_english_leftover_and_a_leftover_stays_out() -> None:
    bank = bank_of(STOCKS)
    warnings = "\n".join(bank.warnings)
    assert "instruments" not in warnings
    assert "Corporate Bonds" in warnings
    assert any(i.fact == "key-points/2" for i in bank.items)  # "… parāda instruments …"
    for item in bank.items:
        if item.kind is not ItemKind.FLASHCARD:
            assert "Corporate Bonds" not in " ".join((item.prompt, *item.options)), item.id
