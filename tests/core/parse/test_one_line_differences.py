"""A one-line key difference ("Aspect: A …, whereas B …") gives each clause to its side."""

from __future__ import annotations

from quizapp.core.parse import parse_text

ARTICLE = """Vīruss pret baktēriju: atšķirība un salīdzinājums

Baktērijas ir šūnas, vīrusi nav šūnas.

Galvenās atšķirības starp vīrusu un baktēriju

  • Izmērs:
    • Vīruss: Parasti 20–300 nm.
    • Baktērija: Parasti 0,5–5 µm.
  • Atklāšana: Baktērijas pirmais novēroja Lēvenhuks 1676. gadā, savukārt vīrusus atklāja Ivanovskis 1892. gadā.
  • Krāsa: Daudzas ir bezkrāsainas, savukārt citas ir zilas.
  • Ārstēšana: Pret vīrusiem un baktērijām lieto zāles, savukārt vīrusiem dažreiz vakcīnas.
"""


def test_each_clause_goes_to_the_side_it_names() -> None:
    doc = parse_text(ARTICLE)
    diffs = {d.aspect: d for d in doc.differences}
    assert [s.name for s in doc.sides] == ["Vīruss", "Baktērija"]
    found = diffs["Atklāšana"]
    assert found.a == "Vīrusus atklāja Ivanovskis 1892. gadā."
    assert found.b == "Baktērijas pirmais novēroja Lēvenhuks 1676. gadā"


def test_a_clause_naming_neither_side_or_both_is_left_out() -> None:
    doc = parse_text(ARTICLE)
    assert {d.aspect for d in doc.differences} == {"Izmērs", "Atklāšana"}
    lines = {w.line for w in doc.warnings if w.code.value == "difference_incomplete"}
    assert len(lines) == 2


def test_a_clause_whose_subject_names_both_sides_is_neither_sides() -> None:
    doc = parse_text(ARTICLE.replace(
        "savukārt vīrusiem dažreiz vakcīnas", "savukārt baktērijām dažreiz antibiotikas"))
    assert "Ārstēšana" not in {d.aspect for d in doc.differences}
