"""The examiner's defect classes from review 2 of issue 10, each a rule for the whole family.

Four articles the generator had never seen (``tests/fixtures/documents``): weather/climate and
watercolour/oil painting (Latvian), nuclear fission/fusion and classical/operant
conditioning (English).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, Bank, FactKind, ItemKind
from quizapp.core.generate.context import first_sentence, sentences
from quizapp.core.generate.pipeline import bank_from_file
from tests.helpers import DOCS

WEATHER = "laikapstakli-pret-klimatu.txt"
PAINT = "akvarelis-pret-ellas-glezniecibu.txt"
FISSION = "nuclear-fission-vs-fusion.txt"
CONDITIONING = "classical-vs-operant-conditioning.txt"
ALL = (WEATHER, PAINT, FISSION, CONDITIONING)


@lru_cache(maxsize=None)
def bank_of(name: str) -> Bank:
    return bank_from_file(DOCS / name)


def _texts(bank: Bank) -> list[tuple[str, str]]:
    """Every item's visible text: (id, prompt + options + back)."""
    return [(i.id, "\n".join((i.prompt, *i.options, i.back))) for i in bank.items]


def _list(bank: Bank, title: str) -> tuple[str, ...]:
    found = [f for f in bank.facts if f.title == title
             and f.kind in (FactKind.LIST, FactKind.SEQUENCE)]
    assert len(found) == 1, title
    return found[0].statements


# -- TRUNC: an initial or an abbreviation ends no sentence; a list keeps all its points --------


def test_an_initial_ends_no_sentence() -> None:
    text = ("A response also appears with similar stimuli. In 1920 John B. Watson and "
            "B. F. Skinner did it, e.g. with rats. Next.")
    assert sentences(text) == [
        "A response also appears with similar stimuli.",
        "In 1920 John B. Watson and B. F. Skinner did it, e.g. with rats.", "Next."]
    assert first_sentence("In 1920 John B. Watson did it. Then.") == \
        "In 1920 John B. Watson did it."


def test_no_item_text_ends_at_an_initial() -> None:
    for name in ALL:
        for item_id, text in _texts(bank_of(name)):
            assert not re.search(r"\s[A-Z]\.(?:$|\n)", text), (item_id, text)


@pytest.mark.parametrize(("name", "title", "members"), [
    (CONDITIONING, "Related Phenomena", ("Extinction", "Spontaneous Recovery",
                                         "Generalisation")),
    (CONDITIONING, "Key Terms", ("Unconditioned stimulus (US)", "Unconditioned response (UR)",
                                 "Conditioned stimulus (CS)", "Conditioned response (CR)")),
    (CONDITIONING, "Schedules of Reinforcement", ("Fixed ratio", "Variable ratio",
                                                  "Fixed interval", "Variable interval")),
    (WEATHER, "Klimatu noteicošie faktori", ("Ģeogrāfiskais platums", "Attālums no jūras",
                                             "Reljefs", "Okeāna straumes un valdošie vēji")),
])
def test_a_list_has_all_its_points_and_only_them(name: str, title: str,
                                                 members: tuple[str, ...]) -> None:
    bank = bank_of(name)
    assert _list(bank, title) == members
    card = next(i for i in bank.items if i.kind is ItemKind.FLASHCARD
                and i.fact.endswith("/list") and bank.fact(i.fact).title == title)
    assert str(len(members)) in card.prompt
    assert card.back.count("\n") == len(members) - 1


# -- ORDER: a numbered procedure gives an order item ------------------------------------------


@pytest.mark.parametrize(("name", "steps"), [
    (WEATHER, ("Novērojumi", "Datu asimilācija", "Skaitliskā modelēšana",
               "Sinoptiķa izvērtējums")),
    (PAINT, ("Pamatnes gruntēšana", "Apakšgleznojums", "Gleznošana kārtās", "Lakošana")),
    (FISSION, ("Fuel", "Moderator", "Control rods", "Coolant and turbine")),
])
def test_a_numbered_procedure_is_an_order_item(name: str, steps: tuple[str, ...]) -> None:
    orders = [i for i in bank_of(name).items if i.kind is ItemKind.ORDER]
    assert [i.options for i in orders] == [steps]


# -- STEM: template wording --------------------------------------------------------------------


def test_a_side_named_mid_sentence_is_not_title_cased() -> None:
    for name in (FISSION, CONDITIONING):
        for item_id, text in _texts(bank_of(name)):
            assert not re.search(r"\b(?:nuclear|classical|operant) [A-Z]", text), item_id


def test_a_label_that_is_no_noun_phrase_is_quoted_not_framed() -> None:
    for name in (FISSION, CONDITIONING):
        for item_id, text in _texts(bank_of(name)):
            assert not re.search(r"in terms of (?:in|discovered|learning through)\b", text), \
                item_id
            assert not re.search(r"Regarding (?:in|discovered|learning through)\b", text), \
                item_id
    prompts = {i.prompt for i in bank_of(FISSION).items}
    assert "What does the comparison say about nuclear fission under “In nature”?" in prompts


def test_one_example_is_asked_in_the_singular() -> None:
    prompts = [i.prompt for i in bank_of(CONDITIONING).items]
    assert "Which of the two is this an example of: “A child tidies up to earn pocket money”?" \
        in prompts
    assert not any("these examples of" in p for p in prompts)


# -- QA: a card's front asks for its back ------------------------------------------------------


def test_what_is_is_asked_only_of_a_text_that_says_what_it_is() -> None:
    from quizapp.core.generate.lists import defines
    for name in ALL:
        bank = bank_of(name)
        for item in bank.items:
            fact = bank.fact(item.fact)
            if item.kind is ItemKind.FLASHCARD and fact.kind is FactKind.MEMBER and \
                    item.prompt.startswith(("Kas ir ", "What is ")) and \
                    not item.prompt.startswith("What is meant by"):
                assert defines(fact.statements[0], fact.statements[1], bank.meta.language), \
                    item.prompt
    prompts = {i.prompt for i in bank_of(WEATHER).items}
    assert "Kas ir ģeogrāfiskais platums?" not in prompts
    assert "Aprakstiet ģeogrāfisko platumu." in prompts
    # A heading that is a question is asked as itself.
    assert "Kāpēc prognozes ir ierobežotas?" in prompts


def test_why_is_asked_only_of_points_a_text_argues_for() -> None:
    prompts = [i.prompt for i in bank_of(PAINT).items]
    assert not any(p.startswith("Kāpēc «") and "tehnika" in p for p in prompts), prompts
    assert "Ko nozīmē «Lesēšana» kā akvareļa tehnika?" in prompts
    english = {i.prompt for i in bank_of(CONDITIONING).items}
    assert "What is meant by “Fixed ratio”?" in english
    assert "What happens in the step “Before conditioning”?" in english
    assert "Put the steps of Pavlov's experiment in order." in english


# -- SOURCE: English leftovers in a Latvian text, and a word cited on purpose --------------------


def test_an_english_compound_is_flagged_and_a_cited_word_is_not() -> None:
    from quizapp.core.language.foreign import english_words
    assert english_words("Wet-on-Wet") == ("Wet-on-Wet",)
    assert english_words("Nosaukums cēlies no latīņu vārda aqua – ūdens.") == ()
    bank = bank_of(PAINT)
    assert any("Wet-on-Wet" in w for w in bank.warnings)
    assert not any("aqua" in w for w in bank.warnings)
    for item in bank.items:
        # (A flashcard may quote the heading as the article's.)
        assert "Wet-on-Wet" not in item.options, item.id
        assert item.kind is ItemKind.FLASHCARD or "Wet-on-Wet" not in item.prompt, item.id


# -- DISTR: a number's wrong options are of its unit; no half of a range; no unknown unit ------


def test_numbers_are_whole_and_of_their_unit() -> None:
    from quizapp.core.generate.numbers import number_spans, same_unit
    # Half of a range is no number of its own; a value in hPa or MeV is no year; a minus
    # sign belongs to its number.
    assert number_spans("ka 2011.–2020. gadā bija par 1,1 °C augstāka nekā 1850.–1900. "
                        "gadā") == ("1,1 °C",)
    assert number_spans("Vidējais spiediens ir 1013 hPa, about 17.6 MeV.") == ()
    assert number_spans("janvārī ap −3 °C") == ("−3 °C",)
    assert same_unit("100 metriem", "11 m") and not same_unit("100 metriem", "690 mm")
    assert not same_unit("6–12 mēnešiem", "5–15 minūtes")


def test_a_cloze_offers_only_numbers_of_its_unit_and_case() -> None:
    from quizapp.core.generate.numbers import same_unit
    for name in ALL:
        for item in bank_of(name).items:
            if item.kind is ItemKind.CLOZE and any(ch.isdigit() for ch in item.options[0]):
                right = item.options[item.correct]
                for o in item.options:
                    assert same_unit(right, o), (item.id, item.options)
                assert not re.search(r"\d\.?[–−-]$", item.prompt.split("{{")[0]), item.id


def test_one_sentence_gives_at_most_two_number_clozes() -> None:
    texts = [i.cloze_text() for i in bank_of(WEATHER).items if i.kind is ItemKind.CLOZE]
    ipcc = [t for t in texts if "IPCC" in t]
    assert len(ipcc) <= 2


def test_a_plural_heading_names_its_points() -> None:
    prompts = [i.prompt for i in bank_of(CONDITIONING).items]
    assert any(p.startswith("Which related phenomenon is this: “") for p in prompts)
    assert not any(p.startswith("Which point of “Related Phenomena”") for p in prompts)
    fission = [i.prompt for i in bank_of(FISSION).items]
    assert "Name both points the article makes under “Approaches to Fusion Power”." in fission


# -- KINDS: true/false from an aspect with one short value per side ------------------------------


@pytest.mark.parametrize(("name", "statement", "truth"), [
    (PAINT, "Eļļas glezniecības kārtu secība ir no gaišā uz tumšo.", False),
    (FISSION, "In nuclear fusion, the typical fuel is U-235 or Pu-239.", False),
])
def test_a_value_said_of_a_side_is_a_true_false_item(name: str, statement: str,
                                                     truth: bool) -> None:
    found = [i for i in bank_of(name).items if i.kind is ItemKind.TRUE_FALSE
             and i.prompt == statement]
    assert len(found) == 1
    assert found[0].correct == (TRUE_INDEX if truth else FALSE_INDEX)


def test_a_definition_row_is_no_aspect_that_characterises() -> None:
    prompts = [i.prompt for i in bank_of(WEATHER).items]
    assert not any("aspektā «Definīcija»" in p for p in prompts)
    assert prompts.count("Kas ir klimats?") == 1  # the definition's own card, once


def test_a_wrong_number_is_of_the_answers_order_of_magnitude() -> None:
    for item in bank_of(WEATHER).items:
        if item.kind is ItemKind.CLOZE and "mm" in item.options[item.correct]:
            assert len(item.options) == 1 or "1 mm" not in item.options, item.id
    texts = {i.cloze_text(): i.options for i in bank_of(WEATHER).items
             if i.kind is ItemKind.CLOZE}
    for text, options in texts.items():
        assert not ("1,1 °C" in options and "17 °C" in options), text


# -- STEM: a key point about one side is asked as the question it answers ----------------------


@pytest.mark.parametrize(("name", "prompt", "answer"), [
    (WEATHER, "Kas ir īslaicīgs atmosfēras stāvoklis, kas var mainīties dažu stundu vai dienu "
              "laikā?", "Laikapstākļi"),
    (FISSION, "Which of the two splits heavy nuclei such as uranium-235 or plutonium-239, "
              "releasing energy and two or three free neutrons that can start a chain "
              "reaction?", "Nuclear Fission"),
])
def test_a_key_point_about_one_side_asks_which_side(name: str, prompt: str,
                                                    answer: str) -> None:
    found = [i for i in bank_of(name).items if i.prompt == prompt]
    assert len(found) == 1 and found[0].options[found[0].correct] == answer
    assert not any(i.prompt.startswith(("Pabeidziet atziņu: «Laikapstākļi ir",
                                         "Complete the key point: “Fission"))
                   for i in bank_of(name).items)


def test_a_latvian_heading_with_a_prepositional_tail_is_described() -> None:
    from quizapp.core.generate.phrasing import accusative
    assert accusative("Attālums no jūras") == "Attālumu no jūras"
    assert accusative("Video dominēšana") == "Video dominēšanu"
    prompts = {i.prompt for i in bank_of(WEATHER).items}
    assert "Aprakstiet attālumu no jūras." in prompts


def test_a_latvian_list_title_with_an_agreeing_adjective_names_its_points() -> None:
    from quizapp.core.generate.listnoun import list_noun
    noun = list_noun("Klimatu noteicošie faktori", "", "lv")
    assert noun is not None and (noun.singular, noun.owner) == ("noteicošais faktors",
                                                                "Klimatu")
    prompts = [i.prompt for i in bank_of(WEATHER).items]
    assert any(p.startswith("Kurš klimatu noteicošais faktors ir aprakstīts: «") for p in prompts)
    assert not any(p.startswith("Kuram punktam sadaļā «Klimatu") for p in prompts)
