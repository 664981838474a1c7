"""Browse in the core: every item's row, the query language (diacritics optional, clear
errors for anything malformed) and sorting by any column."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.core.banks.model import ItemKind
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.material.browse import BrowseTable, browse_rows
from quizapp.core.material.drafts import ItemDraft
from quizapp.core.material.marks import FlagReason
from quizapp.core.material.query import QueryError, QueryProblem, parse_query
from quizapp.core.material.rows import Column
from quizapp.core.material.service import ItemRef
from quizapp.core.study.cards import Rating
from tests.core.factories import open_collection, study_all
from tests.core.material.quizzing import take_quiz
from tests.helpers import study_bank

BANK = "socialie-mediji-pret-ietekmetaju-marketingu"


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Collection:
    col = open_collection(tmp_path, clock, study_bank())
    yield col  # type: ignore[misc]
    col.close()


def _keys(table: BrowseTable, query: str) -> set[str]:
    return {table.rows[i].key for i in table.search(query)}


def _table(col: Collection) -> BrowseTable:
    return BrowseTable(browse_rows(col), col.today())


def test_every_active_item_has_a_row_with_its_columns(col: Collection) -> None:
    study_all(col, Rating.GOOD, limit=3)
    mc = col.banks[BANK].bank.item("table/sasniegt/a/mc")
    take_quiz(col, BANK, [(mc.id, (mc.correct + 1) % len(mc.options), 10)])
    rows = {r.key: r for r in browse_rows(col)}
    assert len(rows) == len(col.banks[BANK].bank.items)
    card = rows["table/kontrole/b/card"]
    assert card.kind is ItemKind.FLASHCARD and card.topic_title
    assert card.question.startswith("Kas raksturo ietekmētāju mārketingu")
    question = rows["table/sasniegt/a/mc"]
    assert question.state is None and question.due_day is None
    assert (question.quiz_answered, question.quiz_right, question.accuracy) == (1, 0, 0.0)
    studied = [r for r in rows.values() if r.recall is not None]
    assert len(studied) == 3
    assert all(0 < r.recall <= 1 for r in studied)  # type: ignore[operator]


def test_words_match_without_diacritics_and_filters_combine(col: Collection) -> None:
    table = _table(col)
    with_marks = _keys(table, "kontrolē")
    assert with_marks and with_marks == _keys(table, "KONTROLE")
    kinds = {r.key: r.kind for r in table.rows}
    assert _keys(table, "kontrole kind:card") == {
        k for k in with_marks if kinds[k] is ItemKind.FLASHCARD}
    assert _keys(table, '"pilnībā kontrolē"') <= with_marks
    assert _keys(table, "topic:kontrole")
    topics = {table.rows[i].topic_title for i in table.search("topic:kontrole")}
    assert all("kontrol" in t.lower() for t in topics)
    assert _keys(table, "fact:table/kontrole") == {
        r.key for r in table.rows if r.item.fact.startswith("table/kontrole")}
    everything = set(r.key for r in table.rows)
    assert _keys(table, "kind:card or kind:choice") == _keys(table, "kind:card") | _keys(
        table, "kind:choice")
    assert _keys(table, "-kind:card") == everything - _keys(table, "kind:card")
    assert _keys(table, "(kind:card or kind:cloze) -kontrole") == (
        (_keys(table, "kind:card") | _keys(table, "kind:cloze")) - with_marks)
    assert _keys(table, "") == everything
    assert _keys(table, f"bank:{BANK[:8]}") == everything


def test_is_words_follow_the_learners_marks_and_schedule(col: Collection,
                                                         clock: FixedClock) -> None:
    shown = study_all(col, Rating.AGAIN, limit=2)
    ref = ItemRef(BANK, "table/kontrole/b/card")
    col.material.suspend([ref])
    col.material.flag([ItemRef(BANK, "table/sasniegt/a/mc")], FlagReason.WRONG)
    col.material.bury([ItemRef(BANK, "table/kontrole/a/card")])
    col.material.edit(ref, ItemDraft(ItemKind.FLASHCARD, "Labots?", "Jā"))
    mine, _ = col.material.add(BANK, "Mani", ItemDraft(ItemKind.FLASHCARD, "Mans?", "Jā"),
                               new_topic=True)
    table = _table(col)
    assert _keys(table, "is:suspended") == {ref.key}
    assert _keys(table, "is:flagged") == {"table/sasniegt/a/mc"}
    assert _keys(table, "is:buried") == {"table/kontrole/a/card"}
    assert _keys(table, "is:edited") == {ref.key}
    assert _keys(table, "is:mine") == {mine.key}
    assert _keys(table, "is:changed") == set()
    assert _keys(table, "is:due") == {c.item.id for c in shown}  # learning, due today
    assert mine.key in _keys(table, "is:new")
    assert _keys(table, "is:leech") == set()
    assert _keys(table, "labots") == {ref.key}  # the edited wording is what is searched
    clock.advance(timedelta(days=1))
    assert _keys(BrowseTable(table.rows, col.today()), "is:buried") == set()


@pytest.mark.parametrize(("query", "problem", "word"), [
    ("is:dueish", QueryProblem.UNKNOWN_IS, "dueish"),
    ('"kontrole', QueryProblem.UNBALANCED_QUOTE, ""),
    ('topic:"kontrole', QueryProblem.UNBALANCED_QUOTE, ""),
    ("(kontrole", QueryProblem.UNBALANCED_BRACKET, ""),
    ("kontrole)", QueryProblem.UNBALANCED_BRACKET, ""),
    ("topic:", QueryProblem.EMPTY_VALUE, "topic:"),
    ("kind:essay", QueryProblem.UNKNOWN_KIND, "essay"),
    ("colour:red", QueryProblem.UNKNOWN_FIELD, "colour"),
    ("kontrole or", QueryProblem.DANGLING_OR, ""),
    ("or kontrole", QueryProblem.DANGLING_OR, ""),
    ("kontrole -", QueryProblem.DANGLING_NOT, ""),
])
def test_a_malformed_query_names_its_mistake(query: str, problem: QueryProblem,
                                             word: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(query)
    assert info.value.problem is problem and info.value.word == word
    assert str(info.value)


def test_a_word_with_a_colon_that_is_no_filter_is_just_a_word() -> None:
    assert parse_query("12:30").text == "12:30"
    assert parse_query('"colour:red"').text


@given(st.text(max_size=40))
def test_no_query_raises_anything_but_its_typed_error(text: str) -> None:
    try:
        parse_query(text)
    except QueryError:
        pass


def test_sorting_by_every_column_keeps_every_row(col: Collection) -> None:
    study_all(col, Rating.GOOD, limit=5)
    table = _table(col)
    everything = list(range(len(table.rows)))
    for column in Column:
        for descending in (False, True):
            order = table.sort(everything, column, descending)
            assert sorted(order) == everything
    by_due = [table.rows[i] for i in table.sort(everything, Column.DUE)]
    groups = [0 if r.due_day is not None else (2 if r.state is None else 1) for r in by_due]
    assert groups == sorted(groups)  # scheduled first, then new cards, then questions
    days = [r.due_day for r in by_due if r.due_day is not None]
    assert days == sorted(days)
    by_question = [table.rows[i].question.casefold() for i in
                   table.sort(everything, Column.QUESTION, True)]
    assert by_question[0] >= by_question[-1]
