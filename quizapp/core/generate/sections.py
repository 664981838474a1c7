"""Items from the one-sided parts: key points, "What is" sections and other headed text."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.banks.model import SourceRef
from quizapp.core.parse.document import Group
from quizapp.core.generate.builder import MAX_OPTIONS, contains, neighbours, pick_distractors
from quizapp.core.generate.context import Context, first_sentence

_MIN_SIDE_WORDS = 4


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
        # No clause break: cut between words near the middle of a long enough sentence.
        words = text.split()
        if len(words) < 2 * _MIN_SIDE_WORDS:
            return None
        half = max(_MIN_SIDE_WORDS, round(len(words) * 0.45))
        return " ".join(words[:half]).rstrip(" ,"), " ".join(words[half:])
    _, cut, pos = best
    head = text[:pos].rstrip(" ,")
    tail = text[cut:].strip(" ,")
    return head, tail


def key_points(ctx: Context) -> None:
    """A completion card per key point, and a "how does it continue" question."""
    points = ctx.doc.key_points
    if not points:
        return
    first = points[0].source
    # Key points from a "Key Takeaways" list share its heading; fallback ones do not.
    shared = {p.source.path[:1] for p in points}
    title = first.path[0] if len(shared) == 1 and first.path else ctx.doc.title
    topic = ctx.b.topic("key-points", title, SourceRef(first.line, first.path))
    splits = [split_clause(p.text, ctx.t.clause_breaks) for p in points]
    for n, (point, split) in enumerate(zip(points, splits), start=1):
        base = f"key-points/{n}"
        if split is None:
            continue
        head, tail = split
        card = ctx.b.card(f"{base}/card", topic, ctx.t.key_point_front.format(head=head),
                          point.text, point.text, point.source)
        others = [x[1] for x in neighbours(splits, n - 1) if x and x[1] != tail]
        ctx.b.choice(f"{base}/mc", topic, ctx.t.key_point_mc.format(head=head), tail,
                     pick_distractors(tail, [others], MAX_OPTIONS - 1), point.text,
                     point.source, [card])


def what_is(ctx: Context) -> None:
    """Definition card (and which-side question), then every group's items."""
    all_groups = [g for w in ctx.doc.what_is for g in w.groups]
    position = {id(g): k for k, g in enumerate(all_groups)}
    for w in ctx.doc.what_is:
        key = ctx.b.key("what-is", w.subject, w.source.line)
        ns = f"what-is/{key}"
        heading = w.source.path[-1] if w.source.path else w.subject
        if w.definition:
            topic = ctx.b.topic(ns, heading, w.source)
            card = ctx.b.card(f"{ns}/definition/card", topic,
                              ctx.t.definition_front.format(heading=heading), w.definition,
                              w.definition, w.source)
            if w.side is not None and len(ctx.doc.sides) == 2:
                masked = ctx.mask_sides(first_sentence(w.definition))
                masked = _mask(masked, w.subject)
                ctx.b.choice(f"{ns}/definition/mc-side", topic,
                             ctx.t.side_mc.format(text=masked), ctx.side_name(w.side),
                             [ctx.side_name(1 - w.side)], w.definition, w.source, [card])
        for g in w.groups:
            _group(ctx, ns, g, neighbours(all_groups, position[id(g)]))


def other_sections(ctx: Context) -> None:
    """Headed text outside the family's parts: a card per heading, groups like "What is",
    and for stand-alone headed paragraphs a "which heading does this text belong to"."""
    groups = list(ctx.doc.sections)
    for k, g in enumerate(groups):
        _group(ctx, "sections", g, neighbours(groups, k))
    if ctx.doc.table or ctx.doc.what_is or ctx.doc.differences:
        # In a structured article these are overview paragraphs under near-identical
        # "X vs Y" headings; asking which heading a text sits under teaches nothing.
        return
    standalone = [g for g in groups if g.intro and not g.items]
    for k, g in enumerate(standalone):
        gns = f"sections/{ctx.b.key('sections', g.title, g.source.line)}"
        others = [o.title for o in neighbours(standalone, k) if o.title != g.title]
        if not others:
            continue
        stem = _mask(first_sentence(g.intro), g.title)
        ctx.b.choice(f"{gns}/mc-which", gns, ctx.t.which_section_mc.format(text=stem),
                     g.title, pick_distractors(g.title, [others], MAX_OPTIONS - 1),
                     first_sentence(g.intro), g.source, [f"{gns}/card"])


def _mask(text: str, phrase: str) -> str:
    if not phrase:
        return text
    low, key = text.casefold(), phrase.casefold()
    out, start = [], 0
    while (pos := low.find(key, start)) >= 0:
        out.append(text[start:pos] + "…")
        start = pos + len(key)
    out.append(text[start:])
    return "".join(out)


def _group(ctx: Context, ns: str, g: Group, others: Sequence[Group]) -> None:
    gkey = ctx.b.key(ns, g.title, g.source.line)
    gns = f"{ns}/{gkey}"
    topic = ctx.b.topic(gns, g.title, g.source)
    t = ctx.t
    if g.intro and not g.items:
        ctx.b.card(f"{gns}/card", topic, t.section_front.format(title=g.title), g.intro,
                   first_sentence(g.intro), g.source)
        return
    items = [s for s in g.items if s.text]
    if len(items) >= 2:
        listing = "\n".join(f"{k}. {s.title}" for k, s in enumerate(items, start=1))
        ctx.b.card(f"{gns}/list/card", topic,
                   t.list_front.format(count=len(items), group=g.title), listing,
                   g.intro or listing, g.source)
    outsiders = [x.title for o in others for x in o.items
                 if not any(contains(x.title, mine.title) for mine in items)]
    for s in items:
        skey = ctx.b.key(gns, s.title, s.source.line)
        base = f"{gns}/{skey}"
        card = ctx.b.card(f"{base}/card", topic,
                          t.subsection_front.format(group=g.title, title=s.title), s.text,
                          s.text, s.source)
        siblings = [o.title for o in items if o is not s]
        if siblings:
            stem_text = _mask(first_sentence(s.text), s.title)
            ctx.b.choice(f"{base}/mc-which", topic, t.which_sub_mc.format(text=stem_text),
                         s.title, pick_distractors(s.title, [siblings], MAX_OPTIONS - 1),
                         s.text, s.source, [card])
        if outsiders:
            ctx.b.choice(f"{base}/mc-member", topic, t.member_mc.format(group=g.title),
                         s.title, pick_distractors(s.title, [outsiders], MAX_OPTIONS - 1),
                         s.text, s.source, [card])
