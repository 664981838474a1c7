"""Study sessions scoped to chosen topics: only their cards are shown, and counted."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.study.scope import StudyScope
from quizapp.core.study.due import DueCounts
from tests.core.factories import make_bank, open_collection

UTC = timezone.utc


def _study(col: Collection, scope: StudyScope, clock: FixedClock,
           rating: Rating = Rating.GOOD) -> list[tuple[str, str, str]]:
    """Answer everything ``scope`` offers now; return (bank, topic, item) of each card."""
    shown = []
    while (card := col.next_card(scope=scope)) is not None:
        shown.append((card.bank, card.item.topic, card.item.id))
        col.answer(card, rating, 2000)
        clock.advance(minutes=1)
    return shown


def test_a_topic_scoped_session_shows_only_those_topics_cards(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=4, cards_per_topic=3),
                          make_bank(topics=2, cards_per_topic=2, bank_id="other"))
    scope = StudyScope(topics=(("demo", "t1"), ("demo", "t3"), ("other", "t0")))
    assert col.due_counts(scope=scope) == DueCounts(new=8, learning=0, review=0)
    card = col.next_card(scope=scope)
    assert card is not None and (card.bank, card.item.id) == ("demo", "t1-c0")

    shown = _study(col, scope, clock, Rating.EASY)
    assert len(shown) == 8
    assert {(b, t) for b, t, _ in shown} == set(scope.topics)
    assert col.due_counts(scope=scope) == DueCounts(0, 0, 0)
    assert col.next_card(scope=scope) is None
    # The other topics were left alone.
    assert col.due_counts() == DueCounts(new=8, learning=0, review=0)
    assert col.due_counts("demo") == DueCounts(new=6, learning=0, review=0)
    col.close()


def test_due_counts_of_a_scope_match_the_cards_it_shows_through_learning_and_reviews(
        tmp_path: Path, clock: FixedClock) -> None:
    config = SchedulerConfig(learn_ahead=timedelta(0))
    col = open_collection(tmp_path, clock, make_bank(topics=3, cards_per_topic=4),
                          config=config)
    scope = StudyScope(topics=(("demo", "t2"),))
    card = col.next_card(scope=scope)
    assert card is not None
    col.answer(card, Rating.AGAIN, 1000)  # a learning card of t2, due in a minute
    assert col.due_counts(scope=scope) == DueCounts(new=3, learning=1, review=0)
    assert col.due_counts(scope=StudyScope(topics=(("demo", "t0"),))) == DueCounts(4, 0, 0)
    learning_due = col.next_learning_due(scope=scope)
    assert learning_due == datetime(2026, 3, 2, 9, 1, tzinfo=UTC)
    assert col.next_learning_due(scope=StudyScope(topics=(("demo", "t0"),))) is None

    shown = _study(col, scope, clock)
    while (due := col.next_learning_due(scope=scope)) is not None:
        clock.set(max(due, clock.now()))
        shown += _study(col, scope, clock)
    assert shown and all(topic == "t2" for _, topic, _ in shown)
    assert col.due_counts(scope=scope) == DueCounts(0, 0, 0)

    clock.set(datetime(2026, 3, 20, 8, 0, tzinfo=UTC))  # long after: all four are reviews
    counts = col.due_counts(scope=scope)
    assert counts == DueCounts(new=0, learning=0, review=4)
    reviews = _study(col, scope, clock)
    assert len(reviews) == counts.review and all(t == "t2" for _, t, _ in reviews)
    col.close()


def test_a_bank_and_topics_together_intersect_and_unknown_topics_match_nothing(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=2),
                          make_bank(topics=2, cards_per_topic=2, bank_id="other"))
    both = StudyScope("other", (("demo", "t0"), ("other", "t1")))
    assert col.due_counts(scope=both) == DueCounts(2, 0, 0)
    assert {c[:2] for c in _study(col, both, clock)} == {("other", "t1")}
    nothing = StudyScope(topics=(("demo", "no-such-topic"),))
    assert col.due_counts(scope=nothing) == DueCounts(0, 0, 0)
    assert col.next_card(scope=nothing) is None
    assert col.due_counts(scope=StudyScope("demo")) == col.due_counts("demo")
    with pytest.raises(ValueError):
        col.next_card("demo", scope=StudyScope())
    col.close()


def test_undo_in_a_scoped_session_brings_the_card_back_first(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=3, cards_per_topic=2))
    scope = StudyScope(topics=(("demo", "t1"),))
    first = col.next_card(scope=scope)
    assert first is not None
    col.answer(first, Rating.GOOD, 1500)
    second = col.next_card(scope=scope)
    assert second is not None and second.pk != first.pk
    before = col.due_counts(scope=scope)
    back = col.undo()
    assert back is not None and back.pk == first.pk and back.schedule == first.schedule
    assert col.due_counts(scope=scope) == DueCounts(before.new + 1, before.learning - 1, 0)
    again = col.next_card(scope=scope)
    assert again is not None and again.pk == first.pk
    col.close()
