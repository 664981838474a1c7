"""Topic-title check, and properties of the row splitter on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.parse.table import Evidence, split_header, split_row
from quizapp.core.parse.titles import TitleDefect, title_defect


@pytest.mark.parametrize(
    "title",
    [
        "Kontrole", "sasniegt", "Izmaksu struktūra", "Kas ir fotosintēze?",
        # Traps that read as one unit.
        "pH vidē", "CO₂ loma", "C₆H₁₂O₆ sintēze", "Ca²⁺ kanāli", "Optimālā temperatūra 37 °C",
        "Vitamīns C", "Louis XIV", "Pēteris I", "§ 12 piemērošana", "Article 6(1)(b)",
        "€1 200 gadā", "HTTP/2 atbalsts", "5G tīkls", "iOS un Android", "YouTube reklāma",
        "IPv6 adrese", "The U.S. economy", "Cost per MWh", "Ūdens un Šūnas",
        "Key Takeaways", "Mērīšana un ROI",
        # A header that ends on the preposition its relation takes.
        "Applies to", "Based on", "Suitable for", "Caused by", "Found in", "Paid by",
    ],
)
def test_sound_titles_pass(title: str) -> None:
    assert title_defect(title) is None


@pytest.mark.parametrize(
    ("title", "defect"),
    [
        # A label run into its cell: the old splitter's topics.
        ("KontroleZīmols pilnībā", TitleDefect.GLUED),
        ("Produkti2 H", TitleDefect.GLUED),
        ("Sākums1914. gada", TitleDefect.GLUED),
        ("ValodaType", TitleDefect.GLUED),
        ("Temperatūra20–30 °C", TitleDefect.GLUED),
        ("Cena€1 200", TitleDefect.GLUED),
        # Cut before its end.
        ("Izmaksas un", TitleDefect.BROKEN_END),
        ("Cost of", TitleDefect.BROKEN_END),
        ("Costs of", TitleDefect.BROKEN_END),
        ("Based and", TitleDefect.BROKEN_END),
        ("Mērīšana –", TitleDefect.BROKEN_END),
        ("Reakcija ar", TitleDefect.BROKEN_END),
        ("Price,", TitleDefect.BROKEN_END),
        # A bracket or a quote opened and never closed.
        ("ROI (ieguldījumu", TitleDefect.UNBALANCED),
        ("Simbols „Lāčplēsis", TitleDefect.UNBALANCED),
        # Nothing to read.
        ("", TitleDefect.EMPTY),
        ("  ", TitleDefect.EMPTY),
        ("—", TitleDefect.EMPTY),
    ],
)
def test_broken_titles_are_named(title: str, defect: TitleDefect) -> None:
    assert title_defect(title) is defect


def test_the_documents_words_show_a_half_word() -> None:
    words = {"Fotosintēze", "notiek", "hloroplastos", "PostgreSQL", "datubāze"}
    assert title_defect("Fotosin", words) is TitleDefect.BROKEN_END
    assert title_defect("Datu bāze Postgre", words) is TitleDefect.BROKEN_END
    assert title_defect("Fotosintēze", words) is None
    # Without the document's words the cut cannot be seen (nor made up).
    assert title_defect("Fotosin") is None


def test_a_name_the_document_uses_is_not_a_glued_title() -> None:
    assert title_defect("DataBase rīks") is TitleDefect.GLUED
    assert title_defect("DataBase rīks", {"DataBase", "rīks"}) is None


_ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
# Text that looks like flattened rows: letters of both cases, digits, Latvian letters,
# sub- and superscripts, units and symbols, few spaces.
_ROWLIKE = st.text(alphabet="aAbBzZāĀšŠūŪ0123456789₂₆⁺°%€$§()., -–/", max_size=80)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_ANY, _ROWLIKE), st.lists(st.one_of(_ANY, _ROWLIKE), max_size=3))
def test_splitting_any_text_loses_and_invents_nothing(text: str, article: list[str]) -> None:
    got = split_row(text, Evidence.from_texts(article))
    if got is not None:
        assert all(got)
        assert "".join(got).replace(" ", "") == text.strip().replace(" ", "")
        assert title_defect(got[0]) is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(_ANY, _ROWLIKE), st.lists(_ANY, max_size=5))
def test_title_check_takes_any_text(title: str, words: list[str]) -> None:
    defect = title_defect(title, words)
    assert defect is None or isinstance(defect, TitleDefect)


@settings(max_examples=200, deadline=None)
@given(_ROWLIKE)
def test_header_split_of_any_text_keeps_the_label(rest: str) -> None:
    import re

    header = "Parametrs" + rest
    m = re.match("Parametri?", header)
    assert m is not None
    got = split_header(header, m)
    if got is not None:
        assert got[0].startswith("Parametr")
        assert "".join(got).replace(" ", "") == header.strip().replace(" ", "")
