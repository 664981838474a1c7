"""Other articles of the family (English text, HTML), Markdown notes, and cut-off documents."""

from __future__ import annotations

from dataclasses import asdict

from quizapp.core.parse.document import WarningCode
from quizapp.core.parse import SourceFormat, parse_bytes, parse_text
from tests.helpers import BROKEN, DOCS, STUDY_DOC, parse_file


def test_english_article_in_plain_text() -> None:
    doc = parse_file(DOCS / "email-vs-content-marketing.txt")
    assert doc.language == "en"
    assert [s.name for s in doc.sides] == ["Email Marketing (EM)", "Content Marketing"]
    assert len(doc.key_points) == 3
    assert doc.table is not None
    # Header columns run together with no case change at the boundary.
    assert doc.table.columns == ("Parameters of Comparison", "Email Marketing",
                                 "content Marketing")
    rows = {r.aspect: (r.a, r.b) for r in doc.table.rows}
    assert list(rows) == ["Audience", "Control", "speed", "Cost", "measurement", "Examples"]
    # An acronym at the start of a cell and a brand name in camel case stay whole.
    assert rows["measurement"] == ("Open rates, clicks and ROI are easy to track",
                                   "KPI (key performance indicator) tracking across channels "
                                   "is harder")
    assert rows["Examples"][1] == "A how-to guide on YouTube or a blog"
    assert [w.subject for w in doc.what_is] == ["Email Marketing", "Content Marketing"]
    assert [w.side for w in doc.what_is] == [0, 1]
    email = doc.what_is[0]
    assert [g.title for g in email.groups] == ["Benefits of Email Marketing",
                                               "Challenges of Email Marketing"]
    assert [s.title for s in email.groups[0].items] == ["Direct Reach", "Personalisation",
                                                        "Measurable Results"]
    assert [d.aspect for d in doc.differences] == [
        "Direction of communication", "Audience", "Time to results", "Main cost", "Measurement"]
    # "EM:" is recognised as side A by its acronym; a single-line difference is split on
    # its contrast ("…, while …").
    assert doc.differences[1].a == "Limited to the size of the mailing list."
    assert doc.differences[4].a == "EM tracks opens and clicks per message"
    assert doc.differences[4].b.startswith("Content marketing tracks traffic")
    dump = repr(asdict(doc))
    for word in ("Maxwell88", "Harriet", "Reply", "Also Read", "http", "SHARING", "Last Updated",
                 "email marketing funnel", "thoughts on", "Want to save"):
        assert word not in dump, word
    assert not doc.warnings


def test_html_article_with_a_real_table() -> None:
    doc = parse_file(DOCS / "coffee-vs-tea.html")
    assert doc.title == "Coffee vs Tea: Difference and Comparison"
    assert [s.name for s in doc.sides] == ["Coffee", "Tea"]
    assert len(doc.key_points) == 3
    assert doc.table is not None and doc.table.columns == ("Parameters of Comparison", "Coffee",
                                                           "Tea")
    assert [(r.aspect, r.a) for r in doc.table.rows][:2] == [
        ("Source", "Roasted seeds of the coffee plant"),
        ("Caffeine", "About 95 mg in a regular cup"),
    ]
    coffee, tea = doc.what_is
    assert [(s.number, s.title) for s in coffee.groups[0].items] == [
        (1, "Arabica"), (2, "Robusta"), (3, "Liberica")]
    assert [s.title for s in tea.groups[0].items] == ["Antioxidants", "Calm Focus", "Heart Health"]
    assert [(d.aspect, d.b) for d in doc.differences][0] == (
        "Origin", "Comes from the leaves of the tea plant.")
    assert len(doc.differences) == 3
    dump = repr(asdict(doc))
    for word in ("window.tracker", "font-family", "coffee and tea side by side", "Jonathan22",
                 "Reply", "Also Read", "Milk vs Cream", "http", "Post Comment", "© 2024",
                 "SHARING", "Home"):
        assert word not in dump, word
    # Source lines point into the HTML file.
    assert doc.table.rows[0].source.line == 29


def test_markdown_notes_without_the_family_structure_still_give_key_points() -> None:
    doc = parse_file(DOCS / "plain-notes.md")
    assert [w.code for w in doc.warnings] == [WarningCode.UNSTRUCTURED]
    assert doc.sides == ()
    assert [p.text for p in doc.key_points] == [
        "Light intensity controls how fast the light-dependent reactions can run.",
        "Carbon dioxide concentration limits how much carbon the Calvin cycle can fix.",
        "Temperature affects the enzymes that drive the whole process.",
    ]
    assert [g.title for g in doc.sections] == ["Light-dependent reactions", "The Calvin cycle",
                                               "Factors that limit the rate"]


def test_paragraphs_only_document_gives_key_points_from_first_sentences() -> None:
    text = ("A short history of tea\n\nTea was first drunk in China as a medicine many centuries "
            "ago. It spread along trade routes.\n\nBritain made tea a national habit in the "
            "eighteenth century. Afternoon tea followed.\n")
    doc = parse_text(text)
    assert doc.title == "A short history of tea"
    assert [p.text for p in doc.key_points] == [
        "Tea was first drunk in China as a medicine many centuries ago.",
        "Britain made tea a national habit in the eighteenth century.",
    ]


def test_document_cut_off_mid_table_keeps_what_is_there_and_warns() -> None:
    doc = parse_file(BROKEN / "truncated-mid-table.txt")
    assert len(doc.key_points) == 3
    assert doc.table is not None
    assert [r.aspect for r in doc.table.rows] == ["Koncentrēt", "Kontrole", "sasniegt", "Izmaksas"]
    codes = [w.code for w in doc.warnings]
    assert WarningCode.TABLE_ROW_UNSPLIT in codes
    assert WarningCode.TABLE_TRUNCATED in codes
    assert WarningCode.NO_WHAT_IS in codes
    assert WarningCode.NO_DIFFERENCES in codes
    unsplit = next(w for w in doc.warnings if w.code is WarningCode.TABLE_ROW_UNSPLIT)
    assert unsplit.line == 35
    assert "line 35" in str(unsplit)


def test_crlf_bom_and_lf_parse_the_same() -> None:
    raw = STUDY_DOC.read_bytes()
    crlf_bom = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")
    assert parse_bytes(crlf_bom, name="a.txt") == parse_bytes(raw, name="a.txt")


def test_legacy_cp1257_text_decodes_with_the_encoding_option() -> None:
    data = (BROKEN / "legacy-cp1257.txt").read_bytes()
    doc = parse_bytes(data, name="legacy.txt", encoding="cp1257")
    assert doc.key_points[0].text.startswith("Sociālo mediju mārketings")
    assert doc.table is not None and len(doc.table.rows) == 7
    assert len(doc.differences) == 10


def test_html_and_text_front_ends_agree_on_a_simple_page() -> None:
    html = ("<h1>Cats vs Dogs: Difference and Comparison</h1><h2>Key Takeaways</h2>"
            "<ul><li>Cats are independent animals that groom themselves.</li>"
            "<li>Dogs are pack animals that need daily walks.</li></ul>")
    text = ("Cats vs Dogs: Difference and Comparison\n\nKey Takeaways\n\n"
            "  1. Cats are independent animals that groom themselves.\n"
            "  2. Dogs are pack animals that need daily walks.\n")
    from_html = parse_text(html, SourceFormat.HTML)
    from_text = parse_text(text)
    assert [p.text for p in from_html.key_points] == [p.text for p in from_text.key_points]
    assert [s.name for s in from_html.sides] == ["Cats", "Dogs"]
