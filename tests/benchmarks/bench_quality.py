"""Benchmark: what the generator makes of each article: one JSON line per document.

Run: ``python tests/benchmarks/bench_quality.py [--runs N] [DOCUMENT …]``

Per document: items per kind (and form), facts, items per fact, each lint rule's count, the
share of choice items whose right option is the longest (and what chance gives), and parse +
generate time (median of ``--runs`` warm runs, wall clock and CPU). Without documents: the
study document and every fixture article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.core.banks.lint import lint_bank, longest_share, rule_counts  # noqa: E402
from quizapp.core.generate import generate_bank  # noqa: E402
from quizapp.core.parse import parse_bytes  # noqa: E402

STUDY = ROOT / "resources" / "documents" / "socialie-mediji-pret-ietekmetaju-marketingu.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "documents"


def documents() -> list[Path]:
    """The study document and every fixture article (not the broken ones)."""
    return [STUDY, *sorted(p for p in FIXTURES.iterdir()
                           if p.is_file() and p.suffix in (".txt", ".html", ".md"))]


def measure(path: Path, runs: int) -> dict[str, object]:
    data = path.read_bytes()
    walls, cpus = [], []
    bank = None
    for _ in range(runs + 1):  # the first run loads the dictionaries: not counted
        wall, cpu = time.perf_counter(), time.process_time()
        bank = generate_bank(parse_bytes(data, name=path.name))
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    assert bank is not None
    kinds = Counter(f"{i.kind.value}/{i.form.value}" if i.form.value != "plain"
                    else i.kind.value for i in bank.items)
    per_fact = Counter(i.fact for i in bank.items if i.fact)
    n, longest, expected, _ = longest_share(bank.items)
    return {
        "benchmark": "quality",
        "document": path.name,
        "language": bank.meta.language,
        "items": len(bank.items),
        "kinds": dict(sorted(kinds.items())),
        "facts": len(bank.facts),
        "items_per_fact": round(len(bank.items) / max(1, len(per_fact)), 2),
        "max_items_per_fact": max(per_fact.values(), default=0),
        "lint": rule_counts(lint_bank(bank)),
        "choice_items": n,
        "right_is_longest_share": round(longest / n, 3) if n else 0.0,
        "right_is_longest_chance": round(expected / n, 3) if n else 0.0,
        "warnings": len(bank.warnings),
        "parse_generate_ms": round(statistics.median(walls[1:]), 1),
        "parse_generate_cpu_ms": round(statistics.median(cpus[1:]), 1),
        "target_study_doc_ms": 30 if path == STUDY else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="median of this many warm runs")
    ap.add_argument("documents", nargs="*", type=Path, help="articles (default: all)")
    args = ap.parse_args(argv)
    for path in args.documents or documents():
        print(json.dumps(measure(path, max(1, args.runs)), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
