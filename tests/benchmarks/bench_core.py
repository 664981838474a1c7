"""Benchmark: the core as a simulated learner, then at scale; prints one JSON line.

Run: ``python tests/benchmarks/bench_core.py --cards N --days D --seed S [--revlog-rows R]``

Everything goes through the app's own core (``Collection``): a bank of N flashcards is
synced into a fresh data folder; for D simulated days the learner answers what is due, up
to 200 new and 2000 review cards a day, with ratings drawn 15 % Again / 10 % Hard / 65 %
Good / 10 % Easy, coming back when learning steps fall due. ``answer_latency_us`` times
get-next + answer + persist (committed) per answer. ``due_counts_ms``, ``stats_1y_ms``
(everything the statistics screen needs, one year) and ``weak_topics_ms`` (home's weakest
topics: every topic's mastery) are medians of repeated calls, taken the
morning after the last simulated day, with that day's cards due; ``exam_plan_ms`` (home's
exam plan), ``exam_queue_ms`` (the study queue built with the cards an exam brings forward)
and ``stats_1y_exam_ms`` (the statistics with exam-day recall replayed from the review log)
the same with an exam 14 days ahead. With
``--revlog-rows R`` the history is then filled up to R review-log rows over the preceding
two years with the store's bulk-insert helper (which keeps the same daily/hourly aggregates
as real answers), and the same measurements run again through the normal code path.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.core.banks.model import Bank, BankMeta, Item, ItemKind, Topic  # noqa: E402
from quizapp.core.study.cards import CardSchedule, CardState, Rating, ReviewKind  # noqa: E402
from quizapp.core.clock import FixedClock  # noqa: E402
from quizapp.core.collection import Collection  # noqa: E402
from quizapp.core.study.scheduling import SchedulerConfig  # noqa: E402
from quizapp.core.storage.reviews import Answer  # noqa: E402

RATINGS = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)
WEIGHTS = (15, 10, 65, 10)
CARDS_PER_TOPIC = 25
TZ = ZoneInfo("Europe/Riga")
START = datetime(2026, 1, 5, 6, 0, tzinfo=timezone.utc)  # 08:00 in Riga


def make_bank(cards: int) -> Bank:
    topics = tuple(Topic(f"t{t}", f"Topic {t}") for t in range(max(1, cards // CARDS_PER_TOPIC)))
    items = tuple(
        Item(f"c{i}", ItemKind.FLASHCARD, topics[i % len(topics)].id, f"Front {i}",
             back=f"Back {i}")
        for i in range(cards))
    return Bank(BankMeta("bench", "Benchmark", "en"), topics, items)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def simulate(col: Collection, clock: FixedClock, days: int, rng: random.Random) -> list[float]:
    """Study every due card of each day; return per-answer latencies in µs."""
    latencies: list[float] = []
    for d in range(days):
        clock.set(START + timedelta(days=d))
        today = col.today()
        while True:
            t = time.perf_counter_ns()
            card = col.next_card()
            if card is None:
                due = col.next_learning_due()
                if due is None or col.days.day_of(due) != today:
                    break
                clock.set(due)
                continue
            col.answer(card, rng.choices(RATINGS, WEIGHTS)[0], rng.randint(2000, 12000))
            latencies.append((time.perf_counter_ns() - t) / 1000)
            clock.advance(seconds=rng.randint(3, 15))
    return latencies


def history(col: Collection, rows: int, rng: random.Random, *, bank_id: str = "bench",
            end: datetime = START) -> Iterator[Answer]:
    """``rows`` synthetic past answers to ``bank_id``'s flashcards over the two years before
    ``end`` (the simulation's start)."""
    pks = [pk for key, pk in col.store.banks.item_pks(bank_id).items()
           if col.shelf.item(bank_id, key).kind is ItemKind.FLASHCARD]
    first = end - timedelta(days=730)
    kinds = list(ReviewKind)
    for _ in range(rows):
        when = first + timedelta(seconds=rng.randrange(730 * 86400))
        rating = rng.choices(RATINGS, WEIGHTS)[0]
        kind = rng.choice(kinds)
        before = CardSchedule(CardState.REVIEW, None, 5.0, 5.0, when, col.days.day_of(when),
                              when - timedelta(days=5), col.days.day_of(when) - 5, 3, 0)
        after = CardSchedule(CardState.REVIEW, None, 9.0, 5.0, when + timedelta(days=9),
                             col.days.day_of(when) + 9, when, col.days.day_of(when), 4, 0)
        yield Answer(rng.choice(pks), before, after, rating, kind, rng.randint(2000, 12000),
                     col.days.day_of(when), col.days.hour_of(when))


def exam_timings(col: Collection, runs: int) -> dict[str, float]:
    """Medians of what exam mode adds: the plan, a queue build, the statistics."""
    from quizapp.core.study.exam import Exam

    col.set_exam(Exam(col.today() + 14))

    def queue() -> None:
        col.set_exam(col.exam)  # drops the queue: the next card builds it again
        col.next_card()

    try:
        return {"exam_plan_ms": round(median_ms(col.exam_plan, runs), 2),
                "exam_queue_ms": round(median_ms(queue, runs), 2),
                "stats_1y_exam_ms": round(median_ms(col.stats, runs), 2)}
    finally:
        col.set_exam(None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, required=True)
    ap.add_argument("--days", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--revlog-rows", type=int, default=0)
    ap.add_argument("--runs", type=int, default=7, help="repeats for the median timings")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    bank = make_bank(args.cards)
    config = SchedulerConfig(new_per_day=200, reviews_per_day=2000)
    clock = FixedClock(START)
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp:
        t = time.perf_counter()
        col = Collection.open(Path(tmp), clock=clock, config=config, tz=TZ, bank_dirs=[],
                              auto_backup=False)
        col.add_bank(bank)
        create_ms = (time.perf_counter() - t) * 1000
        try:
            lat = simulate(col, clock, args.days, rng)
            # Measure as the app starts the next morning: that day's cards are all still due.
            clock.set(START + timedelta(days=args.days))
            result: dict[str, object] = {
                "benchmark": "core",
                "cards": args.cards,
                "days": args.days,
                "seed": args.seed,
                "create_and_add_total_ms": round(create_ms, 1),
                "reviews_total": len(lat),
                "answer_latency_us": {
                    "median": round(statistics.median(lat), 1) if lat else None,
                    "p99": round(statistics.quantiles(lat, n=100)[98], 1) if len(lat) > 1
                    else None,
                },
                "due_today": col.due_counts().total,
                "due_counts_ms": round(median_ms(col.due_counts, args.runs * 3), 3),
                "stats_1y_ms": round(median_ms(col.stats, args.runs), 2),
                # Home's weak topics: every topic's mastery, one fact at a time.
                "weak_topics_ms": round(median_ms(col.weak_topics, args.runs), 2),
                **exam_timings(col, args.runs),
            }
            if args.revlog_rows:
                missing = max(0, args.revlog_rows - col.store.reviews.count())
                t = time.perf_counter()
                col.store.reviews.bulk_insert(history(col, missing, rng))
                result["fill_s"] = round(time.perf_counter() - t, 1)
                result["revlog_rows"] = col.store.reviews.count()
                result["scale_stats_1y_ms"] = round(median_ms(col.stats, args.runs), 2)
                result["scale_due_counts_ms"] = round(median_ms(col.due_counts, args.runs * 3),
                                                      3)
                result.update({f"scale_{k}": v for k, v in exam_timings(col, args.runs).items()})
        finally:
            col.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
