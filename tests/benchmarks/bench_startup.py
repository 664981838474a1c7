"""Benchmark: start-up time to home with real due counts, and to the first study card, against a
bare Qt window.

Run: ``python tests/benchmarks/bench_startup.py [--runs 10] [--items 10000] [--reviews 100000]``

Prepares a data folder with an imported bank of ``--items`` items (80 % flashcards) and
``--reviews`` answers in its history (30 days answered through the core, the rest filled
with the store's bulk-insert helper, which keeps the daily aggregates), then alternately
starts, ``--runs`` times each:

* the baseline: ``python -c`` that shows a bare PySide6 ``QMainWindow`` and prints once it
  has been painted;
* the app: ``python -m quizapp --data-dir DIR`` with ``QUIZAPP_STARTUP_PROBE=1``, which
  prints one line once the home screen's real due counts have been painted (and its
  resident memory);
* the app with ``QUIZAPP_STARTUP_PROBE=first_card``: it presses Study as soon as home is on
  screen and prints once the first card has been painted (``first_card_s``).

Both are timed from process start to that line, on the same offscreen platform, with byte
code caching on (the first run of each is a discarded warm-up, which also lets the app see
the data folder once, as every launch but a learner's very first does). Prints one JSON
line with the medians, their ratio (the target), the ratio of the fastest runs of each
(steadier on a shared machine) and the app's resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "class Window(QMainWindow):\n"
    "    def paintEvent(self, event):\n"
    "        super().paintEvent(event)\n"
    "        QTimer.singleShot(0, lambda: (print('bare-shown', flush=True), app.quit()))\n"
    "w = Window()\n"
    "w.show()\n"
    "app.exec()\n"
)


def prepare(data: Path, items: int, reviews: int, seed: int) -> dict[str, int]:
    """Fill ``data`` with an imported bank and a history; return what was made."""
    from quizapp.core.banks.io import write_bank
    from quizapp.core.study.cards import Rating
    from quizapp.core.clock import FixedClock
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.paths import user_banks_dir
    from quizapp.core.study.scheduling import SchedulerConfig
    from tests.benchmarks.bench_banks import make_bank
    from tests.benchmarks.bench_core import history

    rng = random.Random(seed)
    bank = make_bank(items, "bench-startup", "Startup benchmark")
    write_bank(bank, user_banks_dir(data) / "bench-startup.yaml")

    # The history ends the day before yesterday, so reviews are due (and overdue) today.
    now = datetime.now(timezone.utc)
    clock = FixedClock(now - timedelta(days=31))
    col = Collection.open(data, clock=clock, auto_backup=False,
                          config=SchedulerConfig(new_per_day=300, reviews_per_day=3000))
    answered = 0
    try:
        for _day in range(30):
            while answered < reviews and (card := col.next_card()) is not None:
                col.answer(card, rng.choices(list(Rating), (15, 10, 65, 10))[0], 4000)
                answered += 1
                clock.advance(seconds=20)
            clock.advance(days=1)
            clock.set(clock.now().replace(hour=8))
        missing = max(0, reviews - col.store.reviews.count())
        col.store.reviews.bulk_insert(history(col, missing, rng, bank_id="bench-startup",
                                              end=now - timedelta(days=31)))
        total = col.store.reviews.count()
    finally:
        col.close()
    return {"items": items, "reviews": total, "answered_through_core": answered}


def _time_until(cmd: list[str], marker: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed, line[len(marker):].strip()
    _, err = proc.communicate(timeout=30)
    raise RuntimeError(f"{cmd[:3]} exited without '{marker}': {err[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--reviews", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a learner's Python caches byte code
    with tempfile.TemporaryDirectory(prefix="quizapp-startup-") as tmp:
        data = Path(tmp) / "data"
        made = prepare(data, args.items, args.reviews, args.seed)
        app_env = dict(env, QUIZAPP_STARTUP_PROBE="1")
        card_env = dict(env, QUIZAPP_STARTUP_PROBE="first_card")
        app_cmd = [sys.executable, "-m", "quizapp", "--data-dir", str(data)]
        bare_cmd = [sys.executable, "-c", BARE]
        _time_until(bare_cmd, "bare-shown", env)  # warm-ups: byte code, page cache
        _time_until(app_cmd, "quizapp-startup", app_env)
        bare: list[float] = []
        app: list[float] = []
        card: list[float] = []
        probe: dict[str, object] = {}
        card_probe: dict[str, object] = {}
        for _ in range(args.runs):
            bare.append(_time_until(bare_cmd, "bare-shown", env)[0])
            elapsed, payload = _time_until(app_cmd, "quizapp-startup", app_env)
            app.append(elapsed)
            probe = json.loads(payload)
            elapsed, payload = _time_until(app_cmd, "quizapp-startup", card_env)
            card.append(elapsed)
            card_probe = json.loads(payload)
    bare_s = statistics.median(bare)
    app_s = statistics.median(app)
    card_s = statistics.median(card)
    print(json.dumps({
        "benchmark": "startup",
        "runs": args.runs,
        **made,
        "bare_window_s": round(bare_s, 3),
        "app_home_s": round(app_s, 3),
        "ratio": round(app_s / bare_s, 2),
        # The fastest of each over each other: less swayed by a busy, shared machine.
        "ratio_of_fastest": round(min(app) / min(bare), 2),
        "target_ratio": 2.0,
        "first_card_s": round(card_s, 3),
        "first_card_ratio": round(card_s / bare_s, 2),
        "first_card_targets": {"seconds": 0.5, "ratio": 4.0},
        "first_card_shown": card_probe.get("card_shown"),
        "bare_window_spread_s": [round(min(bare), 3), round(max(bare), 3)],
        "app_home_spread_s": [round(min(app), 3), round(max(app), 3)],
        "first_card_spread_s": [round(min(card), 3), round(max(card), 3)],
        "home_due": {k: probe.get(k) for k in ("due_new", "due_learning", "due_review")},
        "home_overview_complete": probe.get("complete"),
        "home_numbers_from_child": probe.get("from_child"),
        "app_rss_mb": round(int(probe.get("rss_kb", 0) or 0) / 1024, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
