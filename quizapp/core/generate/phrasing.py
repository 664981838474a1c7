"""How items are worded per language, with the side names in the case each stem needs.

Latvian side names take the forms the document itself writes first, then the inflector's;
a stem whose form is uncertain falls back to a wording that needs only the nominative, or
is not written at all (``None``). English needs no cases.
"""

from __future__ import annotations

import re

from quizapp.core.generate.frames import ENGLISH, LATVIAN, Frame
from quizapp.core.language.declension import is_adjective_stem
from quizapp.core.language.inflect import Case, attested_forms, inflect
from quizapp.core.language.lexicon import lemma
from quizapp.core.parse.document import Document

__all__ = ["ENGLISH", "LATVIAN", "Frame", "Wording", "accusative", "body_text", "running_text"]


# What a list of benefits or drawbacks calls one of them, from the first such word of its
# title: (stem, singular, plural accusative, feminine).
_POLAR_NOUNS_LV = (
    ("priekšrocīb", "priekšrocība", "priekšrocības", True),
    ("ieguvum", "ieguvums", "ieguvumus", False),
    ("labum", "labums", "labumus", False),
    ("trūkum", "trūkums", "trūkumus", False),
    ("izaicinājum", "izaicinājums", "izaicinājumus", False),
    ("risk", "risks", "riskus", False),
    ("ierobežojum", "ierobežojums", "ierobežojumus", False),
    ("problēm", "problēma", "problēmas", True),
)
_POLAR_DEFAULT_LV = {"benefit": ("priekšrocība", "priekšrocības", True),
                     "challenge": ("izaicinājums", "izaicinājumus", False)}
_POLAR_WORDS_EN = ("benefit", "advantage", "strength", "challenge", "disadvantage",
                   "drawback", "limitation", "risk", "concern", "weakness", "problem")

_CASE_FIELDS = {Case.GENITIVE: "gen", Case.DATIVE: "dat", Case.ACCUSATIVE: "acc",
                Case.LOCATIVE: "loc"}
_BODY_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_MID_CAPS = re.compile(r"[^\s.!?:][ \t]+([A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W_]*)")
_QUESTION_WORDS = frozenset("kāpēc kā kad kur kas kurš kura why how when where what which "
                            "who".split())
_PLURAL_OF = re.compile(r"^[a-z]+s of\s")
_HOW_WORKS = re.compile(r"^how\s+(.+?)\s+works?$", re.IGNORECASE)
# "How a Fugue is Built" → "How is a fugue built"; "Steps to Buy a Home" names its steps.
_HOW_DONE = re.compile(r"^how\s+(.+?)\s+(is|are|was|were)\s+(\w+)$", re.IGNORECASE)
# "Kā ieziest …" / "Kā iestādīt …": "how to" and an infinitive.
_HOW_TO_LV = re.compile(r"^kā\s+\w+(?:t|ties)\s", re.IGNORECASE)
_STEPS_TO = re.compile(r"^steps\s+(?:to|for|in)\s", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z0-9]{2,}")
PREFIX = 6  # letters of a word that name its stem when comparing cases


class Wording:
    """Writes stems for one document: its language's frames and its sides' forms."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.language = doc.language
        self.frames = LATVIAN if doc.language == "lv" else ENGLISH
        self._body = body_text(doc)
        self._forms: dict[tuple[int, Case], str | None] = {}
        self._inline: dict[str, str] = {}
        self._attested: dict[int, dict[Case, str]] = {}
        words = _BODY_WORD.findall(self._body)
        self._spaced = f" {' '.join(words)} "
        self._spaced_lower = f" {' '.join(w.casefold() for w in words)} "
        self._words = frozenset(words)
        # Words written capitalised mid-sentence (after a letter or a comma on the same
        # line, never after a line break: every part of the body starts a line): names.
        self._mid_caps = frozenset(m.group(1) for m in _MID_CAPS.finditer(running_text(doc)))
        self._lower_stems: frozenset[str] | None = None
        self._upper_stems: frozenset[str] = frozenset()

    def side_name(self, side: int) -> str:
        """The side's full name as an option label ("Sociālo mediju mārketings (SMM)")."""
        return self.doc.sides[side].name

    def inline(self, text: str) -> str:
        """``text`` as written mid-sentence: the document's own lower-case spelling when it
        has one ("Email Marketing" → "email marketing"), else the first letter lowered unless
        the document writes the word capitalised mid-sentence (a name) or it is an acronym."""
        if text not in self._inline:
            self._inline[text] = self._inline_uncached(text)
        return self._inline[text]

    def _inline_uncached(self, text: str) -> str:
        if not text or _ACRONYM.match(text) or text[1:2] in ("-", "₂", "²") or \
                text[1:2].isdigit():
            return text  # "U-235", "H2O": a symbol keeps its case
        if not text[:1].isupper():
            return self._lower_rest(text.split())
        low = " ".join(w if _ACRONYM.match(w) or w.startswith("(") else w.lower()
                       for w in text.split())
        if len(text.split()) > 1 and f" {low} " in self._spaced:
            return low
        first = re.sub(r"['’]s$", "", text.split()[0].strip(".,;:()"))  # "Pavlov's"
        if first in self._mid_caps and first.lower() not in self._words:
            return text
        if self.language == "lv" and self._named(first):
            return text  # "Špeijeras katedrāle": the article writes Špeijer- only capitalised
        # A title-case heading or header cell ("Nuclear Fission", "How a Fission Reactor
        # Works"): every word the article also writes in lower case is lowered.
        words = text.split()
        return self._lower_rest([words[0][:1].lower() + words[0][1:], *words[1:]])

    def _lower_rest(self, words: list[str]) -> str:
        """The words after the first, lowered where the article also writes them so."""
        return " ".join(
            [words[0], *(w.lower() if w[:1].isupper() and not _ACRONYM.match(w)
                         and w.strip(".,;:()").lower() in self._words else w
                         for w in words[1:])])

    def is_name(self, word: str) -> bool:
        """Whether ``word`` is a name by the dictionary ("vācijas" → "Vācija") or by the
        article, which writes it only capitalised mid-sentence."""
        found = lemma(word.casefold(), self.language)
        return bool(found and found[:1].isupper()) or (
            word[:1].upper() + word[1:] in self._mid_caps and word.casefold() not in self._words)

    def _named(self, word: str) -> bool:
        """Whether the article writes ``word``'s stem only with a capital (a name in another
        case: "Špeijeras" beside "Špeijerā"), never in lower case."""
        if self._lower_stems is None:
            self._lower_stems = frozenset(
                w[:PREFIX].casefold() for w in self._words if w[:1].islower())
            self._upper_stems = frozenset(
                w[:PREFIX].casefold() for w in self._mid_caps)
        key = word[:PREFIX].casefold()
        return key in self._upper_stems and key not in self._lower_stems

    def form(self, side: int, case: Case) -> str | None:
        """The side's short name in ``case``, inline; None when no form is certain. In
        English a side the document counts ("a republic") has its article."""
        key = (side, case)
        if key not in self._forms:
            name = self.doc.sides[side].short
            found: str | None = name
            if self.language == "lv" and case is not Case.NOMINATIVE:
                if side not in self._attested:  # one pass over the document per side
                    self._attested[side] = attested_forms(name, self._body)
                found = self._attested[side].get(case) or inflect(name, case)
            self._forms[key] = self.subject(found) if found else None
        return self._forms[key]

    def subject(self, text: str) -> str:
        """``text`` as the subject of an English sentence: inline, with "a"/"an" when the
        document itself writes it so ("A monarchy is …", "in a republic"); "mitosis" and
        "email marketing" take none. Latvian has no articles."""
        low = self.inline(text)
        if self.language != "en" or not low or low[:1].isupper():
            return low
        pattern = re.compile(rf"\b(an?) {re.escape(low.casefold())}(?=[\s.,;:!?)]|$)")
        m = pattern.search(self._spaced_lower)
        return f"{m.group(1)} {low}" if m else low

    def describe(self, title: str) -> str | None:
        """"Describe the role of the monarch today." / "Aprakstiet baktēriju vairošanos."
        for a headed paragraph; None when the Latvian accusative is not sure."""
        if title.split()[0].casefold() in _QUESTION_WORDS:
            # "Kāpēc prognozes ir ierobežotas" / "Why fusion is hard": the heading asks it.
            head = title.rstrip(" ?.:")
            return f"{head}?"
        if self.language == "lv":
            acc = accusative(title)
            return f"Aprakstiet {self.lower(acc)}." if acc else None
        low = self.lower(title)
        if _PLURAL_OF.match(low):
            low = f"the {low}"  # "Describe the challenges of fusion."
        return f"Describe {low}."

    def stem(self, key: str, side: int | None = None, **fields: str) -> str | None:
        """The first frame of ``key`` whose side forms are known, filled; None if none is."""
        for frame in self.frames.get(key, ()):
            values = dict(fields)
            if side is not None:
                nom = self.form(side, Case.NOMINATIVE) or self.side_name(side)
                values["nom"], values["Nom"] = nom, nom[:1].upper() + nom[1:]
                forms = {c: self.form(side, c) for c in frame.cases}
                if any(v is None for v in forms.values()):
                    continue
                for c, v in forms.items():
                    values[_CASE_FIELDS[c]] = v or ""
                    values[_CASE_FIELDS[c].capitalize()] = (v or "")[:1].upper() + (v or "")[1:]
                if "{dat2}" in frame.text or "{nom2}" in frame.text:
                    other = 1 - side
                    values["nom2"] = self.form(other, Case.NOMINATIVE) or self.side_name(other)
                    dat2 = self.form(other, Case.DATIVE) if "{dat2}" in frame.text else ""
                    if dat2 is None:
                        continue
                    values["dat2"] = dat2
            return frame.text.format(**values)
        return None

    def polar_fields(self, title: str, kind: str) -> dict[str, str]:
        """What one member of a benefits (or drawbacks) list is called, as the title calls
        them: "Saules enerģijas trūkumi" → "trūkums"; the fields the polar frames use."""
        low = title.casefold()
        if self.language == "lv":
            found = next(((sg, pl, fem) for stem, sg, pl, fem in _POLAR_NOUNS_LV
                          if stem in low), _POLAR_DEFAULT_LV[kind])
            sg, pl, fem = found
            return {"noun": sg, "plural": pl,
                    "which": "Kura no šīm" if fem else "Kurš no šiem"}
        # At a word's start: "disadvantages" are no "advantages".
        word = next((w for w in _POLAR_WORDS_EN if re.search(rf"\b{w}", low)),
                    "benefit" if kind == "benefit" else "challenge")
        plural = word[:-1] + "es" if word.endswith("ss") else word + "s"
        article = "an" if word[0] in "aeiou" else "a"
        return {"noun": word, "plural": plural, "a_noun": f"{article} {word}"}

    def list_stem(self, title: str, count: str, quoted: bool = False) -> str:
        """"Name the N <title>": in Latvian the title in the accusative when it is a plural
        the inflector is sure of, else (or when ``quoted``) a wording that quotes it."""
        frames = self.frames["list"]
        every = ("abus" if count == "2" else f"visus {count}") if self.language == "lv" \
            else ("both" if count == "2" else f"all {count}")
        if self.language == "lv" and not quoted:
            acc, dat = inflect(title, Case.ACCUSATIVE), inflect(title, Case.DATIVE)
            plural = dat is not None and dat.endswith(("ām", "iem", "ēm", "īm"))
            if acc is not None and plural:
                return frames[0].text.format(count=count, title_acc=self.lower(acc))
            quoted = True
        if quoted or (self.language == "en" and not _plural_title(title)):
            return frames[1].text.format(all=every, title=title)
        return frames[0].text.format(count=count, title_lc=self.lower(title))

    def steps_stem(self, key: str, title: str) -> str | None:
        """"How does X work? Put the steps in order." for a heading that asks how; "Put
        the steps of Pavlov's experiment in order." for one that names a procedure."""
        asked = self.steps_title(title)
        if self.language == "en" and _STEPS_TO.match(title.strip()):
            return self.stem(f"{key}_own", title=title, title_lc=self.lower(title))
        if self.language == "lv" and _HOW_TO_LV.match(title.strip()):
            return self.stem(f"{key}_do", title=asked)
        if asked.split()[0].casefold() in _QUESTION_WORDS:
            return self.stem(key, title=asked)
        return self.stem(f"{key}_of", title=title, title_lc=self.lower(title))

    def steps_title(self, title: str) -> str:
        """A steps heading as a question: "How Content Marketing Works" → "How does content
        marketing work"; a Latvian "Kā darbojas …" is one already."""
        m = _HOW_WORKS.match(title.strip())
        if m and self.language == "en":
            return f"How does {self.inline(m.group(1))} work"
        m = _HOW_DONE.match(title.strip())
        if m and self.language == "en":
            return f"How {m.group(2).lower()} {self.lower(m.group(1))} {m.group(3).lower()}"
        return title.rstrip(" ?.:")

    def lower(self, text: str) -> str:
        """``text`` lower-cased word by word, except acronyms and names (see ``inline``)."""
        return " ".join(w if _ACRONYM.match(w) else self.inline(w) for w in text.split())

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` is a finite verb (Latvian: its lemma is an infinitive)."""
        low = word.casefold()
        if self.language == "lv":
            if low in ("ir", "nav", "var", "nevar"):
                return True
            lem = lemma(low, "lv")
            return lem is not None and lem != low and lem.endswith(("t", "ties"))
        return low in _EN_VERBS


def _plural_title(title: str) -> bool:
    """Whether an English heading is a plural noun phrase ("Key Terms", "Related
    Phenomena") that "Name the N …" can take, not a singular or a pair ("Pavlov's
    Experiment", "Reinforcement and Punishment")."""
    words = title.split()
    if not words or any(w.casefold() in ("and", "or", "&") for w in words):
        return False
    last = words[-1].casefold()
    found = lemma(last, "en")
    return found is not None and found != last


_GENITIVE_END = ("u", "as", "es", "ās", "a", "ā")


# A Latvian heading's first preposition: "Attālums | no | jūras".
_PREPOSITION = re.compile(r"\s(?:no|uz|ar|par|pret|starp|pēc|bez|līdz|pie|zem|virs|aiz)\s")


def accusative(phrase: str) -> str | None:
    """A Latvian heading in the accusative, or None: the inflector's form, each side of an
    "un" on its own ("Obligācijas cena un ienesīgums" → "… cenu un ienesīgumu"), and a
    reflexive action noun after genitives ("Baktēriju vairošanās" → "… vairošanos")."""
    found = inflect(phrase, Case.ACCUSATIVE)
    if found is not None:
        return found
    at = _PREPOSITION.search(phrase)
    if at is not None and at.start() > 0:
        # "Attālums no jūras" → "Attālumu no jūras": the head declines, its tail stays.
        head = accusative(phrase[:at.start()])
        return f"{head}{phrase[at.start():]}" if head is not None else None
    parts = phrase.split(" un ")
    if len(parts) == 2:
        done = [accusative(p) for p in parts]
        if done[0] is not None and done[1] is not None:
            return f"{done[0]} un {done[1]}"
        return None
    *before, last = phrase.split()
    if last.endswith("šanās") and all(w.endswith(_GENITIVE_END) for w in before):
        if before and before[-1].endswith("ā") and is_adjective_stem(before[-1][:-1]):
            # "Vienlaicīgā atgrūšanās": a definite adjective agrees with the feminine noun
            # ("vienlaicīgo atgrūšanos"); genitives before it stay.
            before = [*before[:-1], before[-1][:-1] + "o"]
        return " ".join([*before, last[:-5] + "šanos"])
    if last.endswith("šana") and before and all(
            w.endswith((*_GENITIVE_END, "o")) or w.isupper() for w in before):
        # An action noun in -šana is regular ("Video dominēšana" → "… dominēšanu"); an
        # indeclinable word before it ("video") or genitives stay.
        return " ".join([*before, last[:-4] + "šanu"])
    return None


def running_text(doc: Document) -> str:
    """The document's sentences and cells, without its headings (an English heading is in
    title case, so its capitals say nothing about names)."""
    parts: list[str] = [*(p.text for p in doc.intro), *(p.text for p in doc.key_points)]
    if doc.table:
        parts += [t for r in doc.table.rows for t in (r.a, r.b)]
    for w in doc.what_is:
        parts += [w.definition, *(t for g in w.groups for t in (g.intro, *(s.text for s in
                                                                          g.items)))]
    for g in doc.sections:
        parts += [g.intro, *(s.text for s in g.items)]
    parts += [t for d in doc.differences for t in (d.a, d.b)]
    return "\n".join(parts)


def body_text(doc: Document) -> str:
    """Every text of the document's body (not its comments), for looking up forms."""
    parts: list[str] = [doc.title, *(p.text for p in doc.intro), *(p.text for p in doc.key_points)]
    if doc.table:
        parts += [t for r in doc.table.rows for t in (r.aspect, r.a, r.b)]
    for w in doc.what_is:
        parts += [w.source.path[-1] if w.source.path else "", w.definition]
        for g in w.groups:
            parts += [g.title, g.intro, *(t for s in g.items for t in (s.title, s.text))]
    for g in doc.sections:
        parts += [g.title, g.intro, *(t for s in g.items for t in (s.title, s.text))]
    parts += [t for d in doc.differences for t in (d.aspect, d.a, d.b)]
    return "\n".join(parts)


# English verbs in the third person that open a table cell or a difference ("Gives a quick
# burst", "Relies on …"): a closed list, because an English word's part of speech cannot be
# told from its form ("Results build slowly" opens with a noun).
_EN_VERBS = frozenset("""
is are has have can may will uses offers gives comes contains provides requires allows
depends focuses involves includes helps pushes pulls tracks builds creates reaches targets
costs takes needs tends varies ranges lets makes keeps works leads grows produces delivers
sends attracts aims measures relies relies gains reduces increases lowers raises supports
prevents causes protects promotes improves uses lasts stays remains becomes decides decide
build grow appear receive reach need use offer give come contain provide require depend
last lasts run runs emit emits convert converts produce serve serves occur occurs pair pairs
divide divides reign reigns hold holds mean means
""".split())
