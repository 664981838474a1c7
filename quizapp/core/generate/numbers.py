"""Numbers a document states, each with its unit and what kind of quantity it is.

A cloze blanks a number and offers the document's other numbers of the same kind: lengths
for a length (``20–300 nm``, ``0,5–5 µm``), years for a year (``1892``, ``1676``), shares
for a share. A full date ("1937. gada 28. janvārī", "8 September 2022") is no quantity.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUM = r"\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)?"
# Unit words and symbols by the kind of quantity they measure (case-folded beginnings).
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("share", ("%", "procent", "percent")),
    ("length", ("nm", "µm", "μm", "mm", "cm", "km", "m", "nanometr", "mikrometr",
                "milimetr", "centimetr", "kilometr", "metr", "metre", "meter")),
    ("mass", ("mg", "g", "kg", "t", "tonn", "ton")),
    ("volume", ("ml", "l", "litr", "liter", "litre", "cups", "cup", "tas")),
    ("temperature", ("°c", "°f", "grād")),
    ("power", ("w", "kw", "mw", "gw", "kwh", "mwh")),
    ("time", ("seconds", "second", "sekund", "minutes", "minute", "minūt", "hours", "hour",
              "stund", "days", "day", "dien", "weeks", "week", "nedēļ", "months", "month",
              "mēneš", "mēnes", "years", "year", "gad")),
    ("times", ("times", "reiz")),
    ("money", ("€", "$", "eur", "eiro", "dollar", "dolār")),
    ("scale", ("million", "billion", "trillion", "miljon", "miljard", "triljon")),
)
_UNITS = sorted((u for _, units in KINDS for u in units), key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(u) + (r"\w*" if u[-1].isalpha() and len(u) >= 3 else "")
                    for u in _UNITS)
_PER = r"(?:/[^\W\d_]+)?"  # "€0.08/kWh", "3–4 m/s": a rate is a kind of its own
# (A minus sign belongs to its number: "ap −3 °C" blanks "−3 °C", never "3 °C" alone.)
_QUANTITY = re.compile(rf"(?<![\w.,])[−+]?{_NUM}\s?(?:{_UNIT_RE})(?![^\W\d_]){_PER}",
                       re.IGNORECASE)
_MONEY_FIRST = re.compile(rf"(?<![\w.,])[€$]\s?{_NUM}(?![\w]){_PER}")
# A year: "1892. gadā" (not "1937. gada 28. janvārī"), "in 1882", "509 BC".
_YEAR_LV = re.compile(r"(?<![\w.,–−-])(1\d{3}|20\d{2})(?=\.\s+gad(?:ā|s|u|a)\b(?!\s+\d))")
# (Not half of a range, "2011.–2020. gadā", nor a value in a unit the kinds above do not
# know, "1013 hPa", "17.6 MeV".)
_YEAR_EN = re.compile(r"(?<![\w.,/–−-])(\d{3,4})(?:\s(BC|AD))?(?![\w/%]|\.?\s?[.,–−-]\s?\d|"
                      r"\s(?:[a-zµ]+[A-Z]|[A-Z][a-z]*[A-Z])[A-Za-z]*\b)")
_MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|janvār\w*|februār\w*|mart\w*|aprīl\w*|"
                     r"maij\w*|jūnij\w*|jūlij\w*|august\w*|septembr\w*|oktobr\w*|"
                     r"novembr\w*|decembr\w*)\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


@lru_cache(maxsize=4096)
def number_spans(text: str) -> tuple[str, ...]:
    """The numbers with their units in ``text`` ("95 mg", "3–20 %", "1892"), in order."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for rx in (_QUANTITY, _MONEY_FIRST):
        for m in rx.finditer(text):
            if not _overlaps(m.span(), taken):
                found.append((m.start(), m.group(0).strip()))
                taken.append(m.span())
    for m in _YEAR_LV.finditer(text):
        if not _overlaps(m.span(), taken):
            found.append((m.start(), m.group(1)))
            taken.append(m.span())
    for m in _YEAR_EN.finditer(text):
        year = int(m.group(1))
        if _overlaps(m.span(), taken) or not (m.group(2) or 1000 <= year <= 2100):
            continue
        if _MONTHS.search(text[: m.start()]) or _date_after(text, m.end()):
            continue  # a date: "8 September 2022"
        found.append((m.start(), m.group(0)))
        taken.append(m.span())
    return tuple(span for _, span in sorted(found))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _date_after(text: str, end: int) -> bool:
    return bool(re.match(r"\.?\s*(?:gada\s+\d|\d{1,2}\.\s)", text[end:]))


def kind_of(number: str) -> str:
    """What kind of quantity ``number`` is: "year", "year BC", "share", "length", …; for a
    unit of no known kind, the unit itself."""
    if re.fullmatch(r"\d{3,4}", number):
        return "year"
    if re.fullmatch(r"\d{3,4}\s(?:BC|AD)", number):
        return f"year {number[-2:]}"
    unit = _DIGITS.sub("", number).strip(" –-").casefold()
    unit, per, rate = unit.partition("/")
    if per:
        return f"{kind_of('1 ' + unit)}/{rate}"
    for kind, units in KINDS:
        if any(unit == u or (len(u) >= 3 and unit.startswith(u)) for u in units):
            return kind
    return unit


_SYMBOL_WORDS = {"m": "metr", "km": "kilometr", "cm": "centimetr", "mm": "milimetr",
                 "nm": "nanometr", "µm": "mikrometr", "μm": "mikrometr", "°c": "grād",
                 "g": "gram", "kg": "kilogram", "t": "tonn", "l": "litr", "ml": "mililitr"}


def same_unit(a: str, b: str) -> bool:
    """Whether two numbers are in one unit, whatever its case or spelling ("100 metriem",
    "11 m", "2 metri"): millimetres of rain are no wrong option for metres of height, nor
    minutes for months."""
    ua, ub = (unit_word(x).split("/")[0].strip() for x in (a, b))
    ua, ub = (_SYMBOL_WORDS.get(u, u) for u in (ua, ub))
    if ua == ub:
        return True
    return len(ua) >= 4 and len(ub) >= 4 and ua[:4] == ub[:4]


def unit_text(number: str) -> str:
    """``number`` with its digits taken out: "# minūtēm", "# %", "#"."""
    return _DIGITS.sub("#", number)


def as_option(model: str, other: str) -> str:
    """``other`` as a wrong option beside the answer ``model``: as the document writes it,
    or, when it is the same unit in another case ("15 minūtes" beside "20 minūtēm"), in the
    answer's case ("15 minūtēm")."""
    mine, theirs = unit_word(model), unit_word(other)
    if mine and theirs and mine != theirs and mine[:4] == theirs[:4]:
        return with_digits_of(model, other)
    return other


def unit_word(number: str) -> str:
    """The unit as written, without the digits: "nm", "minūtēm", "%"."""
    return re.sub(r"[\d.,–\s-]+", " ", number).strip().casefold()


def with_digits_of(model: str, other: str) -> str:
    """``model``'s unit with ``other``'s digits."""
    digits = _DIGITS.findall(other)
    shape = re.sub(r"\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)?", "#", model, count=1)
    range_ = re.search(r"\d+(?:[.,]\d+)?\s?[–-]\s?\d+(?:[.,]\d+)?", other)
    value = range_.group(0) if range_ else (digits[0] if digits else other)
    return shape.replace("#", value, 1)
