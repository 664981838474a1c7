"""File-menu work on the learner's data: export, backup, restore, optimise the schedule.

Every action runs its work as a backend job and reports in a dialog or the status bar.
File choosers are attributes (``choose_save``/``choose_backup``) so tests can answer them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.dialogs import ask_yes_no, choose_backup, notice

if TYPE_CHECKING:
    from quizapp.core.storage.backup import BackupInfo, RestoreOutcome
    from quizapp.core.collection import Collection
    from quizapp.core.export import ExportReport
    from quizapp.core.study.optimize import OptimizeResult

SaveChooser = Callable[[QWidget, str, str, str], "Path | None"]


def _ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
    return Path(name) if name else None


class DataActions(QObject):
    """Export, backup, restore and schedule optimisation, for the main window's menus.

    Signals:
        message(str): A one-line outcome for the status bar.
    """

    message = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.choose_save: SaveChooser = _ask_save_path
        self.choose_backup: Callable[[QWidget, list[BackupInfo]], Path | None] = choose_backup
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.last_dialog: QMessageBox | None = None
        # Chooses the optimiser's held-out cards (tests seed it).
        self.rng = random.Random()

    # ------------------------------------------------------------------ export
    def export_anki(self) -> None:
        path = self.choose_save(self.window, self.tr("Export flashcards to Anki"),
                                f"quizapp-{date.today().isoformat()}.apkg",
                                self.tr("Anki package (*.apkg)"))
        if path is not None:
            self._export(lambda col: _export(col, anki=path))

    def export_csv(self) -> None:
        path = self.choose_save(self.window, self.tr("Export questions as CSV"),
                                "quizapp-items.csv", self.tr("CSV file (*.csv)"))
        if path is not None:
            self._export(lambda col: _export(col, items_csv=path))

    def export_history(self) -> None:
        path = self.choose_save(self.window, self.tr("Export review history as CSV"),
                                "quizapp-reviews.csv", self.tr("CSV file (*.csv)"))
        if path is not None:
            self._export(lambda col: _export(col, history_csv=path))

    def _export(self, job: Callable[[Collection], ExportReport]) -> None:
        self.ctx.backend.run(job, self._on_exported, self._on_failed(self.tr("Export failed")),
                             owner=self.window)

    def _on_exported(self, report: ExportReport) -> None:
        lines = []
        if report.anki is not None:
            lines.append(self.tr("%n note(s) in %1", "", report.anki.notes)
                         .replace("%1", str(report.anki.path)))
        for part in (report.items, report.history):
            if part is not None:
                lines.append(self.tr("%n row(s) in %1", "", part.rows)
                             .replace("%1", str(part.path)))
        self._inform(self.tr("Exported"), "\n".join(lines))

    # ------------------------------------------------------------------ backup
    def backup_now(self) -> None:
        self.ctx.backend.run(lambda col: col.backup(), self._on_backed_up,
                             self._on_failed(self.tr("Backup failed")), owner=self.window)

    def _on_backed_up(self, path: Path) -> None:
        self.message.emit(self.tr("Backed up to %1").replace("%1", str(path)))

    def restore(self) -> None:
        """Pick a backup and put it in place of the current progress (which is backed up)."""
        from quizapp.core.storage.backup import list_backups
        from quizapp.core.datafolder.paths import backups_dir

        source = self.choose_backup(self.window, list_backups(backups_dir(self.ctx.data_dir)))
        if source is None:
            return
        if not self.confirm(self.window, self.tr("Restore this backup?"), self.tr(
                "Your current progress is backed up first, then replaced by %1.")
                .replace("%1", source.name)):
            return
        data, clock = self.ctx.data_dir, self.ctx.clock

        def job() -> RestoreOutcome:
            from quizapp.core.storage.backup import restore

            return restore(data, source, clock.now())

        self.ctx.backend.reopen(job, self._on_restored,
                                self._on_failed(self.tr("Restore failed")), owner=self.window)

    def _on_restored(self, outcome: RestoreOutcome) -> None:
        text = self.tr("Your progress was restored from %1.").replace(
            "%1", str(outcome.source.name if outcome.source else ""))
        if outcome.safety_backup is not None:
            text += "\n" + self.tr("The progress it replaced was saved as %1.").replace(
                "%1", str(outcome.safety_backup))
        self._inform(self.tr("Restored"), text)

    # ------------------------------------------------------------------ optimise
    def optimise(self) -> None:
        rng = random.Random(self.rng.random())

        def job(col: Collection) -> OptimizeResult:
            from quizapp.core.study.optimize import optimize

            return optimize(col, rng)

        self.message.emit(self.tr("Fitting the schedule to your reviews…"))
        self.ctx.backend.run(job, self._on_optimised, self._on_optimise_failed,
                             owner=self.window)

    def _on_optimise_failed(self, exc: Exception) -> None:
        from quizapp.core.errors import NotEnoughReviewsError

        if isinstance(exc, NotEnoughReviewsError):
            self._inform(self.tr("Not enough reviews yet"), self.tr(
                "Optimising needs at least %1 flashcard answers; you have given %2 so far. "
                "Until then the standard FSRS weights serve you well.")
                .replace("%1", str(exc.required)).replace("%2", str(exc.reviews)))
            return
        self._on_failed(self.tr("Optimising failed"))(exc)

    def _on_optimised(self, result: OptimizeResult) -> None:
        summary = self.tr(
            "Fitted to %1 answers on %2 cards; %3 cards were kept out to check the fit.\n"
            "Prediction error (log loss, lower is better): now %4, fitted %5.")
        summary = (summary.replace("%1", str(result.reviews_used))
                   .replace("%2", str(result.cards)).replace("%3", str(result.held_out_cards))
                   .replace("%4", f"{result.log_loss_before:.4f}")
                   .replace("%5", f"{result.log_loss_after:.4f}"))
        if not result.improved:
            self._inform(self.tr("Your schedule is already a good fit"), summary + "\n"
                         + self.tr("The fitted weights would not predict better; nothing "
                                   "was changed."))
            return
        if self.confirm(self.window, self.tr("Use the fitted schedule?"),
                        summary + "\n" + self.tr("Use the fitted weights from now on?")):
            settings = self.ctx.settings
            try:
                settings.save(replace(settings.value, fsrs_parameters=result.parameters))
            except Exception as exc:  # noqa: BLE001 - shown to the learner, nothing lost
                self._on_failed(self.tr("Could not save the fitted schedule"))(exc)
                return
            self.ctx.backend.run(lambda col: None, changes=Change.SETTINGS)
            self.message.emit(self.tr("The fitted schedule is in use."))

    # ------------------------------------------------------------------ helpers
    def _on_failed(self, title: str) -> Callable[[Exception], None]:
        def show(exc: Exception) -> None:
            self._inform(title, str(exc), icon=QMessageBox.Icon.Warning)

        return show

    def _inform(self, title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        self.last_dialog = notice(self.window, icon, title, text)
        self.message.emit(title)


def _export(col: Collection, **paths: Path) -> ExportReport:
    from quizapp.core.export import export_collection

    return export_collection(col, **paths)
