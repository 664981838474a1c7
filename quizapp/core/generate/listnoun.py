"""What a list's points are, read from its title's head noun (or its lead sentence): the
"type" of "Types of Republic", the "posms" of "… izšķir sešus posmus:", the "risks" of
"Akciju riski". Items about a point are worded with it ("Which type of republic is this?",
"Kurš akciju risks ir aprakstīts?") instead of pointing at the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.language.inflect import Case, inflect
from quizapp.core.language.lexicon import lemma

# Nouns whose points come one after another (asked "what happens in …", and in order).
# "Step" / "solis" are not among them: "Klasiskā stila soļi" are techniques; a procedure's
# steps are known by their how-to title (``facts.group_kind``).
PROCESS = frozenset("phase stage posms fāze etaps stadija".split())
# Nouns whose points are defined, not argued for (asked "what is meant by …"; the others
# "why is … a …": "Why is “Growth” a function of mitosis?").
DEFINING = frozenset("rule principle law method term concept technique noteikums princips "
                     "likums metode jēdziens termins tehnika paņēmiens".split())
# Nouns whose points a text argues for, so "why is X a …?" has an answer: "Why is “Growth”
# a function of mitosis?", "Kāpēc «Tirgus svārstīgums» ir akciju risks?". A technique, an
# element or a factor is described, not argued for ("Kāpēc «Lesēšana» ir akvareļa
# tehnika?" has no answer in the text).
ARGUABLE = frozenset("function feature benefit advantage strength weakness risk drawback "
                     "disadvantage challenge limitation problem reason cause role purpose "
                     "use application funkcija iezīme priekšrocība ieguvums trūkums risks "
                     "izaicinājums ierobežojums problēma iemesls cēlonis loma mērķis "
                     "pielietojums component sastāvdaļa strategy stratēģija approach pieeja".split())
# Nouns whose points are kinds of the owner (asked "what is a …").
KINDS = frozenset("type kind form category class veids tips forma kategorija klase".split())
_LEADING = frozenset("main key major principal important common basic the galvenie galvenās "
                     "svarīgākie svarīgākās".split())
_EN_TITLE = re.compile(r"^(?P<head>(?:[\w-]+\s+){0,2}?[\w-]+?s)\s+of\s+(?P<owner>.+)$",
                       re.IGNORECASE)
_COUNTED = {
    "en": re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                     r"(?:main\s+|"
                     r"key\s+|distinct\s+)?([a-z]+s)\b", re.IGNORECASE),
    "lv": re.compile(r"\b(?:divus|divas|trīs|četrus|četras|piecus|piecas|sešus|sešas|"
                     r"septiņus|septiņas|astoņus|astoņas|deviņus|deviņas|desmit|\d+|"
                     # the locative: "top četros posmos", "notiek vairākos posmos"
                     r"divos|divās|trijos|trijās|četros|četrās|piecos|piecās|sešos|sešās|"
                     r"vairākos|vairākās)\s+"
                     r"(?:galvenos\s+|galvenās\s+)?([^\W\d_]+)", re.IGNORECASE),
}
# Genitive endings: the words before a Latvian list noun that name whose points they are
# ("Akciju", "Saules enerģijas", "Civillikuma"), not agreeing adjectives ("Noderīgās").
_GENITIVE = ("u", "o", "as", "es", "a", "ša", "ņa")
_ORDERED = re.compile(r"\b(?:order|sequence|one after another|secīb\w*|pēc kārtas|"
                      r"cits pēc cita)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListNoun:
    """What one point of a list is called.

    Attributes:
        singular: "type", "posms".
        plural: "types", "posmi" (nominative).
        owner: Whose points they are, as the wording needs it: English "of" + this
            ("republic", "a republic"), Latvian a genitive ("akciju", "vīrusa dzīves
            cikla"); empty when the title names none.
        feminine: A Latvian feminine noun ("Kura fāze …").
        titled: Read from the title (not from the lead sentence's count).
    """

    singular: str
    plural: str
    owner: str
    feminine: bool = False
    titled: bool = True

    @property
    def process(self) -> bool:
        return self.singular.casefold() in PROCESS

    @property
    def arguable(self) -> bool:
        return self.singular.split()[-1].casefold() in ARGUABLE

    @property
    def kinds(self) -> bool:
        return self.singular.casefold() in KINDS

    @property
    def defining(self) -> bool:
        return self.singular.split()[-1].casefold() in DEFINING


# What a point of a list of steps is called when its title does not say ("How X works").
STEP = {"en": ListNoun("step", "steps", "", titled=False),
        "lv": ListNoun("posms", "posmi", "", titled=False)}


def list_noun(title: str, intro: str, language: str) -> ListNoun | None:
    """The noun of a list titled ``title`` with lead text ``intro``, or None when neither
    names what its points are."""
    if language == "en":
        return _english(title, intro)
    if language == "lv":
        return _latvian(title, intro)
    return None


def ordered(intro: str) -> bool:
    """Whether a list's lead text says its points come in order."""
    return bool(_ORDERED.search(intro))


def _english(title: str, intro: str) -> ListNoun | None:
    m = _EN_TITLE.match(title.strip())
    if m:
        words = [w for w in m.group("head").split() if w.casefold() not in _LEADING]
        head = words[-1].casefold() if words else ""
        single = lemma(head, "en")
        if single and single != head:
            mods = " ".join(w.casefold() for w in words[:-1])
            return ListNoun(f"{mods} {single}".strip(), f"{mods} {head}".strip(),
                            m.group("owner").strip())
    words = title.split()
    if 1 <= len(words) <= 3 and not any(w.casefold() in ("and", "or", "&", "of", "to", "in")
                                        for w in words):
        # "Related Phenomena", "Key Terms": a plural noun phrase names its points.
        head = words[-1].casefold()
        single = lemma(head, "en")
        if single and single != head and head.endswith(("s", "a", "i", "ae")):
            mods = " ".join(w.casefold() for w in words[:-1])
            return ListNoun(f"{mods} {single}".strip(), f"{mods} {head}".strip(), "")
    counted = _COUNTED["en"].search(intro)
    if counted:
        head = counted.group(1).casefold()
        single = lemma(head, "en")
        if single and single != head:
            return ListNoun(single, head, "", titled=False)
    return None


def _latvian(title: str, intro: str) -> ListNoun | None:
    words = title.split()
    if len(words) >= 2 and not any(w.casefold() in ("un", "vai", "kā", "ar") for w in words):
        head = words[-1].casefold()
        single = _singular(head)
        owner = [w for w in words[:-1] if w.casefold() not in _LEADING]
        if single and _plural(head) and owner and all(
                w.casefold().endswith(_GENITIVE) for w in owner) and _genitives(owner):
            return ListNoun(single, head, " ".join(owner), single.endswith(("a", "e")))
        # "Klimatu noteicošie faktori": a definite adjective agreeing with the head after
        # the genitives; one point is "klimatu noteicošais faktors".
        adj = owner[-1].casefold() if owner else ""
        agreeing = (adj.endswith("ie") and head.endswith("i")) or (
            adj.endswith("ās") and head.endswith(("as", "es")))
        if single and _plural(head) and len(owner) >= 2 and agreeing and all(
                w.casefold().endswith(_GENITIVE) for w in owner[:-1]) and \
                _genitives(owner[:-1]):
            adj_sg = adj[:-2] + "ais" if adj.endswith("ie") else adj[:-2] + "ā"
            return ListNoun(f"{adj_sg} {single}", f"{adj} {head}", " ".join(owner[:-1]),
                            single.endswith(("a", "e")))
    counted = _COUNTED["lv"].search(intro)
    if counted:
        found = counted.group(1).casefold()
        single = lemma(found, "lv")
        # "sešus posmus", "trīs posmos", "četras fāzes": the plural from the singular.
        plural = _plural_of(single) if single else None
        whose = inflect(title, Case.GENITIVE) or ""  # "Kā top laika prognoze": none
        if single and plural:
            return ListNoun(single, plural, whose[:1].lower() + whose[1:],
                            single.endswith(("a", "e")), titled=False)
    return None


def _genitives(owner: list[str]) -> bool:
    """Whether the words before the head are genitives ("Akciju", "Civillikuma", "Saules
    enerģijas") and not adjectives agreeing with a feminine plural head ("Slavenas …
    celtnes", "Noderīgās baktērijas"): a word in -as/-es is a genitive unless the
    dictionary makes it an adjective (whose lemma ends in -s; a noun's in a vowel), one in
    -ās only when the dictionary makes it a noun's."""
    for w in owner:
        low = w.casefold()
        if low.endswith(("as", "es", "ās")):
            found = lemma(low, "lv")
            if found is None and low.endswith("ās"):
                return False  # "-ās" is a definite adjective's ending ("galvenās")
            if found is not None and not found.endswith(("a", "e")):
                return False
    return True


def _singular(plural: str) -> str | None:
    """The dictionary's singular of a Latvian plural, else the regular one ("-as" → "-a",
    "-es" → "-e", "-i" → "-s")."""
    found = lemma(plural, "lv")
    if found and found != plural:
        return found
    for ending, single in _SOFTENED:
        # "soļi" → "solis": a noun in -is softens its consonant in the plural.
        if plural.endswith(ending) and len(plural) > len(ending) + 1:
            return plural[: -len(ending)] + single
    for ending, single in (("as", "a"), ("es", "e"), ("i", "s")):
        if plural.endswith(ending) and len(plural) > len(ending) + 2:
            return plural[: -len(ending)] + single
    return None


# The plural endings of Latvian nouns in -is whose consonant softens (ļ, ņ, and p, b, m, v
# with an inserted j); š, ž and č are left alone: they could come from several letters.
_SOFTENED = (("ļļi", "llis"), ("ļi", "lis"), ("ņi", "nis"), ("pji", "pis"), ("bji", "bis"),
             ("mji", "mis"), ("vji", "vis"))


def _plural_of(single: str) -> str | None:
    """The regular Latvian nominative plural: "posms" → "posmi", "fāze" → "fāzes"."""
    if single.endswith(("is", "us", "š")):
        return None  # "solis" → "soļi": an alternation the rule does not know
    if single.endswith("s"):
        return single[:-1] + "i"
    if single.endswith(("a", "e")):
        return single + "s"
    return None


def _plural(word: str) -> bool:
    # A Latvian nominative plural: -i (masculine) or -as/-es/-is (feminine).
    return word.endswith(("i", "as", "es", "is"))
