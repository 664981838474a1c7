"""Studying through the Collection: due counts, limits, day rollover, queue order, undo, banks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizapp.core.banks.io import write_bank
from quizapp.core.study.cards import CardSchedule, CardState, Rating, ReviewKind
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.study.due import DueCounts
from tests.core.factories import RIGA, make_bank, open_collection, study_all

UTC = timezone.utc


def test_a_new_collection_offers_new_cards_up_to_the_daily_limit(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=5, cards_per_topic=6))
    assert col.due_counts() == DueCounts(new=20, learning=0, review=0)
    first = col.next_card()
    assert first is not None and first.item.id == "t0-c0"  # bank order
    assert first.topic_title == "Topic 0" and first.schedule.state is CardState.NEW
    col.close()


def test_daily_limits_and_the_four_oclock_rollover(tmp_path: Path, clock: FixedClock) -> None:
    config = SchedulerConfig(new_per_day=4, reviews_per_day=3)
    col = open_collection(tmp_path, clock, make_bank(topics=5, cards_per_topic=2),
                          config=config)
    shown = study_all(col, step_minutes=11)
    assert [c.item.id for c in shown if c.schedule.state is CardState.NEW] == [
        "t0-c0", "t0-c1", "t1-c0", "t1-c1"]
    assert col.due_counts() == DueCounts(0, 0, 0)
    assert col.next_card() is None

    clock.set(datetime(2026, 3, 3, 1, 59, tzinfo=UTC))  # 03:59 in Riga: still yesterday
    assert col.due_counts() == DueCounts(0, 0, 0)
    clock.set(datetime(2026, 3, 3, 2, 0, tzinfo=UTC))  # 04:00: a new study day
    assert col.due_counts() == DueCounts(new=4, learning=0, review=0)

    clock.set(datetime(2026, 3, 10, 8, 0, tzinfo=UTC))  # the first four are due for review
    counts = col.due_counts()
    assert counts.review == 3  # four due, three allowed
    shown = study_all(col, step_minutes=11)
    reviews = [c for c in shown if c.schedule.state is CardState.REVIEW]
    assert len(reviews) == 3
    assert col.stats().daily[-1].review == 3
    col.close()


def test_learning_cards_come_back_when_due_and_the_learner_is_told_when(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, cards_per_topic=1))
    card = col.next_card()
    assert card is not None
    col.answer(card, Rating.GOOD, 4000)  # first learning step: 10 minutes
    assert col.due_counts() == DueCounts(0, 1, 0)
    clock.advance(minutes=5)
    # Nothing else to do: a learning card within the 20-minute learn-ahead is shown early.
    assert col.next_card() is not None
    col.set_config(SchedulerConfig(learn_ahead=timedelta(0)))
    assert col.next_card() is None
    assert col.next_learning_due() == datetime(2026, 3, 2, 9, 10, tzinfo=UTC)
    clock.set(datetime(2026, 3, 2, 9, 10, tzinfo=UTC))
    again = col.next_card()
    assert again is not None and again.pk == card.pk
    col.close()


def _make_due_review(col: Collection, bank: str, key: str, stability: float, last_day: int,
                     today: int, *, leech: bool = False) -> None:
    rec = col.store.cards.find(bank, key)
    assert rec is not None
    col.store.cards.set_schedules([(rec.pk, CardSchedule(
        CardState.REVIEW, None, stability, 5.0, col.days.start_of(today), today,
        col.days.start_of(last_day), last_day, reps=3, leech=leech))])


def test_among_equally_due_reviews_weaker_topics_come_first(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=3, cards_per_topic=2,
                                                     questions_per_topic=0),
                          config=SchedulerConfig(new_per_day=0))
    today = col.today()
    # Mastery predicts a week ahead, 17 days after the last review. Topic 0: strong
    # (S = 100 d: R ≈ 0.98). Topic 2: S = 2 d, so R ≈ 0.71. Topic 1: one leech, which counts
    # 0, so mastery ≈ 0.49 — the weakest.
    # All are due today except topic 1's second card, which is a day overdue.
    for key, stab in (("t0-c0", 100.0), ("t0-c1", 100.0), ("t2-c0", 2.0), ("t2-c1", 2.0)):
        _make_due_review(col, "demo", key, stab, today - 10, today)
    _make_due_review(col, "demo", "t1-c0", 100.0, today - 10, today, leech=True)
    rec = col.store.cards.find("demo", "t1-c1")
    assert rec is not None
    col.store.cards.set_schedules([(rec.pk, CardSchedule(
        CardState.REVIEW, None, 100.0, 5.0, col.days.start_of(today - 1), today - 1,
        col.days.start_of(today - 11), today - 11, reps=3))])

    weakest = col.weak_topics()
    assert [m.topic for m in weakest] == ["t1", "t2", "t0"]
    assert weakest[0].leeches == 1
    assert [round(m.mastery, 2) for m in weakest] == [0.49, 0.71, 0.98]

    order = [c.item.id for c in study_all(col)]
    assert order == ["t1-c1",  # most overdue first, whatever its topic
                     "t1-c0", "t2-c0", "t2-c1", "t0-c0", "t0-c1"]  # then weakest topic first
    col.close()


def test_answers_persist_with_their_log_row(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    card = col.next_card()
    assert card is not None
    result = col.answer(card, Rating.HARD, 999_999)
    col.close()

    col = open_collection(tmp_path, clock, make_bank())
    stored = col.store.cards.get(card.pk)
    assert stored is not None and stored.schedule == result.after
    log = col.store.reviews.get(result.review_id)
    assert log is not None
    assert (log.rating, log.kind, log.state_before, log.state_after) == (
        Rating.HARD, ReviewKind.NEW, CardState.NEW, CardState.LEARNING)
    assert log.duration_ms == 60_000  # a walk-away counts as one minute
    assert log.time == clock.now()
    col.close()


def _snapshot(col: Collection) -> tuple[object, ...]:
    cards = [col.store.cards.find("demo", it.id) for it in col.banks["demo"].bank.flashcards]
    stats = col.stats()
    return (cards, col.store.reviews.count(), col.due_counts(), stats.today, stats.daily,
            stats.hours, stats.buttons, stats.streak)


def test_undo_restores_the_exact_prior_state_answer_by_answer(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=3))
    study_all(col, step_minutes=11)  # a history before the session
    clock.set(datetime(2026, 3, 9, 7, 0, tzinfo=UTC))
    col = _reopen(col, tmp_path, clock)

    snapshots = [_snapshot(col)]
    answered = []
    for rating in (Rating.AGAIN, Rating.GOOD, Rating.EASY, Rating.HARD, Rating.AGAIN):
        card = col.next_card()
        assert card is not None
        col.answer(card, rating, 5000)
        answered.append(card)
        snapshots.append(_snapshot(col))
        clock.advance(minutes=3)

    for expected, card in zip(reversed(snapshots[:-1]), reversed(answered)):
        back = col.undo()
        assert back is not None and back.pk == card.pk
        assert back.schedule == card.schedule
        assert _snapshot(col) == expected
        # The card that was taken back is the one shown next.
        shown = col.next_card()
        assert shown is not None and shown.pk == card.pk
    assert col.undo() is None and not col.can_undo
    col.close()


def _reopen(col: Collection, data: Path, clock: FixedClock) -> Collection:
    col.close()
    return open_collection(data, clock, make_bank(topics=2, cards_per_topic=3))


def test_banks_are_found_on_disk_and_a_broken_one_is_skipped(
        tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    write_bank(make_bank(bank_id="good"), folder / "good.yaml")
    (folder / "broken.yaml").write_text("schema: 1\nbank: [unclosed\n", "utf-8")
    write_bank(make_bank(bank_id="good"), folder / "zz-duplicate.yaml")
    col = Collection.open(tmp_path / "data", clock=clock, tz=RIGA, bank_dirs=[folder],
                          auto_backup=False)
    assert list(col.banks) == ["good"]
    assert sorted(p.path.name for p in col.problems) == ["broken.yaml", "zz-duplicate.yaml"]
    assert col.due_counts("good").new == 6
    assert col.due_counts("missing") == DueCounts(0, 0, 0)
    col.close()
