"""Crash safety at random kill points: answers, quizzes, imports and backups; one JSON line.

Run: ``python tests/benchmarks/bench_crash.py --kills N --seed S [--mode mixed|ops|delay]``

Each kill picks a workload (answer / quiz / import / backup, see
``tests/core/crash_workloads.py``) and runs it as a child process on that workload's data
folder, which carries over from kill to kill. The child is sent SIGKILL either after a
random number of acknowledged operations (``ops``) or after a random delay from its start
(``delay``: this also lands in start-up, opening, migrating and syncing); ``mixed`` draws
either. Afterwards the folder is reopened as the app would: ``PRAGMA integrity_check``
must say ok and every operation the child acknowledged (it prints one line after each call
returns) must be there — answers, quiz attempts with all their answers, backups (and every
backup listed must be a sound database), imported banks (each loads and names a document
copy with the right hash). Prints one JSON line with the counts; exits 1 if anything was lost.
``kills_mid_file_write`` counts the kills that left a half-written temporary file behind
(a backup, bank or document copy cut off): those must never be listed or loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.crash_workloads import (  # noqa: E402
    WORKLOADS,
    Acks,
    Damage,
    child_command,
    prune_backups,
    verify,
)

MAX_OPS = {"answer": 200, "quiz": 12, "import": 6, "backup": 8}
MAX_DELAY_S = 1.5


def _partial_files(data: Path) -> set[Path]:
    """Temporary files a kill left half-written (backups, bank files, document copies)."""
    return {p for name in ("backups", "banks", "documents") if (data / name).is_dir()
            for p in (data / name).glob(".*.tmp")}


def _kill_once(workload: str, data: Path, acks: Acks, rng: random.Random, kill_no: int,
               mode: str) -> tuple[int, str | None]:
    """Run one child and kill it; return (acks it printed, an error if it died by itself)."""
    proc = subprocess.Popen(child_command(workload, data, rng.randrange(1 << 30), kill_no),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    try:
        if mode == "ops":
            target = rng.randrange(1, MAX_OPS[workload] + 1)
            seen = 0
            while seen < target:
                line = proc.stdout.readline()
                if not line:
                    break
                lines.append(line)
                seen += line[:2] in ("A ", "Q ", "B ", "I ")
        else:
            try:
                proc.wait(timeout=rng.uniform(0.05, MAX_DELAY_S))
            except subprocess.TimeoutExpired:
                pass
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        # Through the same reader as readline() above: communicate() would read the pipe
        # underneath it and miss what readline() had already buffered.
        lines += proc.stdout.read().splitlines()
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    died = None if proc.returncode == -signal.SIGKILL else err.strip()[-2000:]
    return acks.add(lines), died


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", choices=("mixed", "ops", "delay"), default="mixed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    totals = Damage()
    by_workload: Counter[str] = Counter()
    acked = recoveries = child_errors = mid_write = 0
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="quizapp-crash-") as tmp:
        acks = {w: Acks() for w in WORKLOADS}
        # Every workload is killed at least once, then at random.
        order = list(WORKLOADS) + [rng.choice(WORKLOADS) for _ in range(args.kills - 4)]
        for n, workload in enumerate(order[: args.kills]):
            data = Path(tmp) / workload
            mode = args.mode if args.mode != "mixed" else rng.choice(("ops", "delay"))
            partial = _partial_files(data)
            got, died = _kill_once(workload, data, acks[workload], rng, n, mode)
            mid_write += bool(_partial_files(data) - partial)
            acked += got
            by_workload[workload] += 1
            if died is not None:
                child_errors += 1
                notes.append(f"{workload} child died by itself: {died}")
            damage = verify(workload, data, acks[workload])
            recoveries += damage.opened and not damage.integrity_failures
            for name in ("integrity_failures", "answers_lost", "quizzes_lost",
                         "backups_lost", "bad_backups_listed", "broken_banks"):
                setattr(totals, name, getattr(totals, name) + getattr(damage, name))
            notes += damage.notes
            if workload == "backup":
                prune_backups(data, acks[workload])
        acknowledged = {w: {"answers": len(a.answers), "quizzes": len(a.quizzes),
                            "backups_kept": len(a.backups), "banks": len(a.banks)}
                        for w, a in acks.items()}
    for note in notes:
        print(note, file=sys.stderr)
    result = {
        "kills": sum(by_workload.values()),
        "recoveries": recoveries,
        "answers_lost": totals.answers_lost,
        "integrity_failures": totals.integrity_failures,
        "quizzes_lost": totals.quizzes_lost,
        "backups_lost": totals.backups_lost,
        "bad_backups_listed": totals.bad_backups_listed,
        "broken_banks": totals.broken_banks,
        "child_errors": child_errors,
        "kills_mid_file_write": mid_write,
        "acknowledged_operations": acked,
        "kills_by_workload": dict(by_workload),
        "acknowledged": acknowledged,
        "mode": args.mode,
        "seed": args.seed,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result))
    lost = (result["kills"] - recoveries) + sum(
        result[k] for k in ("answers_lost", "integrity_failures", "quizzes_lost",
                            "backups_lost", "bad_backups_listed", "broken_banks",
                            "child_errors"))
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
