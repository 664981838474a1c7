"""Un-flattening run-together comparison-table rows."""

from __future__ import annotations

import re

import pytest

from quizapp.core.parse.table import split_header, split_row


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("KontroleZīmols pilnībā kontrolē ziņojumu un saturuIetekmētājam ir radoša brīvība",
         ("Kontrole", "Zīmols pilnībā kontrolē ziņojumu un saturu",
          "Ietekmētājam ir radoša brīvība")),
        # Row label starting lower-case.
        ("sasniegtPotenciāli plaša sasniedzamībaMērķtiecīga sasniedzamība",
         ("sasniegt", "Potenciāli plaša sasniedzamība", "Mērķtiecīga sasniedzamība")),
        # Latvian capitals at both boundaries.
        ("ĒnaŠis ir pirmais teikumsŽēl, bet otrais ir cits",
         ("Ēna", "Šis ir pirmais teikums", "Žēl, bet otrais ir cits")),
        ("ĢeogrāfijaĀtri aug pilsētāsĶēdes veikali laukos",
         ("Ģeogrāfija", "Ātri aug pilsētās", "Ķēdes veikali laukos")),
        # An acronym starting the second cell.
        ("mērīšanaVieglāk izsekot sasniedzamībaROI (ieguldījumu atdeves) mērīšana ir sarežģīta",
         ("mērīšana", "Vieglāk izsekot sasniedzamība",
          "ROI (ieguldījumu atdeves) mērīšana ir sarežģīta")),
        # An acronym inside a cell, after a space, is not a boundary.
        ("IzmaksasMaksā par SMM rīkiemMaksā ietekmētājam",
         ("Izmaksas", "Maksā par SMM rīkiem", "Maksā ietekmētājam")),
        # Brand names in camel case are never split.
        ("PlatformsUses YouTube and LinkedIn for videosPosts on TikTok every day",
         ("Platforms", "Uses YouTube and LinkedIn for videos", "Posts on TikTok every day")),
        # A cell ending in a closing bracket, and an all-caps word inside a cell.
        ("PriceAbout 5 EUR (per month)Free for thirty days",
         ("Price", "About 5 EUR (per month)", "Free for thirty days")),
    ],
)
def test_rows_split_into_aspect_and_two_cells(row: str, expected: tuple[str, str, str]) -> None:
    assert split_row(row) == expected


def test_row_without_enough_boundaries_is_not_guessed() -> None:
    assert split_row("ticamībaPaļaujas uz zīm") is None
    assert split_row("just lower case text with no capitals") is None


def test_header_row_without_case_change_splits_on_the_shared_last_word() -> None:
    header = "iezīmeSocial Media Marketinginfluencer Marketing"
    m = re.match("iezīme", header)
    assert m is not None
    assert split_header(header, m) == ("iezīme", "Social Media Marketing", "influencer Marketing")


def test_header_row_with_case_change() -> None:
    header = "Parameters of ComparisonCoffeeTea"
    m = re.match("Parameters of Comparison", header)
    assert m is not None
    assert split_header(header, m) == ("Parameters of Comparison", "Coffee", "Tea")
