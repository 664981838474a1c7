"""Two numbers run together: where each must be what it stands for."""

from __future__ import annotations

import pytest

from quizapp.core.parse.numbers import digit_seams, one_number
from quizapp.core.parse.table import split_row


def _seams(text: str, at: str) -> dict[str, int]:
    """The seams in the run of digits that starts where ``at`` does, by their two halves."""
    s = text.index(at)
    e = s + len(at)
    i = next(k for k in range(s + 1, e) if text[k - 1].isdecimal() and text[k].isdecimal())
    return {f"{text[s:k]}|{text[k:e]}": n for k, n in digit_seams(text, i).items()}


@pytest.mark.parametrize(
    ("text", "run", "seams"),
    [
        # A year after "In" and a range of a unit: one reading.
        ("In 19223–20 %", "19223", {"1922|3": 2}),
        # A year after "Act" and a quantity before its unit.
        ("Theft Act 196814 days", "196814", {"1968|14": 2}),
        # AD 476 and the 13th century: "4761" is no year, "3th" no ordinal, "613th" century
        # does not exist.
        ("AD 47613th century", "47613", {"476|13": 2}),
        # The end of a rising range keeps its decimals; the next range starts at 0.1.
        ("pH 1.5–3.50.1–5 µm", "3.50.1", {"3.5|0.1": 2}),
        ("1700–172125 years", "172125", {"1721|25": 2}),
        ("25 May 201814 days", "201814", {"2018|14": 2}),
        ("§ 151993. gada", "151993", {"15|1993": 1}),
        # A day is 1–31: "14534 May" is 1453 and 4 May.
        ("AD 330–14534 May 1990", "14534", {"1453|4": 1}),
        # Nothing says which: § 15 and 14 days, § 151 and 4, § 1 and 514.
        ("§ 1514 dienas", "1514", {"1|514": 1, "15|14": 1, "151|4": 1}),
    ],
)
def test_seams_inside_a_run_of_digits(text: str, run: str, seams: dict[str, int]) -> None:
    assert _seams(text, run) == seams


def test_a_run_that_reads_as_one_number_where_it_stands() -> None:
    assert one_number("In 1998 prices rose", 4)
    assert one_number("pH 7.35–7.45", 4)
    assert not one_number("In 19223–20 %", 4)  # five digits, no grouping
    assert not one_number("1700–172125 years", 6)  # 172125 is no year after 1700–


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("Tax rateIn 19223–20 % a year", ("Tax rate", "In 1922", "3–20 % a year")),
        ("SourceSection 1 of the Theft Act 196814 days to withdraw",
         ("Source", "Section 1 of the Theft Act 1968", "14 days to withdraw")),
        ("CenturyRoman Empire, 27 BC – AD 47613th century",
         ("Century", "Roman Empire, 27 BC – AD 476", "13th century")),
        ("Cell sizeStomach acid at pH 1.5–3.50.1–5 µm",
         ("Cell size", "Stomach acid at pH 1.5–3.5", "0.1–5 µm")),
        ("Laiks1700–172125 gadi", ("Laiks", "1700–1721", "25 gadi")),
    ],
)
def test_rows_split_between_two_numbers(row: str, cells: tuple[str, str, str]) -> None:
    assert split_row(row) == cells


@pytest.mark.parametrize("row", [
    # § 15 and 14 days, or § 151 and 4 days: no reader can tell.
    "Regulējums§ 1514 dienas atteikumam",
    # A version and a size: "v3" and "8 GB", or version 38 and "GB RAM…" run on?
    "LicenceGNU GPL v38 GB RAM",
])
def test_numbers_nothing_tells_apart_stay_unsplit(row: str) -> None:
    assert split_row(row) is None
