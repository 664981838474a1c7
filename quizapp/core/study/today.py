"""Today's study, read from the store: the queue of due cards and the exam planner's cards."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from quizapp.core.study.practice import passed_over, shared_facts
from quizapp.core.study.queue import QueueScope, StudyQueue

# The most cards of each kind a topic studied "now" offers in one session.
ALL_CARDS_LIMIT = 200

if TYPE_CHECKING:
    from quizapp.core.storage import Store
    from quizapp.core.study.exam import ExamCard
    from quizapp.core.study.scheduling import SchedulerConfig


def build_queue(store: Store, config: SchedulerConfig, key: QueueScope, banks: Sequence[str],
                topics: Sequence[int] | None, weakness: Mapping[int, float],
                ahead: Sequence[int] = ()) -> StudyQueue:
    """The study queue of day ``key.day`` over ``banks`` (and ``topics``, unless None):
    what is due after today's answers so far, weaker topics first among equals, the cards
    an exam brings forward (``ahead``) and those study more asks for (``key``) after the
    reviews, siblings of one fact buried (the one asking as the fact favours, recognition or
    recall, is kept)."""
    today = key.day
    cards = store.cards
    done = store.progress.done_on(today)
    learning = cards.learning_due(today, banks, topics)
    reviews = cards.reviews_due(today, banks, topics)
    new_limit = done.new_left(config.new_per_day)
    review_budget = config.reviews_per_day - done.reviews
    later: list[int] = []
    if key.all_cards:  # a topic studied now: every card of it, beyond the daily limits
        new_limit = review_budget = ALL_CARDS_LIMIT
        later = cards.reviews_later(today + 1, None, banks, topics)
    elif key.ahead_days:  # review ahead: the next days' reviews after today's
        later = cards.reviews_later(today + 1, today + key.ahead_days, banks, topics)
    ahead = [*ahead, *(pk for pk in later if pk not in set(ahead))]
    # Buried siblings leave room for the next new cards: fetch some to spare.
    new = cards.new_cards(new_limit * 3, banks, topics, today=today)
    ahead = cards.visible(ahead, today) if ahead else ahead  # a buried card waits too
    pks = [e.pk for e in learning] + [e.pk for e in reviews] + list(new) + list(ahead)
    facts = store.banks.facts(pks)
    shared = shared_facts(facts, pks)  # siblings among today's cards: rare
    skip = passed_over(shared, cards.fact_memories(banks, shared)) if shared else set()
    return StudyQueue(
        key, learning, reviews, new,
        weakness=weakness,
        review_budget=review_budget,
        learn_ahead_ms=round(config.learn_ahead.total_seconds() * 1000),
        ahead=ahead,
        facts=facts,
        studied_facts=store.banks.facts_studied_on(today),
        new_limit=new_limit,
        passed_over=skip,
    )


def exam_cards(store: Store, banks: Sequence[str], topics: Sequence[int] | None
               ) -> tuple[list[ExamCard], dict[str, str]]:
    """The flashcards of ``banks`` (and ``topics``) for the exam planner, and every topic's
    title by row id."""
    from quizapp.core.study.exam import ExamCard

    titles = {str(t.pk): t.title for t in store.banks.topics()}
    return ([ExamCard(c.pk, str(c.topic_pk), c.schedule)
             for c in store.cards.memories(banks, topics)], titles)
