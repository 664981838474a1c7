"""Settings: daily limits, retention, quiz defaults, appearance and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.errors import SettingsError
from quizapp.gui.context import AppContext
from quizapp.gui.theme import set_role
from quizapp.gui.views.settings.form import TWO_COLUMNS_FROM, SettingsForm
from quizapp.gui.views.settings.problems import describe
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain


class SettingsView(QWidget):
    """Edit the learner's settings; Save writes them, Cancel leaves them as they were.

    Signals:
        closed(): Leave the screen (after Save, or on Cancel / Esc without saving).
    """

    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._build()
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        follow_language(self, self.retranslate)
        self.retranslate()
        self.activate()

    def retranslate(self) -> None:
        """Every word of the screen in the current language (the form says its own)."""
        set_plain(self.title, self.tr("Settings"))
        self.warning.setAccessibleName(self.tr("Settings file problems"))
        self.message.setAccessibleName(self.tr("Settings message"))
        self.defaults_button.setText(self.tr("Restore defaults"))
        self.defaults_button.setToolTip(self.tr("Fill in the out-of-the-box values; nothing "
                                                "is saved until you press Save."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Leave without saving (Esc)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save these settings (Ctrl+S or Enter)"))
        rows = ((self.data_label, self.data_path, self.data_open_button, self.tr("Data folder"),
                 self.tr("Open data folder")),
                (self.settings_label, self.settings_path, self.settings_open_button,
                 self.tr("Settings file"), self.tr("Open settings folder")))
        for label, field, button, text, button_name in rows:
            set_plain(label, text)
            field.setAccessibleName(text)
            button.setText(self.tr("Open folder"))
            button.setAccessibleName(button_name)
        set_plain(self.data_hint, self.tr(
            "Your progress, backups and imported material are kept in the data folder."))
        if self.warning.isVisible():
            self._show_warning()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        page = QVBoxLayout(body)
        page.setContentsMargins(24, 18, 24, 12)
        page.setSpacing(12)
        self.title = plain_label("", "title", wrap=False)
        page.addWidget(self.title)
        self.warning = plain_label("", "warning", selectable=True)
        self.warning.hide()
        page.addWidget(self.warning)
        self.form = SettingsForm()
        self.form.edited.connect(self._on_form_edited)
        self._build_data_group()
        page.addWidget(self.form)
        page.addStretch(1)

        bar = QWidget()
        bar.setObjectName("page")
        column = QVBoxLayout(bar)
        column.setContentsMargins(24, 8, 24, 12)
        column.setSpacing(8)
        self.message = plain_label("", "error", selectable=True)
        self.message.hide()
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(10)
        column.addLayout(row)
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton()
        set_role(self.save_button, "role", "primary")
        self.save_button.clicked.connect(self.save)
        for button in (self.defaults_button, self.cancel_button, self.save_button):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
            button.setMinimumWidth(110)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        outer.addWidget(bar)

    def _build_data_group(self) -> None:
        grid = QGridLayout(self.form.data_group)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.data_label, self.data_path, self.data_open_button = self._path_row(
            grid, 0, self.ctx.data_dir)
        self.settings_label, self.settings_path, self.settings_open_button = self._path_row(
            grid, 1, self.ctx.settings.path.parent)
        self.data_hint = plain_label("", "hint")
        grid.addWidget(self.data_hint, 2, 0, 1, 3)

    def _path_row(self, grid: QGridLayout, row: int, folder: Path
                  ) -> tuple[QLabel, QLineEdit, QPushButton]:
        label = plain_label("", wrap=False)
        field = QLineEdit()
        field.setReadOnly(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        button = QPushButton()
        button.setAutoDefault(True)
        button.clicked.connect(lambda: self._open_folder(folder))
        grid.addWidget(button, row, 2)
        return label, field, button

    # ------------------------------------------------------------------ public API
    def activate(self) -> None:
        """Show the saved settings (unsaved edits from a cancelled visit are dropped)."""
        from quizapp.gui.views.examdate import study_date

        self.form.exam.today = study_date(self.ctx)
        self.form.load(self.ctx.settings.value)
        self.data_path.setText(str(self.ctx.data_dir))
        self.settings_path.setText(str(self.ctx.settings.path))
        self._show_message("")
        self.warning.setVisible(bool(self.ctx.settings.warnings))
        if self.ctx.settings.warnings:
            self._show_warning()

    def _show_warning(self) -> None:
        warnings = self.ctx.settings.warnings
        set_plain(self.warning, self.tr(
            "Your settings file %1 could not be read completely, so defaults are used "
            "where it was broken. Saving writes a correct file.").replace(
                "%1", str(self.ctx.settings.path)) + "\n"
            + "\n".join("• " + describe(w) for w in warnings))

    def save(self) -> bool:
        """Validate and store the form; close unless something needs saying.

        Returns:
            Whether the settings were saved.
        """
        try:
            new = self.form.read()
            self.ctx.settings.save(new)
        except SettingsError as exc:
            self._show_message(self.tr("Not saved: %1").replace("%1", str(exc)))
            if self.form.invalid_field is not None:
                self.form.invalid_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.warning.hide()
        self.form.load(new)
        self._show_message("")
        self.closed.emit()
        return True

    def cancel(self) -> None:
        """Leave without saving."""
        self.form.load(self.ctx.settings.value)
        self._show_message("")
        self.closed.emit()

    def restore_defaults(self) -> None:
        """Fill the form with the out-of-the-box values (saved only by Save)."""
        self.form.load_defaults()
        self._show_message(self.tr("Defaults filled in; press Save to keep them."), "hint")

    # ------------------------------------------------------------------ internals
    def _show_message(self, text: str, role: str = "error") -> None:
        set_role(self.message, "role", role)
        set_plain(self.message, text)
        self.message.setVisible(bool(text))

    def _on_form_edited(self) -> None:
        if self.message.property("role") == "hint":
            self._show_message("")

    def _open_folder(self, folder: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._show_message(self.tr("Could not open %1").replace("%1", str(folder)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Fields pass Enter and Esc on when they have no use for them.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.form.set_columns(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
