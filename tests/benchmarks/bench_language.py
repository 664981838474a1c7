"""Benchmark: the language tools' start-up and per-call costs; one JSON line.

Run: ``python tests/benchmarks/bench_language.py [--runs N]``

Figures (ms unless named ``_us``): importing our modules (simplemma is not imported then),
then simplemma; loading the Latvian
and English dictionaries (paid once per process, at the first look-up); the stem check over
every stem × option pair of the committed study bank, cold (each text's stems computed once)
and warm (cached); inflecting every topic title and side of the bank into the dative, cold
and warm; and attested_forms of the two sides over the study document.
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

STUDY = ROOT / "resources" / "documents" / "socialie-mediji-pret-ietekmetaju-marketingu.txt"
BANK = ROOT / "questions" / "socialie-mediji-pret-ietekmetaju-marketingu.yaml"


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="median of this many warm runs")
    args = ap.parse_args(argv)

    import quizapp.core.resources  # noqa: F401  (the package itself, not ours to count)

    start = time.perf_counter()
    from quizapp.core.language import inflect as inflect_module
    from quizapp.core.language import lexicon, stems
    import_modules_ms = _ms(start)  # simplemma is not imported yet: it loads lazily
    start = time.perf_counter()
    import simplemma  # noqa: F401
    import_simplemma_ms = _ms(start)

    start = time.perf_counter()
    lexicon.warm_up("lv")
    lv_dictionary_ms = _ms(start)
    start = time.perf_counter()
    lexicon.warm_up("en")
    en_dictionary_ms = _ms(start)

    import yaml
    bank = yaml.safe_load(BANK.read_text("utf-8"))
    pairs = [(item.get("question") or item["text"], option) for item in bank["items"]
             for option in item.get("options", [])]
    titles = [t["title"] for t in bank["topics"]] + list(bank["bank"]["sides"])

    start = time.perf_counter()
    for stem, option in pairs:
        stems.shares_stem(stem, option, "lv")
    stems_cold_ms = _ms(start)
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for stem, option in pairs:
            stems.shares_stem(stem, option, "lv")
        warm.append(_ms(start))
    stems_warm_ms = statistics.median(warm)

    case = inflect_module.Case.DATIVE
    start = time.perf_counter()
    answered = sum(inflect_module.inflect(t, case) is not None for t in titles)
    inflect_cold_ms = _ms(start)
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for title in titles:
            inflect_module.inflect(title, case)
        warm.append(_ms(start))

    text = STUDY.read_text("utf-8")
    start = time.perf_counter()
    for side in bank["bank"]["sides"]:
        inflect_module.attested_forms(side, text)
    attested_ms = _ms(start)

    n = max(1, len(pairs))
    print(json.dumps({
        "benchmark": "language",
        "import_simplemma_ms": import_simplemma_ms,
        "import_modules_ms": import_modules_ms,
        "lv_dictionary_load_ms": lv_dictionary_ms,
        "en_dictionary_load_ms": en_dictionary_ms,
        "stem_pairs": len(pairs),
        "shares_stem_cold_ms": stems_cold_ms,
        "shares_stem_cold_us_per_call": round(stems_cold_ms * 1000 / n, 2),
        "shares_stem_warm_us_per_call": round(stems_warm_ms * 1000 / n, 2),
        "inflect_phrases": len(titles),
        "inflect_answered": answered,
        "inflect_cold_ms": inflect_cold_ms,
        "inflect_warm_us_per_call": round(statistics.median(warm) * 1000 / max(1, len(titles)), 2),
        "attested_forms_two_sides_ms": attested_ms,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
