"""What the row splitter knows without the article: names, formulas, numerals, dictionary words."""

from __future__ import annotations

import pytest

from quizapp.core.parse.formulas import ELEMENTS, conventional, known_formula
from quizapp.core.parse.knowledge import dictionary_word, familiar
from quizapp.core.parse.names import known_name, roman_numeral


def test_the_elements_are_all_there_once() -> None:
    assert len(ELEMENTS) == len(set(ELEMENTS)) == 118
    assert ELEMENTS[0] == "H" and ELEMENTS[7] == "O" and ELEMENTS[-1] == "Og"


@pytest.mark.parametrize("formula", [
    "H₂O", "CO₂", "NH₃", "H₂SO₄", "HNO₃", "NaHCO₃", "CaCO₃", "KMnO₄", "Fe₂O₃", "SiO₂",
    "C₆H₁₂O₆", "C₈H₁₀N₄O₂", "CCl₄", "CHCl₃", "C₂H₅OH", "NaOH", "NH₄⁺", "SO₄²⁻", "Ca²⁺", "O₂",
])
def test_formulas_written_as_chemists_write_them(formula: str) -> None:
    assert conventional(formula)


@pytest.mark.parametrize("formula", [
    # Two formulas run together, or one cut in the wrong place.
    "H₂OC₆H₁₂O₆", "OC₆H₁₂O₆", "H₂OC₆", "O₂C₆", "NaClH₂O", "KClCaCO₃", "H₂OH₂O", "OH₂O",
    "C₆H₁₂O₆C₆H₁₂O₆", "C₁₂H₂₂O₁₁H",
    # Not formulas at all.
    "Xy₂", "H₂(O)", "",
])
def test_formulas_no_chemist_would_write(formula: str) -> None:
    assert not conventional(formula)


def test_familiar_formulas_with_subscripts_or_plain_digits() -> None:
    assert known_formula("C₆H₁₂O₆") and known_formula("C6H12O6") and known_formula("H2O")
    # A plain-digit formula needs two capitals: "O2" or "I2" may as well be codes.
    assert known_formula("O₂") and not known_formula("O2") and not known_formula("I2")
    assert not known_formula("C₆H₁₂O₇")


def test_names_numerals_and_codes() -> None:
    for name in ("TypeScript", "PostgreSQL", "HTTPS", "IKP", "GDPR", "MB", "5G", "USB-C",
                 "iOS", "YouTube", "IP68", "IPX7"):
        assert known_name(name), name
    assert roman_numeral("XII") and roman_numeral("IV") and roman_numeral("XXXIX")
    # One letter is a numeral ("Pēteris I") but no name: too many words are one capital.
    assert roman_numeral("I") and not known_name("I")
    assert not roman_numeral("IIII") and not roman_numeral("VX")
    assert not known_name("ZorbaScript") and not known_name("IP7")


def test_dictionary_words_are_written_like_words() -> None:
    assert dictionary_word("Security") and dictionary_word("saturu") and dictionary_word("cena")
    # Too short to trust, not written like a word, or no word at all.
    assert not dictionary_word("Ris") and not dictionary_word("SECURITY")
    assert not dictionary_word("SecurityHT") and not dictionary_word("Languag")
    assert not dictionary_word("Sec2rity")


def test_familiar_needs_two_characters() -> None:
    assert familiar("TLS") and familiar("H₂O") and familiar("Language")
    assert not familiar("A") and not familiar("B") and not familiar("")
