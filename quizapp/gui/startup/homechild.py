"""The forked child that reads home's early numbers while the app loads Qt (Linux).

Start-up is mostly single-threaded Python: importing Qt and building the window hold the
interpreter lock, so reading the progress database on a thread only takes turns with them.
On Linux the app forks once, before Qt is imported and before any thread exists (the one
moment a fork is safe), and the child reads :func:`~quizapp.core.stats.overview.quick_home` on the
second core. The parent collects the answer from a pipe once its window is built; it
travels as ``marshal`` data (plain tuples, built into the language: no import for the
parent, and nothing in it can run code).

Anything unusual — no ``fork``, other threads already running, the child failing or
declining — yields ``None`` and the app waits for the collection's own numbers instead, as it
does on other systems.
"""

from __future__ import annotations

import marshal
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.core.stats.overview import DailyLimits, HomeOverview

# The child's answer is a few hundred bytes per bank; more than this is not ours.
MAX_ANSWER_BYTES = 4 * 1024 * 1024


def can_fork() -> bool:
    """Whether the child may be forked here and now: Linux (elsewhere system
    frameworks may not survive a fork), and no other thread running (a fork copies only the
    calling thread; a lock held by another one would stay locked in the child)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1)


class HomeChild:
    """A forked child computing ``quick_home``; the parent reads its answer from a pipe.

    Create with :meth:`start`. The parent polls with :meth:`poll` (non-blocking) or waits for
    :meth:`fileno` to become readable (a ``QSocketNotifier`` does), then reads
    :attr:`result`. :meth:`close` reaps the child; it is safe to call more than once.
    """

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self._fd: int | None = fd
        self._chunks: list[bytes] = []
        self._size = 0
        self.done = False
        self.result: HomeOverview | None = None

    @classmethod
    def start(cls, data: Path, bank_dirs: Sequence[Path], limits: DailyLimits, now: datetime,
              tz: tzinfo | None = None) -> HomeChild | None:
        """Fork a child that reads the early numbers of data folder ``data``; ``None`` when
        forking is not safe here (see :func:`can_fork`) or fails."""
        if not can_fork():
            return None
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # pragma: no cover - the child; its answer is what the tests check
            os.close(read_fd)
            _child(write_fd, data, bank_dirs, limits, now, tz)
        os.close(write_fd)
        os.set_blocking(read_fd, False)
        return cls(pid, read_fd)

    def fileno(self) -> int:
        """The pipe's read end (-1 once done)."""
        return -1 if self._fd is None else self._fd

    def poll(self) -> bool:
        """Read what the child has written so far without blocking; True once its answer is
        complete (``result`` is then set, ``None`` when it declined or failed)."""
        while self._fd is not None:
            try:
                chunk = os.read(self._fd, 65536)
            except BlockingIOError:
                return False
            except OSError:
                chunk = b""
            if chunk and self._size + len(chunk) <= MAX_ANSWER_BYTES:
                self._chunks.append(chunk)
                self._size += len(chunk)
                continue
            self._finish(complete=not chunk)
        return True

    def close(self) -> None:
        """Stop listening and reap the child (it has finished or is told to stop)."""
        if self._fd is not None:
            self._finish(complete=False)

    def _finish(self, *, complete: bool) -> None:
        assert self._fd is not None
        os.close(self._fd)
        self._fd = None
        self.done = True
        data, self._chunks = b"".join(self._chunks), []
        if complete and data:
            self.result = decode(data)
        self._reap(wait=complete)

    def _reap(self, *, wait: bool) -> None:
        try:
            if not wait:
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass


def encode(overview: HomeOverview | None) -> bytes:
    """``overview`` (early numbers: no weak topics) as the child sends it."""
    if overview is None or overview.weak:
        return marshal.dumps(None)
    return marshal.dumps((
        tuple((b.id, b.title, b.language, b.flashcards, b.questions,
               (b.due.new, b.due.learning, b.due.review)) for b in overview.banks),
        (overview.due.new, overview.due.learning, overview.due.review),
        (overview.streak.current, overview.streak.longest),
        overview.reviews_total, overview.first_launch, overview.problems,
        overview.backup_error, overview.complete))


def decode(data: bytes) -> HomeOverview | None:
    """The overview :func:`encode` made; ``None`` for anything else (a torn answer)."""
    from quizapp.core.study.due import DueCounts
    from quizapp.core.stats.overview import BankSummary, HomeOverview
    from quizapp.core.study.streak import Streak

    try:
        banks, due, streak, total, first, problems, backup_error, complete = marshal.loads(data)
        overview = HomeOverview(
            banks=tuple(BankSummary(str(i), str(t), str(lang), int(f), int(q),
                                    DueCounts(*(int(n) for n in d)))
                        for i, t, lang, f, q, d in banks),
            due=DueCounts(*(int(n) for n in due)), weak=(),
            streak=Streak(*(int(n) for n in streak)), reviews_total=int(total),
            first_launch=bool(first), problems=tuple(str(p) for p in problems),
            backup_error=str(backup_error), complete=bool(complete))
    except (ValueError, TypeError, EOFError):
        return None
    return overview


def _child(fd: int, data: Path, bank_dirs: Sequence[Path], limits: DailyLimits,
           now: datetime, tz: tzinfo | None) -> None:  # pragma: no cover - runs forked
    """Compute, write, and leave without running the parent's exit handlers or flushing its
    buffers (they belong to the parent)."""
    code = 0
    try:
        from quizapp.core.stats.overview import quick_home

        payload = encode(quick_home(data, bank_dirs, limits, now, tz))
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:  # noqa: BLE001 - the parent treats silence as "no answer"
        code = 1
    finally:
        os._exit(code)
