"""The language tools stay cheap to import and report their costs (bench_language.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import ROOT


def test_importing_the_tools_does_not_import_simplemma() -> None:
    # simplemma's import (~55 ms) and its dictionaries (~0.15 s each) wait for the first
    # look-up, so the generator's import adds nothing to the app's start-up.
    code = ("import sys, quizapp.core.language.inflect, quizapp.core.language.stems; "
            "print('simplemma' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "False"


def test_bench_language_prints_one_json_line() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "bench_language.py"),
                          "--runs", "1"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["stem_pairs"] > 20 and data["inflect_phrases"] > 10
    assert 0 < data["inflect_answered"] <= data["inflect_phrases"]
    for key in ("lv_dictionary_load_ms", "shares_stem_cold_us_per_call",
                "shares_stem_warm_us_per_call", "inflect_warm_us_per_call"):
        assert data[key] > 0
