"""The giveaways an examiner found in banks of unseen articles, each a lint finding.

The items are the examiner's, as the first generator wrote them; the facts (which tell the
lint what each side is called and what its role nouns are) are those of the article's
bank. Items the examiner accepted stay clean.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from quizapp.core.banks.lint import Linter, Rule
from quizapp.core.banks.model import ChoiceForm, Item, ItemKind
from quizapp.core.generate.pipeline import bank_from_file
from tests.helpers import DOCS


@lru_cache(maxsize=None)
def linter(name: str) -> Linter:
    bank = bank_from_file(DOCS / name)
    return Linter(bank.meta.language, bank.meta.sides, bank.facts)


def mc(prompt: str, options: tuple[str, ...], correct: int = 0, *, fact: str = "",
       form: ChoiceForm = ChoiceForm.PLAIN) -> Item:
    return Item("x", ItemKind.MULTIPLE_CHOICE, "t", prompt, options=options, correct=correct,
                fact=fact, form=form)


def sides(text: str, name: str, correct: int) -> Item:
    prompt = (f"Which of the two does this describe: “{text}”?" if "-vs-" in name else
              f"Uz ko attiecas šis apgalvojums: «{text}»?")
    options = ("Monarchy", "Republic") if name.startswith("monarchy") else \
        ("Akcijas", "Obligācijas") if name.startswith("akcijas") else \
        ("Vīruss", "Baktērija") if name.startswith("viruss") else ("Mitosis", "Meiosis")
    return mc(prompt, options, correct, form=ChoiceForm.SIDES)


def rules(item: Item, name: str) -> set[Rule]:
    return {f.rule for f in linter(name).item(item)}


MONARCHY = "monarchy-vs-republic.txt"
MITOSIS = "mitosis-vs-meiosis.txt"
STOCKS = "akcijas-pret-obligacijam.txt"
VIRUS = "viruss-pret-bakteriju.txt"


# -- side names and their role nouns --------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "correct"), [
    (MONARCHY, "A president can be voted out at the next election or removed by "
               "impeachment", 1),  # role noun of the republic
    (MONARCHY, "The president serves a fixed term and may face term limits", 1),
    (MONARCHY, "King, queen, emperor or other monarch", 0),  # monarch ~ monarchy
    (STOCKS, "Akcionāri saņem atlikumu pēdējie", 0),  # akcionārs ~ akcijas
    (STOCKS, "Akcionārs ir uzņēmuma līdzīpašnieks", 0),
    (VIRUS, "Pretvīrusu zāles; antibiotikas nepalīdz", 0),  # a compound
    (MITOSIS, "Two nuclear divisions, meiosis I and meiosis II", 1),
])
def test_a_which_side_statement_that_names_its_side(name: str, text: str,
                                                    correct: int) -> None:
    item = sides(text, name, correct)
    assert Rule.SIDE_CUE in rules(item, name), text


@pytest.mark.parametrize(("name", "text", "correct"), [
    (MONARCHY, "Tradition, heredity and sometimes religion", 0),  # accepted (#3)
    (MONARCHY, "Fixed term, e.g. 4 years in the United States", 1),  # accepted (#10)
    (MONARCHY, "President or another elected official", 1),  # the head of state (#17)
    (VIRUS, "Antibiotikas, piemēram, penicilīns", 1),  # accepted (#3)
    (VIRUS, "Patstāvīgi, bināras dalīšanās ceļā", 1),  # accepted (#4)
    (MITOSIS, "Pair up in prophase I", 1),  # accepted (#2)
])
def test_a_which_side_statement_the_examiner_accepted(name: str, text: str,
                                                     correct: int) -> None:
    item = sides(text, name, correct)
    assert rules(item, name) == set(), text


def test_options_that_name_their_sides() -> None:
    # monarchy #1: the right option names the monarch, the wrong one the president.
    tenure = mc("What characterises a monarchy in terms of tenure?",
                ("The monarch reigns for life unless he or she abdicates",
                 "The president serves a fixed term and may face term limits"),
                fact="differences/tenure/a")
    assert Rule.SIDE_CUE in rules(tenure, MONARCHY)
    # mitosis #19: only the right option names the side the question asks about.
    divisions = mc("What characterises meiosis in terms of number of divisions?",
                   ("Two (meiosis I and meiosis II)", "One", "One nuclear division"),
                   fact="table/number-of-divisions/b")
    assert Rule.SIDE_CUE in rules(divisions, MITOSIS)
    # akcijas: "Zemāks, jo īpaši valsts obligācijām" answers "Kas raksturo obligācijas …?"
    risk = mc("Kas raksturo obligācijas aspektā «Risks»?",
              ("Zemāks, jo īpaši valsts obligācijām", "Augstāks, cena var stipri svārstīties"),
              fact="table/risket/b")
    assert Rule.SIDE_CUE in rules(risk, STOCKS)
    fair = mc("What characterises a monarchy in terms of selection?",
              ("Usually by heredity, according to the rules of succession",
               "By election, either directly by the people or by parliament"),
              fact="differences/selection/a")
    assert rules(fair, MONARCHY) == set()


# -- shared stems between a description and its right option --------------------------------


@pytest.mark.parametrize(("name", "prompt", "options", "correct"), [
    (MONARCHY, "Which point of “Types of Republic” does this describe: “The president is a "
               "largely ceremonial head of state, and the government is led by a prime "
               "minister who needs the confidence of parliament.”?",
     ("Presidential Republic", "Parliamentary Republic", "Semi-presidential Republic"), 1),
    (MONARCHY, "Which point of “Features of a Republic” does this describe: “The head of "
               "state is bound by the constitution and can be removed before the end of the "
               "term, for example by impeachment.”?",
     ("Elected head of state", "Term limits", "Removal from office"), 2),
    (MITOSIS, "Which point of “Functions of Mitosis” does this describe: “Many single-celled "
              "eukaryotes, such as amoebae and yeast, reproduce by mitosis, producing "
              "offspring identical to the parent.”?",
     ("Growth", "Repair", "Asexual reproduction"), 2),
    (STOCKS, "Kuram punktam sadaļā «Obligāciju veidi» atbilst šis apraksts: «Tās nemaksā "
             "kuponu, bet tiek pārdotas ar atlaidi no nominālvērtības.»?",
     ("Valsts obligācijas", "Pašvaldību obligācijas", "Bezkupona obligācijas"), 2),
    (STOCKS, "Kuram punktam sadaļā «Kā darbojas obligācija» atbilst šis apraksts: «Dzēšanas "
             "datumā emitents atmaksā investoram obligācijas nominālvērtību.»?",
     ("Emisija", "Kupona maksājumi", "Dzēšana"), 2),
    (VIRUS, "Kuram punktam sadaļā «Vīrusu infekciju profilakse un ārstēšana» atbilst šis "
            "apraksts: «Vakcīna iemāca imūnsistēmai atpazīt vīrusu pirms īstās infekcijas.»?",
     ("Vakcinācija", "Pretvīrusu zāles", "Antibiotikas nepalīdz"), 0),
    (VIRUS, "Kuram punktam sadaļā «Noderīgās baktērijas» atbilst šis apraksts: «Zarnu "
            "baktērijas sašķeļ šķiedrvielas, ko cilvēka fermenti nespēj sagremot.»?",
     ("Gremošana", "Slāpekļa piesaiste", "Pārtikas ražošana"), 0),
])
def test_a_description_that_echoes_its_right_option(name: str, prompt: str,
                                                    options: tuple[str, ...],
                                                    correct: int) -> None:
    bank_fact = _member_fact(name, options[correct])
    item = mc(prompt, options, correct, fact=bank_fact)
    assert Rule.STEM_CUE in rules(item, name)


def test_a_description_that_echoes_no_option_is_clean() -> None:
    item = mc("Which phase of mitosis is this: “The sister chromatids separate at the "
              "centromere and are pulled to opposite poles of the cell.”?",
              ("Prophase", "Metaphase", "Anaphase", "Telophase"), 2,
              fact=_member_fact(MITOSIS, "Anaphase"))
    assert rules(item, MITOSIS) == set()


def _member_fact(name: str, title: str) -> str:
    bank = bank_from_file(DOCS / name)
    return next(f.id for f in bank.facts if f.title == title and f.parent)


# -- options of another kind ------------------------------------------------------------------


def test_an_english_option_in_a_latvian_question() -> None:
    item = mc("Kurš obligāciju veids ir aprakstīts: «Uzņēmumi emitē obligācijas, lai "
              "finansētu investīcijas.»?",
              ("Valsts obligācijas", "Corporate Bonds", "Pašvaldību obligācijas"), 1)
    assert Rule.MIXED_OPTIONS in rules(item, STOCKS)


def test_two_options_that_say_one_thing() -> None:
    item = mc("Kas raksturo vīrusu aspektā «Izmērs»?",
              ("20–300 nm", "0,5–5 µm", "Parasti 0,5–5 µm; saskatāma gaismas mikroskopā"))
    assert Rule.DUPLICATE_OPTIONS in rules(item, VIRUS)
    item = mc("What characterises meiosis in terms of the number of divisions?",
              ("Two", "One", "One nuclear division"))
    assert Rule.DUPLICATE_OPTIONS in rules(item, MITOSIS)
