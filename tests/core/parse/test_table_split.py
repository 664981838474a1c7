"""Un-flattening run-together comparison-table rows."""

from __future__ import annotations

import re

import pytest

from quizapp.core.parse.table import Evidence, split_header, split_row, split_rows
from quizapp.core.parse.titles import title_defect


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
        # ---- rows from other fields: formulas, units, dates, law, currency, codes.
        # The row: a cell starting with a number and a formula is not cut inside it.
        ("Produkti2 H₂ un O₂ no ūdens2 H₂O veidojas no H₂ un O₂",
         ("Produkti", "2 H₂ un O₂ no ūdens", "2 H₂O veidojas no H₂ un O₂")),
        ("AtkritumiCO₂ un H₂OPienskābe vai C₂H₅OH",
         ("Atkritumi", "CO₂ un H₂O", "Pienskābe vai C₂H₅OH")),
        # Charges and a formula ending one cell before a word.
        ("KanāliCa²⁺ ieplūst šūnāK⁺ izplūst no šūnas",
         ("Kanāli", "Ca²⁺ ieplūst šūnā", "K⁺ izplūst no šūnas")),
        # A salt written without counts stays whole.
        ("SāļiNaCl un KClKalcija karbonāts (CaCO₃)",
         ("Sāļi", "NaCl un KCl", "Kalcija karbonāts (CaCO₃)")),
        # Units, a unit ending in a capital, and a decimal comma.
        ("Kušanas temperatūra0 °C pie 101,3 kPa−114,1 °C",
         ("Kušanas temperatūra", "0 °C pie 101,3 kPa", "−114,1 °C")),
        ("SāļumsAp 3,5 % okeānāMazāk par 0,05 % upēs",
         ("Sāļums", "Ap 3,5 % okeānā", "Mazāk par 0,05 % upēs")),
        # Dates and Roman numerals.
        ("Kronēts1547. gada 16. janvārī1682. gada 7. maijā",
         ("Kronēts", "1547. gada 16. janvārī", "1682. gada 7. maijā")),
        ("ValdnieksHenrijs VIIIElizabete I",
         ("Valdnieks", "Henrijs VIII", "Elizabete I")),
        # Legal references: section sign, article numbers.
        ("Pamats§ 14 un § 15Likuma 7. pants",
         ("Pamats", "§ 14 un § 15", "Likuma 7. pants")),
        # Currency before and after the number.
        ("Abonements€4,99 mēnesī49 € gadā",
         ("Abonements", "€4,99 mēnesī", "49 € gadā")),
        ("Fee£12 a month$15 a month", ("Fee", "£12 a month", "$15 a month")),
        # Code-like words.
        ("Savienojums5G un Wi-Fi 6EBluetooth 5.3",
         ("Savienojums", "5G un Wi-Fi 6E", "Bluetooth 5.3")),
        ("ProtocolHTTP/3 over QUICMail over SMTP",
         ("Protocol", "HTTP/3 over QUIC", "Mail over SMTP")),
        ("AdreseIPv6 ar 128 bitiemMAC adrese ar 48 bitiem",
         ("Adrese", "IPv6 ar 128 bitiem", "MAC adrese ar 48 bitiem")),
        # A known code led by a small letter: "…ma" + "iOS", not "…mai" + "OS".
        ("OperētājsistēmaiOSAndroid", ("Operētājsistēma", "iOS", "Android")),
        # Capitals with diacritics on both sides of a seam.
        ("ŪdensŠķīst ātriĻoti lēni šķīst",
         ("Ūdens", "Šķīst ātri", "Ļoti lēni šķīst")),
        # Dotted abbreviations.
        ("CountryThe U.S. and CanadaThe E.U. member states",
         ("Country", "The U.S. and Canada", "The E.U. member states")),
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


# ------------------------------------------------------------ rows from any field


@pytest.mark.parametrize(
    "row",
    [
        # Two acronyms run together that nobody knows: KVA|ROZLS, KVARO|ZLS, KVAROZ|LS?
        "DalībaKVAROZLS dalībvalstis",
        # Two camel-case names nobody knows (made up): Zorba|ScriptQuill|Talk or …?
        "ValodaZorbaScriptQuillTalk",
        # One formula (alanine): every seam inside it would cut it to make a third cell.
        "VielaC₃H₇NO₂",
    ],
)
def test_uncertain_rows_are_not_guessed(row: str) -> None:
    assert split_row(row) is None


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # Names, codes and acronyms a reader knows (quizapp/core/parse/names.py).
        ("DalībaNATOES dalībvalstis", ("Dalība", "NATO", "ES dalībvalstis")),
        ("ValodaTypeScriptCoffeeScript", ("Valoda", "TypeScript", "CoffeeScript")),
        ("ProtocolHTTP/3 over QUICSMTP over TCP",
         ("Protocol", "HTTP/3 over QUIC", "SMTP over TCP")),
        ("Ietekme uz parādiemAp 17 % no IKPUIN 20 %",
         ("Ietekme uz parādiem", "Ap 17 % no IKP", "UIN 20 %")),
        ("CacheL3 of up to 36 MBL1 of about 64 KB per core",
         ("Cache", "L3 of up to 36 MB", "L1 of about 64 KB per core")),
        # Familiar formulas (quizapp/core/parse/formulas.py).
        ("Izejvielas6 CO₂ un 6 H₂OC₆H₁₂O₆ un 6 O₂",
         ("Izejvielas", "6 CO₂ un 6 H₂O", "C₆H₁₂O₆ un 6 O₂")),
        ("SāļiNaCl un KClCaCO₃ un MgSO₄", ("Sāļi", "NaCl un KCl", "CaCO₃ un MgSO₄")),
        # Formulas not on the list: only one seam leaves two formulas written as chemists
        # write them (nitroglycerine and anthracene; "C₃H₅N₃O₉C₁₄|H₁₀" repeats carbon).
        ("Izejvielas2 C₃H₅N₃O₉C₁₄H₁₀ un O₂", ("Izejvielas", "2 C₃H₅N₃O₉", "C₁₄H₁₀ un O₂")),
        # Dictionary words: "Language" is a word, "Languag" is not.
        ("LanguageUSB-CIn 2015", ("Language", "USB-C", "In 2015")),
        # A known code led by a small letter after a word that is also a word with its
        # letter ("Cenai"): the code is the rarer coincidence.
        ("CenaiOSAndroid", ("Cena", "iOS", "Android")),
        # A Roman numeral before a name: "XII" | "Ivans", not "XIII" | "vans".
        ("ValdnieksKārlis XIIIvans IV", ("Valdnieks", "Kārlis XII", "Ivans IV")),
    ],
)
def test_general_knowledge_settles_a_row(row: str, cells: tuple[str, str, str]) -> None:
    assert split_row(row) == cells


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # A coefficient stays with its formula; H₂O and N₂ are written as chemists write.
        ("Reakcija2H₂ + O₂ → 2H₂ON₂ + 3H₂ → 2NH₃",
         ("Reakcija", "2H₂ + O₂ → 2H₂O", "N₂ + 3H₂ → 2NH₃")),
        ("SāļiMgSO₄·7H₂OCuSO₄·5H₂O", ("Sāļi", "MgSO₄·7H₂O", "CuSO₄·5H₂O")),
        # A formula without counts does not run on into the next cell's name.
        ("SiteIonic, as in NaClRuBisCO", ("Site", "Ionic, as in NaCl", "RuBisCO")),
        # °C is one unit: H₂O, not CH₂O.
        ("TempBest at 20–30 °CH₂O is used up", ("Temp", "Best at 20–30 °C", "H₂O is used up")),
        # A date's year, then the next date's day.
        ("Datums09.11.198914.07.1789", ("Datums", "09.11.1989", "14.07.1789")),
        # A price with its sign, then the next price's sign.
        ("Cena$1.99€2,49", ("Cena", "$1.99", "€2,49")),
        # Cells that begin with a symbol, a signed number or a quotation.
        ("Fine≤ 5 years€500–€2,000", ("Fine", "≤ 5 years", "€500–€2,000")),
        ("Atlaide+10 % bonusa punktu−20 % pirmajam pirkumam",
         ("Atlaide", "+10 % bonusa punktu", "−20 % pirmajam pirkumam")),
        ('Slogan"Just Do It""Think Different"',
         ("Slogan", '"Just Do It"', '"Think Different"')),
        ("ExampleCoca-Cola's “Share a Coke” campaignA brand contest",
         ("Example", "Coca-Cola's “Share a Coke” campaign", "A brand contest")),
        # A word that reads as known pieces one way only: HTTP and SQLite.
        ("Datu bāzeNešifrēts HTTPSQLite", ("Datu bāze", "Nešifrēts HTTP", "SQLite")),
        # Two acronyms glued with nothing else to cut them: CRM and KPIs.
        ("CRMKPIs every month£25,000 a quarter",
         ("CRM", "KPIs every month", "£25,000 a quarter")),
        # A name that begins with a dot.
        ("IzpildvideNode.js 20.NET 8", ("Izpildvide", "Node.js 20", ".NET 8")),
    ],
)
def test_rows_of_formulas_dates_prices_and_quotes(row: str, cells: tuple[str, str, str],
                                                 ) -> None:
    assert split_row(row) == cells


@pytest.mark.parametrize("row", [
    # Pēteris I and the XIII century, or Pēteris IX and the III? Only history can say.
    "ValdnieksPēteris IXIII gadsimts",
    # Camel-case names nobody knows, glued to each other or after a bracket.
    "ToolsBrightLedgerCloudNest",
    "Kvalitātes vadībaLean (TPS)BrightLedger",
    # Apple M2 and 6.7 inches, or Apple M and 26.7 inches?
    "ProcesorsApple M26.7-inch LCD",
    # ISO 45001 and 5 years, or ISO 4500 and 15?
    "StandartsISO 450015 gadu stratēģija",
])
def test_rows_that_need_knowledge_the_splitter_lacks_are_not_guessed(row: str) -> None:
    assert split_row(row) is None


def test_the_articles_words_settle_an_uncertain_row() -> None:
    row = "ValodaZorbaScriptQuillTalk"
    evidence = Evidence.from_texts(["ZorbaScript un QuillTalk kompilē uz JavaScript."])
    assert split_row(row, evidence) == ("Valoda", "ZorbaScript", "QuillTalk")
    acronyms = "DalībaKVAROZLS dalībvalstis"
    alliances = Evidence.from_texts(["KVARO un ZLS ir divas alianses."])
    assert split_row(acronyms, alliances) == ("Dalība", "KVARO", "ZLS dalībvalstis")


def test_an_unknown_code_the_article_uses_is_not_cut_one_letter_late() -> None:
    # "eID" is not among the codes the splitter knows: alone it would read "…cijae" | "ID".
    row = "IdentifikācijaeIDPase"
    evidence = Evidence.from_texts(["Identifikācija notiek ar eID karti vai pasi."])
    assert split_row(row, evidence) in (None, ("Identifikācija", "eID", "Pase"))


def test_evidence_that_says_nothing_leaves_the_row_unsplit() -> None:
    unrelated = Evidence.from_texts(["Raksts par pavisam citām lietām un vārdiem."])
    assert split_row("ValodaZorbaScriptQuillTalk", unrelated) is None


def test_a_word_the_article_uses_whole_is_not_cut() -> None:
    # Alone, "DataBase" would be read as "Data" | "Base…"; the article uses it as one word.
    row = "RīksDataBase Pro 9Spreadsheet Plus 4"
    assert split_row(row, Evidence.from_texts(["DataBase Pro ir datubāze."])) == (
        "Rīks", "DataBase Pro 9", "Spreadsheet Plus 4")


def test_cells_written_alike_settle_a_row() -> None:
    # "1 EUR = … BGN1 EUR = …": BGN|1 or BG|N1? The row's cells begin alike ("1 EUR ="),
    # which backs the first.
    rows = split_rows(["Kurss1 EUR = 1,95583 BGN1 EUR = 0,702804 LVL"])
    assert rows == [("Kurss", "1 EUR = 1,95583 BGN", "1 EUR = 0,702804 LVL")]


def test_words_of_the_other_rows_settle_a_row() -> None:
    # Alone, "ZorbaScriptQuillTalk" is a guess (two names nobody knows run together);
    # another row of the table, read with certainty, shows both names whole.
    alone = "ValodaZorbaScriptQuillTalk"
    other = "IzcelsmeRakstīts ZorbaScript valodāRakstīts QuillTalk valodā"
    assert split_rows([alone]) == [None]
    assert split_rows([alone, other]) == [
        ("Valoda", "ZorbaScript", "QuillTalk"),
        ("Izcelsme", "Rakstīts ZorbaScript valodā", "Rakstīts QuillTalk valodā")]


def test_a_row_does_not_vouch_for_its_own_reading() -> None:
    # Read alone, "…cijae" | "ID" would put "Identifikācijae" among the table's words, and
    # that word would then contradict the reading the article supports.
    row = "IdentifikācijaeIDPase"
    evidence = Evidence.from_texts(["Identifikācija notiek ar eID karti vai pasi."])
    assert split_rows([row], evidence) == [("Identifikācija", "eID", "Pase")]


def test_a_topic_never_ends_in_half_a_word() -> None:
    # Whatever the reading, an aspect is never a glued or cut title.
    for row in ("ValodaZorbaScriptQuillTalk", "Produkti2 H₂ un O₂2 H₂O",
                "DalībaNATOES dalībvalstis", "IzmaksasMaksā par SMM rīkiemMaksā ietekmētājam"):
        split = split_row(row)
        assert split is None or title_defect(split[0]) is None


def test_header_label_marker_matching_only_a_stem_takes_the_whole_word() -> None:
    header = "ParametrsFotosintēzeŠūnu elpošana"
    m = re.match("Parametri?", header)
    assert m is not None
    assert split_header(header, m) == ("Parametrs", "Fotosintēze", "Šūnu elpošana")


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # A code led by a small letter ends where a capital or a formula follows it.
        ("Optimal pHAs low as 6.5 in muscleAbout 7.4 in blood",
         ("Optimal pH", "As low as 6.5 in muscle", "About 7.4 in blood")),
        ("Optimal pHK⁺ leaves the cellNa⁺ enters the cell",
         ("Optimal pH", "K⁺ leaves the cell", "Na⁺ enters the cell")),
        # An element symbol that is a word is the word before or after a formula.
        ("Oxygen neededNoK⁺ leaves the cell", ("Oxygen needed", "No", "K⁺ leaves the cell")),
        ("ProductsLactic acid and CO₂In 1937 by Hans Krebs",
         ("Products", "Lactic acid and CO₂", "In 1937 by Hans Krebs")),
        # A header ending on the preposition its relation takes.
        ("Applies toOnly once transposed into national lawAll member states directly",
         ("Applies to", "Only once transposed into national law", "All member states directly")),
        # A unit after its number ends the quantity; dimensions begin a cell.
        ("KešatmiņaL3 līdz 36 MBL1 ap 64 KB uz kodolu",
         ("Kešatmiņa", "L3 līdz 36 MB", "L1 ap 64 KB uz kodolu")),
        ("Galda izmērs2,74 × 1,525 m1,83 × 0,91 m",
         ("Galda izmērs", "2,74 × 1,525 m", "1,83 × 0,91 m")),
        ("Laukums105 × 68 m90 × 45 m", ("Laukums", "105 × 68 m", "90 × 45 m")),
        # An EU act's number ends in its institution; a date keeps its day and month.
        ("NoilgumsDirektīva 95/46/EK30 dienu laikā",
         ("Noilgums", "Direktīva 95/46/EK", "30 dienu laikā")),
        ("Karš14.07.178921 gads", ("Karš", "14.07.1789", "21 gads")),
        # Cells written in parallel have numbers of the same length.
        ("US law18 U.S.C. § 103042 U.S.C. § 1983",
         ("US law", "18 U.S.C. § 1030", "42 U.S.C. § 1983")),
        # A numeral keeps its every I; an acronym and a number that fits only one way.
        ("ValdnieksKatrīna IIPSRS okupācija 1940. gadā",
         ("Valdnieks", "Katrīna II", "PSRS okupācija 1940. gadā")),
        ("EndWinston Churchill, UK8 May 1945 in Europe",
         ("End", "Winston Churchill, UK", "8 May 1945 in Europe")),
    ],
)
def test_units_codes_formulas_and_numbers_end_where_a_reader_ends_them(
        row: str, cells: tuple[str, str, str]) -> None:
    assert split_row(row) == cells


@pytest.mark.parametrize("row", [
    "JonsKuņģī ap 2KMnO₄",  # "ap 2" and "KMnO₄", or "2 KMnO₄": a known compound is not cut
    "ValdnieksPēteris IXIII gadsimts",  # "I" and "XIII", or "IX" and "III"
])
def test_rows_a_reader_cannot_settle_alone_stay_unsplit(row: str) -> None:
    assert split_row(row) is None


@pytest.mark.parametrize("row", [
    # A small letter before an acronym may lead a code nobody knows ("mSATA", "nDNA").
    "InterfacemSATA inside laptopseSATA at 6 Gbit/s",
    # A Roman numeral may take the last I ("SATA III" and "npm …").
    "RuntimeSATA IIInpm and pnpm",
    # "¹⁴C" and "O₂ …", or "¹⁴CO₂" and "…".
    "Half-life5730 years for ¹⁴CO₂ diffuses into blood",
    # A standard's number runs on into its letters: "IEEE 802.3bt", not "IEEE 80" | "2.3bt".
    "Tīkla standartsIEEE 802.3btgit rebase -i",
])
def test_codes_numerals_and_isotopes_a_reader_cannot_settle_are_not_guessed(row: str) -> None:
    assert split_row(row) is None


def test_a_numeral_that_cannot_take_the_last_i_leaves_it_to_the_word() -> None:
    assert split_row("RulerHenry VIIIIn 1509") == ("Ruler", "Henry VIII", "In 1509")
    assert split_row("Half-lifeAbout 8 days for ¹³¹I5730 years for ¹⁴C") == (
        "Half-life", "About 8 days for ¹³¹I", "5730 years for ¹⁴C")


@pytest.mark.parametrize("row", [
    # "Channel" | "eMail …" or "Channele" | "Mail …": a name nobody knows; not guessed.
    "ChanneleMail newslettersWhatsApp Business",
])
def test_a_small_letter_that_may_lead_a_name_is_not_guessed(row: str) -> None:
    assert split_row(row) is None


def test_no_cell_ends_in_a_letter_no_number_carries() -> None:
    # Not "Deno 2.0e" | "SATA …": the letter begins "eSATA" (or the row is left unsplit).
    got = split_row("InterfaceDeno 2.0eSATA at 6 Gbit/s")
    assert got is None or got[1] == "Deno 2.0"


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # A long run of capitals after a word splits inside only where the word and its
        # first capitals make a known name ("MongoDB" | "MIT").
        ("MetodePDCA ciklsDMAIC projekts", ("Metode", "PDCA cikls", "DMAIC projekts")),
        ("DatabaseMongoDBMIT licence", ("Database", "MongoDB", "MIT licence")),
        # A sum written together is one: "2+1".
        ("Atlaide2+1 akcija−20 % Melnajā piektdienā",
         ("Atlaide", "2+1 akcija", "−20 % Melnajā piektdienā")),
        # A header ending on the preposition an irregular participle takes.
        ("Found in−80 °C in the freezer37 °C in the body core",
         ("Found in", "−80 °C in the freezer", "37 °C in the body core")),
    ],
)
def test_runs_of_capitals_sums_and_relation_headers(row: str, cells: tuple[str, str, str],
                                                     ) -> None:
    assert split_row(row) == cells
