"""Exam mode: nothing due past the exam, brought-forward work under the cap, the plan's
numbers by hand, the new-card pace, and normal scheduling after the exam."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import fsrs
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS

from quizapp.core.clock import FixedClock
from quizapp.core.study.cards import NEW_CARD, CardSchedule, CardState, Rating
from quizapp.core.study.day import StudyDay
from quizapp.core.storage.records import Answered, Remembered
from quizapp.core.study.exam import (
    AIM_MARGIN,
    SPREAD_DAYS,
    Exam,
    ExamCard,
    ExamError,
    build_plan,
    bring_forward,
    exam_recall,
    new_card_pace,
    plan_to_dict,
    recall_history,
    review_gain,
)
from quizapp.core.study.scheduling import Scheduler, SchedulerConfig
from tests.core.factories import RIGA, make_bank, open_collection, study_all

MONDAY = date(2026, 3, 2)
TODAY = MONDAY.toordinal()


def _sched(exam_day: int | None = None) -> Scheduler:
    return Scheduler(SchedulerConfig(), StudyDay(RIGA), exam_day=exam_day)


def _morning(day: int) -> datetime:
    return datetime.combine(date.fromordinal(day), time(8), timezone.utc)


def _review(stability: float, last_day: int, due_day: int, difficulty: float = 5.0
            ) -> CardSchedule:
    return CardSchedule(CardState.REVIEW, None, stability, difficulty, None, due_day, None,
                        last_day, reps=4)


def test_no_interval_runs_past_the_exam_and_after_it_scheduling_is_normal() -> None:
    exam_day = TODAY + 20
    with_exam, plain = _sched(exam_day), _sched()
    for days_before in (1, 2, 5, 12, 19):
        today = exam_day - days_before
        for stability in (1.0, 4.0, 15.0, 60.0, 300.0):
            card = _review(stability, today - round(stability), today)
            for rating in Rating:
                after = with_exam.review(card, rating, _morning(today), f"k{stability}")
                assert after.due_day is not None and after.due_day <= exam_day
                normal = plain.review(card, rating, _morning(today), f"k{stability}")
                # Short intervals that end before the exam are left as they are.
                if (normal.due_day or 0) < exam_day - 3:
                    assert after == normal
    # A long interval ends exactly on the exam day; from the exam on, nothing is clamped.
    card = _review(100.0, TODAY - 100, TODAY)
    assert with_exam.review(card, Rating.GOOD, _morning(TODAY), "k").due_day == exam_day
    for today in (exam_day, exam_day + 3):
        card = _review(100.0, today - 100, today)
        assert with_exam.review(card, Rating.GOOD, _morning(today), "k") \
            == plain.review(card, Rating.GOOD, _morning(today), "k")


def test_learning_cards_are_never_due_past_the_exam_either() -> None:
    config = SchedulerConfig(learning_steps=(timedelta(days=3),))
    sched = Scheduler(config, StudyDay(RIGA), exam_day=TODAY + 1)
    after = sched.review(NEW_CARD, Rating.AGAIN, _morning(TODAY), "k")  # back in 3 days
    assert after.state is CardState.LEARNING and after.due_day == TODAY + 1


def test_exam_recall_is_fsrs_retrievability_by_hand() -> None:
    sched = _sched()
    exam_day = TODAY + 10
    w20 = DEFAULT_PARAMETERS[20]
    factor = 0.9 ** (-1 / w20) - 1
    for stability, last in ((2.0, TODAY - 1), (10.0, TODAY - 10), (45.5, TODAY - 3)):
        card = _review(stability, last, TODAY + 1)
        elapsed = exam_day - last
        by_hand = (1 + factor * elapsed / stability) ** -w20
        assert exam_recall(sched, card, exam_day) == pytest.approx(by_hand, abs=1e-12)
        # fsrs's own function, given a last review ``elapsed`` whole days before the exam.
        at = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
        fsrs_card = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=stability,
                              difficulty=5.0, last_review=at - timedelta(days=elapsed))
        assert exam_recall(sched, card, exam_day) == pytest.approx(
            fsrs.Scheduler().get_card_retrievability(fsrs_card, at), abs=1e-12)
    # Worked example: S = 10 days, 20 days before the exam → R = (1 + 2F) ** -w20.
    assert exam_recall(sched, _review(10.0, TODAY - 10, TODAY + 1), exam_day) \
        == pytest.approx((1 + 2 * factor) ** -w20)
    assert exam_recall(sched, NEW_CARD, exam_day) == 0.0


def test_the_plan_reports_hand_computed_recall_overall_and_per_topic() -> None:
    sched = _sched()
    exam = Exam(TODAY + 10, 0.9)
    w20 = DEFAULT_PARAMETERS[20]
    factor = 0.9 ** (-1 / w20) - 1

    def by_hand(stability: float, elapsed: int) -> float:
        return float((1 + factor * elapsed / stability) ** -w20)

    cards = [ExamCard(1, "a", _review(30.0, TODAY - 2, TODAY + 25)),
             ExamCard(2, "a", _review(3.0, TODAY - 1, TODAY + 2)),
             ExamCard(3, "b", _review(100.0, TODAY - 5, TODAY + 60)),
             ExamCard(4, "b", NEW_CARD)]
    plan = build_plan(sched, cards, exam, TODAY, due_today=7, new_per_day=20,
                      titles={"a": "Kontrole", "b": "Uzticamība"})
    a = (by_hand(30.0, 12) + by_hand(3.0, 11)) / 2
    b = (by_hand(100.0, 15) + 0.0) / 2
    assert plan.recall == pytest.approx((by_hand(30.0, 12) + by_hand(3.0, 11)
                                         + by_hand(100.0, 15)) / 4)
    assert [(t.topic, t.cards) for t in plan.topics] == [("Uzticamība", 2), ("Kontrole", 2)]
    assert [t.recall for t in plan.topics] == pytest.approx([b, a])
    assert plan.days_left == 10 and plan.below_target == 2  # card 2 (≈0.72) and the new one
    assert plan.new_cards.feasible and plan.new_cards.left == 1
    data = plan_to_dict(plan)
    assert data["exam_date"] == "2026-03-12" and data["topics"][0]["topic"] == "Uzticamība"


def _weak_deck(n: int, exam_day: int) -> list[ExamCard]:
    """``n`` review cards due after the exam, all below target there (S = 5 to 10 days)."""
    return [ExamCard(i, "t", _review(5.0 + (i % 6), TODAY - 3, exam_day + 5))
            for i in range(n)]


def test_brought_forward_work_respects_the_daily_cap_and_never_piles_up() -> None:
    sched = _sched()
    exam = Exam(TODAY + 20, 0.9, daily_cap=12)
    cards = _weak_deck(100, exam.day)
    per_day = {}
    for today in range(TODAY, exam.day):
        picked = bring_forward(sched, cards, exam, today)
        per_day[today] = len(picked)
        assert len(picked) <= exam.daily_cap
        # The picked cards are reviewed: they leave the backlog with a fresh stability.
        cards = [replace(c, schedule=_review(200.0, today, exam.day)) if c.pk in picked else c
                 for c in cards]
    assert sum(per_day.values()) == 100
    # 100 cards at 12 a day need 9 days: the work starts 9 days out, not on day one, and the
    # day before the exam gets no more than the others.
    assert max(per_day.values()) == 12 and per_day[exam.day - 1] <= 12
    assert [d for d, n in per_day.items() if n] == list(range(exam.day - 9, exam.day))
    # Cards already brought forward today count against the cap.
    assert len(bring_forward(sched, _weak_deck(100, exam.day), exam, exam.day - 1,
                             done_today=10)) == 2


def test_a_small_backlog_is_spread_over_the_last_week() -> None:
    sched = _sched()
    exam = Exam(TODAY + 30, 0.9, daily_cap=50)
    cards = _weak_deck(14, exam.day)
    assert bring_forward(sched, cards, exam, exam.day - SPREAD_DAYS - 1) == []
    assert len(bring_forward(sched, cards, exam, exam.day - SPREAD_DAYS)) == 2


def test_the_weakest_and_most_helped_come_first() -> None:
    sched = _sched()
    exam = Exam(TODAY + 5, 0.9, daily_cap=1)
    weak = ExamCard(1, "t", _review(2.0, TODAY - 4, exam.day))
    strong = ExamCard(2, "t", _review(30.0, TODAY - 40, exam.day))
    assert review_gain(sched, weak.schedule, exam.day, TODAY) \
        > review_gain(sched, strong.schedule, exam.day, TODAY) > 0
    assert bring_forward(sched, [strong, weak], exam, exam.day - 1) == [1]
    # Cards at or above target, due before the exam anyway, or answered today stay put.
    fine = ExamCard(3, "t", _review(400.0, TODAY - 1, exam.day))
    due_soon = ExamCard(4, "t", _review(2.0, TODAY - 4, exam.day - 1))
    answered = ExamCard(5, "t", _review(2.0, exam.day - 1, exam.day))
    assert bring_forward(sched, [fine, due_soon, answered], exam, exam.day - 1) == []


def test_stability_after_is_what_an_answer_gives() -> None:
    sched = _sched()
    card = _review(8.0, TODAY - 6, TODAY + 2, difficulty=6.5)
    for rating in Rating:
        assert sched.stability_after(card, rating, TODAY) == pytest.approx(
            sched.review(card, rating, _morning(TODAY), "k").stability)
    with pytest.raises(ValueError):
        sched.stability_after(NEW_CARD, Rating.GOOD, TODAY)


def test_new_card_pace_says_plainly_when_all_cannot_be_seen_twice() -> None:
    sched = _sched()
    exam = Exam(TODAY + 10, 0.9)
    # Good at every step graduates to a 2-day interval: the last start is day 10 - 1 - 2.
    ok = new_card_pace(sched, exam, TODAY, left=160, per_day=20)  # 8 days of starts
    assert (ok.feasible, ok.needed_per_day, ok.last_day) == (True, 20, exam.day - 3)
    short = new_card_pace(sched, exam, TODAY, left=161, per_day=20)
    assert not short.feasible and short.needed_per_day == 21
    late = new_card_pace(sched, exam, exam.day - 2, left=1, per_day=20)
    assert not late.feasible
    assert new_card_pace(sched, exam, exam.day - 2, left=0, per_day=20).feasible


def test_bad_exams_are_typed_errors() -> None:
    with pytest.raises(ExamError, match="between 0.50 and 0.99"):
        Exam(TODAY, 0.995)
    with pytest.raises(ExamError, match="between"):
        Exam(TODAY, 0.4)
    with pytest.raises(ExamError, match="at least 1"):
        Exam(TODAY, 0.9, daily_cap=0)
    with pytest.raises(ExamError, match="2026-03-01 is in the past"):
        Exam.on(date(2026, 3, 1), TODAY)
    assert Exam.on(MONDAY, TODAY).day == TODAY


def test_the_collection_plans_and_brings_cards_forward(tmp_path: Path) -> None:
    clock = FixedClock(datetime.combine(MONDAY, time(7), timezone.utc))
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=5))
    with pytest.raises(ExamError, match="no exam"):
        col.exam_plan()
    study_all(col, step_minutes=11)
    exam_day = TODAY + 14
    col.set_exam(Exam(exam_day, 0.95, daily_cap=3))
    for _ in range(13):
        clock.advance(days=1)
        plan = col.exam_plan()
        assert plan.days_left == exam_day - col.today()
        study_all(col, step_minutes=11)
        for card in col.store.cards.active(col.bank_ids):
            assert (card.schedule.due_day or 0) <= exam_day
        assert col.store.reviews.ahead_done_on(col.today()) \
            == plan.brought_forward <= 3
    ahead = sum(col.store.reviews.ahead_done_on(d) for d in range(TODAY, exam_day))
    assert ahead > 0
    # On the exam day the plan only tells; answers are scheduled as usual again.
    clock.advance(days=1)
    plan = col.exam_plan()
    assert (plan.days_left, plan.brought_forward) == (0, 0)
    assert plan.on_track == (plan.recall >= 0.95)
    study_all(col, step_minutes=11)
    assert max(c.schedule.due_day or 0 for c in col.store.cards.active(col.bank_ids)) \
        > exam_day
    col.close()


def _stability_for(sched: Scheduler, recall: float, elapsed: int) -> float:
    """The stability whose retrievability after ``elapsed`` days is ``recall``."""
    return elapsed * sched.factor / (recall ** (1 / sched.decay) - 1)


def test_cards_are_brought_forward_to_a_little_above_the_target() -> None:
    sched = _sched()
    exam = Exam(TODAY + 5, 0.9, daily_cap=10)
    assert exam.aim == pytest.approx(0.9 + AIM_MARGIN) and Exam(TODAY, 0.98).aim == 0.99
    last = TODAY - 3
    just_above = ExamCard(1, "t", _review(_stability_for(sched, 0.915, exam.day - last),
                                          last, exam.day + 2))
    above_aim = ExamCard(2, "t", _review(_stability_for(sched, 0.945, exam.day - last),
                                         last, exam.day + 2))
    assert 0.9 < exam_recall(sched, just_above.schedule, exam.day) < exam.aim
    assert exam.aim < exam_recall(sched, above_aim.schedule, exam.day)
    # Predicted above the target, but under the aim: it is reviewed before the exam...
    assert bring_forward(sched, [just_above, above_aim], exam, TODAY) == [1]
    plan = build_plan(sched, [just_above, above_aim], exam, TODAY, due_today=0,
                      new_per_day=20)
    # ...and the plan says so, while no card counts as below the target.
    assert (plan.brought_forward, plan.below_target, plan.on_track) == (1, 0, True)


def test_recall_history_replays_the_log_by_hand() -> None:
    sched = _sched()
    exam_day = TODAY + 10
    r = sched.recall
    # Card 1: answered 3 days before the window (S = 4), again on day 2 (S = 9). Card 2:
    # new until day 0, answered twice that day (learning steps: the last one counts).
    now = [Remembered(1, TODAY + 2, 9.0), Remembered(2, TODAY, 3.1)]
    answers = [Answered(1, TODAY + 2, Remembered(1, TODAY - 3, 4.0)),
               Answered(2, TODAY, Remembered(2, TODAY, 2.5)),
               Answered(2, TODAY, None)]
    days = recall_history(sched, exam_day, 4, now, answers, TODAY - 1, TODAY + 3)
    assert [d.day for d in days] == list(range(TODAY - 1, TODAY + 4))
    card1_old, card1_new, card2 = r(13, 4.0), r(8, 9.0), r(10, 3.1)
    assert [d.recall for d in days] == pytest.approx([
        card1_old / 4, (card1_old + card2) / 4, (card1_old + card2) / 4,
        (card1_new + card2) / 4, (card1_new + card2) / 4])
    # Days after the last one shown are taken back, not shown (an exam that has passed).
    assert [d.recall for d in recall_history(sched, exam_day, 4, now, answers, TODAY - 1,
                                             TODAY + 1, today=TODAY + 3)] \
        == pytest.approx([card1_old / 4, (card1_old + card2) / 4, (card1_old + card2) / 4])
    assert recall_history(sched, exam_day, 0, now, answers, TODAY, TODAY + 3) == ()


def test_the_collection_draws_recall_history_ending_at_the_plan(tmp_path: Path) -> None:
    clock = FixedClock(datetime.combine(MONDAY, time(7), timezone.utc))
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=8),
                          config=SchedulerConfig(new_per_day=6))
    assert col.exam_history() == ()  # no exam
    col.set_exam(Exam(TODAY + 12, 0.9))
    assert col.exam_history() == ()  # no answer yet
    for _ in range(4):
        study_all(col, step_minutes=11)
        clock.advance(days=1)
    history = col.exam_history()
    assert [d.day for d in history] == list(range(TODAY, TODAY + 5))
    assert history[-1].recall == pytest.approx(col.exam_plan().recall)
    # Six new cards a day: the predicted share rises day by day, from nothing.
    values = [d.recall for d in history]
    assert 0 < values[0] < values[1] < values[2] < values[3]
    # Once the exam has passed, the history ends on the exam day.
    clock.advance(days=20)
    assert col.exam_history()[-1].day == TODAY + 12
    col.close()


def test_the_cards_left_today_count_those_brought_forward(tmp_path: Path) -> None:
    # A learner studying for an exam sees "N left" count down to the last card shown, the
    # cards brought forward included, and the count before the first card is the plan's.
    clock = FixedClock(datetime.combine(MONDAY, time(7), timezone.utc))
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=8))
    study_all(col, step_minutes=11)
    col.set_exam(Exam(TODAY + 14, 0.95, daily_cap=3))
    brought = 0
    for _ in range(12):
        clock.advance(days=1)
        plan = col.exam_plan()
        brought += plan.brought_forward
        assert col.next_card() is not None or plan.load_today == 0
        assert col.due_counts().total == plan.load_today
        while (card := col.next_card()) is not None:
            left = col.due_counts()
            assert left.total > 0, "a card is shown while the count says nothing is left"
            col.answer(card, Rating.GOOD, 3000)
            clock.advance(minutes=11)
        assert col.due_counts().total == 0
    assert brought > 0
    col.close()
