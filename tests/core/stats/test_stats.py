"""Statistics from a scripted three-day history: every tile and chart the stats screen shows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

from quizapp.core.study.cards import Rating, ReviewKind
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.study.scheduling import SchedulerConfig
from quizapp.core.quiz.engine import EndReason
from quizapp.core.stats.model import QuizScore, Stats, stats_to_dict
from tests.core.factories import make_bank, open_collection

UTC = timezone.utc


def _answer(col: Collection, *ratings: Rating) -> None:
    assert isinstance(col.clock, FixedClock)
    for rating in ratings:
        card = col.next_card()
        assert card is not None
        col.answer(card, rating, 3000)
        col.clock.advance(minutes=1)


def _three_days(tmp_path: Path, clock: FixedClock) -> Collection:
    """2 March and 3 March: two new cards each, answered Good twice (new, then learning).
    4 March: the first two are due; Again then Good, and the forgotten one relearned (Good).
    Everything at 11:0x local time (09:0x UTC)."""
    col = open_collection(tmp_path, clock, make_bank(topics=2, cards_per_topic=2,
                                                     questions_per_topic=0),
                          config=SchedulerConfig(new_per_day=2))
    for day in (2, 3):
        clock.set(datetime(2026, 3, day, 9, 0, tzinfo=UTC))
        _answer(col, *[Rating.GOOD] * 4)
        assert col.next_card() is None
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    _answer(col, Rating.AGAIN, Rating.GOOD, Rating.GOOD)
    assert col.next_card() is None
    return col


def test_tiles_daily_chart_and_retention(tmp_path: Path, clock: FixedClock) -> None:
    col = _three_days(tmp_path, clock)
    s = col.stats()
    assert s.today_date == date(2026, 3, 4)
    assert (s.today.reviews, s.today.time_ms, s.today.again) == (3, 9000, 1)
    assert (s.streak.current, s.streak.longest) == (3, 3)
    t = s.totals
    assert (t.reviews, t.time_ms, t.days_studied, t.cards, t.studied_cards) == (
        11, 33000, 3, 4, 4)

    assert len(s.daily) == 365 and s.daily[-1].day == date(2026, 3, 4)
    last3 = [(d.new, d.learning, d.review, d.relearning) for d in s.reviews_per_day(3)]
    assert last3 == [(2, 2, 0, 0), (2, 2, 0, 0), (0, 0, 2, 1)]
    assert len(s.reviews_per_day(30)) == 30 and sum(d.total for d in s.daily[:-3]) == 0
    assert [h.reviews for h in s.heatmap[-3:]] == [4, 4, 3]

    assert (s.retention_daily[-1].passed, s.retention_daily[-1].failed) == (1, 1)
    assert s.retention_daily[-2].rate is None  # no review-state answers that day
    assert len(s.retention_weekly) == 52 and s.retention_weekly[-1].rate == 0.5
    assert s.retention_weekly[-1].end == date(2026, 3, 4)
    assert s.true_retention.rate == 0.5
    col.close()


def test_cards_forecast_distributions_buttons_and_hours(
        tmp_path: Path, clock: FixedClock) -> None:
    col = _three_days(tmp_path, clock)
    s = col.stats()
    assert (s.states.new, s.states.learning, s.states.review, s.states.relearning,
            s.states.leeches) == (0, 0, 4, 0, 0)
    assert len(s.forecast) == 30 and s.forecast[0].day == date(2026, 3, 4)
    assert s.forecast[0].due == 0
    assert s.forecast[1].due >= 2  # 3 March's cards graduated with 2-day intervals
    assert sum(f.due for f in s.forecast) == 4
    assert sum(b.count for b in s.intervals) == 4 == sum(b.count for b in s.stabilities)
    assert s.intervals[0].low == 0 and s.intervals[-1].high is None

    buttons = {b.kind: (b.again, b.hard, b.good, b.easy) for b in s.buttons}
    assert buttons == {ReviewKind.NEW: (0, 0, 4, 0), ReviewKind.LEARNING: (0, 0, 4, 0),
                       ReviewKind.REVIEW: (1, 0, 1, 0), ReviewKind.RELEARNING: (0, 0, 1, 0)}
    assert len(s.hours) == 24
    assert [(h.hour, h.reviews, h.correct) for h in s.hours if h.reviews] == [(11, 11, 10)]
    masteries = [m.mastery for m in s.topics]
    assert len(masteries) == 2 and masteries == sorted(masteries)  # weakest first
    col.close()


def test_streak_survives_until_today_ends_and_breaks_after(
        tmp_path: Path, clock: FixedClock) -> None:
    col = _three_days(tmp_path, clock)
    clock.set(datetime(2026, 3, 5, 20, 0, tzinfo=UTC))  # the next evening, nothing done yet
    assert (col.stats().streak.current, col.stats().streak.longest) == (3, 3)
    clock.set(datetime(2026, 3, 7, 2, 0, tzinfo=UTC))  # a whole study day was missed
    assert (col.stats().streak.current, col.stats().streak.longest) == (0, 3)
    col.close()


def test_an_empty_collection_has_empty_but_complete_stats(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    s = col.stats()
    assert s.today.reviews == 0 and s.streak.current == 0 and s.true_retention.rate is None
    assert len(s.daily) == 365 and len(s.forecast) == 30 and len(s.hours) == 24
    assert s.states.new == 6 and s.quizzes == ()
    col.close()


def _keys(stats: Stats) -> dict[str, object]:
    data = stats_to_dict(stats)
    return {k: sorted(v[0]) if isinstance(v, list) and v and isinstance(v[0], dict)
            else sorted(v) if isinstance(v, dict) else type(v).__name__
            for k, v in data.items()}


def test_json_has_stable_keys_and_round_trips(tmp_path: Path, clock: FixedClock) -> None:
    col = _three_days(tmp_path, clock)
    quiz = QuizScore(clock.now(), 7, 10, EndReason.COMPLETED)
    stats = replace(col.stats(), quizzes=(quiz,))
    data = stats_to_dict(stats)
    assert json.loads(json.dumps(data)) == data
    assert _keys(stats) == {
        "today_date": "str",
        "today": ["again", "reviews", "time_ms"],
        "streak": ["current", "longest"],
        "totals": ["cards", "days_studied", "questions", "quiz_correct", "quiz_questions",
                   "quizzes", "retired", "reviews", "studied_cards", "time_ms"],
        "daily": ["day", "learning", "new", "relearning", "review", "time_ms", "total"],
        "retention_daily": ["end", "failed", "passed", "rate", "start"],
        "retention_weekly": ["end", "failed", "passed", "rate", "start"],
        "true_retention": ["end", "failed", "passed", "rate", "start"],
        "forecast": ["day", "due", "new"],
        "states": ["learning", "leeches", "new", "relearning", "review"],
        "intervals": ["count", "high", "low"],
        "stabilities": ["count", "high", "low"],
        "buttons": ["again", "easy", "good", "hard", "kind"],
        "hours": ["correct", "hour", "reviews"],
        "topics": ["bank", "cards", "days_ahead", "facts", "facts_seen", "horizon_day", "lapses",
                   "leeches", "mastery", "questions", "quiz_accuracy", "quiz_answered",
                   "quiz_correct", "recall", "studied", "title", "topic"],
        "quizzes": ["correct", "finished", "reason", "score", "total"],
        "heatmap": ["day", "reviews"],
        "exam_recall": "NoneType",  # no exam set
    }
    assert data["buttons"][0]["kind"] == "new"
    assert data["quizzes"][0] == {"finished": "2026-03-04T09:03:00+00:00", "correct": 7,
                                  "total": 10, "reason": "completed", "score": 0.7}
    # With an exam: its date, target and the predicted recall of each day studied.
    from quizapp.core.study.exam import Exam

    col.set_exam(Exam(col.today() + 10, 0.85))
    exam = stats_to_dict(col.stats())["exam_recall"]
    assert sorted(exam) == ["days", "exam_date", "target"] and exam["target"] == 0.85
    assert sorted(exam["days"][0]) == ["day", "recall"] and len(exam["days"]) == 3
    col.close()
