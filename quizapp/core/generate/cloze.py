"""Cloze items: a number or a key term blanked in a sentence of the document, the wrong
options of the same kind from the document (numbers of the same kind of quantity, in the
answer's own unit and case; the other side's word where the table opposes two)."""

from __future__ import annotations

import re

from quizapp.core.banks.model import FactKind
from quizapp.core.generate.context import Context, sentences
from quizapp.core.generate.factbook import DocFact
from quizapp.core.generate.numbers import as_option, kind_of, same_unit, unit_word
from quizapp.core.language.lexicon import stop_words

MAX_DISTRACTORS = 3
MAX_PER_SENTENCE = 2
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TERM_WORDS = 3  # a cell's opening words that can be its key term
_PRONOUN = re.compile(r"^It\s")
_ANAPHORA = frozenset("it its they their this these he she his her tas tā tās tie to tam tai "
                      "šis šī šie šīs viņš viņa".split())
_CONTEXT_WORDS = 50
_SHORT_SENTENCE = 10
_LISTED = re.compile(r",\s*[^\W\d_]+(?:\s[^\W\d_]+)?(?:,|\s(?:or|and|vai|un)\s)")


def numbers(ctx: Context) -> None:
    """A cloze per number fact that has other numbers of its kind to stand against."""
    facts = list(ctx.book.of_kind(FactKind.NUMBER))
    per_sentence: dict[str, int] = {}
    for f in facts:
        number = f.fact.title
        kind = kind_of(number)
        # One option per value ("0,5–5 µm" and "0,5–5 mikrometri" are one), as the
        # document writes it nearest the answer's form.
        values: dict[tuple[str, ...], str] = {tuple(_DIGITS.findall(number)): number}
        unit = unit_word(number)
        for o in facts:
            value = tuple(_DIGITS.findall(o.fact.title))
            if o is f or kind_of(o.fact.title) != kind or value == tuple(
                    _DIGITS.findall(number)) or not same_unit(number, o.fact.title) or \
                    not _comparable(number, o.fact.title, kind):
                continue
            if value not in values or unit_word(o.fact.title) == unit:
                values[value] = as_option(number, o.fact.title)
        others = list(values.values())[1:]
        host = ctx.book.facts.get(f.pair)
        framed = _framed(ctx, f, host)
        if framed is None or framed.count(number) != 1:
            continue
        # A value the sentence itself states is no wrong option ("3–4 m/s … 12–15 m/s").
        others = [o for o in others if not set(_DIGITS.findall(o)) & set(
            _DIGITS.findall(framed.replace(number, "")))]
        if not others:
            continue
        rest = set(_DIGITS.findall(framed.replace(number, " ")))
        if rest & set(_DIGITS.findall(number)):
            continue  # the sentence says the number again elsewhere
        if per_sentence.get(framed, 0) >= MAX_PER_SENTENCE:
            continue  # one sentence of many figures is not six clozes
        per_sentence[framed] = per_sentence.get(framed, 0) + 1
        before, _, after = framed.partition(number)
        # The nearest values are the plausible ones ("1967" before "1938" for Chernobyl).
        others = sorted(others, key=lambda o: _distance(number, o))[:MAX_DISTRACTORS]
        ctx.b.rng(f"{f.id}/cloze").shuffle(others)
        ctx.keep(ctx.b.cloze(f"{f.id}/cloze", f.topic, before, number, after,
                             others, f.said[0].text, f.fact.source, f.id))


# A wrong number at most this many times larger or smaller than the answer: "1 mm" is no
# plausible yearly rainfall beside "690 mm", nor "17 °C" a warming beside "1,1 °C".
MAGNITUDE = 10


def _comparable(a: str, b: str, kind: str) -> bool:
    """Whether ``b`` is of ``a``'s order of magnitude (years are compared as years)."""
    if kind.startswith("year"):
        return True
    va, vb = (_first_value(x) for x in (a, b))
    if va is None or vb is None or va == 0 or vb == 0:
        return True
    ratio = max(abs(va), abs(vb)) / min(abs(va), abs(vb))
    return ratio <= MAGNITUDE


def _distance(a: str, b: str) -> float:
    """How far apart two numbers are, relative to their size."""
    va, vb = _first_value(a), _first_value(b)
    if va is None or vb is None:
        return float("inf")
    return abs(va - vb) / max(abs(va), abs(vb), 1.0)


def _first_value(text: str) -> float | None:
    m = _DIGITS.search(text)
    return float(m.group(0).replace(",", ".")) if m else None


def _framed(ctx: Context, f: DocFact, host: DocFact | None) -> str | None:
    """The sentence around the number. A table cell or a difference is a sentence only when
    it names whose it is ("Solar panels last about 25–30 years"); a bare cell is asked by
    the claim's own items."""
    found = sentences(f.said[0].text)
    at = next((k for k, s in enumerate(found) if f.fact.title in s), -1)
    if at < 0:
        return None
    text = found[at]
    opening = {w.casefold() for w in _TOKEN.findall(text)[:6]}
    short = len(text.split()) < _SHORT_SENTENCE
    if at > 0 and (opening & _ANAPHORA or short) and len(
            (found[at - 1] + text).split()) <= _CONTEXT_WORDS:
        # "Par tās sākumu uzskata …", "The drug metformin reduced the risk by 31 %.": the
        # sentence before says whose, and of what.
        text = f"{found[at - 1]} {text}"
    if host is not None and host.fact.kind is FactKind.DEFINITION and ctx.doc.language == "en":
        # "It was first observed …": the sentence stands alone, so it names its subject.
        text = _PRONOUN.sub(lambda m: host.fact.title[:1].upper() + host.fact.title[1:] + " ",
                            text, count=1)
    if host is not None and host.fact.kind is FactKind.CLAIM and f.fact.side is not None:
        # A sentence, not a label with a figure ("Bhadla Solar Park, India (2.25 GW)"); the
        # Latvian dictionary misses many verb forms, so a long Latvian cell counts as one.
        sentence = len(text.split()) >= 5 and f"({f.fact.title})" not in text and (
            ctx.doc.language == "lv" or any(ctx.w.is_verb(w) for w in text.split()))
        if not sentence or ctx.linter.named(text) != {f.fact.side}:
            return None
        other = ctx.book.facts.get(host.pair) if host.pair else None
        if other is not None and ctx.linter.named(other.said[0].text) == {f.fact.side}:
            # "Aptuveni 20–30 cm garākas par slēpotāja augumu": "slēpotājs" is of the name's
            # family, but the other side's cell says it too — no name, and "10–15 cm" is true.
            return None
        return text
    return text


def key_terms(ctx: Context) -> set[str]:
    """A cloze per key point on a term the table opposes to the other side's ("Mitosis
    produces two {{diploid}} daughter cells", diploid or haploid); returns the key points
    asked so."""
    pairs = _opposed_terms(ctx)
    done: set[str] = set()
    for f in ctx.book.of_kind(FactKind.KEY_POINT):
        text = f.said[0].text
        if f.said[0].defect is not None:
            continue
        words = {w.casefold() for w in _TOKEN.findall(text)}
        found = sorted(((len(w), w, opts) for w, opts in pairs.items()
                        if w in words and not (opts - {w}) & words), reverse=True)
        for _, term, options in found:
            m = re.search(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])", text, re.IGNORECASE)
            if m is None:
                continue
            if ctx.linter.named(" ".join(_TOKEN.findall(text[m.end():])[:1])):
                continue  # "in {{absolute}} monarchies": the other side's word cannot fit
            if _LISTED.match(text[m.end():]):
                continue  # "a {{king}}, queen, emperor or other monarch": its list tells
            written = m.group(0)
            wrong = [_like(written, o) for o in sorted(options - {term})]
            made = ctx.keep(ctx.b.cloze(f"{f.id}/cloze", f.topic, text[: m.start()], written,
                                        text[m.end():], wrong[:MAX_DISTRACTORS], text,
                                        f.fact.source, f.id))
            if made:
                done.add(f.id)
                break
    return done


def _opposed_terms(ctx: Context) -> dict[str, set[str]]:
    """Words that stand where the other side's cell has another word of the same form
    ("One"/"Two", "diploid"/"haploid", "Augstāks"/"Zemāks"): each with every word it is
    opposed to, itself included."""
    stops = stop_words(ctx.doc.language)
    out: dict[str, set[str]] = {}
    for fa in ctx.book.of_kind(FactKind.CLAIM):
        if fa.fact.side != 0:
            continue
        fb = ctx.book.facts[fa.pair]
        a, b = fa.said[0], fb.said[0]
        if a.defect is not None or b.defect is not None:
            continue
        ta, tb = _TOKEN.findall(a.text.casefold()), _TOKEN.findall(b.text.casefold())
        if abs(len(ta) - len(tb)) > _TERM_WORDS - 1:
            continue
        # Aligned from the start: "two diploid …" / "four haploid …"; the first pair that is
        # neither the same word nor two words of one form ends the alignment.
        for k, (x, y) in enumerate(zip(ta[:_TERM_WORDS], tb[:_TERM_WORDS])):
            if x == y:
                continue
            if x in stops or y in stops or len(x) < 3 or len(y) < 3 or not _alike(
                    x, y, ctx.doc.language, k):
                break
            if ctx.linter.named(x) or ctx.linter.named(y):
                break
            group = out.get(x, {x}) | out.get(y, {y})
            for w in group:
                out[w] = group
    return out


def _alike(x: str, y: str, language: str, position: int) -> bool:
    """Words of one form: the same ending ("augstāks"/"zemāks", "diploid"/"haploid"); an
    English cell's first words ("King …" / "President …") need not share one."""
    if x.isdigit() != y.isdigit():
        return False
    if language == "en" and position == 0:
        # Of one number at least: "Changes need …" / "Owner may …" are no pair of terms.
        return _plural_en(x) == _plural_en(y)
    return x[-2:] == y[-2:]


def _plural_en(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
