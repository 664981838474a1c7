"""File and Tools menus: export, backup, restore and schedule optimisation from the GUI."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.core.banks.io import load_bank
from quizapp.core.study.cards import Rating
from quizapp.core.datafolder.paths import backups_dir
from quizapp.gui.context import AppContext
from quizapp.gui.dataactions import DataActions
from quizapp.gui.mainwindow import MainWindow
from tests.core.factories import make_bank
from tests.core.simulate import FORGETFUL, Learner, simulate
from tests.gui.conftest import MakeContext
from tests.helpers import COMMITTED_BANK


def _run(qtbot: QtBot, ctx: AppContext, job):  # type: ignore[no-untyped-def]
    out: list[object] = []
    ctx.backend.run(job, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=110000)
    return out[0]


def _answer(qtbot: QtBot, ctx: AppContext, n: int) -> None:
    def job(col):  # type: ignore[no-untyped-def]
        for _ in range(n):
            col.answer(col.next_card(), Rating.GOOD, 1000)

    _run(qtbot, ctx, job)


def _reviews(qtbot: QtBot, ctx: AppContext) -> int:
    return int(_run(qtbot, ctx, lambda col: col.store.reviews.count()))  # type: ignore[arg-type]


def _actions(qtbot: QtBot, window: MainWindow) -> DataActions:
    actions = window.data_actions
    actions.confirm = lambda *_args: True
    return actions


def _dialog_text(qtbot: QtBot, actions: DataActions) -> str:
    qtbot.waitUntil(lambda: actions.last_dialog is not None, timeout=30000)
    assert actions.last_dialog is not None
    text = actions.last_dialog.text()
    actions.last_dialog.close()
    actions.last_dialog = None
    return text


def test_export_to_anki_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    actions = _actions(qtbot, window)
    target = tmp_path / "cards.apkg"
    actions.choose_save = lambda *_args: target
    menu_action = next(a for a in window.menus.file.actions() if "Anki" in a.text())
    menu_action.trigger()
    text = _dialog_text(qtbot, actions)
    studied = len(load_bank(COMMITTED_BANK).studied)
    assert f"{studied} notes" in text and str(target) in text
    assert zipfile.is_zipfile(target)


def test_export_csv_of_items_and_history(qtbot: QtBot, window: MainWindow,
                                         tmp_path: Path) -> None:
    actions = _actions(qtbot, window)
    _answer(qtbot, window.ctx, 3)
    actions.choose_save = lambda *_args: tmp_path / "items.csv"
    actions.export_csv()
    items = len(load_bank(COMMITTED_BANK).items)
    assert f"{items} rows" in _dialog_text(qtbot, actions)
    actions.choose_save = lambda *_args: tmp_path / "history.csv"
    actions.export_history()
    assert "3 rows" in _dialog_text(qtbot, actions)
    assert (tmp_path / "history.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_to_a_missing_folder_says_so_and_writes_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    actions = _actions(qtbot, window)
    actions.choose_save = lambda *_args: tmp_path / "nope" / "cards.apkg"
    actions.export_anki()
    assert "nope" in _dialog_text(qtbot, actions)
    assert not (tmp_path / "nope").exists()


def test_cancelled_file_choice_does_nothing(qtbot: QtBot, window: MainWindow) -> None:
    actions = _actions(qtbot, window)
    actions.choose_save = lambda *_args: None
    actions.export_anki()
    assert actions.last_dialog is None


def test_back_up_then_restore_from_the_gui(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    actions = _actions(qtbot, window)
    _answer(qtbot, ctx, 2)
    with qtbot.waitSignal(actions.message, timeout=10000) as sig:
        actions.backup_now()
    assert "Backed up to" in sig.args[0]
    manual = [p for p in backups_dir(ctx.data_dir).iterdir() if "manual" in p.name]
    assert len(manual) == 1
    before = len(list(backups_dir(ctx.data_dir).iterdir()))
    _answer(qtbot, ctx, 3)
    assert _reviews(qtbot, ctx) == 5
    offered: list[list[Path]] = []

    def choose(_parent, backups):  # type: ignore[no-untyped-def]
        offered.append([b.path for b in backups])
        return manual[0]

    actions.choose_backup = choose
    actions.restore()
    assert "restored from" in _dialog_text(qtbot, actions)
    assert manual[0] in offered[0]
    assert _reviews(qtbot, ctx) == 2  # the collection was reopened on the restored file
    # The replaced progress (5 answers) was kept as a backup, never deleted.
    assert len(list(backups_dir(ctx.data_dir).iterdir())) == before + 1
    qtbot.waitUntil(lambda: window.home.overview is not None
                    and window.home.overview.reviews_total == 2, timeout=10000)


def test_optimise_needs_500_reviews(qtbot: QtBot, window: MainWindow) -> None:
    actions = _actions(qtbot, window)
    _answer(qtbot, window.ctx, 4)
    actions.optimise()
    text = _dialog_text(qtbot, actions)
    assert "500" in text and "4" in text


def _optimiser(qtbot: QtBot, make_ctx: MakeContext, seed: int
               ) -> tuple[AppContext, DataActions, list[str], list[str]]:
    """Sixty simulated days of a forgetful learner, and the File menu's optimiser with its
    held-out split seeded by ``seed``; returns the context, the actions, and the lists the
    confirmation questions and the status messages are collected in."""
    ctx = make_ctx(make_bank(topics=10, cards_per_topic=15, questions_per_topic=0))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    _run(qtbot, ctx, lambda col: simulate(col, Learner(FORGETFUL, random.Random(7)), 60))
    actions = win.data_actions
    actions.rng = random.Random(seed)
    asked: list[str] = []
    informed: list[str] = []
    actions.message.connect(informed.append)
    return ctx, actions, asked, informed


@pytest.mark.slow
@pytest.mark.timeout(300)  # fitting runs native threads; a loaded machine slows it a lot
def test_optimise_fits_and_applies_only_when_accepted(qtbot: QtBot,
                                                      make_ctx: MakeContext) -> None:
    # The held-out cards are drawn at random: unseeded, about one split in 40 of this
    # history fits no better, and the app rightly says so instead of asking. Seed 1 gives
    # splits that improve log loss (by 0.021 on the history the default settings give, load
    # balancing on; deterministic: same history, same fit).
    ctx, actions, asked, informed = _optimiser(qtbot, make_ctx, 1)
    actions.confirm = lambda _parent, _title, text: asked.append(text) or False
    actions.optimise()
    qtbot.waitUntil(lambda: bool(asked) or "good fit" in " ".join(informed), timeout=110000)
    assert asked, informed  # a fit that improves is offered, not just reported
    assert "log loss" in asked[0]
    assert ctx.settings.value.fsrs_parameters == ()  # declined: nothing changed
    actions.confirm = lambda *_args: True
    with qtbot.waitSignal(ctx.settings.changed, timeout=110000):
        actions.optimise()
    assert len(ctx.settings.value.fsrs_parameters) == 21
    assert "fsrs_parameters" in ctx.settings.path.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_fit_that_predicts_no_better_changes_nothing(qtbot: QtBot,
                                                       make_ctx: MakeContext) -> None:
    # Seed 29's held-out cards are predicted worse by the fitted weights (log loss +0.024;
    # the history is the one the default settings give, load balancing on; of seeds 1-30,
    # 4, 12 and 29 fit no better): the learner is told, and not asked to switch.
    ctx, actions, asked, informed = _optimiser(qtbot, make_ctx, 29)
    actions.confirm = lambda _parent, _title, text: asked.append(text) or True
    actions.optimise()
    qtbot.waitUntil(lambda: "good fit" in " ".join(informed), timeout=110000)
    assert not asked
    assert "nothing was changed" in _dialog_text(qtbot, actions)
    assert ctx.settings.value.fsrs_parameters == ()
