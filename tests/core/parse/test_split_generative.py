"""Generated flattened rows from every field: the splitter recovers label, side A and side B.

Rows come from the vocabulary in ``tests/fixtures/split`` (``splitgen``): seven fields,
Latvian and English, with and without every trap (formulas, numbers with units, dates,
Roman numerals, legal references, currency, codes, camel-case names, acronyms, capitals
with diacritics). Hypothesis draws the rows; each example checks what must always hold (a
split reassembles the row, its aspect is a sound title), and the run's totals are held to
the figures below and recorded (``record_property``; ``-s`` prints them).

What this test's own draw gives (fixed: Hypothesis is derandomized), and what
``tests/benchmarks/bench_split.py --seed 1`` gives over 20,000 rows alone and 2,000 articles
per part:

=================  ==========================  ==========================
                   row alone                   in a generated article
=================  ==========================  ==========================
development rows   99.5 % here, 99.6 % bench   99.7 % here, 99.7 % bench
held-out rows      99.6 % here, 99.8 % bench   99.9 % here, 99.9 % bench
second held-out    95.9 % here, 96.3 % bench   98.5 % here, 97.4 % bench
=================  ==========================  ==========================

``heldout`` was written before the splitter, but the third round of rules read its failures:
it is no longer strictly held out. ``heldout2`` was written before that round and its failing
rows were never read: it is the honest figure, and it falls short of the 99 % the issue asks
for (bench_split.py names the trap classes: codes led by a small letter, codes, camel-case
names, symbols, formulas). No row of this test's draw is split wrongly; in the bench, 3 to 6
held-out-2 rows in 10,000 alone. A row that is not exact is left unsplit (the parser
keeps it out of the cards and warns, naming its line): rows whose seam needs knowledge
neither the row, the article nor the names, formulas and dictionaries the splitter keeps
give — two names it does not know run together, a code led by a small letter it does not
know ("mSATA"), two numbers that fit both ways.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.parse.titles import title_defect
from tests.core.parse.splitgen import (
    PARTS,
    Row,
    Tally,
    VocabularyError,
    draw_alone,
    draw_article,
    groups,
    load,
    parse_vocabulary,
)


@dataclass(frozen=True)
class Hold:
    """What one run must hold: examples drawn, least exact share, most wrong share."""

    examples: int
    exact: float
    wrong: float


# Held a point or two under the figures above: the draw is fixed (derandomize), so the
# margin is for the vocabulary growing, not for luck. A wrong split is the harm (a wrong
# cell on a card); at most one in five hundred rows.
ALONE = {"dev": Hold(2000, 0.985, 0.002), "heldout": Hold(1000, 0.99, 0.002),
         "heldout2": Hold(1000, 0.95, 0.002)}
IN_ARTICLE = {"dev": Hold(250, 0.99, 0.002), "heldout": Hold(150, 0.99, 0.002),
              "heldout2": Hold(150, 0.975, 0.002)}


def _run(body: Callable[[random.Random], None], examples: int) -> None:
    seen: set[int] = set()

    # Hypothesis draws seeds, not the choices themselves: its own values lean towards the
    # simple ones (the first vocabulary row, the first field), a seeded generator does not.
    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(min_value=0, max_value=2**64))
    def draw(seed: int) -> None:
        if seed not in seen:
            seen.add(seed)
            body(random.Random(seed))

    draw()


def _check_split(row: Row, got: tuple[str, str, str] | None) -> None:
    """What holds for every row, exact or not: no text is lost or made up, and the aspect
    (a topic title) is never a glued or cut word."""
    if got is None:
        return
    assert "".join(got).replace(" ", "") == row.flat.replace(" ", "")
    assert all(got)
    assert title_defect(got[0]) is None, got[0]


def _hold(tally: Tally, hold: Hold, what: str, record: Callable[[str, object], None]) -> None:
    exact, wrong = tally.rate(), len(tally.wrong) / tally.total["all"]
    record(f"{what}_rows", tally.total["all"])
    record(f"{what}_exact", round(exact, 4))
    record(f"{what}_wrong", round(wrong, 4))
    print(f"\n{what}: {tally.total['all']} rows, {exact:.2%} exact, {wrong:.2%} wrong, "
          f"{len(tally.unsplit)} unsplit")
    assert exact >= hold.exact, (what, exact, tally.wrong[:5], tally.unsplit[:10])
    assert wrong <= hold.wrong, (what, wrong, tally.wrong[:10])


@pytest.mark.parametrize("part", PARTS)
def test_rows_alone_split_exactly(part: str, record_property: Callable[[str, object], None],
                                  ) -> None:
    by = groups(load(part))
    tally = Tally()

    def one(rng: random.Random) -> None:
        row, got = draw_alone(rng, by)
        _check_split(row, got)
        tally.add(row, got)

    hold = ALONE[part]
    _run(one, hold.examples)
    assert tally.total["all"] >= hold.examples * 0.9  # thousands of rows, not a handful
    _hold(tally, hold, f"{part}_alone", record_property)


@pytest.mark.parametrize("part", PARTS)
def test_rows_in_an_article_split_exactly(part: str,
                                          record_property: Callable[[str, object], None],
                                          ) -> None:
    vocab = load(part)
    tally = Tally()

    def one(rng: random.Random) -> None:
        for row, got, warned in draw_article(rng, vocab):
            _check_split(row, got)
            # A row is in the table or named by a warning: never silently dropped.
            assert got is not None or warned
            tally.add(row, got)

    hold = IN_ARTICLE[part]
    _run(one, hold.examples)
    assert tally.total["all"] >= hold.examples * 4
    _hold(tally, hold, f"{part}_article", record_property)


def test_every_trap_class_and_field_is_drawn() -> None:
    # The vocabulary covers what the issue lists, in both languages: the figures above
    # are about all of it, not about the easy part.
    rows = load("dev") + load("heldout") + load("heldout2")
    assert {r.field for r in rows} >= {"marketing", "management", "biology", "history", "law",
                                       "economics", "computing"}
    assert {r.lang for r in rows} == {"lv", "en"}
    tally = Tally()
    for r in rows:
        tally.add(r, r.cells)
    for trap in ("formula", "number_unit", "date", "roman", "legal", "currency", "code",
                 "camel", "acronym", "before_digit", "before_symbol", "before_acronym",
                 "before_diacritic", "plain"):
        assert tally.total[trap] >= 10, trap


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("field: law\nrows: {lv: [[a, b]]}\n", "rows.lv[0]: not [label, side A, side B]"),
        ("field: law\nrows: {lv: [[' a', b, c]]}\n", "rows.lv[0]"),
        ("field: law\nrows: {de: [[a, b, c]]}\n", "rows.de: unknown language"),
        ("rows: {lv: [[a, b, c]]}\n", "needs 'field' and 'rows'"),
        ("field: [unclosed\n", "not YAML"),
    ],
)
def test_a_broken_vocabulary_file_names_file_and_row(text: str, message: str) -> None:
    with pytest.raises(VocabularyError, match=r"^broken\.yaml: ") as info:
        parse_vocabulary(text, "broken.yaml")
    assert message in str(info.value)
