"""The study document parses into exactly what the article says, and no furniture."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from quizapp.core.parse.document import Document
from tests.helpers import COMMENTERS, FURNITURE, STUDY_DOC, parse_file


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_file(STUDY_DOC)


def test_title_language_and_sides(doc: Document) -> None:
    assert doc.title == "Sociālie mediji pret ietekmētāju mārketingu: atšķirība un salīdzinājums"
    assert doc.language == "lv"
    assert [s.name for s in doc.sides] == ["Sociālo mediju mārketings (SMM)",
                                           "Ietekmētāju mārketings"]
    assert "SMM" in doc.sides[0].aliases
    # The title's own names for the sides are kept as aliases.
    assert "Sociālie mediji" in doc.sides[0].aliases
    assert "ietekmētāju mārketingu" in doc.sides[1].aliases


def test_intro(doc: Document) -> None:
    assert len(doc.intro) == 1
    assert doc.intro[0].text.startswith("Sociālie mediji ietver tādu platformu kā Facebook")
    assert doc.intro[0].source.line == 3


def test_exactly_three_key_points(doc: Document) -> None:
    assert len(doc.key_points) == 3
    assert doc.key_points[0].text.startswith("Sociālo mediju mārketings izmanto sociālo mediju")
    assert doc.key_points[1].text.startswith("Ietekmētāju mārketings ietver partnerattiecības")
    assert doc.key_points[2].text.endswith("piesaista ievērojamu personu sasniedzamību un ietekmi.")
    assert [p.source.line for p in doc.key_points] == [7, 8, 9]
    assert all(p.source.path == ("Atslēgas",) for p in doc.key_points)


def test_table_rows_split_exactly_as_the_article_reads(doc: Document) -> None:
    assert doc.table is not None
    assert doc.table.columns == ("iezīme", "Social Media Marketing", "influencer Marketing")
    rows = [(r.aspect, r.a, r.b) for r in doc.table.rows]
    assert rows == [
        ("Koncentrēt", "Zīmols tieši sazinās ar mērķauditoriju",
         "Ievērojušos ietekmētāju izmantošana, lai sasniegtu savu auditoriju"),
        ("Kontrole", "Zīmols pilnībā kontrolē ziņojumu un saturu",
         "Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros"),
        ("sasniegt", "Potenciāli plaša sasniedzamība atkarībā no stratēģijas",
         "Mērķtiecīga sasniedzamība konkrētai, iesaistītai auditorijai"),
        ("Izmaksas", "Var būt ekonomiski izdevīgi, jo īpaši attiecībā uz bioloģisko sasniedzamību",
         "Atšķiras atkarībā no ietekmētāja un kampaņas sarežģītības"),
        ("ticamība", "Paļaujas uz zīmola reputāciju",
         "Izmanto ietekmētāja iedibināto uzticību un autentiskumu"),
        ("mērīšana", "Vieglāk izsekot tādiem rādītājiem kā iesaiste un sasniedzamība",
         "ROI (ieguldījumu atdeves) mērīšana var būt sarežģīta"),
        ("Piemēri", "Zīmolu ziņas par jauniem produktiem, rīko konkursus",
         "Influencers demonstrē produktu dzīvesveida video"),
    ]
    assert [r.source.line for r in doc.table.rows] == list(range(31, 38))
    assert doc.table.rows[1].source.path == ("Salīdzināšanas tabula", "Kontrole")


def test_ten_key_differences_each_with_both_sides(doc: Document) -> None:
    assert [d.aspect for d in doc.differences] == [
        "Reklāmas veids", "Satura izveide", "Uzticamība un uzticēšanās",
        "Auditorijas sasniedzamība", "Izmaksu struktūra", "Ziņojuma kontrole",
        "Iesaistīšanās un mijiedarbība", "Ietekmes ilgmūžība", "Panākumu mērīšana",
        "Pielāgojamība",
    ]
    first = doc.differences[0]
    assert first.a.startswith("Ietver produktu vai pakalpojumu reklamēšanu tieši")
    assert first.b.startswith("Paļaujas uz ietekmētājiem, personām")
    last = doc.differences[-1]
    assert last.a == "Pielāgojams vispārējā zīmola stratēģijas un ziņojumapmaiņas izmaiņām."
    assert last.b.startswith("Ietekmētāji var izmantot savu unikālo pieeju")
    for d in doc.differences:
        # The "SMM:" / "Ietekmētāju mārketings:" prefixes are stripped, both texts present.
        assert d.a and d.b and not d.a.startswith("SMM") and not d.b.startswith("Ietekmētāju m")
    assert doc.differences[0].source.line == 183


def test_what_is_sections_with_all_sub_sections(doc: Document) -> None:
    smm, inf = doc.what_is
    assert (smm.subject, smm.side) == ("sociālo mediju mārketings", 0)
    assert (inf.subject, inf.side) == ("ietekmētāju mārketings", 1)
    assert smm.definition.startswith("Sociālo mediju mārketings (SMM) ir digitālā")
    assert inf.definition.startswith("Ietekmētāju mārketings ir stratēģisks")
    assert {g.title: [(s.number, s.title) for s in g.items] for g in smm.groups} == {
        "Sociālo mediju mārketinga nozīme": [
            (1, "Palielināta zīmola ekspozīcija"), (2, "Auditorijas piesaiste"),
            (3, "Satiksmes ģenerēšana"), (4, "Rentabls mārketings")],
        "Sociālo mediju mārketinga galvenās sastāvdaļas": [
            (1, "Satura stratēģija"), (2, "Platformas izvēle"), (3, "Sociālo mediju reklāma"),
            (4, "Analīze un uzraudzība")],
        "Sociālo mediju mārketinga stratēģijas": [
            (1, "Stipras klātbūtnes veidošana"), (2, "Iesaistoša satura veidošana"),
            (3, "Sabiedrības ēka"), (4, "Ietekmētāju sadarbība")],
        "Izaicinājumi un tendences": [
            (1, "Algoritmu izmaiņas"), (2, "Video dominēšana"), (3, "Bažas par privātumu")],
    }
    assert {g.title: [s.title for s in g.items] for g in inf.groups} == {
        "Kā darbojas ietekmētāju mārketings": [
            "Ietekmētāju identificēšana", "Partnerība un sadarbība", "Content Creation",
            "Pastiprināšana, izmantojot sociālos medijus", "Auditorijas iesaistīšana"],
        "Ietekmētāju mārketinga galvenās priekšrocības": [
            "Palielināta sasniedzamība un ekspozīcija", "Autentiskums un uzticamība", "Rentabla",
            "Uzlabota SEO un tiešsaistes klātbūtne"],
        "Izaicinājumi un apsvērumi": [
            "Bažas par autentiskumu", "Mērīšana un ROI", "Juridiski un ētiski apsvērumi"],
    }
    nozime = smm.groups[0]
    assert nozime.intro.endswith("SMM priekšrocības ietver:")
    first = nozime.items[0]
    assert first.text.startswith("SMM ļauj uzņēmumiem demonstrēt")
    assert first.source.line == 49
    assert first.source.path == ("Kas ir sociālo mediju mārketings?",
                                 "Sociālo mediju mārketinga nozīme",
                                 "Palielināta zīmola ekspozīcija")


def test_sub_section_text_skips_the_read_also_link(doc: Document) -> None:
    piesaiste = doc.what_is[0].groups[0].items[1]
    assert piesaiste.title == "Auditorijas piesaiste"
    assert "lasīt" not in piesaiste.text
    assert piesaiste.text.endswith("zīmola lojalitātes veidošanai.")


def test_no_furniture_anywhere_in_the_document(doc: Document) -> None:
    dump = repr(asdict(doc))
    for word in COMMENTERS + FURNITURE:
        assert word not in dump, word
    # Image captions ("sociālo mediju mārketinga" alone on a line) are not sections.
    titles = [g.title for w in doc.what_is for g in w.groups] + [g.title for g in doc.sections]
    assert "sociālo mediju mārketinga" not in titles
    assert not doc.warnings
