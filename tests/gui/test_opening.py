"""A document named on the command line (a menu's "Open with quizapp"), or handed over by a
later launch, opens the import preview; a path that is not a file is one line and exit 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.gui.instance import SingleInstance
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.opening import open_documents
from tests.gui.conftest import MakeContext
from tests.helpers import DOCS, hand_over_elsewhere


def test_a_document_from_the_command_line_is_previewed_once_home_is_up(
        qtbot: QtBot, make_ctx: MakeContext, tmp_path: Path) -> None:
    ctx = make_ctx(open_now=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home_is_up: list[Callable[[], None]] = []
    open_documents(window, SingleInstance(tmp_path), DOCS / "coffee-vs-tea.html",
                   home_is_up.append)
    window.show()
    ctx.backend.open()
    qtbot.waitUntil(lambda: window.home.overview is not None, timeout=15000)
    assert window._importer is None  # nothing until home is up: start-up is not slowed
    for run in home_is_up:
        run()
    qtbot.waitUntil(lambda: window.importer.preview_dialog is not None, timeout=20000)
    preview = window.importer.preview_dialog
    assert preview is not None
    assert preview.preview.bank.meta.title == "Coffee vs Tea: Difference and Comparison"


def test_a_document_handed_over_by_a_later_launch_is_previewed(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path)
    assert instance.acquire() and instance.listen()
    open_documents(window, instance, None, lambda _run: None)
    # A name no line-based message could carry as it is.
    odd = tmp_path / "notes\nwith a line break ü.md"
    odd.write_bytes((DOCS / "plain-notes.md").read_bytes())
    with qtbot.waitSignal(instance.activated, timeout=15000):
        proc = hand_over_elsewhere(tmp_path, odd)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    assert proc.returncode == 0
    qtbot.waitUntil(lambda: window.importer.preview_dialog is not None, timeout=20000)
    preview = window.importer.preview_dialog
    assert preview is not None and preview.preview.source == odd
    instance.release()


@pytest.mark.parametrize(("name", "what"), [("missing.txt", "does not exist"),
                                             ("folder.md", "is not a file")])
def test_a_path_that_is_no_document_is_one_line_and_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str, what: str) -> None:
    (tmp_path / "folder.md").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main([name]) == 2
    assert capsys.readouterr().err == f"quizapp: error: cannot import {name}: it {what}\n"
