"""When the progress database cannot be opened: say what happened and offer the way out.

The core diagnoses (``quizapp.core.storage.recovery``); this dialog explains the problem in the UI
language and offers its remedies — restore the latest backup, start fresh (the broken file is
kept next to it, never deleted), open read-only, try again — or quitting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.widgets.text import plain_label

if TYPE_CHECKING:
    from pathlib import Path

    from quizapp.core.clock import Clock
    from quizapp.core.storage.recovery import Problem
    from quizapp.gui.backend import Backend


class RecoveryDialog(QDialog):
    """The problem, its details, and one button per remedy plus Quit.

    Signals:
        chosen(str): A ``Remedy`` value, or "quit".
    """

    chosen = Signal(str)

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setWindowTitle(self.tr("Your progress could not be opened"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.headline(), "heading"))
        layout.addWidget(plain_label(self.advice()))
        if problem.detail:
            layout.addWidget(plain_label(self.tr("Details: %1").replace("%1", problem.detail),
                                         "muted", selectable=True))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for remedy in problem.remedies:
            self._add(buttons, str(remedy), self.remedy_text(str(remedy)))
        buttons.addStretch(1)
        self._add(buttons, "quit", self.tr("Quit"))
        layout.addLayout(buttons)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, 260)

    def _add(self, row: QHBoxLayout, key: str, text: str) -> None:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False, k=key: self._choose(k))
        row.addWidget(button)
        self.buttons[key] = button

    def _choose(self, key: str) -> None:
        self.chosen.emit(key)
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button: quitting, safely
        self.chosen.emit("quit")
        super().reject()

    # ------------------------------------------------------------------ wording
    def headline(self) -> str:
        kind = str(self.problem.kind)
        texts = {
            "corrupt": self.tr("The progress database is damaged."),
            "not_quizapp": self.tr("The progress file is not a quizapp database."),
            "too_new": self.tr("Your progress was saved by a newer quizapp."),
            "read_only": self.tr("Your progress cannot be written to."),
            "disk_full": self.tr("The disk is full."),
            "locked": self.tr("Another program is using your progress."),
        }
        return texts.get(kind, self.tr("Your progress could not be read."))

    def advice(self) -> str:
        kind = str(self.problem.kind)
        p = self.problem
        if kind == "too_new":
            return self.tr("It has version %1; this quizapp reads up to version %2. Update "
                           "quizapp to open it, or restore an older backup.").replace(
                "%1", str(p.found_version)).replace("%2", str(p.supported_version))
        if kind in ("corrupt", "not_quizapp", "too_new"):
            text = self.tr("Nothing has been changed or deleted. Starting fresh keeps the "
                           "file next to the new one, renamed.")
            if p.latest_backup is not None:
                when = QLocale().toString(p.latest_backup.created.astimezone(),
                                          QLocale.FormatType.ShortFormat)
                text = self.tr("The latest backup is from %1. ").replace("%1", when) + text
            return text
        if kind == "read_only":
            return self.tr("Check the permissions of the data folder %1. You can open your "
                           "progress read-only: you can look, but answers are not saved.")\
                .replace("%1", str(p.database.parent))
        if kind == "disk_full":
            return self.tr("Free some space, then try again. Nothing was lost.")
        if kind == "locked":
            return self.tr("Close the other program (or quizapp command) and try again.")
        return self.tr("Try again; if it keeps failing, restore a backup from the data "
                       "folder's backups.")

    def remedy_text(self, remedy: str) -> str:
        texts = {
            "restore_backup": self.tr("Restore the latest backup"),
            "start_fresh": self.tr("Start fresh"),
            "open_read_only": self.tr("Open read-only"),
            "retry": self.tr("Try again"),
        }
        return texts[remedy]


class RecoveryFlow(QObject):
    """Shows :class:`RecoveryDialog` when opening fails and carries out the choice."""

    def __init__(self, window: QWidget, data: Path, clock: Clock, backend: Backend) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.clock = clock
        self.backend = backend
        self.dialog: RecoveryDialog | None = None

    def show_problem(self, exc: object) -> None:
        """Explain why opening failed (``exc``) and offer the remedies."""
        from quizapp.core.errors import StorageError
        from quizapp.core.storage.recovery import Problem, ProblemKind, problem_from_error

        if isinstance(exc, StorageError):
            problem = problem_from_error(exc, self.data)
        else:  # not a storage problem: offer to try again, say what it was
            from quizapp.core.datafolder.paths import db_path

            problem = Problem(ProblemKind.UNREADABLE, db_path(self.data), str(exc))
        dialog = RecoveryDialog(problem, self.window)
        dialog.chosen.connect(self._on_dialog_chosen)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_chosen(self, key: str) -> None:
        data, clock = self.data, self.clock
        if key == "quit":
            self.window.close()
        elif key == "restore_backup":
            from quizapp.core.storage.recovery import restore_latest_backup

            self.backend.open(first=lambda: restore_latest_backup(data, clock.now()))
        elif key == "start_fresh":
            from quizapp.core.storage.recovery import move_aside_and_start_fresh

            self.backend.open(first=lambda: move_aside_and_start_fresh(data, clock.now()))
        elif key == "open_read_only":
            self.backend.open(read_only=True)
        else:
            self.backend.open()
