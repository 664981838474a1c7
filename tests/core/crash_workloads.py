"""Workloads to kill, and the checks after a kill (crash tests and bench_crash.py).

A child (``python -c "from tests.core.crash_workloads import main; main()" WORKLOAD DATA
SEED DAY``) opens data folder DATA, prints ``ready``, then works until it is killed,
printing one acknowledgement line per operation *after* the call that made it durable has
returned:

- ``A <review id>`` — an answer (``Collection.answer``);
- ``Q <attempt id> <answers>`` — a quiz recorded (``Collection.record_quiz``);
- ``B <path>`` — a backup written (``Collection.backup``);
- ``I <bank id>`` — a document imported (``commit_import``).

Just before a quiz is recorded, a backup taken or an import committed it prints ``q``,
``b`` or ``i``: a kill sent on reading that lands inside the operation.

:func:`verify` then reopens the folder as the app would and counts what an acknowledged
operation left missing or broken; every count must be 0.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

WORKLOADS = ("answer", "quiz", "import", "backup")
ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = (ROOT / "tests" / "fixtures" / "documents" / "email-vs-content-marketing.txt",
             ROOT / "tests" / "fixtures" / "documents" / "coffee-vs-tea.html",
             ROOT / "tests" / "fixtures" / "documents" / "plain-notes.md")


def child_command(workload: str, data: Path, seed: int, day: int) -> list[str]:
    """The argv of a child running ``workload`` on ``data``."""
    return [sys.executable, "-c", "from tests.core.crash_workloads import main; main()",
            workload, str(data), str(seed), str(day)]


def main() -> None:
    """Entry point of a child: run the workload named on the command line until killed."""
    workload, data, seed, day = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    from quizapp.core.clock import FixedClock

    clock = FixedClock(datetime(2026, 3, 2, 9, tzinfo=timezone.utc) + timedelta(days=day))
    rng = random.Random(seed)
    {"answer": _answers, "quiz": _quizzes, "import": _imports, "backup": _backups}[workload](
        data, clock, rng)


def _ack(*parts: object) -> None:
    # One write(2) of a short line to the pipe is atomic: a kill never leaves half a line
    # (print() may hand the pieces of a line to the pipe separately).
    os.write(1, (" ".join(map(str, parts)) + "\n").encode())


def _open(data: Path, clock: object, *, imported: bool = False):  # type: ignore[no-untyped-def]
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.paths import user_banks_dir
    from quizapp.core.study.scheduling import SchedulerConfig
    from tests.core.factories import RIGA, make_bank

    unlimited = SchedulerConfig(new_per_day=100_000, reviews_per_day=100_000)
    if imported:
        return Collection.open(data, clock=clock, config=unlimited, tz=RIGA,  # type: ignore[arg-type]
                               bank_dirs=[user_banks_dir(data)], auto_backup=False)
    col = Collection.open(data, clock=clock, config=unlimited, tz=RIGA, bank_dirs=[],  # type: ignore[arg-type]
                          auto_backup=False)
    col.add_bank(make_bank(topics=40, cards_per_topic=25, questions_per_topic=4))
    return col


def _answer(col, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    from quizapp.core.study.cards import Rating

    card = col.next_card()
    if card is None:
        col.clock.advance(hours=6)
        return
    _ack("A", col.answer(card, rng.choice(list(Rating)), rng.randrange(500, 20_000)).review_id)
    col.clock.advance(seconds=rng.randrange(5, 60))


def _answers(data: Path, clock: object, rng: random.Random) -> None:
    col = _open(data, clock)
    _ack("ready")
    while True:
        _answer(col, rng)


def _quizzes(data: Path, clock: object, rng: random.Random) -> None:
    from quizapp.core.quiz.engine import QuizConfig

    col = _open(data, clock)
    _ack("ready")
    while True:
        quiz = col.build_quiz(QuizConfig(count=rng.randrange(5, 25)), rng)
        quiz.start(col.clock.now())
        while (q := quiz.current(col.clock.now())) is not None:
            col.clock.advance(seconds=rng.randrange(1, 20))
            quiz.answer(rng.randrange(q.item.option_count), col.clock.now())
        result = quiz.result()
        _ack("q")
        _ack("Q", col.record_quiz(result).attempt, len(result.records))
        _answer(col, rng)


def _backups(data: Path, clock: object, rng: random.Random) -> None:
    col = _open(data, clock)
    _ack("ready")
    while True:
        for _ in range(rng.randrange(1, 4)):
            _answer(col, rng)
        _ack("b")
        _ack("B", col.backup())
        col.clock.advance(seconds=1)


def _imports(data: Path, clock: object, rng: random.Random) -> None:
    from quizapp.core.errors import DocumentError
    from quizapp.core.banks.importer import commit_import, preview_import

    col = _open(data, clock, imported=True)
    src = data.parent / f"{data.name}-src"
    src.mkdir(exist_ok=True)
    _ack("ready")
    while True:
        doc = rng.choice(DOCUMENTS)
        lines = doc.read_text("utf-8").split("\n")
        for _ in range(rng.randrange(0, 3)):  # an edited version, now and then
            del lines[rng.randrange(len(lines))]
        source = src / doc.name
        source.write_text("\n".join(lines), "utf-8")
        try:
            preview = preview_import(source)
        except DocumentError:
            continue
        _ack("i")
        commit_import(col, preview)
        _ack("I", preview.bank_id)
        _answer(col, rng)


# ---------------------------------------------------------------- after the kill


@dataclass
class Acks:
    """Everything a workload acknowledged in one data folder, over all its kills."""

    answers: set[int] = field(default_factory=set)
    quizzes: dict[int, int] = field(default_factory=dict)
    backups: list[Path] = field(default_factory=list)
    banks: set[str] = field(default_factory=set)

    def add(self, lines: Iterable[str]) -> int:
        """Record the acknowledgement lines; return how many there were."""
        n = 0
        for line in lines:
            kind, _, rest = line.strip().partition(" ")
            if kind in ("A", "Q", "B", "I") and not rest:
                raise ValueError(f"a torn acknowledgement line: {line!r}")
            if kind == "A":
                self.answers.add(int(rest))
            elif kind == "Q":
                attempt, answers = rest.split()
                self.quizzes[int(attempt)] = int(answers)
            elif kind == "B":
                self.backups.append(Path(rest))
            elif kind == "I":
                self.banks.add(rest)
            else:
                continue
            n += 1
        return n


@dataclass
class Damage:
    """What a kill cost; all zero when nothing acknowledged was lost."""

    opened: bool = True
    integrity_failures: int = 0
    answers_lost: int = 0
    quizzes_lost: int = 0
    backups_lost: int = 0
    bad_backups_listed: int = 0
    broken_banks: int = 0
    notes: list[str] = field(default_factory=list)


def verify(workload: str, data: Path, acks: Acks) -> Damage:
    """Reopen ``data`` after a kill and check every acknowledged operation survived."""
    from quizapp.core.errors import StorageError
    from quizapp.core.storage import Store

    damage = Damage()
    db = data / "progress.sqlite3"
    if not db.exists():
        damage.answers_lost = len(acks.answers)  # nothing acknowledged can be lost then
        return damage
    try:
        store = Store.open(db)
    except StorageError as exc:
        damage.opened = False
        damage.notes.append(f"reopen failed: {exc}")
        return damage
    try:
        if store.db.integrity_check() != ("ok",):
            damage.integrity_failures += 1
        damage.answers_lost = sum(1 for rid in acks.answers if store.reviews.get(rid) is None)
        damage.quizzes_lost = sum(1 for attempt, n in acks.quizzes.items()
                                  if len(store.quizzes.answers(attempt)) != n)
    finally:
        store.close()
    if workload == "backup":
        _verify_backups(data, acks, damage)
    if workload == "import":
        _verify_imports(data, acks, damage)
    return damage


def _verify_backups(data: Path, acks: Acks, damage: Damage) -> None:
    from quizapp.core.storage.backup import list_backups
    from quizapp.core.errors import StorageError
    from quizapp.core.storage.db import validated_copy

    listed = list_backups(data / "backups")
    for info in listed:
        try:
            with validated_copy(info.path):
                pass
        except StorageError as exc:
            damage.bad_backups_listed += 1
            damage.notes.append(f"listed backup unusable: {exc}")
    names = {b.path for b in listed}
    damage.backups_lost = sum(1 for p in acks.backups if p not in names)


def _verify_imports(data: Path, acks: Acks, damage: Damage) -> None:
    from quizapp.core.banks.io import load_bank
    from quizapp.core.collection import Collection
    from quizapp.core.errors import BankError
    from quizapp.core.datafolder.paths import user_banks_dir

    with Collection.open(data, bank_dirs=[user_banks_dir(data)], auto_backup=False) as col:
        damage.broken_banks += len(col.problems)
        damage.notes += [f"bank problem: {p.error}" for p in col.problems]
        damage.broken_banks += len(acks.banks - set(col.bank_ids))
    for path in sorted(user_banks_dir(data).glob("*.yaml")):
        try:
            bank = load_bank(path)
        except BankError:
            continue  # counted above
        doc = data / bank.meta.source_document
        if not doc.is_file() or hashlib.sha256(doc.read_bytes()).hexdigest() != \
                bank.meta.source_sha256:
            damage.broken_banks += 1
            damage.notes.append(f"{path.name}: its document copy is missing or differs")


def prune_backups(data: Path, acks: Acks, keep: int = 3) -> None:
    """Between kills: drop all but the newest backups (already verified) to save disk."""
    from quizapp.core.storage.backup import list_backups

    for info in list_backups(data / "backups")[keep:]:
        info.path.unlink()
    acks.backups = [p for p in acks.backups if p.exists()]
