"""The item-writing lint: each rule fires on the fault QUESTIONS.md describes, not on a good item."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.banks.io import load_bank, write_bank
from quizapp.core.banks.lint import Finding, Linter, Rule, lint_bank, longest_bias, overtested
from quizapp.core.banks.model import (
    FALSE_INDEX,
    TRUE_INDEX,
    Bank,
    BankMeta,
    ChoiceForm,
    Fact,
    FactKind,
    Item,
    ItemKind,
    Topic,
)
from tests.helpers import FIXTURES, ROOT

SIDES = ("Sociālo mediju mārketings (SMM)", "Ietekmētāju mārketings")
FACTS = (
    Fact("table/kontrole/a", FactKind.CLAIM, "Kontrole",
         ("Zīmols pilnībā kontrolē ziņojumu un saturu",), side=0),
    Fact("table/kontrole/b", FactKind.CLAIM, "Kontrole",
         ("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros",), side=1),
    Fact("table/ticamiba/b", FactKind.CLAIM, "Ticamība",
         ("Izmanto ietekmētāja iedibināto uzticību un autentiskumu",), side=1),
    Fact("table/ticamiba/a", FactKind.CLAIM, "Ticamība",
         ("Paļaujas uz zīmola reputāciju",), side=0),
)
LV = Linter("lv", SIDES, FACTS)


def mc(prompt: str, options: tuple[str, ...], correct: int = 0, *, fact: str = "",
       form: ChoiceForm = ChoiceForm.PLAIN, iid: str = "x") -> Item:
    return Item(iid, ItemKind.MULTIPLE_CHOICE, "t", prompt, options=options, correct=correct,
                fact=fact, form=form)


def rules(item: Item, linter: Linter = LV) -> set[Rule]:
    return {f.rule for f in linter.item(item)}


def test_a_good_item_has_no_finding() -> None:
    item = mc("Kas raksturo sociālo mediju mārketingu aspektā «Ticamība»?",
              ("Paļaujas uz zīmola reputāciju", "Balstās uz personīgu uzticību"),
              fact="table/ticamiba/a")
    assert LV.item(item) == []
    # The right option alone names the side asked about: a cue (round two of issue 10).
    named = mc("Kas raksturo ietekmētāju mārketingu aspektā «Kontrole»?",
               ("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros",
                "Zīmols pilnībā kontrolē ziņojumu un saturu"), fact="table/kontrole/b")
    assert Rule.SIDE_CUE in rules(named)


def test_true_distractor_is_a_statement_of_the_same_side() -> None:
    # The committed bank's fault: another influencer-marketing cell offered as wrong.
    item = mc("Kas raksturo ietekmētāju mārketingu aspektā «Kontrole»?",
              ("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros",
               "Izmanto ietekmētāja iedibināto uzticību un autentiskumu",
               "Zīmols pilnībā kontrolē ziņojumu un saturu"), fact="table/kontrole/b")
    found = LV.item(item)
    assert [f.rule for f in found] == [Rule.TRUE_DISTRACTOR]
    assert "table/ticamiba/b" in found[0].evidence


def test_not_true_item_whose_answer_is_true_of_the_subject() -> None:
    bad = mc("Kas NAV raksturīgs ietekmētāju mārketingam?",
             ("Izmanto ietekmētāja iedibināto uzticību un autentiskumu",
              "Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros"),
             fact="table/kontrole/b", form=ChoiceForm.NOT)
    good = mc("Kas NAV raksturīgs ietekmētāju mārketingam?",
              ("Paļaujas uz zīmola reputāciju",
               "Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros"),
              fact="table/kontrole/b", form=ChoiceForm.NOT)
    assert Rule.TRUE_DISTRACTOR in rules(bad)
    assert Rule.TRUE_DISTRACTOR not in rules(good)


def test_side_cue_in_a_which_side_statement() -> None:
    bad = mc("Kuru no abiem raksturo šis apgalvojums: «Ietekmētāji paši veido saturu»?",
             SIDES, 1, form=ChoiceForm.SIDES)
    good = mc("Kuru no abiem raksturo šis apgalvojums: «Zīmols pilnībā kontrolē saturu»?",
              SIDES, 0, form=ChoiceForm.SIDES)
    both = mc("Kuru no abiem raksturo šis apgalvojums: «Abās tiek izmantoti sociālie tīkli»?",
              (*SIDES, "Abus"), 2, form=ChoiceForm.SIDES)
    assert rules(bad) == {Rule.SIDE_CUE}
    assert rules(good) == set()
    assert rules(both) == {Rule.SIDE_CUE}


def test_side_cue_in_a_true_false_claim() -> None:
    bad = Item("x", ItemKind.TRUE_FALSE, "t", "Ietekmētāju mārketingā ietekmētājam ir radoša "
               "brīvība.", correct=TRUE_INDEX)
    good = Item("x", ItemKind.TRUE_FALSE, "t", "Sociālo mediju mārketingā (SMM) zīmols "
                "pilnībā kontrolē saturu.", correct=FALSE_INDEX)
    assert rules(bad) == {Rule.SIDE_CUE}
    assert rules(good) == set()


def test_stem_cue_compares_stems_not_strings() -> None:
    # «Kontrole» in the question, "kontrolē" only in the right option.
    bad = mc("Kas sociālo mediju mārketingam raksturīgs aspektā «Kontrole»?",
             ("Zīmols pilnībā kontrolē ziņojumu un saturu", "Paļaujas uz zīmola reputāciju "
              "un tēlu"))
    assert Rule.STEM_CUE in rules(bad)
    # When a wrong option shares a stem too, the shared word gives nothing away.
    fair = mc("Kas sociālo mediju mārketingam raksturīgs aspektā «Kontrole»?",
              ("Zīmols pilnībā kontrolē ziņojumu un saturu",
               "Mazāka kontrole pār satura izveidi"))
    assert Rule.STEM_CUE not in rules(fair)


def test_fragment_options() -> None:
    for fragment in ("kurām ir liels sekotājs un kuras var atbalstīt zīmolu",
                     "bet sociālo mediju mārketings koncentrējas uz saikni",
                     "lai reklamētu produktus un pakalpojumus"):
        item = mc("Kā turpinās šī atziņa?", ("Zīmols pats veido savu saturu", fragment), 0)
        assert Rule.FRAGMENT_OPTION in rules(item), fragment
    whole = mc("Kā turpinās šī atziņa?", ("Zīmols pats veido savu saturu",
                                          "Ar starpnieka palīdzību sasniedz auditoriju"))
    assert Rule.FRAGMENT_OPTION not in rules(whole)


def test_mixed_option_types_and_a_lone_long_answer() -> None:
    number = mc("Cik kofeīna ir kafijas tasē?", ("Apmēram 95 mg", "Rūgta garša",
                                                  "Lapas no tējas auga"))
    assert Rule.MIXED_OPTIONS in rules(number)
    long = mc("Kas raksturo kafiju?", ("Gatavo no grauzdētām un maltām kafijas pupiņām, "
                                       "ko aplej ar karstu ūdeni un izkāš", "Rūgta", "Skāba"))
    assert Rule.MIXED_OPTIONS in rules(long)
    same = mc("Cik kofeīna ir kafijas tasē?", ("Apmēram 95 mg", "Apmēram 47 mg"))
    assert Rule.MIXED_OPTIONS not in rules(same)


def test_broken_masks() -> None:
    bad = mc("Kuru punktu apraksta šis teksts? «Stingras …s izstrāde ir svarīga.»",
             ("Satura stratēģija", "Platformas izvēle"))
    assert Rule.BROKEN_MASK in rules(bad)
    cloze = Item("c", ItemKind.CLOZE, "t", "Stingras {{satura stratēģija}}s izstrāde ir ļoti "
                 "svarīga.", options=("satura stratēģija", "platformas izvēle"), correct=0)
    assert Rule.BROKEN_MASK in rules(cloze)
    fine = mc("Kā turpinās šī atziņa? «Sociālo mediju mārketings izmanto platformas …»",
              ("Lai reklamētu produktus", "Lai iegūtu datus"))
    assert Rule.BROKEN_MASK not in rules(fine)


def test_stems_that_are_not_questions() -> None:
    card = Item("c", ItemKind.FLASHCARD, "t", "Kontrole — ietekmētāju mārketings?", back="x")
    tf = Item("t", ItemKind.TRUE_FALSE, "t", "Kontrole — Ietekmētāju mārketings: Ietekmētājam "
              "ir radoša brīvība", correct=TRUE_INDEX)
    assert rules(card) == {Rule.NOT_A_QUESTION}
    assert Rule.NOT_A_QUESTION in rules(tf)
    asked = Item("c", ItemKind.FLASHCARD, "t", "Kas raksturo ietekmētāju mārketingu?", back="x")
    told = Item("c", ItemKind.FLASHCARD, "t", "Nosauciet 4 sociālo mediju mārketinga "
                "sastāvdaļas.", back="x")
    assert rules(asked) == rules(told) == set()


def test_fact_tested_more_than_three_times() -> None:
    items = [Item(f"i{n}", ItemKind.FLASHCARD, "t", "Kas?", back="x", fact="f")
             for n in range(5)]
    found = overtested(items)
    assert [f.item for f in found] == ["i3", "i4"]
    assert all(f.rule is Rule.FACT_OVERTESTED for f in found)
    assert overtested(items[:3]) == []


def test_longest_answer_bias_across_a_bank() -> None:
    biased = [mc(f"Kas {n}?", ("Garākā atbilde no visām", "Īsa", "Cita"), 0, iid=f"b{n}")
              for n in range(12)]
    fair = [mc(f"Kas {n}?", ("Garākā atbilde no visām", "Īsa", "Cita"), n % 3, iid=f"f{n}")
            for n in range(12)]
    found = longest_bias(biased)
    assert [f.rule for f in found] == [Rule.LONGEST_ANSWER] and "12 of 12" in found[0].evidence
    assert longest_bias(fair) == []
    assert longest_bias(biased[:5]) == []  # too few to tell


def _bank(items: tuple[Item, ...]) -> Bank:
    return Bank(BankMeta("b", "B", "lv", sides=SIDES), (Topic("t", "T"),), items, (), FACTS)


def test_check_lint_on_the_command_line_reports_item_rule_and_evidence(tmp_path: Path) -> None:
    bad = mc("Kas raksturo ietekmētāju mārketingu aspektā «Kontrole»?",
             ("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros",
              "Izmanto ietekmētāja iedibināto uzticību un autentiskumu"),
             fact="table/kontrole/b", iid="kontrole-mc")
    path = tmp_path / "bank.yaml"
    write_bank(_bank((bad,)), path)
    assert lint_bank(load_bank(path)) == [Finding(
        "kontrole-mc", Rule.TRUE_DISTRACTOR, "wrong option 'Izmanto ietekmētāja iedibināto "
        "uzticību un autentiskumu' is true: it is table/ticamiba/b")]
    run = subprocess.run([sys.executable, "-m", "quizapp", "check", "--lint", str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 1
    assert f"{path}: kontrole-mc: true-distractor: wrong option" in run.stdout
    clean = subprocess.run([sys.executable, "-m", "quizapp", "check", "--lint",
                            str(FIXTURES / "banks" / "hand-written.yaml")],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert clean.returncode == 0, clean.stdout


def test_hand_written_banks_are_linted_never_changed(tmp_path: Path) -> None:
    path = FIXTURES / "datafolder-schema1" / "bank-schema1.yaml"
    before = path.read_bytes()
    found = lint_bank(load_bank(path))
    assert path.read_bytes() == before
    found_rules = {f.rule for f in found}
    # The faults issue 10 lists for the old generator's bank.
    assert {Rule.SIDE_CUE, Rule.STEM_CUE, Rule.FRAGMENT_OPTION, Rule.BROKEN_MASK,
            Rule.NOT_A_QUESTION} <= found_rules


@pytest.mark.parametrize("text", ["", "???", "«»", "{{}}", "…", "— —"])
def test_odd_texts_do_not_crash_the_lint(text: str) -> None:
    for kind in (ItemKind.FLASHCARD, ItemKind.TRUE_FALSE):
        LV.item(Item("x", kind, "t", text or "?", back="b"))
    LV.item(mc(text or "?", (text or "a", "b")))


def test_broken_topic_titles() -> None:
    broken = Bank(BankMeta("b", "B", "lv"), (Topic("t1", "KontroleZīmols pilnībā"),
                                              Topic("t2", "Sasniedzamība un")),
                  (Item("c", ItemKind.FLASHCARD, "t1", "Kas ir kontrole?", back="x"),), ())
    found = [f for f in lint_bank(broken) if f.rule is Rule.BROKEN_TITLE]
    assert [f.item for f in found] == ["t1", "t2"]
    whole = Bank(BankMeta("b", "B", "lv"), (Topic("t1", "Kontrole"),),
                 (Item("c", ItemKind.FLASHCARD, "t1", "Kas ir kontrole?", back="x"),), ())
    assert not [f for f in lint_bank(whole) if f.rule is Rule.BROKEN_TITLE]


def test_a_whole_word_the_items_inflect_is_no_broken_title() -> None:
    bank = Bank(BankMeta("b", "B", "lv"), (Topic("t1", "Gotiskās katedrāles celtniecība"),
                                            Topic("t2", "Fotosin")),
                (Item("c", ItemKind.FLASHCARD, "t1", "Kam kalpoja stili?",
                      back="Baznīcas celtniecībai un fotosintēzei"),), ())
    found = [f.item for f in lint_bank(bank) if f.rule is Rule.BROKEN_TITLE]
    assert found == ["t2"]
