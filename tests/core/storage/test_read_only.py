"""A read-only database file or data folder: reading works where SQLite allows it, every write
says DatabaseReadOnlyError, and nothing on disk changes.

Each scenario runs in a child process, as the learner would. Permissions mean nothing to a
root with its capabilities, so when the suite runs as root the child stays root but runs
without any capability (``setpriv``): file permissions then apply to it as to anyone, and it
can still run an interpreter that lives in root's private home folder (as pyenv puts it) and
a checkout in a private folder. Where that is not possible it runs as ``nobody`` on a folder
it owns instead; a machine that allows neither skips these tests with the reason, except in
CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.banks.io import write_bank
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.datafolder.paths import user_banks_dir
from tests.core.factories import RIGA, make_bank, study_all
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

# Runs as the learner; prints one JSON object of what it saw.
CHILD = r"""
import json, sys
from pathlib import Path
from zoneinfo import ZoneInfo
from quizapp.cli import main
from quizapp.core.study.cards import Rating
from quizapp.core.collection import Collection
from quizapp.core.errors import StorageError
from quizapp.core.banks.importer import commit_import, preview_import
from quizapp.core.datafolder.paths import user_banks_dir
from quizapp.core.storage.recovery import diagnose

data = Path(sys.argv[1])
seen = {}

def attempt(name, fn):
    try:
        seen[name] = ["ok", fn()]
    except StorageError as exc:
        seen[name] = [type(exc).__name__, str(exc)]

def opened(**kw):
    return Collection.open(data, tz=ZoneInfo("Europe/Riga"), bank_dirs=[user_banks_dir(data)],
                           **kw)

def study(col):
    card = col.next_card()
    return col.answer(card, Rating.GOOD, 1000).review_id

attempt("open", lambda: opened().close())
attempt("open_read_only", lambda: opened(read_only=True).close())
col = None
for kw in ({}, {"read_only": True}):
    try:
        col = opened(**kw)
        break
    except StorageError:
        pass
if col is not None:
    seen["read_only"] = col.read_only
    attempt("stats", lambda: col.stats().totals.reviews)
    attempt("answer", lambda: study(col))
    attempt("col_backup", lambda: col.backup().name)
    attempt("import", lambda: commit_import(col, preview_import(sys.argv[2])).added)
    col.close()
problem = diagnose(data)
seen["diagnose"] = [problem.kind.value, [r.value for r in problem.remedies]]
for cmd in (["stats", "--json"], ["backup"], ["recover", "--start-fresh"]):
    import contextlib, io
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data), *cmd])
    seen[" ".join(cmd)] = [code, err.getvalue()]
print(json.dumps(seen))
"""


@pytest.fixture
def learner_dir(tmp_path: Path) -> Iterator[Path]:
    """A data folder the test's learner owns (left writable again for the clean-up)."""
    base = tmp_path if os.geteuid() != 0 or _root_without_capabilities() \
        else Path(tempfile.mkdtemp(prefix="quizapp-ro-"))
    try:
        yield base / "data"
    finally:
        for p in [base, *base.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        if base != tmp_path:
            shutil.rmtree(base)


# Root keeps its user id but loses every capability (reading and writing past permissions
# among them), in the child and whatever it runs.
DROP_CAPABILITIES = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]


def _root_without_capabilities() -> bool:
    """Whether this machine lets root run a child without capabilities (``setpriv``)."""
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run([*DROP_CAPABILITIES, "sh", "-c", "grep -q '^CapEff:\\s*0*$' "
                            "/proc/self/status"], capture_output=True, timeout=30)
    return probe.returncode == 0


def _as_learner(folder: Path) -> tuple[list[str], dict[str, object]]:
    """How to run the child as the learner who owns ``folder``: a command prefix and the
    ``subprocess.run`` arguments."""
    if os.geteuid() != 0:
        return [], {}
    if _root_without_capabilities():
        return DROP_CAPABILITIES, {}
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        if os.environ.get("CI"):
            pytest.fail("root without setpriv and without a 'nobody' user: the read-only "
                        "scenarios cannot run")
        pytest.skip("running as root, and neither setpriv nor a 'nobody' user is there")
    for p in [folder.parent, *folder.parent.rglob("*")]:
        os.chown(p, nobody.pw_uid, nobody.pw_gid)
    return [], {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _run_as_learner(data: Path) -> dict[str, list[object]]:
    prefix, ids = _as_learner(data)
    res = subprocess.run(
        [*prefix, sys.executable, "-B", "-c", CHILD, str(data),
         str(ROOT / "tests" / "fixtures" / "documents" / "coffee-vs-tea.html")],
        capture_output=True, text=True, timeout=120, cwd=data.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(data.parent)},
        **ids)  # type: ignore[arg-type]
    assert res.returncode == 0, res.stderr
    seen: dict[str, list[object]] = json.loads(res.stdout.splitlines()[-1])
    return seen


def _seed(data: Path, clock: FixedClock) -> int:
    write_bank(make_bank(), user_banks_dir(data) / "demo.yaml")
    # The default bank folders, as the CLI opens them: the built-in bank is synced here,
    # so a later read-only `quizapp stats` has nothing to write.
    with Collection.open(data, clock=clock, tz=RIGA) as col:
        study_all(col, step_minutes=11)
        return col.store.reviews.count()


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else p.read_bytes()
            for p in sorted(folder.rglob("*"))}


def test_a_read_only_database_file_reads_and_refuses_every_write(
        learner_dir: Path, clock: FixedClock) -> None:
    reviews = _seed(learner_dir, clock)
    db = learner_dir / "progress.sqlite3"
    db.chmod(0o444)
    before = db.read_bytes()

    seen = _run_as_learner(learner_dir)
    assert seen["open"][0] == "ok" and seen["read_only"] is False
    assert seen["stats"] == ["ok", reviews]
    for write in ("answer", "import"):
        assert seen[write][0] == "DatabaseReadOnlyError", write
        assert "read-only" in str(seen[write][1])
    assert seen["col_backup"][0] == "ok"  # a backup only reads the database
    assert seen["diagnose"] == ["read_only", ["open_read_only", "retry"]]
    code, err = seen["stats --json"]
    assert code == 0 and "read-only" not in str(err)
    # Starting fresh works (the folder is writable): the old file is renamed, untouched.
    assert seen["recover --start-fresh"][0] == 0
    [moved] = learner_dir.glob("progress.sqlite3.broken-*[0-9]")
    assert moved.read_bytes() == before
    assert not (learner_dir / "banks" / "coffee-vs-tea.yaml").exists()
    assert not (learner_dir / "documents").exists()


def test_a_read_only_data_folder_opens_read_only_and_changes_nothing(
        learner_dir: Path, clock: FixedClock) -> None:
    reviews = _seed(learner_dir, clock)
    for p in [learner_dir, *learner_dir.rglob("*")]:
        if p.is_dir():
            p.chmod(0o555)
    before = _snapshot(learner_dir)

    seen = _run_as_learner(learner_dir)
    assert seen["open"][0] == "DatabaseReadOnlyError"
    assert seen["open_read_only"][0] == "ok" and seen["read_only"] is True
    assert seen["stats"] == ["ok", reviews]
    for write in ("answer", "import", "col_backup"):
        assert seen[write][0] in ("DatabaseReadOnlyError", "ReadOnlyError"), write
    assert seen["diagnose"] == ["read_only", ["open_read_only", "retry"]]
    code, err = seen["stats --json"]
    assert code == 0 and "showing it read-only" in str(err)
    for cmd in ("backup", "recover --start-fresh"):
        code, err = seen[cmd]
        assert code == 2 and str(err).startswith("quizapp: error: cannot write: ")
        assert str(err).count("\n") == 1 and "Traceback" not in str(err)
    assert _snapshot(learner_dir) == before


def test_a_read_only_folder_without_a_database_creates_nothing(learner_dir: Path) -> None:
    learner_dir.mkdir(parents=True)
    learner_dir.chmod(0o555)
    seen = _run_as_learner(learner_dir)
    assert seen["open"][0] == "DatabaseReadOnlyError"
    assert seen["open_read_only"][0] == "DatabaseReadOnlyError"
    code, err = seen["stats --json"]
    assert code == 2 and "cannot write" in str(err)
    assert list(learner_dir.iterdir()) == []
