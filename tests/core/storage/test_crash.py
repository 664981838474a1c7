"""Crash safety: SIGKILL in the middle of a stream of answers loses no answer that returned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.storage import Store

ROOT = Path(__file__).resolve().parents[3]

# The child answers cards as fast as it can and prints each review id once answer() has
# returned (i.e. once the answer's transaction committed).
CHILD = """
import random, sys
from datetime import datetime, timezone
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.study.scheduling import SchedulerConfig
from tests.core.factories import make_bank, open_collection

clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
col = open_collection(__import__("pathlib").Path(sys.argv[1]), clock,
                      make_bank(topics=40, cards_per_topic=25, questions_per_topic=0),
                      config=SchedulerConfig(new_per_day=100_000, reviews_per_day=100_000))
rng = random.Random(7)
print("ready", flush=True)
while True:
    card = col.next_card()
    if card is None:
        clock.advance(hours=6)
        continue
    result = col.answer(card, rng.choice(list(Rating)), 2500)
    print(result.review_id, flush=True)
    clock.advance(seconds=20)
"""


@pytest.mark.slow
def test_sigkill_mid_stream_loses_no_returned_answer(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr
        returned = [int(proc.stdout.readline()) for _ in range(400)]
        proc.send_signal(signal.SIGKILL)
        # Whatever else it printed before dying had returned too.
        returned += [int(line) for line in proc.stdout.read().split()]
    finally:
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    store = Store.open(tmp_path / "progress.sqlite3")
    try:
        assert store.db.integrity_check() == ("ok",)
        missing = [rid for rid in returned if store.reviews.get(rid) is None]
        assert missing == []
        # Aggregates were committed with their answers: they agree with the log.
        total = store.progress.totals().reviews
        assert total == store.reviews.count() >= len(returned)
    finally:
        store.close()
