"""Benchmark: parse + generate for the study document and a ~5 MB document; one JSON line.

Run: ``python tests/benchmarks/bench_generate.py [--runs N] [--mb 5]``

The large document repeats the study document's body (title once) until it reaches the
requested size, so the parser and generator see the same kind of material, only more. Both
figures come from the same run; ``scaling`` is the large document's ms/MB over the small
one's (1.0 = perfectly linear).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.core.generate import generate_bank  # noqa: E402
from quizapp.core.generate.builder import norm  # noqa: E402
from quizapp.core.parse import parse_bytes  # noqa: E402

STUDY = ROOT / "resources" / "documents" / "socialie-mediji-pret-ietekmetaju-marketingu.txt"


def _time(data: bytes, runs: int) -> tuple[float, int]:
    times = []
    items = 0
    for _ in range(runs):
        norm.cache_clear()  # each run starts cold, like a fresh import in the app
        start = time.perf_counter()
        doc = parse_bytes(data, name="bench.txt", max_bytes=len(data) + 1)
        bank = generate_bank(doc)
        times.append((time.perf_counter() - start) * 1000)
        items = len(bank.items)
    return statistics.median(times), items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="median of this many runs (small doc)")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the large document")
    args = ap.parse_args(argv)

    small = STUDY.read_bytes()
    title, body = small.split(b"\n", 1)
    reps = max(1, int(args.mb * 1024 * 1024 / len(body)))
    large = title + b"\n" + body * reps

    _time(small, 1)  # warm caches and imports
    small_ms, small_items = _time(small, args.runs)
    large_ms, large_items = _time(large, max(1, args.runs // 5))
    small_mb = len(small) / 1_048_576
    large_mb = len(large) / 1_048_576
    result = {
        "benchmark": "generate",
        "study_doc_bytes": len(small),
        "study_doc_ms": round(small_ms, 2),
        "study_doc_ms_per_mb": round(small_ms / small_mb, 1),
        "study_doc_items": small_items,
        "large_doc_bytes": len(large),
        "large_doc_ms": round(large_ms, 1),
        "large_doc_ms_per_mb": round(large_ms / large_mb, 1),
        "large_doc_items": large_items,
        "scaling": round((large_ms / large_mb) / (small_ms / small_mb), 2),
        "target_study_doc_ms": 30,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
