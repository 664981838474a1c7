"""A progress database that cannot be opened: the app says why and offers the way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.core.storage.backup import create_backup
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.datafolder.paths import backups_dir, db_path
from quizapp.core.storage import Store
from quizapp.gui.mainwindow import MainWindow
from tests.gui.conftest import MakeContext


def _window(qtbot: QtBot, make_ctx: MakeContext, data: Path) -> MainWindow:
    ctx = make_ctx(open_now=False, data=data)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    ctx.backend.open()
    return win


def _dialog(qtbot: QtBot, win: MainWindow):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.recovery.dialog is not None, timeout=15000)
    return win.recovery.dialog


def _history(tmp_path: Path, clock: FixedClock, answers: int) -> Path:
    """A data folder with ``answers`` answers and a backup taken after them."""
    from tests.core.factories import open_collection
    from tests.helpers import study_bank

    data = tmp_path / "data"
    col = open_collection(data, clock, study_bank())
    for _ in range(answers):
        col.answer(col.next_card(), Rating.GOOD, 1000)  # type: ignore[arg-type]
    create_backup(col.store.db, backups_dir(data), clock.now())
    col.close()
    return data


def test_garbage_database_start_fresh_keeps_the_broken_file(
        qtbot: QtBot, make_ctx: MakeContext, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path(data).write_bytes(b"this is not a database" * 100)
    win = _window(qtbot, make_ctx, data)
    dialog = _dialog(qtbot, win)
    assert "damaged" in dialog.headline()
    assert list(dialog.buttons) == ["start_fresh", "quit"]  # no backup to offer
    dialog.buttons["start_fresh"].click()
    qtbot.waitUntil(lambda: win.home.overview is not None
                    and not win.home.overview.banks_loading, timeout=15000)
    broken = [p for p in data.iterdir() if ".broken-" in p.name]
    assert len(broken) == 1 and broken[0].read_bytes().startswith(b"this is not")
    assert win.home.due_new.text() == "20"


def test_damaged_database_restores_the_latest_backup(
        qtbot: QtBot, make_ctx: MakeContext, tmp_path: Path, clock: FixedClock) -> None:
    data = _history(tmp_path, clock, answers=3)
    raw = db_path(data).read_bytes()
    db_path(data).write_bytes(raw[: len(raw) // 3])  # truncated
    win = _window(qtbot, make_ctx, data)
    dialog = _dialog(qtbot, win)
    assert list(dialog.buttons)[0] == "restore_backup"
    assert "latest backup" in dialog.advice()
    dialog.buttons["restore_backup"].click()
    qtbot.waitUntil(lambda: win.home.overview is not None
                    and not win.home.overview.banks_loading, timeout=15000)
    assert win.home.overview is not None and win.home.overview.reviews_total == 3
    assert any(".broken-" in p.name for p in data.iterdir())  # moved aside, not deleted


def test_a_newer_schema_is_explained(qtbot: QtBot, make_ctx: MakeContext,
                                     tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store.open(db_path(data)).close()
    import sqlite3

    conn = sqlite3.connect(db_path(data))
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    win = _window(qtbot, make_ctx, data)
    dialog = _dialog(qtbot, win)
    assert "newer quizapp" in dialog.headline()
    assert "99" in dialog.advice()
    before = db_path(data).read_bytes()
    dialog.buttons["quit"].click()
    assert db_path(data).read_bytes() == before  # untouched


@pytest.mark.parametrize("key", ["quit"])
def test_escape_quits_without_touching_anything(qtbot: QtBot, make_ctx: MakeContext,
                                                tmp_path: Path, key: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path(data).write_bytes(b"\x00garbage")
    win = _window(qtbot, make_ctx, data)
    dialog = _dialog(qtbot, win)
    with qtbot.waitSignal(dialog.chosen) as sig:
        dialog.reject()
    assert sig.args == [key]
    assert db_path(data).read_bytes() == b"\x00garbage"


def test_read_only_folder_opens_read_only_on_request(qtbot: QtBot, make_ctx: MakeContext,
                                                     tmp_path: Path) -> None:
    from quizapp.core.storage.errors import DatabaseReadOnlyError

    data = tmp_path / "data"
    ctx = make_ctx(open_now=False, data=data)
    real = ctx.backend._worker._opener  # noqa: SLF001 - simulate a folder we cannot write

    def opener(read_only: bool = False):  # type: ignore[no-untyped-def]
        if not read_only:
            raise DatabaseReadOnlyError(f"{data}: attempt to write a readonly database")
        return real(read_only=True)

    ctx.backend._worker._opener = opener  # noqa: SLF001
    real(read_only=False).close()  # the database exists
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    ctx.backend.open()
    dialog = _dialog(qtbot, win)
    assert "cannot be written" in dialog.headline()
    assert list(dialog.buttons) == ["open_read_only", "retry", "quit"]
    dialog.buttons["open_read_only"].click()
    qtbot.waitUntil(lambda: win.home.overview is not None
                    and not win.home.overview.banks_loading, timeout=15000)
    assert "read-only" in win.statusBar().currentMessage()
