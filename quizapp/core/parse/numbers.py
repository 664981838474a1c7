"""How a reader splits two numbers run together: "In 19223–20 %" is 1922 and 3–20 %.

A flattened row glues a cell ending in a number to one starting with a number, and the seam
falls inside a run of digits. A reader finds it from what each number must be where it
stands: a year after "in", "since" or a month (four digits, 1000–2099), a day before a
month (1–31), a century before "th century" (a valid ordinal up to 21), the end of a range
that rises and keeps its decimals ("1.5–3.5"), a version after "v" or "HTTP/" (short), a
quantity before its unit, a Latvian year before ". gadā". A split that breaks one of these
is impossible; one that fits both numbers is as likely as the text can make it; where
several splits fit, the row stays uncertain ("§ 1514 dienas": § 15 and 14, or § 151 and 4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.parse.names import UNITS

# Left of a number: words after which it is a year.
# (A capitalised word may follow a label glued to it: "Tax rateIn 19223–20 %".)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|kopš)|(?:In|Since|Until|Kopš|Act|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)|\d{3}:)\s*$")
_AD = re.compile(r"\bAD\s*$")
_VERSION_BEFORE = re.compile(r"(?:\bv|[A-Za-z]/|(?:TLS|Bluetooth|\bversion|\bversija) )$")
# Right of a number: what makes it a year, a day, an ordinal or a quantity.
_YEAR_AFTER = re.compile(r"\.\s*(?:gad|g\.)")
_MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b")
_ORDINAL_AFTER = re.compile(r"(st|nd|rd|th)\b(\s+(?:century|centuries))?")
# After a number: its unit (the units a reader knows, currencies) or what it counts.
_UNIT_AFTER = re.compile(
    r"(?:\s*(?:%|‰|°[CF]|€)|\s+(?:"
    + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if u[-1].isalnum())
    + r"|EUR|USD|GBP|years?|days?|hours?|minutes?|weeks?|months?|seconds?|people|times|"
    r"gad[isuiem]*|dien[asuām]*|stund[asuāmi]*|minūt[esīmi]*|nedēļ[asuāmi]*|mēneš[iuos]*|"
    r"mēnes[isī]*|reiz[esi]*|cilvēk[iemuos]*|collas?)\b|-(?:inch|bit|week|day|year)\b)")
_ORDINAL_WORD_AFTER = re.compile(r"\.\s+[a-zāčēģīķļņšūž]")  # Latvian "64. pants"
_RANGE_DASH = "–-"
_MONEY = frozenset("€$£¥")
_CURRENCY_AFTER = re.compile(r"\s*(?:[€$£¥]|(?:EUR|USD|GBP|JPY|CHF|BGN|LVL)\b)")
_SAME = {"€": ("€", "EUR"), "$": ("$", "USD"), "£": ("£", "GBP"), "¥": ("¥", "JPY")}
# A date's day and month before a year, or its month and year after a day: "14.07." and
# ".11.1989", "14/07/" and "/11/1989".
_DATE_BEFORE = re.compile(r"(?<!\d)\d{1,2}([./])\d{1,2}\1$")
_DATE = re.compile(r"\d{1,2}([./])\d{1,2}\1\d{2,4}")
_DATE_HEAD = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?=\d)")
_DATE_AFTER = re.compile(r"([./])\d{1,2}\1\d{2,4}\b")
# Standards are numbered with up to five digits: "ISO 45001", "ISO/IEC 27001", "RFC 9110".
_STANDARD_BEFORE = re.compile(r"(?:ISO|IEC|EN|DIN|BS|ANSI|IEEE|RFC|ISO/IEC) $")


@dataclass(frozen=True)
class _Number:
    """A number as written: its digits and decimal separator, and its value."""

    text: str

    @property
    def ok(self) -> bool:
        """Written as numbers are: no separator at either end, no leading zero before two
        digits ("053"), at most one decimal separator, four integer digits at most unless
        grouped ("7,000")."""
        t = self.text
        if not t or not t[0].isdecimal() or not t[-1].isdecimal():
            return False
        if len(t) > 2 and t[0] == "0" and t[1].isdecimal():
            return False  # (two digits may lead with 0 in dates and codes: "07", "09")
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
            return True  # 7,000 (a thousands comma)
        return re.fullmatch(r"\d{1,4}(?:[.,]\d+)?", t) is not None

    @property
    def value(self) -> float:
        t = self.text
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
            return float(t.replace(",", ""))
        return float(t.replace(",", "."))

    @property
    def decimals(self) -> int:
        m = re.search(r"[.,](\d+)$", self.text)
        return len(m.group(1)) if m and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", self.text) else 0

    def is_year(self, ad: bool = False) -> bool:
        if "." in self.text or "," in self.text:
            return False
        return (1 <= self.value <= 2099) if ad else (len(self.text) == 4
                                                     and 1000 <= self.value <= 2099)


def _run(text: str, i: int) -> tuple[int, int]:
    """The digits around ``i`` with at most one decimal part on either side ("3.50.1" of
    two numbers run together), but not the parts of a date ("14.07.1789")."""
    s = i
    while s > 0 and text[s - 1].isdecimal():
        s -= 1
    e = i
    while e < len(text) and text[e].isdecimal():
        e += 1
    if text[s - 1:s] in (".", ",") and text[s - 2:s - 1].isdecimal():
        t = s - 1
        while t > 0 and text[t - 1].isdecimal():
            t -= 1
        if not (text[t - 1:t] in (".", ",", "/") and text[t - 2:t - 1].isdecimal()):
            s = t
    if text[e:e + 1] in (".", ",") and text[e + 1:e + 2].isdecimal():
        t = e + 1
        while t < len(text) and text[t].isdecimal():
            t += 1
        if not (text[t:t + 1] in (".", ",", "/") and text[t + 1:t + 2].isdecimal()):
            e = t
    return s, e


def _left_fits(text: str, s: int, left: _Number) -> bool | None:
    """Whether the number ending a cell fits where it stands: True when something says what
    it is and it is that, None when nothing does, False when it cannot be."""
    before = text[:s]
    if before[-1:] in _MONEY:
        # An amount of money has whole units or cents: "$1.99|1 EUR" rather than
        # "$1.9|91 EUR" (but "$17.8 trillion").
        return True if left.ok and left.decimals in (0, 2) else None
    if _DATE_BEFORE.search(before):
        # A four-digit year fits a date best; two digits may be a year too ("14.07.17"), but
        # leave the rest of the run to a number that must fit on its own ("…1789|21 gads").
        return True if left.is_year() else None if len(left.text) == 2 else False
    if _STANDARD_BEFORE.search(before):
        return left.text.isdecimal() and 2 <= len(left.text) <= 5
    if _AD.search(before):
        return left.is_year(ad=True)
    if _YEAR_BEFORE.search(before):
        return left.is_year()
    if _VERSION_BEFORE.search(before):
        return len(left.text) <= 3
    dash = before[-1:] in _RANGE_DASH and before[-2:-1].isdecimal()
    if dash:
        m = re.search(r"(\d[\d.,]*)[" + _RANGE_DASH + r"]$", before)
        if m is None:
            return None
        start = _Number(m.group(1))
        # A range rises, and its end has no more decimals than its start ("7.35–7.45",
        # "0.5–1"; not "7.35–7.451"); a hyphen may join a code instead ("8859-13").
        if not start.ok or start.value >= left.value or start.decimals < left.decimals:
            return False if before[-1] == "–" else None
        if start.is_year():
            return left.is_year()  # 1700–1721, not 1700–17212
        # Written alike, the two ends fit each other: "1.5–3.5", "18–34" (not "18–343").
        alike = start.decimals == left.decimals > 0 or (
            start.decimals == left.decimals == 0 and len(start.text) == len(left.text))
        return True if alike else None
    return None


def _right_fits(text: str, e: int, right: _Number) -> bool | None:
    """Whether the number starting a cell fits what follows it (as :func:`_left_fits`)."""
    after = text[e:]
    if _DATE_AFTER.match(after):
        return right.text.isdecimal() and 1 <= right.value <= 31
    groups = re.match(r"(?:[ \u00a0]\d{3})+(?!\d)", after)
    if groups and right.text.isdecimal() and len(right.text) <= 3:
        # "25 000 €": the number goes on in groups of three.
        right = _Number(right.text + groups.group().replace(" ", "").replace("\u00a0", ""))
        after = after[groups.end():]
    if _YEAR_AFTER.match(after):
        return right.is_year()
    if _MONTH_AFTER.match(after):
        return right.decimals == 0 and 1 <= right.value <= 31
    m = _ORDINAL_AFTER.match(after)
    if m:
        n = int(right.text) if right.text.isdecimal() else -1
        suffix = ("th" if 10 <= n % 100 <= 20 else
                  {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
        return m.group(1) == suffix and (m.group(2) is None or 1 <= n <= 21)
    if after[:1] in _RANGE_DASH and after[1:2].isdecimal():
        end = re.match(r"\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d[\d.,]*\d|\d", after[1:])
        if end is None:
            return None
        stop = _Number(re.sub(r"[ \u00a0]", "", end.group()))  # "5 000" is 5000
        if not (stop.ok and right.value < stop.value):
            # A range rises; a hyphen may join a code instead ("8859-13", "x86-64").
            return False if after[0] == "–" else None
        # That it rises says little about where it starts; a word after it, its unit or
        # what it counts, says more ("50–100 darbinieku", "2–4 weeks"), and so do two
        # years ("1558–1583").
        rest = after[1 + end.end():]
        years = right.is_year() and stop.is_year()
        return True if years or _UNIT_AFTER.match(rest) or re.match(r" [^\W\d_]", rest) \
            else None
    if _UNIT_AFTER.match(after):
        unit = after.lstrip()[:1]
        if unit == "%":
            return True if right.value <= 100 else None  # "2030 %" is no usual share
        # Amounts of money run large; other quantities rarely need five digits unspaced.
        return True if unit in "€$" or right.value < 10000 else None
    if _ORDINAL_WORD_AFTER.match(after):
        return right.decimals == 0 and len(right.text) <= 3
    return None


def digit_seams(text: str, i: int) -> dict[int, int]:
    """Every place a cell may start inside the run of digits around ``i``, each with how
    many of its two numbers fit something that says what they are (0–2).

    A split is left out when it leaves a number that cannot be what it stands for ("AD 4761"
    before "3th century"). Two four-digit years run together ("19181945") fit both ways.
    """
    s, e = _run(text, i)
    if _DATE.fullmatch(text[s:e]):
        return {}  # a date is one: "14.07.1789"
    if text[e:e + 1].islower() and _STANDARD_BEFORE.search(text[:s]):
        return {}  # a standard's number runs on into its letters: "IEEE 802.3bt"
    # A run that begins as a date's day and month ("14.07.178921") holds a date: no seam
    # falls inside its day or month.
    head = _DATE_HEAD.match(text, s)
    out: dict[int, int] = {}
    for k in range(s + 1, e):
        if not (text[k - 1].isdecimal() and text[k].isdecimal()) or (head and k < head.end()):
            continue
        left, right = _Number(text[s:k]), _Number(text[k:e])
        if not ((left.ok or _standard(text, s, left)) and right.ok):
            continue
        lf, rf = _left_fits(text, s, left), _right_fits(text, e, right)
        if lf is False or rf is False:
            continue
        if lf is None and rf is None and left.is_year() and right.is_year():
            lf = rf = True
        out[k] = bool(lf) + bool(rf)
    return out


def _standard(text: str, s: int, number: _Number) -> bool:
    """``number`` at ``s`` is a standard's number ("ISO 45001")."""
    return _STANDARD_BEFORE.search(text[:s]) is not None and _left_fits(text, s, number) is True


def one_number(text: str, i: int) -> bool:
    """The run of digits around ``i`` reads as one number where it stands ("1998" after
    "In", "7.35" in "pH 7.35–7.45", "45001" after "ISO")."""
    s, e = _run(text, i)
    whole = _Number(text[s:e])
    code = _CURRENCY_AFTER.match(text, e)
    if text[s - 1:s] in _MONEY and code and code.group().strip() not in _SAME[text[s - 1]]:
        return False  # one amount has one currency: "€2,49|1 GBP" (but "$1,200 USD")
    return (whole.ok or _standard(text, s, whole)) and _left_fits(text, s, whole) is not False \
        and _right_fits(text, e, whole) is not False


def number_fits(text: str, i: int) -> bool:
    """The number starting at ``i`` fits what follows it: a quantity before its unit, a
    year before ". gadā", a day before a month ("LCD6,1 collas", "NATO1949. gadā")."""
    e = i
    while e < len(text) and (text[e].isdecimal()
                             or (text[e] in ".," and text[e + 1:e + 2].isdecimal())):
        e += 1
    number = _Number(text[i:e])
    return number.ok and _right_fits(text, e, number) is True


def only_number_fits(text: str, i: int) -> bool:
    """The number starting at ``i`` fits, and none starting later in its digits does: after
    letters, "6,1 collas" or "1949. gadā" is the number, but in "PRINCE215 minutes" the 2
    may be the code's ("PRINCE2" and "15 minutes")."""
    if not number_fits(text, i):
        return False
    k = i + 1
    while k < len(text) and text[k].isdecimal():
        if number_fits(text, k):
            return False
        k += 1
    return True


def number_ends_fitting(text: str, e: int) -> bool:
    """The number ending at ``e`` fits what stands before it: a year after "in" or a
    month, the end of a range written alike ("In 2015|USB-C"). (Not a version: in
    "S/4HANA" the 4 may as well run on into a name.)"""
    s = e
    while s > 0 and (text[s - 1].isdecimal()
                     or (text[s - 1] in ".," and text[s - 2:s - 1].isdecimal())):
        s -= 1
    number = _Number(text[s:e])
    return number.ok and _VERSION_BEFORE.search(text[:s]) is None \
        and _left_fits(text, s, number) is True


def two_numbers(text: str, i: int) -> bool:
    """The run of digits around ``i`` cannot be one number however it is read: two
    decimal separators ("3.50.1") or five digits and more, ungrouped ("19223")."""
    s, e = _run(text, i)
    run = text[s:e]
    if _DATE.fullmatch(run):
        return False
    return len(re.findall(r"[.,]", run)) > 1 or (
        re.search(r"\d{5}", run) is not None and not _standard(text, s, _Number(run)))
