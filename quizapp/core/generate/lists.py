"""Items from one-sided facts: definitions, lists and their members, steps, key points."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.banks.model import ChoiceForm, FactKind, ItemKind
from quizapp.core.generate.context import Context, first_sentence, gist
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.facts import members_of
from quizapp.core.generate.listwords import list_front, member_front, order_front, which_front
from quizapp.core.language.lexicon import lemma
from quizapp.core.language.related import shared_roots, word_roots
from quizapp.core.language.stems import content_stems

_MIN_SIDE_WORDS = 4
_MAX_OPTIONS = 4
_OPPOSITE = {"benefit": "challenge", "challenge": "benefit"}
MEMBER_QUESTIONS = 2
# A text that says what its title is: "A reward after …", "The learned reaction to …".
_DEFINED_EN = re.compile(r"^(?:A|An|The)\s")
_QUESTION_WORDS = frozenset("kā kāpēc kad kur kas how why when where what which".split())
# A definition's first sentence shorter than this many words is joined by the next one.
DEFINITION_WORDS = 12
# "Describe …" is answered by two sentences when together they are this short.
DESCRIBE_WORDS = 50


def definitions(ctx: Context) -> None:
    """A card per "What is …?" section: the heading asks, the definition answers."""
    for f in ctx.book.of_kind(FactKind.DEFINITION):
        heading = f.fact.source.path[-1] if f.fact.source.path else ""
        # A Latvian heading is written as a sentence ("Kas ir sociālo mediju mārketings?");
        # an English one in title case ("What is Email Marketing?") is reworded.
        own = heading.endswith("?") and f.label_defect is None and ctx.doc.language == "lv"
        front = heading if own else ctx.w.stem("definition", nom=ctx.w.subject(f.fact.title))
        assert front is not None
        # The definition itself, not the paragraphs of history after it.
        text = f.said[0].text
        back = gist(text, short=DEFINITION_WORDS)
        ctx.keep(ctx.b.card(f"{f.id}/card", f.topic, front, back, text, f.fact.source,
                            fact=f.id))


def lists(ctx: Context) -> None:
    """Lists: "name them all", each member's card and questions, steps in order."""
    for f in ctx.book.of_kind(FactKind.LIST, FactKind.SEQUENCE):
        members = members_of(ctx.book, f)
        for m in members:
            _member_card(ctx, f, m)
        # A procedure's steps are no facts of their own (``facts._steps``): its card names
        # them all.
        if len(members) >= 2 or (not f.members and len(f.fact.statements) >= 2):
            _list_card(ctx, f)
        if f.fact.kind is FactKind.SEQUENCE:
            _order(ctx, f)
        elif f.group_kind in _OPPOSITE:
            opposite = _opposites(ctx, f)
            # Every member against the same few opposites would repeat one set of options:
            # two members are asked so, and the list once the other way round.
            for m in [m for m in members if m.label_defect is None][:MEMBER_QUESTIONS]:
                _member_mc(ctx, f, m, opposite)
            _not_member(ctx, f, members, opposite)
        for m in members:
            _which_member(ctx, f, m, members)


# Words a benefits title may add to its side's name and still list the side's benefits.
_POLAR_MODIFIERS = frozenset({"key", "main", "major", "potential", "common", "top"})
_OF_TAIL = re.compile(r"\bof\s+(.+)$", re.IGNORECASE)


def _names_its_side(ctx: Context, f: DocFact) -> bool:
    """Whether an English benefits (drawbacks) title "… of X" names its side as X:
    "Advantages of Buying" — not "Disadvantages of Tornado Forecasting", whose points are
    forecasting's, not tornadoes' (that list is asked under its own title)."""
    tail = _OF_TAIL.search(f.fact.title) if ctx.doc.language == "en" else None
    if tail is None:
        return True
    side = ctx.doc.sides[f.fact.side or 0]
    named = set().union(*(content_stems(n, "en") for n in (side.name, *side.aliases)))
    return content_stems(tail.group(1), "en") - named <= _POLAR_MODIFIERS


def _list_card(ctx: Context, f: DocFact) -> None:
    lang = ctx.doc.language
    title_stems = content_stems(f.fact.title, lang)
    if all(content_stems(t, lang) <= title_stems for t in f.fact.statements):
        return  # "Aerobā un anaerobā elpošana": the heading already names every point
    listing = "\n".join(f"{k}. {t}" for k, t in enumerate(f.fact.statements, start=1))
    count = str(len(f.fact.statements))
    front = None
    sequence = f.fact.kind is FactKind.SEQUENCE
    if f.group_kind in _OPPOSITE and f.fact.side is not None and _names_its_side(ctx, f):
        front = ctx.w.stem("polar_list", f.fact.side, count=count,
                           **ctx.w.polar_fields(f.fact.title, f.group_kind))
    if front is None and f.fact.kind is not FactKind.SEQUENCE and not f.members:
        # Bullets are sentences, not things of the title's noun ("Strings: first and second
        # violins …" is no instrument): the points the article makes under its heading.
        front = ctx.w.list_stem(f.fact.title, count, quoted=True)
    if front is None and f.noun is not None:
        front = list_front(ctx.w, f.noun, len(f.fact.statements), sequence)
    if front is None and sequence:
        front = ctx.w.steps_stem("steps_card", f.fact.title)
    if front is None:
        # "Noderīgās baktērijas" lists what bacteria do, not bacteria: a title whose head
        # names a side is quoted, not asked as the points' name.
        named = _named_head(ctx, f)
        front = ctx.w.list_stem(f.fact.title, count, quoted=named)
        if f.noun is not None and not named and front == ctx.w.list_stem(
                f.fact.title, count, quoted=True):
            # A title the inflector cannot decline is named by its noun instead:
            # "Nosauciet 4 romānikas iezīmes."
            front = list_front(ctx.w, f.noun, len(f.fact.statements), sequence,
                               quoted=True) or front
    assert front is not None
    # The list card keeps its schema-1 id (…/list/card), so its history survives.
    card_id = f"{f.id.rsplit('/', 1)[0]}/list/card"
    ctx.keep(ctx.b.card(card_id, f.topic, front, listing, listing, f.fact.source, fact=f.id))


def _member_card(ctx: Context, group: DocFact, m: DocFact) -> None:
    title, text = m.fact.statements[0], m.fact.statements[1]
    if m.said[0].defect is not None:
        return  # the text itself is broken: learning it would teach the slip
    side = m.fact.side
    front = None
    if m.label_defect is not None:
        # A broken title ("Content Creation" in a Latvian article) is quoted as the
        # article's, in a card only.
        front = ctx.w.stem("quoted_member", title=title, group=group.fact.title)
    elif group.group_kind in _OPPOSITE and side is not None:
        front = ctx.w.stem("polar_card", side, title=title,
                           **ctx.w.polar_fields(group.fact.title, group.group_kind))
    if front is None and group.noun is not None:
        front = member_front(ctx.w, group.noun, title, text)
    if front is None and group.group_kind == "steps":
        front = ctx.w.stem("step_card", title=title)
    if front is None and _nameable(ctx, group, title, text):
        front = ctx.w.stem("definition", nom=ctx.w.lower(title))  # "Kas ir dividendes?"
    if front is None and ctx.doc.language == "en" and _DEFINED_EN.match(text) and \
            not any(ctx.w.is_verb(w) for w in title.split()):
        front = f"What is meant by “{title}”?"  # "Fixed ratio – a reward after …"
    if front is None and m.label_defect is None:
        front = ctx.w.describe(title)  # "Aprakstiet reljefu." / "Describe shaping."
    if front is None:
        front = ctx.w.stem("member_card", title=title, group=group.fact.title)
    assert front is not None
    ctx.keep(ctx.b.card(f"{m.id}/card", m.topic, front, gist(text), text, m.fact.source,
                        fact=m.id))


def _nameable(ctx: Context, group: DocFact, title: str, text: str) -> bool:
    """Whether a point can be asked "what is <title>?": its title is a noun phrase (no
    verb: "Antibiotikas nepalīdz" is a claim) and either its text opens with the title
    ("Dividendes ir …") or its list's title does not name a side (the points of "Noderīgās
    baktērijas" are what bacteria do, not things to define: "Kas ir gremošana?" is wrong)."""
    if any(ctx.w.is_verb(w) for w in title.split()):
        return False
    if defines(title, text, ctx.doc.language):
        return True
    # A point whose text says what it does, not what it is ("Platums nosaka, cik daudz
    # Saules enerģijas …" under "Klimatu noteicošie faktori"), is not asked "what is it?":
    # it is described.
    return False


def _named_head(ctx: Context, group: DocFact) -> bool:
    """Whether a list's title is a noun phrase whose head names a side ("Noderīgās
    baktērijas"): its points are then not things of that name."""
    words = group.fact.title.split()
    if group.noun is not None:
        words = group.noun.plural.split()
    elif words[0].casefold() in _QUESTION_WORDS or any(ctx.w.is_verb(w) for w in words):
        return False  # "Kā investori pelna ar akcijām" asks a question
    head = words[-1] if ctx.doc.language == "lv" or group.noun is not None else words[0]
    return bool(ctx.linter.side_words.word_sides(head))


def defines(title: str, text: str, language: str) -> bool:
    """Whether ``text`` opens with its title as its subject ("Dividendes ir peļņas daļa …",
    "Baktēriju ribosomas (70S) …"): a card may then ask what the title is."""
    opening = " ".join(text.split()[:2])
    if not shared_roots(word_roots(opening, language), word_roots(title, language), language):
        return False
    # … and says what it is, not what it does ("Platums nosaka, cik …" defines nothing).
    head = text.split()[:len(title.split()) + 4]
    return any(w.strip(",:()").casefold() in _COPULAS for w in head)


_COPULAS = frozenset("ir nav ir, is are was were means nozīmē sauc saucam called refers – — "
                     "=".split())


def _opposites(ctx: Context, f: DocFact) -> list[DocFact]:
    """Members of the same side's lists of the opposite kind (challenges for benefits)."""
    want = _OPPOSITE[f.group_kind]
    return [m for g in ctx.book.of_kind(FactKind.LIST)
            if g.group_kind == want and g.fact.side == f.fact.side and g.label_defect is None
            for m in members_of(ctx.book, g) if m.label_defect is None]


def _member_mc(ctx: Context, f: DocFact, m: DocFact, opposite: Sequence[DocFact]) -> None:
    """"Which of these is a benefit of X?": the member against the opposite list's."""
    if m.label_defect is not None or not opposite or f.fact.side is None:
        return
    stem = ctx.w.stem("polar_mc", f.fact.side,
                      **ctx.w.polar_fields(f.fact.title, f.group_kind))
    if stem is None:
        return
    wrong = [o.fact.statements[0] for o in opposite]
    ctx.b.rng(f"{m.id}/mc-member").shuffle(wrong)
    ctx.keep(ctx.b.choice(f"{m.id}/mc-member", m.topic, stem, m.fact.statements[0],
                          wrong[: _MAX_OPTIONS - 1], m.fact.statements[1], m.fact.source,
                          [f"{m.id}/card"], fact=m.id))


def _not_member(ctx: Context, f: DocFact, members: Sequence[DocFact],
                opposite: Sequence[DocFact]) -> None:
    """"Which of these is NOT a benefit of X?": three members and one of the opposite list."""
    clean = [m.fact.statements[0] for m in members if m.label_defect is None]
    if len(clean) < 2 or not opposite or f.fact.side is None:
        return
    stem = ctx.w.stem("polar_not", f.fact.side,
                      **ctx.w.polar_fields(f.fact.title, f.group_kind))
    if stem is None:
        return
    rng = ctx.b.rng(f"{f.id}/not")
    key = rng.choice(opposite)
    true = rng.sample(clean, min(_MAX_OPTIONS - 1, len(clean)))
    ctx.keep(ctx.b.choice(f"{f.id}/not", f.topic, stem, key.fact.statements[0], true,
                          f"{f.fact.title}: {', '.join(f.fact.statements)}", f.fact.source,
                          [], fact=f.id, form=ChoiceForm.NOT))


def _which_member(ctx: Context, f: DocFact, m: DocFact, members: Sequence[DocFact]) -> None:
    """"Which point of <list> does this describe?" — when the description does not repeat
    the point's own words (the lint drops it otherwise) and every title is sound."""
    if any(x.label_defect is not None for x in members) or m.said[0].defect is not None:
        return
    mine = [it for it in ctx.b.items if it.fact == m.id]
    if len(mine) >= 3 or any(it.kind is ItemKind.MULTIPLE_CHOICE for it in mine):
        return  # a fact's items are of different kinds
    text = first_sentence(m.fact.statements[1])
    lang = ctx.doc.language
    title_stems = content_stems(m.fact.statements[0], lang)
    if title_stems & content_stems(text, lang):
        return
    stem = which_front(ctx.w, f.noun, text) if f.noun is not None else ctx.w.stem(
        "which_member", group=f.fact.title, text=text)
    if stem is None:
        return
    siblings = [x.fact.statements[0] for x in members if x is not m]
    ctx.keep(ctx.b.choice(f"{m.id}/mc-which", m.topic, stem, m.fact.statements[0],
                          siblings[: _MAX_OPTIONS - 1], m.fact.statements[1], m.fact.source,
                          [f"{m.id}/card"], fact=m.id))


def _order(ctx: Context, f: DocFact) -> None:
    """Steps in their order, when every step's name is sound."""
    if f.label_defect is not None or not 3 <= len(f.fact.statements) <= 9:
        return
    stem = order_front(ctx.w, f.noun) if f.noun is not None else None
    stem = stem or ctx.w.steps_stem("order", f.fact.title)
    assert stem is not None
    listing = "\n".join(f"{k}. {t}" for k, t in enumerate(f.fact.statements, start=1))
    ctx.keep(ctx.b.order(f"{f.id}/order", f.topic, stem, f.fact.statements, listing,
                         f.fact.source, fact=f.id))


def key_points(ctx: Context, breaks: Sequence[str], asked: set[str]) -> None:
    """A completion card per key point not ``asked`` otherwise, cut at a clause boundary near
    its middle."""
    for f in ctx.book.of_kind(FactKind.KEY_POINT):
        if f.id in asked or _which_side_point(ctx, f):
            continue
        text = f.said[0].text
        split = split_clause(text, breaks)
        if split is None or f.said[0].defect is not None:
            continue
        front = ctx.w.stem("key_point", head=split[0])
        assert front is not None
        ctx.keep(ctx.b.card(f"{f.id}/card", f.topic, front, text, text, f.fact.source,
                            fact=f.id))


def _which_side_point(ctx: Context, f: DocFact) -> bool:
    """A key point whose subject is one side's name asked as the question it answers:
    "Laikapstākļi ir īslaicīgs atmosfēras stāvoklis …" → "Kas ir īslaicīgs atmosfēras
    stāvoklis …?", "Fission splits heavy nuclei …" → "Which of the two splits heavy nuclei
    …?", the two sides as the options. True when the item was made."""
    side, text = f.fact.side, f.said[0].text.rstrip(" .")
    if side is None or f.said[0].defect is not None or len(ctx.doc.sides) != 2:
        return False
    rest = None
    mine, theirs = ctx.doc.sides[side], ctx.doc.sides[1 - side]
    names = {mine.short, mine.name, *mine.aliases}
    if mine.name.split()[-1].casefold() != theirs.name.split()[-1].casefold():
        names.add(mine.name.split()[-1])  # "Fission splits …" in "Nuclear Fission"
    for name in sorted(names, key=len, reverse=True):
        if rest is not None:
            break
        m = re.match(rf"{re.escape(name)}\s+(\S+)\s+(.+)$", text, re.IGNORECASE)
        if m is None:
            continue
        verb = m.group(1)
        if ctx.doc.language == "lv" and verb == "ir":
            rest = f"Kas ir {m.group(2)}?"
        elif ctx.doc.language == "en" and verb.islower() and verb.endswith("s") and (
                ctx.w.is_verb(verb) or lemma(verb, "en") not in (None, verb)) \
                and verb not in ("is", "has") and not m.group(2).split()[0].endswith("s"):
            rest = f"Which of the two {verb} {m.group(2)}?"
    if rest is None or ctx.linter.named(rest):
        return False  # the question would name a side
    options = [ctx.w.side_name(0), ctx.w.side_name(1)]
    return ctx.keep(ctx.b.choice(f"{f.id}/mc-side", f.topic, rest, options[side],
                                 [options[1 - side]], f.said[0].text, f.fact.source, [],
                                 fact=f.id, form=ChoiceForm.SIDES, shuffle=False)) is not None


def sections(ctx: Context) -> None:
    """Headed paragraphs of their own (a topic inside a "What is" section, or any heading of
    a document without the family's structure): "Describe …" with the paragraph's opening
    as the answer. An article's headings outside its parts are overviews that repeat the
    table, and are left out."""
    structured = bool(ctx.doc.table or ctx.doc.what_is or ctx.doc.differences)
    for f in ctx.book.of_kind(FactKind.MEMBER):
        if f.fact.parent or len(f.fact.statements) < 2 or f.said[0].defect is not None:
            continue
        if structured and f.id.startswith("sections/"):
            continue
        front = ctx.w.describe(f.fact.title) if f.label_defect is None else None
        if front is None:
            front = ctx.w.stem("section_card", title=f.fact.title)
        assert front is not None
        text = f.fact.statements[1]
        ctx.keep(ctx.b.card(f"{f.id}/card", f.topic, front, gist(text, both=DESCRIBE_WORDS),
                            text, f.fact.source, fact=f.id))


def split_clause(text: str, breaks: Sequence[str]) -> tuple[str, str] | None:
    """Cut a sentence into a head and a tail at a clause break near its middle.

    The head is shown and the learner recalls the tail; both keep at least four words.
    Without a clause break a sentence of eight or more words is cut between words.
    """
    best: tuple[float, int, int] | None = None
    for rank, br in enumerate(breaks):
        start = 0
        while (pos := text.find(br, start)) >= 0:
            start = pos + 1
            head, tail = text[:pos], text[pos + len(br.rstrip()):]
            if len(head.split()) < _MIN_SIDE_WORDS or len(tail.split()) < _MIN_SIDE_WORDS:
                continue
            score = abs(pos / len(text) - 0.45) + rank * 0.02
            if best is None or score < best[0]:
                cut = pos + (1 if br.startswith(",") else 0)
                best = (score, cut, pos)
    if best is None:
        words = text.split()
        if len(words) < 2 * _MIN_SIDE_WORDS:
            return None
        half = max(_MIN_SIDE_WORDS, round(len(words) * 0.45))
        return " ".join(words[:half]).rstrip(" ,"), " ".join(words[half:])
    _, cut, pos = best
    return text[:pos].rstrip(" ,"), text[cut:].strip(" ,")
