"""Benchmark: how exactly the table-row splitter recovers generated rows; one JSON line.

Run: ``python tests/benchmarks/bench_split.py [--rows 20000] [--articles 2000] [--seed 1]``

Rows come from the vocabulary in ``tests/fixtures/split`` (see ``tests/core/parse/splitgen``):
``dev`` is what the splitter was developed on; ``heldout`` was written before it (its failures
were read in the third round of rules, so it is no longer strictly held out); ``heldout2``
was written before the third round and its failures were never read while writing rules. Each part is measured two ways: a row on its own (``split_row``), and
rows in a generated article of the family parsed whole (so the article's text, the header
and the other rows are evidence, as in real use). For each: rows, the share split exactly,
the share split wrongly (the harmful case: a wrong cell reaches a card) and the share left
unsplit (the parser warns and keeps the row out of the cards), overall and per trap class,
and the least exact trap class (``min_trap``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.parse.splitgen import (  # noqa: E402
    PARTS,
    Tally,
    draw_alone,
    draw_article,
    groups,
    load,
)


def _report(tally: Tally) -> dict[str, object]:
    rows = tally.total["all"]
    by_trap = {k: v for k, v in tally.rates().items() if k != "all"}
    least = min(by_trap, key=lambda k: (by_trap[k], k)) if by_trap else None
    return {
        "rows": rows,
        "exact": round(tally.rate(), 4),
        "wrong": round(len(tally.wrong) / rows, 4) if rows else 0.0,
        "unsplit": round(len(tally.unsplit) / rows, 4) if rows else 0.0,
        "min_trap": [least, by_trap[least]] if least else None,
        "by_trap": by_trap,
        "rows_by_trap": {k: n for k, n in sorted(tally.total.items()) if k != "all"},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=20000, help="rows split alone, per part")
    ap.add_argument("--articles", type=int, default=2000, help="generated articles, per part")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    out: dict[str, object] = {"seed": args.seed}
    alone_s = 0.0
    alone_rows = 0
    for part in PARTS:
        vocab = load(part)
        by = groups(vocab)
        rng = random.Random(f"{args.seed}-{part}")
        alone = Tally()
        start = time.perf_counter()
        for _ in range(args.rows):
            alone.add(*draw_alone(rng, by))
        alone_s += time.perf_counter() - start
        alone_rows += args.rows
        in_article = Tally()
        for _ in range(args.articles):
            for row, got, _warned in draw_article(rng, vocab):
                in_article.add(row, got)
        out[part] = {"vocabulary_rows": len(vocab), "alone": _report(alone),
                     "article": _report(in_article)}
    out["ms_per_row_alone"] = round(alone_s * 1000 / max(1, alone_rows), 3)
    print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
