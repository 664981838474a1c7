"""Benchmark: does home's weakest-topic list tell the truth in a learner's first week? Prints
one JSON line.

Run: ``python tests/benchmarks/bench_first_week.py [--days 7] [--seed 1]
[--learner default|forgetful] [--quiz-every 2]``

A simulated learner (``tests/core/simulate.py``: a hidden memory per card that follows FSRS
with its own weights — the defaults, or a "forgetful" learner who forgets much faster than
FSRS assumes) studies the built-in article through the app's ``Collection`` on a
``FixedClock``: every day at 08:00 every card offered (20 new a day, learning steps
included), and every ``--quiz-every`` days a 10-question quiz answered right with the hidden
recall probability (or by a lucky guess). Each evening the script reads what home shows —
the five weakest topics and their mastery — and what is true: for every topic, the mean
over its facts of the learner's hidden probability of recalling the fact a week later (a
fact never studied: 0), the same quantity mastery predicts.

Per day: ``shown`` (title, mastery, truth, facts studied / facts), ``spearman`` (rank
correlation of mastery and truth over the topics started), ``mae`` (mean absolute error of
mastery against truth), ``overclaim`` (the largest mastery − truth), ``shown_truly_weak``
(how many of the five shown are among the five truly weakest started topics); and the same
error for the old rule (recall today, 0.7 × cards + 0.3 × quiz accuracy) as ``old_mae`` and
``old_overclaim``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.core.banks.model import ItemKind  # noqa: E402
from quizapp.core.clock import FixedClock  # noqa: E402
from quizapp.core.collection import Collection  # noqa: E402
from quizapp.core.quiz.engine import QuizConfig, QuizScope, TimeLimit  # noqa: E402
from quizapp.core.stats.mastery import HORIZON_DAYS, TopicMastery, rank_weak  # noqa: E402
from quizapp.core.study.scheduling import SchedulerConfig  # noqa: E402
from tests.core.simulate import DEFAULTS, FORGETFUL, Learner, simulate  # noqa: E402

START = datetime(2026, 1, 5, tzinfo=timezone.utc)


def spearman(xs: list[float], ys: list[float]) -> float | None:
    """Rank correlation (average ranks for ties); ``None`` for fewer than 3 pairs."""
    if len(xs) < 3:
        return None

    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda k: values[k])
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    if len(set(rx)) < 2 or len(set(ry)) < 2:
        return None
    return statistics.correlation(rx, ry)


def take_quiz(col: Collection, learner: Learner, truth_now: dict[str, float],
              rng: random.Random) -> None:
    """A quick quiz answered from the hidden memory: right with the recall probability of
    the question's flashcard (never studied: 0), else a guess among the options."""
    quiz = col.build_quiz(QuizConfig(count=10, scope=QuizScope.WEAK,
                                     time_limit=TimeLimit.none()), rng)
    clock = col.clock
    quiz.start(clock.now())
    while (q := quiz.current(clock.now())) is not None:
        item = q.item
        if item.kind is ItemKind.ORDER:
            quiz.answer_order(list(range(len(item.options))), clock.now())
            continue
        recall = max((truth_now.get(f"{q.bank}/{k}", 0.0) for k in item.studied_by),
                     default=0.0)
        knows = rng.random() < recall
        choice = item.correct if knows else rng.randrange(item.option_count)
        quiz.answer(choice, clock.now())
    col.record_quiz(quiz.result())


def hidden_recall(learner: Learner, key: str, day: int) -> float:
    past = learner._seen.get(key)  # noqa: SLF001 - the simulation's hidden memory
    if not past:
        return 0.0
    return learner._recall(past, day) if day > past[-1][0] else 0.95  # noqa: SLF001


def truth_by_topic(col: Collection, learner: Learner, day: int) -> dict[tuple[str, str], float]:
    """Per topic: the mean over its facts of the hidden recall on ``day`` (best card)."""
    facts: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for bank_id, loaded in col.banks.items():
        for item in loaded.bank.items:
            fact = item.fact or item.id
            best = facts[(bank_id, item.topic)].get(fact, 0.0)
            recall = (hidden_recall(learner, f"{bank_id}/{item.id}", day)
                      if item.kind.is_studied else 0.0)
            facts[(bank_id, item.topic)][fact] = max(best, recall)
    return {topic: statistics.fmean(f.values()) for topic, f in facts.items() if f}


def old_mastery(col: Collection, m: TopicMastery) -> float:
    """The rule before this change: recall *today* of the cards (mean retrievability,
    unseen 0) blended 0.7 / 0.3 with recent quiz accuracy."""
    today = col.today()
    s = col.scheduler
    topic_pks = set(col.store.banks.topic_pks([(m.bank, m.topic)]))
    recs = [r for r in col.store.cards.active([m.bank]) if r.topic_pk in topic_pks]
    recall = (statistics.fmean(0.0 if r.schedule.leech else s.retrievability(r.schedule, today)
                               for r in recs) if recs else None)
    accuracy = m.quiz_accuracy
    if recall is None:
        return accuracy if accuracy is not None else 0.0
    return recall if accuracy is None else 0.7 * recall + 0.3 * accuracy


def run(days: int, seed: int, weights: tuple[float, ...], quiz_every: int) -> dict[str, object]:
    from tests.helpers import study_bank

    rng = random.Random(seed)
    learner = Learner(weights, random.Random(seed))
    per_day = []
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(START)
        col = Collection.open(Path(tmp), clock=clock, config=SchedulerConfig(), bank_dirs=[],
                              auto_backup=False)
        col.add_bank(study_bank())
        try:
            for day in range(days):
                answers = simulate(col, learner, 1, start=START + timedelta(days=day))
                today = col.today()
                if quiz_every and day % quiz_every == quiz_every - 1:
                    truth_now = {f"{b}/{item.id}": hidden_recall(learner, f"{b}/{item.id}", today)
                                 for b, loaded in col.banks.items()
                                 for item in loaded.bank.items if item.kind.is_studied}
                    take_quiz(col, learner, truth_now, rng)
                clock.set(clock.now().replace(hour=20))
                masteries = col.topic_mastery()
                truth = truth_by_topic(col, learner, today + HORIZON_DAYS)
                started = [m for m in masteries if m.has_evidence]
                shown = rank_weak(masteries)
                truly_weak = {m.key for m in sorted(started, key=lambda m: truth[m.key])[:5]}
                errors = [m.mastery - truth[m.key] for m in started]
                olds = [old_mastery(col, m) - truth[m.key] for m in started]
                corr = spearman([m.mastery for m in started], [truth[m.key] for m in started])
                per_day.append({
                    "day": day + 1,
                    "answers": answers,
                    "topics_started": len(started),
                    "shown": [[m.title, round(m.mastery, 2), round(truth[m.key], 2),
                               f"{m.facts_seen}/{m.facts}"] for m in shown],
                    "shown_truly_weak": sum(m.key in truly_weak for m in shown),
                    "spearman": None if corr is None else round(corr, 2),
                    "mae": round(statistics.fmean(abs(e) for e in errors), 3) if errors else None,
                    "overclaim": round(max(errors), 3) if errors else None,
                    "old_mae": round(statistics.fmean(abs(e) for e in olds), 3) if olds else None,
                    "old_overclaim": round(max(olds), 3) if olds else None,
                    "max_shown_mastery": max((m.mastery for m in shown), default=0.0),
                })
        finally:
            col.close()
    return {"benchmark": "first_week", "days": days, "seed": seed, "per_day": per_day}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--learner", choices=("default", "forgetful"), default="default")
    ap.add_argument("--quiz-every", type=int, default=2)
    args = ap.parse_args(argv)
    weights = DEFAULTS if args.learner == "default" else FORGETFUL
    result = run(args.days, args.seed, weights, args.quiz_every)
    result["learner"] = args.learner
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
