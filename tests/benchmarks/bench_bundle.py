"""Benchmark: the PyInstaller bundle against a venv install — size, and time to home.

Run: ``python tests/benchmarks/bench_bundle.py [--bundle dist/quizapp] [--venv DIR] [--runs 9]``

``--bundle`` is the folder ``python3 .ci/dev.py bundle`` made; ``--venv`` a venv where
quizapp is installed (default: the one running this script), whose ``bin/quizapp`` is
started. Each gets a fresh data folder and a discarded first launch (it creates the database,
as only a learner's very first launch does); then they start alternately, ``--runs`` times
each, offscreen with ``QUIZAPP_STARTUP_PROBE=1``, timed from process start to the probe's
line (home painted with its numbers). Prints one JSON line: medians, spreads, the bundle's
unpacked size and both processes' resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_startup import _time_until  # noqa: E402

MARKER = "quizapp-startup"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of the files under ``folder`` (links not followed twice)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "quizapp")
    ap.add_argument("--venv", type=Path, default=Path(sys.executable).parent.parent)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args(argv)
    contenders = {"bundle": args.bundle / "quizapp", "venv": args.venv / "bin" / "quizapp"}
    for name, program in contenders.items():
        if not program.is_file():
            print(f"bench_bundle: no {name} program at {program} "
                  "(build one with `python3 .ci/dev.py bundle`)", file=sys.stderr)
            return 2
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QUIZAPP_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", QUIZAPP_STARTUP_PROBE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a learner's Python caches byte code
    times: dict[str, list[float]] = {name: [] for name in contenders}
    probes: dict[str, list[dict[str, int]]] = {name: [] for name in contenders}
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-bundle-") as tmp:
        cmds = {name: [str(program), "--data-dir", str(Path(tmp) / name)]
                for name, program in contenders.items()}
        for cmd in cmds.values():
            _time_until(cmd, MARKER, env)  # the first launch: database made, caches warm
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                elapsed, payload = _time_until(cmd, MARKER, env)
                times[name].append(elapsed)
                probes[name].append(json.loads(payload))
    size, files = folder_size(args.bundle)
    bundle_s, venv_s = statistics.median(times["bundle"]), statistics.median(times["venv"])
    out: dict[str, object] = {
        "benchmark": "bundle",
        "runs": args.runs,
        "bundle_mb": round(size / 1e6, 1),
        "bundle_files": files,
        "bundle_home_s": round(bundle_s, 3),
        "venv_home_s": round(venv_s, 3),
        "ratio": round(bundle_s / venv_s, 2),
    }
    for name in contenders:
        out[f"{name}_home_spread_s"] = [round(min(times[name]), 3), round(max(times[name]), 3)]
        out[f"{name}_cpu_ms"] = statistics.median(p["cpu_ms"] for p in probes[name])
        out[f"{name}_rss_mb"] = round(statistics.median(p["rss_kb"] for p in probes[name]) / 1024,
                                      1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
