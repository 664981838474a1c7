"""Document → facts: aspect × side claims, definitions, lists and members, key points, numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.banks.model import Fact, FactKind, SourceRef
from quizapp.core.generate.builder import BankBuilder
from quizapp.core.generate.aspects import claims
from quizapp.core.generate.factbook import DocFact, FactBook, Said, said_of
from quizapp.core.generate.headings import member_count
from quizapp.core.generate.listnoun import STEP, list_noun, ordered
from quizapp.core.generate.numbers import number_spans
from quizapp.core.generate.sourcecheck import label_defect, text_defect
from quizapp.core.language.stems import content_stems
from quizapp.core.generate.context import capitalised
from quizapp.core.parse.document import Document, Group, SubSection

_BOTH = re.compile(r"^(?:abās|abi|abas|abiem|abām|both)\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r",\s+(?:bet|savukārt|turpretim|but|while|whereas)\s+", re.IGNORECASE)
# Words that make a group's title a kind of list (benefits, challenges, steps); a title of
# other words is a plain list.
_BENEFIT = ("priekšrocīb", "ieguvum", "labum", "benefit", "advantage", "pros", "strength")
_CHALLENGE = ("izaicinājum", "trūkum", "risk", "bažas", "apsvērum", "ierobežojum",
              "challenge", "disadvantage", "drawback", "cons", "limitation", "concern",
              "weakness")
_STEPS = ("kā darbojas", "posmi", "process", "how ", " works", "stages",
          "experiment", "eksperiment", "procedure", "procedūr")
# "Steps" and "soļi" name a procedure's steps only in a how-to title ("Steps to Buy a Home",
# "Soļi, kā …"); "Klasiskā stila soļi" are a style's techniques, with no order between them.
_HOW_TO_STEPS = re.compile(r"^(?:steps|soļi)\b|\b(?:steps?\s+(?:to|for|in)|soļi,?\s+kā)\b",
                           re.IGNORECASE)
# A heading that says how a thing is done ("How a Fugue is Built", "Kā ieziest klasiskās
# slēpes"): over numbered points it is a procedure.
_HOW = re.compile(r"^(?:how|kā)\s", re.IGNORECASE)
_INTRO_KIND = re.compile(r"(\w+)\s+(?:ietver|ir šādas|ir šādi|include|are)\s*:\s*$",
                        re.IGNORECASE)
_NEUTRAL = ("galven", "svarīgāk", "key", "main", "major", "primary", "top", "and", "un")


def extract(doc: Document, b: BankBuilder) -> FactBook:
    """The facts of ``doc``; topics are registered on ``b`` as facts are found."""
    book = FactBook(doc)
    _key_points(book, b)
    claims(book, b)
    _what_is(book, b)
    for g in doc.sections:
        _group(book, b, "sections", g, None)
    _numbers(book)
    return book


def side_of(doc: Document, text: str) -> int | None:
    """The side ``text`` is about, named in its opening words ("Sociālo mediju mārketings
    izmanto …", "In a monarchy, the head of state …"); None when they name neither or both."""
    head = " ".join(text.split()[:4])
    lang = doc.language
    stems = content_stems(head, lang)
    names = [content_stems(" ".join((side.name, side.short, *side.aliases)), lang)
             for side in doc.sides]
    own = [n - frozenset().union(*(o for o in names if o is not n)) for n in names]
    hits = [s for s, mine in enumerate(own) if mine and mine & stems]
    return hits[0] if len(hits) == 1 else None


def _key_points(book: FactBook, b: BankBuilder) -> None:
    points = book.doc.key_points
    if not points:
        return
    first = points[0].source
    shared = {p.source.path[:1] for p in points}
    title = first.path[0] if len(shared) == 1 and first.path else book.doc.title
    topic = b.topic("key-points", title, SourceRef(first.line, first.path))
    for n, p in enumerate(points, start=1):
        said = said_of(book, p.text, p.source, "key-point")
        side = side_of(book.doc, p.text)
        book.add(DocFact(Fact(f"key-points/{n}", FactKind.KEY_POINT, title, (p.text,),
                              side=side, source=p.source), (said,), topic))
        if _BOTH.match(p.text):
            clause = _CLAUSE_CUT.split(p.text)[0].rstrip(" .")
            book.add(DocFact(Fact(f"key-points/{n}/shared", FactKind.SHARED, title,
                                  (clause,), source=p.source),
                             (said_of(book, clause, p.source, "key-point"),), topic))


def _what_is(book: FactBook, b: BankBuilder) -> None:
    for w in book.doc.what_is:
        key = b.key("what-is", w.subject, w.source.line)
        ns = f"what-is/{key}"
        heading = w.source.path[-1] if w.source.path else w.subject
        if w.definition:
            topic = b.topic(ns, heading, w.source)
            said = said_of(book, w.definition, w.source, "definition")
            book.add(DocFact(Fact(f"{ns}/definition", FactKind.DEFINITION, w.subject,
                                  (w.definition,), side=w.side, source=w.source),
                             (said,), topic, label_defect=text_defect(heading,
                                                                      book.doc.language)))
        for g in w.groups:
            _group(book, b, ns, g, w.side)


def group_kind(title: str) -> str:
    """``benefit``, ``challenge``, ``steps`` or ``list``: what a group's title says it lists.

    A title is of a polarity when, from its first benefit or challenge word on (before any
    "of …" in English), every word is of that polarity or neutral ("galvenās", "and"):
    "Ietekmētāju mārketinga galvenās priekšrocības" lists benefits, "Izaicinājumi un
    tendences" and "Pros and Cons" do not.
    """
    low = f" {title.casefold()} "
    if any(m in low for m in _STEPS) or _HOW_TO_STEPS.search(title.strip()):
        return "steps"
    words = re.findall(r"[^\W\d_]+", low.split(" of ")[0])
    marks = [("benefit" if w.startswith(_BENEFIT) else
              "challenge" if w.startswith(_CHALLENGE) else
              "" if w.startswith(_NEUTRAL) else "other") for w in words]
    polar = [k for k, m in enumerate(marks) if m in ("benefit", "challenge")]
    if not polar:
        return "list"
    rest = {m for m in marks[polar[0]:] if m}
    return rest.pop() if len(rest) == 1 else "list"


def _group(book: FactBook, b: BankBuilder, ns: str, g: Group, side: int | None) -> None:
    gkey = b.key(ns, g.title, g.source.line)
    gns = f"{ns}/{gkey}"
    topic = b.topic(gns, g.title, g.source)
    lang = book.doc.language
    items = [s for s in g.items if s.text]
    intro = g.intro
    listed = not items  # the article's own list: every point is a member
    if not items:
        items, intro = _term_points(g)
    if not items and _procedure(g):
        _point_list(book, b, gns, g, side, topic, sequence=True)
        return
    if not items and _bullets(g):
        _point_list(book, b, gns, g, side, topic, sequence=False)
        return
    if not items:
        if g.intro:
            _standalone(book, gns, g.title, g.intro, g.source, side, topic)
        return
    subject = [n for k, sd in enumerate(book.doc.sides) if side in (None, k)
               for n in (sd.name, *sd.aliases)]
    members = len(items) if listed else member_count(items, subject, lang)
    items, loners = items[:members], items[members:]
    kind = group_kind(g.title)
    if kind == "list" and intro:
        # "SMM priekšrocības ietver:" / "Its benefits include:" name the list's kind.
        m = _INTRO_KIND.search(intro)
        kind = group_kind(m.group(1)) if m else kind
    noun = list_noun(g.title, intro, lang)
    numbered = all(s.number is not None for s in items)
    if kind == "list" and numbered and (ordered(intro) or (noun is not None and noun.process)):
        kind = "steps"  # "… four phases that always follow in the same order:"
    if kind == "steps" and noun is None:
        noun = STEP[lang] if lang in STEP else None  # "Which step is this: …?"
    list_id = f"{gns}/steps" if kind == "steps" else f"{gns}/list"
    member_ids = []
    for s in items:
        skey = b.key(gns, s.title, s.source.line)
        said = said_of(book, s.text, s.source, "member")
        fid = f"{gns}/{skey}"
        member_ids.append(fid)
        broken = label_defect(s.title, lang)
        if broken is not None:
            book.warnings.append(f"line {s.source.line}: heading looks broken ({broken}); "
                                 "it is quoted only in flashcards")
        book.add(DocFact(Fact(fid, FactKind.MEMBER, s.title, (s.title, s.text), side=side,
                              parent=list_id, source=s.source), (said,), topic,
                         label_defect=broken))
    titles = tuple(s.title for s in items)
    defects = [d for d in (label_defect(t, lang) for t in titles) if d]
    list_kind = FactKind.SEQUENCE if kind == "steps" else FactKind.LIST
    book.add(DocFact(Fact(list_id, list_kind, g.title, titles, side=side, source=g.source),
                     tuple(Said(t, s.source, "member") for t, s in zip(titles, items)), topic,
                     label_defect=defects[0] if defects else label_defect(g.title, lang),
                     group_kind=kind, members=tuple(member_ids), noun=noun))
    for s in loners:
        # Not one more point of the list: a topic of its own, never dropped.
        skey = b.key(gns, s.title, s.source.line)
        _standalone(book, f"{gns}/{skey}", s.title, s.text, s.source, side,
                    b.topic(f"{gns}/{skey}", s.title, s.source))


def _procedure(g: Group) -> bool:
    """Whether a heading's points are a procedure's steps: numbered 1, 2, 3 … (three at
    least, every point) under a how-to or steps heading ("Steps to Buy a Home", "How a
    Fugue is Built", "Kā iestādīt egles stādu") or after a lead that says they come in
    order."""
    numbers = [p.number for p in g.points]
    if len(numbers) < 3 or numbers != list(range(1, len(numbers) + 1)):
        return False
    lead = g.intro.split(g.points[0].text, 1)[0]
    return bool(group_kind(g.title) == "steps" or _HOW.match(g.title.strip())
                or ordered(lead))


def _bullets(g: Group) -> bool:
    """Whether a heading's text is its list of points alone (two at least, after at most a
    lead ending in a colon): "Slidsoļa trūkumi" over three bullets is a list of three, and a
    card that gave two of them would teach an incomplete list."""
    if len(g.points) < 2:
        return False
    lead = g.intro.split(g.points[0].text, 1)[0].strip()
    rest = g.intro[len(g.intro.split(g.points[0].text, 1)[0]):]
    joined = " ".join(p.text for p in g.points)
    return (not lead or lead.endswith(":")) and " ".join(rest.split()) == " ".join(joined.split())


def _point_list(book: FactBook, b: BankBuilder, gns: str, g: Group, side: int | None,
                topic: str, sequence: bool) -> None:
    """A heading's list of sentence points: a numbered procedure (a sequence, asked in order
    and named in full) or bullets (a list named in full). No point is a fact of its own — a
    point is a sentence, not a name to ask about."""
    lang = book.doc.language
    points = tuple(p.text for p in g.points)
    lead = g.intro.split(g.points[0].text, 1)[0].strip()
    kind = "steps" if sequence else group_kind(g.title)
    noun = list_noun(g.title, lead, lang)
    if sequence and (noun is None or not noun.process):
        noun = STEP.get(lang)
    fid = f"{gns}/steps" if sequence else f"{gns}/list"
    book.add(DocFact(Fact(fid, FactKind.SEQUENCE if sequence else FactKind.LIST, g.title,
                          points, side=side, source=g.source),
                     tuple(Said(t, p.source, "member") for t, p in zip(points, g.points)),
                     topic, label_defect=label_defect(g.title, lang), group_kind=kind,
                     members=(), noun=noun))


_TERM_POINT = re.compile(r"^(?P<term>[^.:;!?–—]{1,60}?)\s+[–—]\s+(?P<text>\S.*)$")
_TERM_WORDS = 6


def _term_points(g: Group) -> tuple[list[SubSection], str]:
    """The list items under a heading as the list's members when every one is "Term –
    what it is" ("Fixed ratio – a reward after …", "1. Novērojumi – stacijas vāc …"), with
    the lead text before them; else none and the whole text (a paragraph of its own)."""
    if len(g.points) < 2:
        return [], g.intro
    found = [_TERM_POINT.match(p.text) for p in g.points]
    if not all(m and len(m.group("term").split()) <= _TERM_WORDS for m in found):
        return [], g.intro
    items = [SubSection(m.group("term").strip(), capitalised(m.group("text").strip()),
                        p.number, SourceRef(p.source.line, (*p.source.path,
                                                            m.group("term").strip())))
             for m, p in zip(found, g.points) if m]
    lead = g.intro.split(g.points[0].text, 1)[0].strip()
    return items, lead


def _standalone(book: FactBook, fid: str, title: str, text: str, source: SourceRef,
                side: int | None, topic: str) -> None:
    """A headed paragraph that is no member of a list: a fact of its own."""
    said = said_of(book, text, source, "section")
    book.add(DocFact(Fact(fid, FactKind.MEMBER, title, (title, text), side=side,
                          source=source), (said,), topic,
                     label_defect=label_defect(title, book.doc.language)))


def _numbers(book: FactBook) -> None:
    """A fact per number (with its unit) stated in a claim, definition or member text."""
    hosts = [f for f in book.facts.values() if f.fact.kind in (
        FactKind.CLAIM, FactKind.DEFINITION, FactKind.MEMBER, FactKind.KEY_POINT) or (
        f.fact.kind in (FactKind.LIST, FactKind.SEQUENCE) and not f.members)]
    for host in hosts:
        # A list of sentence points (``_point_list``) numbers its figures through all its
        # points, under its heading's id as when it was one paragraph.
        points = not host.members and host.fact.kind in (FactKind.LIST, FactKind.SEQUENCE)
        base = host.id.rsplit("/", 1)[0] if points else host.id
        n = 0
        for said in host.said:
            if said.defect is not None:
                continue
            for k, m in enumerate(number_spans(said.text), start=1):
                n += 1
                fid = f"{base}/number-{n}" if points else f"{host.id}/number-{k}" if \
                    said is host.said[0] else f"{host.id}/number-{k}b"
                if fid in book.facts:
                    continue
                book.add(DocFact(
                    Fact(fid, FactKind.NUMBER, m, (said.text,), side=host.fact.side,
                         parent="", source=said.source), (said,), host.topic,
                    pair=host.id))


def first_clause(text: str) -> str:
    """``text`` up to its first contrast ("…, bet …", "…, while …")."""
    return _CLAUSE_CUT.split(text)[0]


def members_of(book: FactBook, f: DocFact) -> Sequence[DocFact]:
    return [book.facts[m] for m in f.members]
