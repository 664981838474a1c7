"""The four articles of the examiner's review 2 (issue 10) parse exactly: their tables (a row
whose first cell starts with a unit symbol too), their lists under a heading and their
numbered procedures led by a sentence ending in a colon."""

from __future__ import annotations

import pytest

from quizapp.core.parse.document import Document
from tests.helpers import DOCS, parse_file

WEATHER = DOCS / "laikapstakli-pret-klimatu.txt"
PAINT = DOCS / "akvarelis-pret-ellas-glezniecibu.txt"
FISSION = DOCS / "nuclear-fission-vs-fusion.txt"
CONDITIONING = DOCS / "classical-vs-operant-conditioning.txt"


def _rows(doc: Document) -> list[tuple[str, str, str]]:
    assert doc.table is not None
    return [(r.aspect, r.a, r.b) for r in doc.table.rows]


def _groups(doc: Document) -> dict[str, list[str]]:
    return {g.title: [s.title for s in g.items] for w in doc.what_is for g in w.groups}


def test_weather_and_climate() -> None:
    doc = parse_file(WEATHER)
    assert [s.name for s in doc.sides] == ["Laikapstākļi", "Klimats"]
    assert doc.language == "lv" and len(doc.key_points) == 3
    assert not doc.warnings, [str(w) for w in doc.warnings]
    assert _rows(doc) == [
        ("Definīcija", "Atmosfēras stāvoklis konkrētā vietā un brīdī",
         "Laikapstākļu vidējais raksturs un svārstības ilgākā laikā"),
        ("Laika posms", "Stundas, dienas vai dažas nedēļas", "30 gadi vai ilgāks periods"),
        ("Mainība", "Var krasi mainīties dažu stundu laikā",
         "Mainās lēni – gadu desmitos un gadsimtos"),
        ("Prognozēšana", "7–10 dienu prognozes ir samērā drošas",
         "Klimata modeļi aplēš tendences gadu desmitiem uz priekšu"),
        # "Mērījumi°C, mm …": a unit glued to the label begins the next cell.
        ("Mērījumi", "°C, mm, m/s un hPa konkrētā brīdī",
         "Vidējās vērtības, galējības un to biežums"),
        ("Zinātne", "Meteoroloģija", "Klimatoloģija"),
        ("Iestādes", "LVĢMC un citi nacionālie meteoroloģiskie dienesti",
         "IPCC apkopo pasaules klimata pētījumus"),
        ("Piemērs", "Rīt Rīgā gaidāms lietus un +12 °C", "Latvijā ir mērens un mitrs klimats"),
    ]
    groups = _groups(doc)
    # "Prognozes sagatavošana notiek vairākos posmos:" leads the list; it is no heading.
    assert "Prognozes sagatavošana notiek vairākos posmos:" not in str(groups)
    forecast = next(g for w in doc.what_is for g in w.groups
                    if g.title == "Kā top laika prognoze")
    assert [p.number for p in forecast.points] == [1, 2, 3, 4]
    assert "Kāpēc prognozes ir ierobežotas" in groups
    assert [d.aspect for d in doc.differences] == [
        "Laika mērogs", "Prognozējamība", "Telpiskais mērogs", "Pētniecība",
        "Ietekme uz cilvēku"]


def test_watercolour_and_oil() -> None:
    doc = parse_file(PAINT)
    assert [s.name for s in doc.sides] == ["Akvarelis", "Eļļas glezniecība"]
    assert [r[0] for r in _rows(doc)] == [
        "Saistviela", "Pamatne", "Žāvēt", "Caurspīdīgums", "Labošana", "Kārtu secība",
        "Noturība", "Izmaksas", "Piemēri"]
    assert _rows(doc)[1] == ("Pamatne", "300 g/m² kokvilnas papīrs",
                             "Gruntēts audekls vai koka dēlis")
    assert _rows(doc)[5] == ("Kārtu secība", "No gaišā uz tumšo", "«Trekns uz liesa»")
    groups = _groups(doc)
    assert groups["Akvareļa tehnikas"] == ["Wet-on-Wet", "Slapjš uz sausa", "Lesēšana",
                                           "Sausā ota"]
    # Sibling sections stay siblings: a heading over a list of its own is a group.
    assert groups["Eļļas gleznas tapšana"] == []
    assert "Eļļas glezniecības priekšrocības" in groups and "Izaicinājumi" in groups


def test_fission_and_fusion() -> None:
    doc = parse_file(FISSION)
    assert [s.name for s in doc.sides] == ["Nuclear Fission", "Nuclear Fusion"]
    assert not doc.warnings
    assert _rows(doc)[1] == ("Typical fuel", "U-235 or Pu-239",
                             "Deuterium and tritium (isotopes of hydrogen)")
    assert _rows(doc)[8] == ("Discovered", "1938, Otto Hahn and Fritz Strassmann",
                             "1939, Hans Bethe explained how stars shine")
    groups = _groups(doc)
    assert groups["Approaches to Fusion Power"] == ["Magnetic Confinement",
                                                    "Inertial Confinement"]
    assert "Challenges of Fusion" in groups


def test_classical_and_operant_conditioning() -> None:
    doc = parse_file(CONDITIONING)
    assert [s.name for s in doc.sides] == ["Classical Conditioning", "Operant Conditioning"]
    assert _rows(doc)[0] == ("Key researcher", "Ivan Pavlov", "B. F. Skinner")
    assert _rows(doc)[5] == ("Key terms", "US, UR, CS and CR", "Reinforcement and punishment")
    assert len(_rows(doc)) == 9
    assert _groups(doc)["Related Phenomena"] == ["Extinction", "Spontaneous Recovery",
                                                 "Generalisation"]
    pavlov = next(g for w in doc.what_is for g in w.groups if g.title == "Pavlov's Experiment")
    assert [p.number for p in pavlov.points] == [1, 2, 3]


@pytest.mark.parametrize("path", [WEATHER, PAINT, FISSION, CONDITIONING], ids=lambda p: p.name)
def test_no_furniture_reaches_the_document(path) -> None:  # type: ignore[no-untyped-def]
    dump = repr(parse_file(path))
    for word in ("Reply", "atbildēt", "Also Read", "Arī lasīt", "http", "Last Updated",
                 "Pēdējo reizi", "One request", "Viens pieprasījums"):
        assert word not in dump, word
