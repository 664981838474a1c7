"""The lint finds the machine-checkable faults of review 2 in the banks the examiner read
(``tests/fixtures/banks/review2-gen2``: what gen2 made of three of the four articles)."""

from __future__ import annotations

from quizapp.core.banks.io import load_bank
from quizapp.core.banks.lint import Rule, lint_bank
from tests.helpers import FIXTURES

OLD = FIXTURES / "banks" / "review2-gen2"


def _found(name: str, rule: Rule) -> dict[str, str]:
    return {f.item: f.evidence for f in lint_bank(load_bank(OLD / name)) if f.rule is rule}


def test_a_list_card_that_leaves_out_a_point_of_its_heading() -> None:
    found = _found("classical-vs-operant-conditioning.yaml", Rule.LIST_COUNT)
    assert list(found) == ["what-is/classical-conditioning/related-phenomena/list/card"]
    assert "'Generalisation'" in found["what-is/classical-conditioning/related-phenomena/list/card"]


def test_text_cut_at_an_initial() -> None:
    found = _found("classical-vs-operant-conditioning.yaml", Rule.CUT_TEXT)
    assert set(found) == {
        "what-is/classical-conditioning/related-phenomena/generalisation/number-1/cloze",
        "what-is/classical-conditioning/related-phenomena/generalisation/card"}


def test_a_frame_that_does_not_fit_its_label_and_a_half_lowered_name() -> None:
    found = _found("nuclear-fission-vs-fusion.yaml", Rule.STEM_FRAME)
    assert "'in terms of in'" in found["table/in-nature/a/card"]
    assert "'Regarding discovered,'" in found["table/discovered/a/mc-side"]
    assert "'nuclear Fission'" in found["table/definition/a/card"]
    conditioning = _found("classical-vs-operant-conditioning.yaml", Rule.STEM_FRAME)
    assert set(conditioning) == {"table/learning-through/a/card", "table/learning-through/b/card",
                                 "table/learning-through/b/mc-side",
                                 "table/learning-through/a/mc"}


def test_an_english_leftover_offered_as_an_option() -> None:
    found = _found("akvarelis-pret-ellas-glezniecibu.yaml", Rule.MIXED_OPTIONS)
    assert "what-is/akvarelis/akvarela-tehnikas/wet-on-wet/mc-which" in found
