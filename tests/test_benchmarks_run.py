"""The benchmark scripts still run and print one JSON line with their keys (tiny sizes)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from tests.helpers import ROOT


def _bench(script: str, *args: str, timeout: int = 120) -> dict[str, Any]:
    """Run ``tests/benchmarks/<script>`` and return the one JSON line it must print."""
    res = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / script), *args],
                         capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    data: dict[str, Any] = json.loads(lines[0])
    return data


def test_bench_generate_prints_one_json_line() -> None:
    data = _bench("bench_generate.py", "--runs", "1", "--mb", "0.1")
    assert data["study_doc_items"] > 50
    assert data["large_doc_bytes"] > 90_000
    for key in ("study_doc_ms", "study_doc_ms_per_mb", "large_doc_ms", "large_doc_ms_per_mb",
                "scaling"):
        assert data[key] > 0


def test_bench_banks_prints_one_json_line() -> None:
    data = _bench("bench_banks.py", "--items", "200", "--runs", "1")
    assert data["items"] == 200 and data["bank_bytes"] > 10_000
    for key in ("yaml_parse_ms", "load_bank_ms", "load_snapshot_ms", "ratio",
                "snapshot_ratio"):
        assert data[key] > 0


def test_bench_startup_prints_one_json_line() -> None:
    data = _bench("bench_startup.py", "--runs", "1", "--items", "300", "--reviews", "3000",
                  timeout=300)
    assert data["items"] == 300 and data["reviews"] >= 3000
    assert data["bare_window_s"] > 0 and data["app_home_s"] > 0 and data["ratio"] > 0
    assert data["ratio_of_fastest"] > 0
    assert data["first_card_s"] > data["app_home_s"] * 0.5 and data["first_card_shown"] is True
    assert data["app_rss_mb"] > 10
    # Home showed real counts: reviews are due on the benchmark's day.
    assert data["home_due"]["due_review"] > 0


def test_bench_split_prints_one_json_line() -> None:
    data = _bench("bench_split.py", "--rows", "200", "--articles", "20")
    for part in ("dev", "heldout", "heldout2"):
        assert data[part]["vocabulary_rows"] > 100
        for how in ("alone", "article"):
            figures = data[part][how]
            assert figures["rows"] >= 80
            assert abs(figures["exact"] + figures["wrong"] + figures["unsplit"] - 1) < 0.002
            assert "formula" in figures["by_trap"] and "plain" in figures["by_trap"]
    assert data["ms_per_row_alone"] > 0


def test_bench_exam_prints_one_json_line() -> None:
    data = _bench("bench_exam.py", "--cards", "40", "--horizons", "14", "--seeds", "1",
                  "--targets", "0.95", "--search-steps", "2", "--new-per-day", "10",
                  "--load-cards", "40", "--load-days", "14")
    result = data["results"]["0.95"]["14"]
    assert set(result) == {"fsrs90", "fsrs_equal", "exam"}
    for policy in result.values():
        assert 0 < policy["recall"] <= 1 and policy["answers"] > 40
        assert policy["cv"] >= 0 and policy["cv_daily"] >= 0
        assert policy["cv_settled"] is None  # 14 days: no settled stretch before the last week
    assert 0.70 <= result["fsrs_equal"]["retention"] <= 0.99
    assert {"exam_reaches_target_where_plain_misses", "exam_minus_equal_recall",
            "balancer_cv_cut"} == set(data["checks"])
    assert data["load"]["cv_unbalanced"] > 0 and data["load"]["days"] == 14


def test_bench_quality_prints_one_json_line_per_document() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "bench_quality.py"),
                          "--runs", "1", str(ROOT / "tests" / "fixtures" / "documents" /
                                             "coffee-vs-tea.html")],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["document"] == "coffee-vs-tea.html" and data["items"] > 20
    assert data["kinds"]["cloze"] >= 1 and data["facts"] > 10
    assert set(data["lint"]) >= {"true-distractor", "side-cue", "stem-cue", "not-a-question"}
    assert sum(data["lint"].values()) == 0
    assert 0 <= data["right_is_longest_share"] <= 1
    assert data["parse_generate_ms"] > 0 and data["items_per_fact"] >= 1


def test_bench_first_week_prints_one_json_line() -> None:
    data = _bench("bench_first_week.py", "--days", "2", "--learner", "forgetful")
    assert data["benchmark"] == "first_week" and len(data["per_day"]) == 2
    first = data["per_day"][0]
    assert first["answers"] > 20 and first["topics_started"] > 0
    assert 0 < first["max_shown_mastery"] < 1  # one pass never reads as 100 %
    for key in ("mae", "overclaim", "old_mae", "old_overclaim", "shown_truly_weak"):
        assert first[key] is not None


def test_bench_browse_prints_one_json_line() -> None:
    data = _bench("bench_browse.py", "--items", "300", "--runs", "1")
    assert data["items"] == 300
    for key in ("open", "open_cold", "first_search", "search", "sort_due"):
        assert data[f"{key}_ms"] > 0 and data[f"{key}_cpu_ms"] >= 0
    assert data["fold_on_worker_ms"] > 0 and data["target_ms"] == 100
    assert isinstance(data["within_target"], bool)
