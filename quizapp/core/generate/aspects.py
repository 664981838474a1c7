"""Aspect × side claims: the comparison table's rows and the key differences, one fact per
side of each aspect the article compares (a row and the key difference about the same aspect
are one aspect)."""

from __future__ import annotations

from quizapp.core.banks.model import Fact, FactKind, SourceRef
from quizapp.core.generate.builder import BankBuilder
from quizapp.core.generate.context import SIDE_KEYS, capitalised
from quizapp.core.generate.factbook import DocFact, FactBook, said_of
from quizapp.core.generate.sourcecheck import label_defect
from quizapp.core.banks.sidewords import SideWords
from quizapp.core.language.related import folded, shared_roots
from quizapp.core.language.stems import content_stems, stem_overlap

# A table row and a key difference are one aspect when their labels and texts overlap at
# least this much (see ``_match_score``): "Kontrole" and "Ziņojuma kontrole" score 0.6,
# "Source" and "Origin" (whose texts repeat each other) 0.44.
MERGE_THRESHOLD = 0.4
# A row and a difference left over by that are one aspect when each is the other's best
# match and each side's texts share at least this much of their words (see _text_match).
MERGE_TEXT = 0.5


def _match_score(row: tuple[str, str, str], diff: tuple[str, str, str], lang: str) -> float:
    """How surely a table row and a key difference speak of the same aspect: their labels'
    shared stems count double, then how much of each side's cell the difference repeats."""
    la = {folded(st) for st in content_stems(row[0], lang)}
    lb = {folded(st) for st in content_stems(diff[0], lang)}
    label = min(1.0, len(shared_roots(la, lb, lang)) / min(len(la), len(lb))) if la and lb \
        else 0.0
    text = (overlap(row[1], diff[1], lang) + overlap(row[2], diff[2], lang)) / 2
    return (label + text) / 2


def overlap(a: str, b: str, language: str) -> float:
    """The share of ``a``'s content stems that ``b`` has too (0 when ``a`` has none)."""
    mine = content_stems(a, language)
    return len(stem_overlap(a, b, language)) / len(mine) if mine else 0.0


def claims(book: FactBook, b: BankBuilder) -> None:
    """A claim per side of every aspect: the table's rows, with the key difference about the
    same aspect merged in, then the key differences no row speaks of."""
    doc = book.doc
    if len(doc.sides) != 2:
        return
    rows = [(r.aspect, r.a, r.b, r.source) for r in (doc.table.rows if doc.table else ())]
    diffs = [(d.aspect, d.a, d.b, d.source) for d in doc.differences]
    merged = _merge(rows, diffs, book)
    used = set(merged.values())
    grounds = _grounds(book)
    for i, (aspect, a, bb, src) in enumerate(rows):
        extra = diffs[merged[i]] if i in merged else None
        _claim_pair(book, b, "table", aspect, (a, bb), src, extra, grounds)
    for j, (aspect, a, bb, src) in enumerate(diffs):
        if j not in used:
            _claim_pair(book, b, "differences", aspect, (a, bb), src, None, grounds)


Row = tuple[str, str, str, SourceRef]


def _merge(rows: list[Row], diffs: list[Row], book: FactBook) -> dict[int, int]:
    """Which key difference each row merges with: by labels and texts together, then, for
    rows and differences left over, by texts alone where each is the other's best match and
    both sides repeat each other ("How chosen" and "Selection": "Hereditary succession …" /
    "Usually by heredity …"; "Election by the citizens …" / "By election …")."""
    lang = book.doc.language
    scored = sorted(((_match_score(r[:3], d[:3], lang), i, j)
                     for i, r in enumerate(rows) for j, d in enumerate(diffs)), reverse=True)
    merged: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score >= MERGE_THRESHOLD and i not in merged and j not in used:
            merged[i] = j
            used.add(j)
    names = SideWords(lang, [s.name for s in book.doc.sides], ())
    # Scored by both sides' shares, then by the larger one (ties are broken by it).
    left = [((_text_match(rows[i], diffs[j], lang, names),
              _text_match(rows[i], diffs[j], lang, names, either=True)), i, j)
            for i in range(len(rows)) if i not in merged
            for j in range(len(diffs)) if j not in used]
    best_row = {i: max((x for x in left if x[1] == i), default=((0.0, 0.0), i, -1))
                for i, _ in enumerate(rows)}
    best_diff = {j: max((x for x in left if x[2] == j), default=((0.0, 0.0), -1, j))
                 for j, _ in enumerate(diffs)}
    for (both, _), i, j in left:
        if both >= MERGE_TEXT and best_row[i][2] == j and best_diff[j][1] == i:
            merged[i] = j
    return merged


def _text_match(row: Row, diff: Row, lang: str, names: SideWords,
                either: bool = False) -> float:
    """How much the row's and the difference's texts repeat each other: the smaller of the
    two sides' shares of shared words (``either``: the larger), side names left out."""
    shares = []
    for mine_text, their_text in ((row[1], diff[1]), (row[2], diff[2])):
        mine, theirs = _roots(mine_text, lang, names), _roots(their_text, lang, names)
        if not mine or not theirs:
            shares.append(0.0)
            continue
        shares.append(min(1.0, len(shared_roots(mine, theirs, lang)) /
                          min(len(mine), len(theirs))))
    return max(shares) if either else min(shares)


def _roots(text: str, lang: str, names: SideWords) -> set[str]:
    return {folded(s) for s in content_stems(text, lang) if not names.word_sides(s)}


def _grounds(book: FactBook) -> frozenset[str]:
    """The roots of what the document says (its sentences and cells, not its labels)."""
    from quizapp.core.generate.phrasing import running_text

    return frozenset(folded(s) for s in content_stems(running_text(book.doc),
                                                      book.doc.language))


def better_label(label: str, other: str, grounds: frozenset[str], language: str) -> bool:
    """Whether the key difference's label ``other`` names the aspect better than the row's
    ``label``: the row's is a source error, a clause ("How chosen", "Where it occurs"), or a
    single word the article never uses outside its labels ("Daba" for "Nature") where the
    other's words are the article's own."""
    if label_defect(other, language) is not None or _clause(other, language):
        return False
    if label_defect(label, language) is not None or _clause(label, language):
        return True
    theirs = {folded(s) for s in content_stems(other, language)}
    return _ungrounded(label, grounds, language) and bool(
        shared_roots(theirs, grounds, language))


def _ungrounded(label: str, grounds: frozenset[str], language: str) -> bool:
    """A one-word label whose word the article's sentences and cells never use."""
    mine = {folded(s) for s in content_stems(label, language)}
    return len(mine) == 1 and not shared_roots(mine, grounds, language)


_CLAUSE_WORDS = frozenset("how where when why what who which kā kur kad kāpēc ko kas kurš "
                          "kura".split())


def _clause(label: str, language: str) -> bool:
    first = label.split(" ", 1)[0].casefold()
    return first in _CLAUSE_WORDS


def _claim_pair(book: FactBook, b: BankBuilder, ns: str, aspect: str, texts: tuple[str, str],
                src: SourceRef, extra: Row | None, grounds: frozenset[str]) -> None:
    """The two claims of one aspect (a table row, or a key difference), with the matching
    key difference ``extra`` (aspect, text A, text B, source) merged in."""
    label = capitalised(aspect)
    # The document's row label may start small ("sasniegt"); its breadcrumb reads like the
    # topic's title, as every other source path does.
    src = SourceRef(src.line, tuple(capitalised(part) for part in src.path))
    key = b.key(ns, label, src.line)
    topic = b.topic(f"{ns}/{key}", label, src)
    origin = "table" if ns == "table" else "difference"
    lang = book.doc.language
    where = f"line {src.line}: " if src.line else ""
    if extra is not None and better_label(label, extra[0], grounds, lang):
        # The key difference names the same aspect without the table's slip.
        slip = label_defect(label, lang)
        if slip is not None:
            book.warnings.append(f"{where}row label looks broken ({slip}); questions name "
                                 f"it {capitalised(extra[0])!r}, as the key differences do")
        label = capitalised(extra[0])
    defect = label_defect(label, lang)
    if defect is not None:
        book.warnings.append(f"{where}row label looks broken ({defect}); questions do not "
                             "name it")
    elif _clause(label, lang):
        defect = f"a clause as a label: {label!r}"
    ids = [f"{ns}/{key}/{k}" for k in SIDE_KEYS]
    for side in (0, 1):
        said = [said_of(book, texts[side], src, origin)]
        if extra is not None:
            again = extra[2] if side else extra[1]
            # The key difference says it again in other words; said the same, once is enough.
            if overlap(again, texts[side], lang) < 0.6:
                said.append(said_of(book, again, extra[3], "difference"))
        fact = Fact(ids[side], FactKind.CLAIM, label, tuple(s.text for s in said),
                    side=side, source=src)
        book.add(DocFact(fact, tuple(said), topic, label_defect=defect, pair=ids[1 - side]))
