"""Typed answers: verdicts on a table of Latvian and English cases, the difference, ratings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from quizapp.core.language.fold import fold, normalize, words
from quizapp.core.study.cards import Rating
from quizapp.core.study.typed import (
    MAX_TYPED_WORDS,
    DiffKind,
    NotTypeableError,
    Reason,
    Verdict,
    allowed_typos,
    check_typed,
    diff,
    is_typeable,
)

TABLE = Path(__file__).parent / "data" / "typed_answers.tsv"


def _cases() -> list[tuple[str, str, Verdict, Reason]]:
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        expected, typed, verdict, reason = line.split("\t")
        out.append((expected, typed, Verdict[verdict.upper()], Reason(reason)))
    return out


CASES = _cases()


def test_the_table_covers_at_least_sixty_cases_of_every_verdict() -> None:
    assert len(CASES) >= 60
    assert {v for _, _, v, _ in CASES} == set(Verdict)
    assert {r for _, _, _, r in CASES} == set(Reason)
    assert any(unicodedata.is_normalized("NFD", t) and not unicodedata.is_normalized("NFC", t)
               for _, t, _, _ in CASES)


@pytest.mark.parametrize(("expected", "typed", "verdict", "reason"), CASES,
                         ids=[f"{e}|{t}" for e, t, _, _ in CASES])
def test_verdict(expected: str, typed: str, verdict: Verdict, reason: Reason) -> None:
    check = check_typed(typed, expected)
    assert (check.verdict, check.reason) == (verdict, reason)


def test_suggested_ratings() -> None:
    assert check_typed("kontrolē", "kontrolē").rating is Rating.GOOD
    assert check_typed("kontrole", "kontrolē").rating is Rating.HARD
    assert check_typed("cena", "kontrolē").rating is Rating.AGAIN


def test_fold_is_case_and_form_blind() -> None:
    assert fold("Kontrolē") == "kontrole"
    assert fold(unicodedata.normalize("NFD", "Kontrolē")) == "kontrole"
    assert fold("ŠĶĒRSLIS  ģimenē") == "skerslis gimene"
    assert fold("Łódź") == "lodz"
    assert normalize(unicodedata.normalize("NFD", " Kontrolē\n")) == "kontrolē"
    assert words("Zīmols, nevis — ietekmētājs!") == ["zīmols", "nevis", "ietekmētājs"]


def test_diff_shows_missing_and_extra_letters_in_the_learners_own_case() -> None:
    spans = diff("Kontrle!", "kontrolē")
    assert [(s.kind, s.text) for s in spans] == [
        (DiffKind.SAME, "kontr"), (DiffKind.MISSING, "o"), (DiffKind.SAME, "l"),
        (DiffKind.EXTRA, "e"), (DiffKind.MISSING, "ē"), (DiffKind.IGNORED, "!")]
    # Reading the spans without the extra letters gives the expected answer back.
    assert "".join(s.text for s in spans if s.kind in (DiffKind.SAME, DiffKind.MISSING)) \
        == "kontrolē"
    assert [s.kind for s in diff("kontrolē", "kontrolē")] == [DiffKind.SAME]
    assert [(s.kind, s.text) for s in diff("", "jā")] == [(DiffKind.MISSING, "jā")]


def test_an_unrelated_wrong_answer_is_shown_whole_against_the_answer() -> None:
    check = check_typed("Ietekmētājs runā", "Zīmols tieši sazinās ar mērķauditoriju")
    assert check.verdict is Verdict.WRONG
    assert [(s.kind, s.text) for s in check.diff] == [
        (DiffKind.EXTRA, "Ietekmētājs runā"),
        (DiffKind.MISSING, "Zīmols tieši sazinās ar mērķauditoriju")]
    assert [(s.kind, s.text) for s in check_typed("", "jā").diff] == [(DiffKind.MISSING, "jā")]
    # A wrong answer close to the right one keeps its letter-by-letter difference: here
    # the one number that makes it wrong.
    close = check_typed("20-30 grādi", "20-35 grādi")
    assert close.verdict is Verdict.WRONG and close.reason is Reason.NUMBER
    assert (DiffKind.MISSING, "5") in [(s.kind, s.text) for s in close.diff]


def test_long_answers_are_not_typeable_and_checking_one_is_a_typed_error() -> None:
    twelve = " ".join(["vārds"] * MAX_TYPED_WORDS)
    assert is_typeable(twelve) and not is_typeable(twelve + " vēl")
    assert not is_typeable("") and not is_typeable(" — ")
    with pytest.raises(NotTypeableError, match="13 words"):
        check_typed("vārds", twelve + " vēl")
    with pytest.raises(NotTypeableError):
        check_typed("x", "...")


def test_broken_typed_input_is_wrong_not_an_error() -> None:
    huge = "kontrolē " * 100_000
    assert check_typed(huge, "kontrolē").verdict is Verdict.WRONG
    assert check_typed("\x00\ud800kontrolē\u200b", "kontrolē").verdict is not Verdict.WRONG
    assert check_typed("\ud800", "kontrolē").reason is Reason.EMPTY


def test_typos_allowed_grow_with_the_answers_length() -> None:
    assert [allowed_typos(n) for n in (1, 3, 4, 11, 12, 20, 28)] == [0, 0, 1, 1, 2, 3, 4]
