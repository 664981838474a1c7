"""The core benchmark script still runs and prints the JSON line the issue specifies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "bench_core.py"


def test_bench_core_runs_tiny_and_prints_one_json_line() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--cards", "60", "--days", "2", "--seed", "3",
         "--revlog-rows", "2000", "--runs", "1"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    lines = out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert {"create_and_add_total_ms", "reviews_total", "answer_latency_us", "due_counts_ms",
            "stats_1y_ms", "weak_topics_ms", "scale_stats_1y_ms", "scale_due_counts_ms",
            "exam_plan_ms", "exam_queue_ms", "stats_1y_exam_ms", "scale_exam_plan_ms",
            "scale_stats_1y_exam_ms"} <= set(data)
    assert set(data["answer_latency_us"]) == {"median", "p99"}
    assert data["reviews_total"] > 60  # every new card, plus its learning steps
    assert data["revlog_rows"] == 2000
