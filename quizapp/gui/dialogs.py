"""Small dialogs shared by the menus: plain-text notices and questions, choosing a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.widgets.text import plain_label, plain_tooltip

if TYPE_CHECKING:
    from quizapp.core.storage.backup import BackupInfo


class BackupChooser(QDialog):
    """The backups, newest first; or any file the learner picks."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Choose a backup. Your current progress is backed up before it is replaced.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        locale = QLocale()
        for info in backups:
            kind = self.tr("automatic") if info.automatic else self.tr("manual")
            when = locale.toString(info.created.astimezone(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{when} · {kind} · {info.size // 1024} KiB")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(plain_tooltip(str(info.path)))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(plain_label(self.tr("There are no backups yet."), "hint"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        other = QPushButton(self.tr("Choose another file…"))
        other.clicked.connect(self._on_other_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def accept(self) -> None:
        item = self.list.currentItem()
        if self.chosen is None and item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        if self.chosen is not None:
            super().accept()

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), "",
                                              self.tr("quizapp progress (*.sqlite3);;"
                                                      "All files (*)"))
        if name:
            self.chosen = Path(name)
            super().accept()


def choose_backup(parent: QWidget, backups: list[BackupInfo]) -> Path | None:
    """Ask which backup to restore; None when cancelled."""
    dialog = BackupChooser(backups, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def notice(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """Open (non-blocking) a message box whose text is shown literally: messages carry file
    names and error texts, which are content. Returns the box (tests read and close it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def ask_yes_no(parent: QWidget, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Ask a yes/no question (text shown literally); True for Yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(yes if default_yes else no)
    return box.exec() == yes
