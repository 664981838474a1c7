"""Benchmark: loading a large question bank from its YAML file and from the store's snapshot.

Run: ``python tests/benchmarks/bench_banks.py [--items 10000] [--runs 3]``

Writes a bank of ``--items`` items (80 % flashcards, Latvian text), then times, median of
``--runs``, in the same run:

* ``yaml_parse_ms``: ``yaml.load`` with libyaml's ``CSafeLoader`` alone (the floor any YAML
  loader of this file pays);
* ``load_bank_ms``: :func:`load_bank` — the alias/depth guard, the parse and the validation
  into a ``Bank`` (what a new or changed bank file costs);
* ``load_snapshot_ms``: :func:`load_snapshot` of the same bank (what an unchanged bank file
  costs: the store's snapshot, checked field by field).

``ratio`` is ``load_bank_ms / yaml_parse_ms``, ``snapshot_ratio`` is
``load_snapshot_ms / load_bank_ms``. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import quizapp.core.banks.io as bankio  # noqa: E402
from quizapp.core.banks.model import TRUE_INDEX, Bank, BankMeta, Item, ItemKind, Topic  # noqa: E402
from quizapp.core.banks.snapshot import dump_snapshot, load_snapshot  # noqa: E402


def make_bank(items: int, bank_id: str = "bench-banks", title: str = "Banku etalons") -> Bank:
    """``items`` items over ``items // 25`` topics, every fifth a true/false question about the
    flashcard before it; Latvian text."""
    topics = tuple(Topic(f"t{t}", f"Temats {t} — ātrums") for t in range(max(1, items // 25)))
    out: list[Item] = []
    for i in range(items):
        topic = topics[i % len(topics)].id
        if i % 5 == 4:
            out.append(Item(f"q{i}", ItemKind.TRUE_FALSE, topic, f"Apgalvojums {i}: ietekmētāji.",
                            correct=TRUE_INDEX, cards=(f"c{i - 1}",)))
        else:
            out.append(Item(f"c{i}", ItemKind.FLASHCARD, topic, f"Jautājums {i} — kāpēc?",
                            back=f"Atbilde {i}: sociālie mediji."))
    return Bank(BankMeta(bank_id, title, "lv"), topics, tuple(out))


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    import yaml

    with tempfile.TemporaryDirectory(prefix="quizapp-banks-") as tmp:
        path = Path(tmp) / "bank.yaml"
        bankio.write_bank(make_bank(args.items), path)
        text = path.read_text(encoding="utf-8")
        parse = _median_ms(lambda: yaml.load(text, Loader=yaml.CSafeLoader), args.runs)  # noqa: S506
        load = _median_ms(lambda: bankio.load_bank(path), args.runs)
        snapshot = dump_snapshot(bankio.load_bank(path))
        from_snapshot = _median_ms(lambda: load_snapshot(snapshot), args.runs)
        size = path.stat().st_size
    print(json.dumps({
        "benchmark": "banks",
        "items": args.items,
        "bank_bytes": size,
        "yaml_parse_ms": round(parse, 1),
        "load_bank_ms": round(load, 1),
        "load_snapshot_ms": round(from_snapshot, 1),
        "snapshot_bytes": len(snapshot.encode("utf-8")),
        "ratio": round(load / parse, 2),
        "snapshot_ratio": round(from_snapshot / load, 3),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
