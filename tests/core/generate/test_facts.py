"""The steps before items: source checks, list kinds, numbers, contrasts, facts of an article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.banks.model import FactKind
from quizapp.core.generate.builder import BankBuilder
from quizapp.core.generate.contrast import contrasted, said_elsewhere, words_of
from quizapp.core.generate.facts import extract, group_kind
from quizapp.core.generate.numbers import kind_of, number_spans
from quizapp.core.generate.sourcecheck import label_defect, text_defect
from tests.helpers import DOCS, ROOT, STUDY_DOC, parse_file


@pytest.mark.parametrize(("text", "broken"), [
    ("Content Creation", True),
    ("Influencers demonstrē produktu dzīvesveida video", True),
    ("Var būt ekonomiski izdevīgi, jo īpaši attiecībā uz bioloģisko sasniedzamību", True),
    ("Ievērojušos ietekmētāju izmantošana", True),
    ("Tas var ietvert Instagram ziņas, YouTube videoklipus, TikTok klipus", False),
    ("ROI (ieguldījumu atdeves) mērīšana var būt sarežģīta", False),
    ("Uzlabota SEO un tiešsaistes klātbūtne", False),
    # "Not Latvian" by the Latvian dictionary, not by a word list (round two of issue 10).
    ("Obligācijas ir parāda instruments, kur emitents apņemas maksāt", False),
    ("Dokuments un parlaments; elements, moments un segments", False),
    ("Corporate Bonds", True),
    ("Starpība starp Stocks un Obligācijas", True),
    ("zemāk novērtētās ir spekulatīvās jeb junk obligācijas", True),
    ("Apple akcijas; S&P, Moody's un Fitch; Antonijs van Lēvenhuks", False),
])
def test_broken_latvian_source_text_is_recognised(text: str, broken: bool) -> None:
    assert (text_defect(text, "lv") is not None) is broken, text
    assert text_defect(text, "en") is None  # English words are English in English text


def test_a_bare_infinitive_is_no_row_label() -> None:
    assert label_defect("Koncentrēt", "lv") and label_defect("sasniegt", "lv")
    assert label_defect("Kontrole", "lv") is None and label_defect("Reklāmas veids", "lv") is None


@pytest.mark.parametrize(("title", "kind"), [
    ("Ietekmētāju mārketinga galvenās priekšrocības", "benefit"),
    ("Saules enerģijas trūkumi", "challenge"),
    ("Izaicinājumi un tendences", "list"),  # trends are not challenges
    ("Pros and Cons of Tea", "list"),
    ("Challenges of Email Marketing", "challenge"),
    ("How Content Marketing Works", "steps"),
    ("Kā darbojas vēja turbīna", "steps"),
    ("Main Types of Coffee", "list"),
])
def test_what_a_list_lists(title: str, kind: str) -> None:
    assert group_kind(title) == kind


def test_numbers_with_their_units() -> None:
    assert number_spans("About 95 mg in a regular cup") == ("95 mg",)
    assert number_spans("Mūsdienu paneļi pārvērš 15–22 % saules gaismas") == ("15–22 %",)
    assert number_spans("Paneļi kalpo 25–30 gadus, turbīnas 20–25 gadus") == ("25–30 gadus",
                                                                              "20–25 gadus")
    assert number_spans("pieņemts 1937. gada 28. janvārī") == ()  # a date is no quantity
    assert number_spans("died on 8 September 2022 after a reign of 70 years") == ("70 years",)
    # Years, and units and scales of other fields.
    assert number_spans("Ivanovskis 1892. gadā, kad") == ("1892",)
    assert number_spans("founded in 509 BC, when") == ("509 BC",)
    assert number_spans("since the 22nd Amendment of 1951, may") == ("1951",)
    assert number_spans("Parasti 20–300 nm; bet 0,5–5 µm") == ("20–300 nm", "0,5–5 µm")
    assert number_spans("about 8.4 million, and 70 trillion cells") == ("8.4 million",
                                                                      "70 trillion")
    assert number_spans("received about €0.08/kWh") == ("€0.08/kWh",)
    assert [kind_of(n) for n in ("1892", "20–300 nm", "0,5–5 mikrometri", "20 minūtēm",
                                 "25–30 gadus", "€0.08/kWh")] == [
        "year", "length", "length", "time", "time", "money/kwh"]


def test_sides_are_contrasted_only_where_the_document_holds_to_it() -> None:
    more, less = "Zīmoliem ir lielāka kontrole pār saturu", "Mazāka kontrole pār saturu"
    assert contrasted(more, less, words_of([more]), words_of([less]), "lv")
    # The other side is also said to have "lielāka" somewhere: the swap would not be false.
    elsewhere = words_of([less, "Ietekmētājiem ir lielāka sasniedzamība"])
    assert not contrasted(more, less, words_of([more]), elsewhere, "lv")
    assert contrasted("About 95 mg in a cup", "About 47 mg in a cup", frozenset(),
                      frozenset(), "en")
    assert not contrasted("Bitter and roasted", "Grassy or malty", frozenset(), frozenset(),
                          "en")


def test_a_statement_the_other_side_has_too_is_no_which_side_question() -> None:
    targeted = "Mērķtiecīga sasniedzamība konkrētai, iesaistītai auditorijai"
    smm = ["Apmaksāta reklāma ļauj sasniegt plašāku auditoriju un atlasīt konkrētus "
           "demogrāfiskos datus"]
    assert said_elsewhere(targeted, smm, "lv")
    assert not said_elsewhere("Zīmols pilnībā kontrolē ziņojumu un saturu", smm, "lv")


def test_the_study_document_gives_facts_of_every_kind_with_stable_ids() -> None:
    book = extract(parse_file(STUDY_DOC), BankBuilder(0))
    kinds = {f.fact.kind for f in book.facts.values()}
    assert {FactKind.CLAIM, FactKind.DEFINITION, FactKind.LIST, FactKind.MEMBER,
            FactKind.KEY_POINT, FactKind.SEQUENCE, FactKind.SHARED} <= kinds
    claims = [f for f in book.facts.values() if f.fact.kind is FactKind.CLAIM]
    # Six key differences merge into table rows: three by their labels ("Kontrole" /
    # "Ziņojuma kontrole"), three by their texts ("Koncentrēt" / "Reklāmas veids").
    assert len(claims) == 2 * (7 + 10 - 6)
    again = extract(parse_file(STUDY_DOC), BankBuilder(0))
    assert list(again.facts) == list(book.facts)
    # The bare infinitive "Koncentrēt" is named by its key difference's label instead.
    assert book.facts["table/koncentret/a"].fact.title == "Reklāmas veids"
    assert book.facts["table/koncentret/a"].label_defect is None


def test_an_unstructured_document_has_no_claims_about_sides() -> None:
    book = extract(parse_file(DOCS / "plain-notes.md"), BankBuilder(0))
    kinds = {f.fact.kind for f in book.facts.values()}
    assert FactKind.MEMBER in kinds
    assert not kinds & {FactKind.CLAIM, FactKind.DEFINITION, FactKind.SHARED}


def test_check_lint_on_a_broken_bank_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 2\nbank: {id: x, title: X}\nitems: [{id: a, kind: cloze, "
                   "topic: t, text: no blank, options: [a, b], answer: 0}]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "quizapp", "check", "--lint", str(bad)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "field 'text'" in run.stderr
    assert "Traceback" not in run.stderr
