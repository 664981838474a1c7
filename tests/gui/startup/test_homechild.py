"""The start-up prefetch: a forked child reads home's early numbers; the parent gets exactly
what ``quick_home`` says, or nothing — never a wrong number, never a left-over process.

Forking is only safe in a process without other threads, which a test process is not once
Qt has run: the fork itself happens in a fresh interpreter (``_run_child``).
"""

from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.stats.overview import DailyLimits, HomeOverview, quick_home
from quizapp.gui.startup.homechild import MAX_ANSWER_BYTES, HomeChild, can_fork
from tests.core.factories import RIGA
from tests.core.stats.test_quick_home import LIMITS, _seeded
from tests.helpers import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the child is forked on Linux only")

_CHILD = """
import os, pickle, select, sys
from datetime import datetime
from pathlib import Path
from quizapp.core.stats.overview import DailyLimits
from quizapp.gui.startup.homechild import HomeChild
from tests.core.factories import RIGA

data, banks, now, out, mode = sys.argv[1:6]
prefetch = HomeChild.start(Path(data), [Path(banks)], DailyLimits(5, 200, 4),
                              datetime.fromisoformat(now), RIGA)
assert prefetch is not None, "no fork in a fresh interpreter"
if mode == "close-at-once":
    prefetch.close()
else:
    while not prefetch.poll():
        select.select([prefetch.fileno()], [], [], 10)
    prefetch.close()
try:
    os.waitpid(prefetch.pid, os.WNOHANG)
    reaped = False
except ChildProcessError:
    reaped = True
Path(out).write_bytes(pickle.dumps((prefetch.done, prefetch.result, reaped)))
"""


def _run_child(data: Path, banks: Path, now: datetime, tmp_path: Path,
                  mode: str = "wait") -> tuple[bool, HomeOverview | None, bool]:
    out = tmp_path / "answer.pickle"
    subprocess.run([sys.executable, "-c", _CHILD, str(data), str(banks), now.isoformat(),
                    str(out), mode], check=True, cwd=ROOT, timeout=60,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    done, result, reaped = pickle.loads(out.read_bytes())
    return done, result, reaped


def test_the_child_answers_what_quick_home_says(tmp_path: Path, clock: FixedClock) -> None:
    data, banks = _seeded(tmp_path, clock)
    clock.advance(hours=20)  # the next study day: reviews are due
    done, result, reaped = _run_child(data, banks, clock.now(), tmp_path)
    expected = quick_home(data, [banks], LIMITS, clock.now(), RIGA)
    assert done and reaped
    assert expected is not None and expected.due.total > 0
    assert result == expected


def test_no_database_yet_means_no_answer(tmp_path: Path, clock: FixedClock) -> None:
    done, result, reaped = _run_child(tmp_path / "new", tmp_path / "banks", clock.now(),
                                         tmp_path)
    assert done and reaped and result is None
    assert not (tmp_path / "new" / "progress.sqlite3").exists()  # the child wrote nothing


def test_a_broken_database_means_no_answer_and_stays_as_it_was(tmp_path: Path,
                                                              clock: FixedClock) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "progress.sqlite3").write_bytes(b"garbage" * 100)
    done, result, reaped = _run_child(data, tmp_path, clock.now(), tmp_path)
    assert done and reaped and result is None
    assert (data / "progress.sqlite3").read_bytes() == b"garbage" * 100


def test_closing_before_the_answer_stops_and_reaps_the_child(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    data, banks = _seeded(tmp_path, clock)
    done, result, reaped = _run_child(data, banks, clock.now(), tmp_path,
                                         mode="close-at-once")
    assert done and reaped and result is None


def test_no_fork_while_another_thread_runs(tmp_path: Path, clock: FixedClock) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert HomeChild.start(tmp_path, [], LIMITS, clock.now(), RIGA) is None
    finally:
        stop.set()
        other.join()


def _fed(payload: bytes) -> HomeChild:
    """A prefetch whose "child" is a finished process and whose pipe holds ``payload``."""
    pid = os.posix_spawn(sys.executable, [sys.executable, "-c", "pass"], os.environ)
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    prefetch = HomeChild(pid, read_fd)

    def feed() -> None:
        try:
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
        except BrokenPipeError:
            pass  # the reader gave up on an oversized answer

    threading.Thread(target=feed, daemon=True).start()
    return prefetch


@pytest.mark.parametrize("payload", [
    b"\x80\x05not marshal data",
    marshal.dumps({"due": 5}),  # well-formed data of the wrong shape
    marshal.dumps((1, 2, 3)),
    marshal.dumps(((("a", "t", "lv", 1, 2, (1, 2)),), (0, 0, 0), (0, 0), 0, False, (), "",
                   False)),  # a bank's due counts cut short
    pickle.dumps(DailyLimits(1, 2, 3)),  # nothing is unpickled
])
def test_a_torn_or_foreign_answer_counts_as_none(payload: bytes) -> None:
    prefetch = _fed(payload)
    while not prefetch.poll():
        pass
    assert prefetch.done and prefetch.result is None and prefetch.fileno() == -1


def test_the_answer_round_trips_and_declines_full_overviews(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    from dataclasses import replace

    from quizapp.gui.startup.homechild import decode, encode

    data, banks = _seeded(tmp_path, clock)
    quick = quick_home(data, [banks], LIMITS, clock.now(), RIGA)
    assert quick is not None and quick.banks
    assert decode(encode(quick)) == quick
    assert decode(encode(None)) is None
    # Weak topics never travel (the early numbers have none).
    assert decode(encode(replace(quick, weak=(object(),)))) is None  # type: ignore[arg-type]


def test_an_oversized_answer_is_dropped() -> None:
    prefetch = _fed(b"x" * (MAX_ANSWER_BYTES + 70000))
    while not prefetch.poll():
        pass
    assert prefetch.result is None


def test_in_process_fork_is_refused_off_linux(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not can_fork()
    assert HomeChild.start(tmp_path, [], LIMITS, datetime.now(RIGA), RIGA) is None
