"""Language tables: the markers that find a document's parts and the templates for its cards.

Markers are data, one table per language. The parser checks the markers of *every* language
(pages of this family are often half-translated: a Latvian page still says "Leave a Comment"),
and the detected language only chooses the templates the generator writes cards with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class Markers:
    """Regular expressions that recognise a document's parts by their headings and lines."""

    title_suffix: re.Pattern[str]
    title_versus: re.Pattern[str]
    title_between: re.Pattern[str]
    key_points: re.Pattern[str]
    table: re.Pattern[str]
    table_header_labels: re.Pattern[str]
    what_is: re.Pattern[str]
    differences: re.Pattern[str]
    references: re.Pattern[str]
    also_read: re.Pattern[str]
    last_updated: re.Pattern[str]
    share_request: re.Pattern[str]
    comments: re.Pattern[str]
    reply: re.Pattern[str]
    leave_comment: re.Pattern[str]
    save_article: re.Pattern[str]
    rating: re.Pattern[str]
    contrast: re.Pattern[str]


@dataclass(frozen=True)
class Templates:
    """How generated items are worded in this language (bank content is never translated)."""

    key_point_front: str
    key_point_mc: str
    cell_front: str
    side_mc: str
    true_of_mc: str
    statement_tf: str
    definition_front: str
    subsection_front: str
    list_front: str
    which_sub_mc: str
    member_mc: str
    section_front: str
    which_section_mc: str
    clause_breaks: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """Everything language-specific the parser and generator need."""

    code: str
    markers: Markers
    templates: Templates


LATVIAN = Language(
    code="lv",
    markers=Markers(
        title_suffix=_rx(r"\s*[:–—-]\s*atšķirība\s+un\s+salīdzinājums\s*$",
                         r"\s*[:–—-]\s*atšķirības\s+un\s+līdzības\s*$"),
        title_versus=_rx(r"\s+pret\s+", r"\s+salīdzinājumā\s+ar\s+"),
        title_between=_rx(r"^atšķirība\s+starp\s+(?P<a>.+?)\s+un\s+(?P<b>.+?)$"),
        key_points=_rx(r"^atslēgas\s*:?$", r"^galvenās\s+atziņas\s*:?$",
                       r"^galvenie\s+secinājumi\s*:?$"),
        table=_rx(r"^salīdzināšanas\s+tabula\s*:?$", r"^salīdzinājuma\s+tabula\s*:?$"),
        table_header_labels=_rx(r"^iezīme", r"^salīdzināšanas\s+parametri?", r"^parametri?",
                                r"^aspekts", r"^kritērijs", r"^pazīme"),
        what_is=_rx(r"^kas\s+ir\s+(?P<s>.+?)\s*\?$"),
        differences=_rx(r"^galvenās\s+atšķirības\b.*$"),
        references=_rx(r"^atsauces\s*:?$", r"^avoti\s*:?$", r"^literatūra\s*:?$"),
        also_read=_rx(r"^arī\s+lasīt\s*:", r"^lasiet\s+arī\s*:"),
        last_updated=_rx(r"^pēdējo\s+reizi\s+atjaunināts", r"^atjaunināts\s*:"),
        share_request=_rx(r"^viens\s+pieprasījums\s*\?$", r"dalīšanās\s+ir\b"),
        comments=_rx(r"^\d+\s+domas?\s+par\s+tēmu\b", r"^\d+\s+komentār"),
        reply=_rx(r"^atbildēt$"),
        leave_comment=_rx(r"^atstāj(?:iet)?\s+komentāru$"),
        save_article=_rx(r"^vai\s+vēlaties\s+saglabāt\s+šo\s+rakstu"),
        rating=_rx(r"^\d+\.?\s+punkt[su]?$"),
        contrast=_rx(r",\s+turpretim\s+", r",\s+savukārt\s+", r";\s+"),
    ),
    templates=Templates(
        key_point_front="Pabeidziet atziņu: «{head} …»",
        key_point_mc="Kā turpinās šī atziņa? «{head} …»",
        cell_front="{aspect} — {side}?",
        side_mc="Kuru pieeju raksturo šis apgalvojums? «{text}»",
        true_of_mc="Kas attiecībā uz «{aspect}» ir raksturīgs: {side}?",
        statement_tf="{aspect} — {side}: {text}",
        definition_front="{heading}",
        subsection_front="{group} — «{title}»: ko tas nozīmē?",
        list_front="Nosauciet visus punktus ({count}): {group}",
        which_sub_mc="Kuru punktu apraksta šis teksts? «{text}»",
        member_mc="Kas no šiem pieder pie «{group}»?",
        section_front="Ko raksts saka par tēmu «{title}»?",
        which_section_mc="Kurai sadaļai pieder šis teksts? «{text}»",
        clause_breaks=(", lai ", ", bet ", ", kas ", ", kurām ", ", kuras ", ", savukārt ",
                       ", turpretim ", ", veidojot ", ", jo ", ", ", " lai ", " bet "),
    ),
)

ENGLISH = Language(
    code="en",
    markers=Markers(
        title_suffix=_rx(r"\s*[:–—-]\s*differences?\s+and\s+comparison\s*$",
                         r"\s*[:–—-]\s*differences?\s+and\s+similarities\s*$"),
        title_versus=_rx(r"\s+vs\.?\s+", r"\s+versus\s+"),
        title_between=_rx(r"^(?:the\s+)?differences?\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)$"),
        key_points=_rx(r"^key\s+takeaways\s*:?$", r"^key\s+points\s*:?$"),
        table=_rx(r"^comparison\s+table\s*:?$", r"^comparison\s+chart\s*:?$"),
        table_header_labels=_rx(r"^parameters?\s+of\s+comparison", r"^features?", r"^aspects?",
                                r"^basis(?:\s+for\s+comparison)?", r"^criteri(?:a|on)",
                                r"^factors?", r"^characteristics?"),
        what_is=_rx(r"^what\s+(?:is|are)\s+(?P<s>.+?)\s*\?$"),
        differences=_rx(r"^main\s+differences\s+between\b.*$", r"^key\s+differences\b.*$"),
        references=_rx(r"^references\s*:?$", r"^sources\s*:?$", r"^bibliography\s*:?$"),
        also_read=_rx(r"^also\s+read\s*:", r"^read\s+also\s*:", r"^see\s+also\s*:"),
        last_updated=_rx(r"^last\s+updated\b"),
        share_request=_rx(r"^one\s+request\s*\?$", r"sharing\s+is\s+(?:♥|caring)"),
        comments=_rx(r"^\d+\s+thoughts?\s+on\b", r"^\d+\s+comments?\b"),
        reply=_rx(r"^reply$"),
        leave_comment=_rx(r"^leave\s+a\s+(?:comment|reply)$"),
        save_article=_rx(r"^want\s+to\s+save\s+this\s+article"),
        rating=_rx(r"^\d+\.?\s+points?$"),
        contrast=_rx(r",\s+while\s+", r",\s+whereas\s+", r";\s+"),
    ),
    templates=Templates(
        key_point_front="Complete the key point: “{head} …”",
        key_point_mc="How does this key point continue? “{head} …”",
        cell_front="{aspect} — {side}?",
        side_mc="Which approach does this statement describe? “{text}”",
        true_of_mc="Regarding “{aspect}”, which is true of {side}?",
        statement_tf="{aspect} — {side}: {text}",
        definition_front="{heading}",
        subsection_front="{group} — “{title}”: what does it mean?",
        list_front="Name all {count} points: {group}",
        which_sub_mc="Which point does this text describe? “{text}”",
        member_mc="Which of these belongs to “{group}”?",
        section_front="What does the article say about “{title}”?",
        which_section_mc="Which section does this text come from? “{text}”",
        clause_breaks=(", which ", ", while ", ", whereas ", ", but ", " to ", ", by ", ", ",
                       " but ", " by "),
    ),
)

# Brand and product names written in camel case; never split inside them.
CAMEL_WORDS = frozenset({
    "YouTube", "TikTok", "LinkedIn", "WhatsApp", "PayPal", "iPhone", "iPad", "eBay",
    "WordPress", "HubSpot", "MailChimp", "SnapChat", "WeChat", "OnlyFans", "PowerPoint",
    "JavaScript", "McDonald", "McKinsey", "DeepMind", "OpenAI", "GitHub", "SoundCloud",
    "DoorDash", "SurveyMonkey", "ClickFunnels", "BuzzSumo", "AdWords", "AdSense",
})

# Codes and units led by a lower-case letter; glued to the end of a cell ("…sistēmaiOS")
# only this list tells where they start.
LOWER_START_CODES = frozenset({
    "iOS", "iPadOS", "macOS", "watchOS", "tvOS", "iPhone", "iPad", "iMac", "iCloud",
    "iTunes", "eBay", "eSIM", "mRNA", "tRNA", "rRNA", "mRNS", "tRNS", "rRNS", "pH", "kWh",
    "mAh",
})

LANGUAGES: tuple[Language, ...] = (LATVIAN, ENGLISH)
_LATVIAN_LETTERS = set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")


def language_for(code: str) -> Language:
    """The table for ISO code ``code``; English when unknown."""
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    return ENGLISH


def detect_language(headings: list[str], text_sample: str) -> Language:
    """Pick the language whose markers match most headings; Latvian letters count too.

    English wins ties: it is the family's original language and the safer default.
    """
    latvian_share = sum(ch in _LATVIAN_LETTERS for ch in text_sample) / max(1, len(text_sample))
    scores: dict[str, float] = {}
    for lang in LANGUAGES:
        m = lang.markers
        score = 0.0
        for h in headings:
            for pat in (m.key_points, m.table, m.what_is, m.differences, m.references,
                        m.title_versus, m.title_suffix):
                if pat.search(h):
                    score += 1
        scores[lang.code] = score
    scores[LATVIAN.code] += 3 * (latvian_share > 0.01)
    return LATVIAN if scores[LATVIAN.code] > scores[ENGLISH.code] else ENGLISH


def any_marker(text: str, name: str) -> re.Match[str] | None:
    """Match ``text`` against marker ``name`` of every language; first match wins."""
    for lang in LANGUAGES:
        pattern: re.Pattern[str] = getattr(lang.markers, name)
        m = pattern.search(text)
        if m:
            return m
    return None
