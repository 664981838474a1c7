"""Fuzzing: every target of ``tests/core/fuzz_targets.py`` (document parser, generator, bank
loader, settings loader) with N hypothesis examples each; prints one JSON line.

Run: ``python tests/benchmarks/fuzz.py --examples 10000 [--seed S] [--target NAME ...]``

The property tests run the same targets with a few hundred examples. A failure (a wrong
result, or an exception that is not the loader's typed error) is counted, its shrunk
example goes to stderr, and the exit status is 1. Hypothesis' example database is not used,
so a run does not depend on earlier runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.fuzz_targets import TARGETS, run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000, help="examples per target")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed")
    parser.add_argument("--target", action="append", choices=[t.name for t in TARGETS],
                        help="run only this target (repeatable)")
    args = parser.parse_args()
    started = time.perf_counter()
    results: dict[str, dict[str, float | int]] = {}
    failures = 0
    for target in TARGETS:
        if args.target and target.name not in args.target:
            continue
        t0 = time.perf_counter()
        try:
            count = run(target, args.examples, seed=args.seed, database=False)
            failed = 0
        except Exception:  # noqa: BLE001 - hypothesis re-raises the target's own error
            print(f"--- {target.name} failed:", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            count, failed = 0, 1
        failures += failed
        results[target.name] = {"examples": count, "failures": failed,
                                "seconds": round(time.perf_counter() - t0, 1)}
    print(json.dumps({
        "examples_per_target": args.examples,
        "targets": results,
        "examples_total": sum(int(r["examples"]) for r in results.values()),
        "failures": failures,
        "seconds": round(time.perf_counter() - started, 1),
    }))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
