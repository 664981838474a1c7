"""Articles of the family from other fields parse exactly: formulas, dates and legal
references, currency and units in the flattened table, and no furniture anywhere."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.banks.io import load_bank
from quizapp.core.parse.document import Document
from quizapp.core.parse.titles import document_words, title_defect
from quizapp.core.generate.said import EXAMPLES
from tests.helpers import DOCS, FURNITURE, STUDY_DOC, parse_file

SCIENCE = DOCS / "fotosinteze-pret-sunu-elposanu.txt"
LAW = DOCS / "civiltiesibas-pret-kriminaltiesibam.txt"
ENERGY = DOCS / "solar-vs-wind-power.txt"
ENGLISH_FURNITURE = ("Reply", "Also Read", "http", "SHARING", "Last Updated", "thoughts on",
                     "Want to save", "Leave a Comment", "One request")


def _rows(doc: Document) -> list[tuple[str, str, str]]:
    assert doc.table is not None
    return [(r.aspect, r.a, r.b) for r in doc.table.rows]


def _no_furniture(doc: Document, words: tuple[str, ...]) -> None:
    dump = repr(asdict(doc))
    for word in words:
        assert word not in dump, word
    assert not doc.warnings, [str(w) for w in doc.warnings]


def test_science_article_with_formulas() -> None:
    doc = parse_file(SCIENCE)
    assert doc.title == "Fotosintēze pret šūnu elpošanu: atšķirība un salīdzinājums"
    assert doc.language == "lv"
    assert [s.name for s in doc.sides] == ["Fotosintēze", "Šūnu elpošana"]
    assert len(doc.intro) == 1 and doc.intro[0].text.startswith("Fotosintēze ir process")
    assert len(doc.key_points) == 3
    assert doc.key_points[0].text.startswith("Fotosintēze notiek hloroplastos un no 6 CO₂")
    assert doc.key_points[2].text.endswith("savukārt šūnu elpošana to atbrīvo.")
    assert doc.table is not None
    assert doc.table.columns == ("Parametrs", "Fotosintēze", "Šūnu elpošana")
    assert _rows(doc) == [
        ("Norises vieta", "Hloroplasti augu un aļģu šūnās",
         "Citoplazma un mitohondriji gandrīz visās eikariotu šūnās"),
        # Two formulas run together ("H₂OC₆H₁₂O₆"): the article's own use of both decides.
        ("Izejvielas", "6 CO₂ un 6 H₂O", "C₆H₁₂O₆ un 6 O₂"),
        ("Kopējais vienādojums", "6 CO₂ + 6 H₂O → C₆H₁₂O₆ + 6 O₂",
         "C₆H₁₂O₆ + 6 O₂ → 6 CO₂ + 6 H₂O"),
        ("Enerģijas pārvērtības", "Gaismas enerģija kļūst par ķīmisko enerģiju",
         "Ķīmiskā enerģija tiek uzkrāta ATP"),
        ("Gaismas nepieciešamība", "Notiek tikai gaismā (gaismas reakcijas)",
         "Notiek gan gaismā, gan tumsā"),
        # "°CCilvēka": the unit's capital is not the next cell's.
        ("Optimālā temperatūra", "Daudziem augiem 20–30 °C", "Cilvēka šūnās ap 37 °C"),
        ("CO₂ loma", "Saista CO₂, ko gaisā ir ap 0,04 %", "Izdala CO₂, ko izelpā ir ap 4 %"),
        ("pH vidē", "Stromā gaismā ap 8", "Mitohondriju matricā ap 7,8"),
    ]
    assert [r.source.line for r in doc.table.rows] == list(range(20, 28))
    photo, resp = doc.what_is
    assert (photo.subject, photo.side, resp.subject, resp.side) == (
        "fotosintēze", 0, "šūnu elpošana", 1)
    assert {g.title: [(s.number, s.title) for s in g.items] for g in photo.groups} == {
        "Fotosintēzes posmi": [(1, "Gaismas reakcijas"), (2, "Kalvina cikls")],
        "Fotosintēzi ietekmējošie faktori": [
            (1, "Gaismas intensitāte"), (2, "CO₂ koncentrācija"), (3, "Temperatūra")],
    }
    assert {g.title: [s.title for s in g.items] for g in resp.groups} == {
        "Šūnu elpošanas posmi": ["Glikolīze", "Krebsa cikls", "Elektronu transporta ķēde"],
        "Aerobā un anaerobā elpošana": ["Aerobā elpošana", "Anaerobā elpošana"],
    }
    assert photo.groups[0].items[1].text.endswith("glikoze un citi ogļhidrāti.")
    assert [d.aspect for d in doc.differences] == [
        "Norises vieta", "Izejvielas un produkti", "Enerģija", "Organismi",
        "Ietekme uz atmosfēru"]
    assert doc.differences[1].a == "No CO₂ un H₂O veido C₆H₁₂O₆ un O₂."
    assert doc.differences[4].b == "Šūnu elpošana patērē O₂ un izdala CO₂."
    assert [g.title for g in doc.sections] == ["Fotosintēze pret šūnu elpošanu"]
    _no_furniture(doc, FURNITURE + ("Ilze_B", "hemosintēzi", "Mitoze pret meiozi",
                                    "fotosintēzes shēma", "punkts"))


def test_law_article_with_dates_and_legal_references() -> None:
    doc = parse_file(LAW)
    assert doc.title == "Civiltiesības pret krimināltiesībām: atšķirība un salīdzinājums"
    assert doc.language == "lv"
    assert [s.name for s in doc.sides] == ["Civiltiesības", "Krimināltiesības"]
    assert len(doc.key_points) == 3
    assert doc.key_points[0].text.endswith("stājās spēkā 1938. gada 1. janvārī.")
    assert doc.table is not None
    assert doc.table.columns == ("Parametrs", "Civiltiesības", "Krimināltiesības")
    assert _rows(doc) == [
        ("Mērķis", "Atjaunot aizskartās tiesības un atlīdzināt zaudējumus",
         "Sodīt vainīgo un aizsargāt sabiedrību"),
        ("Galvenais likums", "Civillikums (pieņemts 1937. gada 28. janvārī)",
         "Krimināllikums (pieņemts 1998. gada 17. jūnijā)"),
        # Dates on both sides: each cell starts with a year glued to the previous word.
        ("Stāšanās spēkā", "1938. gada 1. janvārī", "1999. gada 1. aprīlī"),
        # Roman numerals.
        ("Likuma daļa", "IV daļa. Saistību tiesības",
         "XIX nodaļa. Noziedzīgi nodarījumi pret īpašumu"),
        ("Piemērs", "Civillikuma 1779. pants – zaudējumu atlīdzība",
         "Krimināllikuma 180. pants – zādzība"),
        ("Lietu ierosina", "Prasītājs, iesniedzot prasības pieteikumu",
         "Prokurors, ceļot apsūdzību"),
        ("Pierādīšana", "Katra puse pierāda savus apgalvojumus (CPL 93. pants)",
         "Nevainīguma prezumpcija (KPL 19. pants)"),
        ("Noilgums", "Parasti 10 gadi (CL 1895. pants)",
         "Atkarīgs no nodarījuma smaguma (KL 56. pants)"),
        # A section sign after a law abbreviation ("StGB" is one word; the article says so).
        ("Vācijas analogs", "BGB § 823", "StGB § 242"),
    ]
    civil, criminal = doc.what_is
    assert (civil.side, criminal.side) == (0, 1)
    assert [(s.number, s.title) for s in civil.groups[0].items] == [
        (1, "Ģimenes tiesības"), (2, "Mantojuma tiesības"), (3, "Lietu tiesības"),
        (4, "Saistību tiesības")]
    assert {g.title: [s.title for s in g.items] for g in criminal.groups} == {
        "Krimināllikuma uzbūve": ["Vispārīgā daļa", "Sevišķā daļa"],
        "Soda veidi": ["Pamatsodi", "Papildsodi"],
    }
    assert civil.groups[1].title == "Civilprocesa principi"
    assert [d.aspect for d in doc.differences] == [
        "Puses", "Pierādīšanas pienākums", "Sekas", "Izlīgums", "Noilgums"]
    assert doc.differences[1].b.endswith("(KPL 19. pants).")
    # A one-line difference split on its contrast ("…, savukārt …").
    assert doc.differences[4].a == "Civiltiesībās vispārējais noilgums ir 10 gadi (CL 1895. pants)"
    # (The article's "atbildētājs", the defendant, contains the furniture word "atbildēt",
    # the reply link; the reply lines themselves must be gone.)
    furniture = tuple(w for w in FURNITURE if w != "atbildēt")
    _no_furniture(doc, furniture + ("Marts_K", "Līgums pret vienošanos", "punkts"))
    assert all(p.text != "atbildēt" for p in doc.intro)
    assert "'atbildēt'" not in repr(asdict(doc))


def test_english_article_with_currency_and_units() -> None:
    doc = parse_file(ENERGY)
    assert doc.title == "Solar Power vs Wind Power: Difference and Comparison"
    assert doc.language == "en"
    assert [s.name for s in doc.sides] == ["Solar Power", "Wind Power"]
    assert len(doc.key_points) == 3
    assert "350–450 W" in doc.key_points[0].text
    assert doc.table is not None
    # The header's column names share their last word and are split on it.
    assert doc.table.columns == ("Parameters of Comparison", "Solar Power", "Wind Power")
    assert _rows(doc) == [
        ("Energy source", "Sunlight, converted by photovoltaic (PV) cells",
         "Moving air, which turns the blades of a turbine"),
        ("Typical unit size", "350–450 W per rooftop panel", "3–5 MW per onshore turbine"),
        ("Capacity factor", "10–25 %", "25–45 % onshore"),
        ("Installed cost", "$876/kW (2022 global average)", "$1,274/kW (2022 global average)"),
        ("Cost of electricity", "$24–96 per MWh", "$24–75 per MWh"),
        ("Lifecycle emissions", "About 40 g CO₂e/kWh", "About 11 g CO₂e/kWh"),
        ("Feed-in price in Germany", "About €0.08/kWh for small rooftop systems (2024)",
         "At most €0.0735/kWh in onshore auctions (2024)"),
        ("Lifespan", "25–30 years", "20–25 years"),
        ("Largest example", "Bhadla Solar Park, India (2.25 GW)",
         "Hornsea 2 offshore wind farm, UK (1.3 GW)"),
    ]
    solar, wind = doc.what_is
    assert [(s.number, s.title) for s in solar.groups[0].items] == [
        (1, "Photovoltaic Cells"), (2, "Inverters"), (3, "Grid Connection")]
    assert [s.title for s in solar.groups[1].items] == ["Low Installed Cost",
                                                       "Quiet and Modular"]
    assert [(s.number, s.title) for s in wind.groups[0].items] == [
        (1, "Rotor Blades"), (2, "Generator"), (3, "Wind Farms")]
    assert "Also Read" not in solar.groups[0].items[1].text
    assert [d.aspect for d in doc.differences] == ["Source of energy", "Unit size", "Cost",
                                                   "Space", "Lifespan"]
    assert doc.differences[2].b == "About $1,274/kW to install in 2022."
    assert doc.differences[4].b.startswith("Wind turbines last about 20–25 years")
    _no_furniture(doc, ENGLISH_FURNITURE + ("Tomasz_W", "GridNerd", "AC vs DC",
                                            "solar panels on a roof"))


ALL_DOCS = sorted(p for p in DOCS.iterdir() if p.is_file()) + [STUDY_DOC]


def _topic_titles(path: Path, out: Path) -> list[str]:
    """The topic titles of the bank ``quizapp generate`` writes for ``path``."""
    assert main(["generate", str(path), "-o", str(out), "--quiet"]) == 0
    return [t.title for t in load_bank(out).topics]


@pytest.mark.parametrize("path", ALL_DOCS, ids=[p.name for p in ALL_DOCS])
def test_no_generated_topic_title_is_broken(path: Path, tmp_path: Path) -> None:
    titles = _topic_titles(path, tmp_path / "bank.yaml")
    doc = parse_file(path)
    words = document_words(doc)
    assert [(t, title_defect(t, words)) for t in titles if title_defect(t, words)] == []
    if doc.table is not None:
        # Every row of the table is a topic of its own, titled by its aspect (a row of
        # examples is asked only "which of the two", and has no topic when both of its
        # cells name their side).
        rows = {r.aspect.casefold() for r in doc.table.rows if not EXAMPLES.search(r.aspect)}
        assert rows <= {t.casefold() for t in titles}


def test_a_code_keeps_its_case_as_a_topic_title(tmp_path: Path) -> None:
    titles = _topic_titles(SCIENCE, tmp_path / "bank.yaml")
    assert "pH vidē" in titles and "PH vidē" not in titles
