"""The main window: a stack of screens, menus with shortcuts, a status bar. Nothing more."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp import __version__
from quizapp.core.datafolder.settings import Theme
from quizapp.gui.context import AppContext
from quizapp.gui.views.home import HomeView

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence

    from quizapp.core.collection import Collection
    from quizapp.gui.dataactions import DataActions
    from quizapp.gui.importing import ImportController
    from quizapp.gui.recovery import RecoveryFlow
    from quizapp.gui.views.document.view import DocumentView
    from quizapp.gui.views.quiz.view import QuizView
    from quizapp.gui.views.settings.view import SettingsView
    from quizapp.gui.views.stats.view import StatsView
    from quizapp.gui.views.study.view import StudyView

# The smallest window every screen is laid out for (and tested at); a screen smaller still
# gets a window that fits it, with scroll bars where needed.
MIN_SIZE = (1024, 640)
DEFAULT_SIZE = (1180, 760)


# The menu bar and its menus are there from the first frame; their actions (Qt's action,
# key-sequence and icon types cost start-up time) are added once home is on screen, or this
# long after start-up anyway (a window started minimised, a collection that failed to open).
MENU_FALLBACK_MS = 1500


def window_state(config: Path) -> QSettings:
    """The window's own state (size and place, the system's colour scheme last seen), kept
    in ``window.ini`` beside the settings."""
    return QSettings(str(config / "window.ini"), QSettings.Format.IniFormat)


def remembered_system_scheme(config: Path) -> Theme | None:
    """The system's colour scheme the last time the theme followed it, if known."""
    value = window_state(config).value(SYSTEM_SCHEME_KEY)
    return Theme(value) if value in (Theme.LIGHT.value, Theme.DARK.value) else None


def remember_system_scheme(config: Path, scheme: Theme) -> None:
    state = window_state(config)
    if state.value(SYSTEM_SCHEME_KEY) != scheme.value:
        state.setValue(SYSTEM_SCHEME_KEY, scheme.value)


SYSTEM_SCHEME_KEY = "system_scheme"


class MainWindow(QMainWindow):
    """Hosts the screens and routes between them.

    Signals:
        home_shown(): Home's first real numbers have been painted: start-up is over (menus,
            the daily backup and hand-overs from later launches follow).
    """

    home_shown = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("quizapp")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeView(ctx)
        self.stack.addWidget(self.home)
        self._views: dict[str, QWidget] = {}
        self._previous: QWidget | None = None
        h = self.home
        h.study_requested.connect(self.show_study)
        h.quick_quiz_requested.connect(self.show_quick_quiz)
        h.custom_quiz_requested.connect(self.show_custom_quiz)
        h.stats_requested.connect(self.show_stats)
        h.document_requested.connect(lambda bank: self.show_document(bank, 0))
        h.rendered.connect(self._on_home_first_rendered)
        self._home_rendered = False
        self._data_actions: DataActions | None = None
        self._importer: ImportController | None = None
        self._recovery: RecoveryFlow | None = None
        self.setAcceptDrops(True)
        self._build_menu_bar()
        self._menus_built = False
        QTimer.singleShot(MENU_FALLBACK_MS, self._ensure_menus)
        self.home.refresh()  # queued behind the collection's opening on the worker
        self.statusBar().showMessage(self.tr("Opening your progress…"))
        ctx.backend.opened.connect(self._on_backend_opened)
        ctx.backend.open_failed.connect(self._on_backend_open_failed)
        ctx.backend.failed.connect(self._on_backend_failed)
        self._restore_geometry()

    # ------------------------------------------------------------------ helpers built on use
    # File-menu helpers and the recovery dialog are imported the first time they are needed.
    @property
    def data_actions(self) -> DataActions:
        if self._data_actions is None:
            from quizapp.gui.dataactions import DataActions

            self._data_actions = DataActions(self.ctx, self)
            self._data_actions.message.connect(self._show_status)
        return self._data_actions

    @property
    def importer(self) -> ImportController:
        if self._importer is None:
            from quizapp.gui.importing import ImportController

            self._importer = ImportController(self.ctx, self)
            self._importer.message.connect(self._show_status)
            self._importer.imported.connect(lambda _bank: self.show_home())
        return self._importer

    @property
    def recovery(self) -> RecoveryFlow:
        if self._recovery is None:
            from quizapp.gui.recovery import RecoveryFlow

            self._recovery = RecoveryFlow(self, self.ctx.data_dir, self.ctx.clock,
                                          self.ctx.backend)
        return self._recovery

    def _on_backend_open_failed(self, exc: object) -> None:
        self._ensure_menus()
        self.recovery.show_problem(exc)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # ------------------------------------------------------------------ routing
    # The other screens are built the first time they are needed: start-up only pays for
    # home (a benchmark holds start-up to 1.6x a bare Qt window).
    _VIEW_CLASSES = {
        "study": ("quizapp.gui.views.study.view", "StudyView"),
        "quiz": ("quizapp.gui.views.quiz.view", "QuizView"),
        "stats": ("quizapp.gui.views.stats.view", "StatsView"),
        "document": ("quizapp.gui.views.document.view", "DocumentView"),
        "settings": ("quizapp.gui.views.settings.view", "SettingsView"),
    }

    def _view(self, name: str) -> Any:
        view = self._views.get(name)
        if view is None:
            module, cls = self._VIEW_CLASSES[name]
            view = getattr(importlib.import_module(module), cls)(self.ctx)
            self._views[name] = view
            self.stack.addWidget(view)
            self._connect_view(name, view)
        return view

    def _connect_view(self, name: str, view: Any) -> None:
        if name == "study":
            view.home_requested.connect(self.show_home)
            view.source_requested.connect(self.show_document)
            view.quick_quiz_requested.connect(self.show_quick_quiz)
        elif name == "quiz":
            view.home_requested.connect(self.show_home)
            view.study_requested.connect(self.show_study)
            view.source_requested.connect(self.show_document)
        elif name == "stats":
            view.home_requested.connect(self.show_home)
        elif name == "document":
            view.back_requested.connect(self.go_back)
        elif name == "settings":
            view.closed.connect(self.go_back)

    @property
    def study(self) -> StudyView:
        return self._view("study")  # type: ignore[no-any-return]

    @property
    def quiz(self) -> QuizView:
        return self._view("quiz")  # type: ignore[no-any-return]

    @property
    def stats(self) -> StatsView:
        return self._view("stats")  # type: ignore[no-any-return]

    @property
    def document(self) -> DocumentView:
        return self._view("document")  # type: ignore[no-any-return]

    @property
    def settings(self) -> SettingsView:
        return self._view("settings")  # type: ignore[no-any-return]

    def _show(self, view: QWidget) -> None:
        current = self.stack.currentWidget()
        transient = (self._views.get("document"), self._views.get("settings"))
        if current is not view and current not in transient:
            self._previous = current
        self.stack.setCurrentWidget(view)
        view.setFocus()
        activate = getattr(view, "activate", None)
        if activate is not None:
            activate()

    @Slot()
    def show_home(self) -> None:
        self._show(self.home)

    @Slot(object)
    def show_study(self, scope: object = None) -> None:
        self._show(self.study)
        from quizapp.core.study.scope import StudyScope

        self.study.start(scope if isinstance(scope, StudyScope) else StudyScope())

    @Slot()
    def show_quick_quiz(self) -> None:
        self._show(self.quiz)
        self.quiz.start_quick()

    @Slot()
    def show_custom_quiz(self) -> None:
        self._show(self.quiz)
        self.quiz.show_setup()

    @Slot()
    def show_stats(self) -> None:
        self._show(self.stats)

    @Slot(str, int)
    def show_document(self, bank: str, line: int = 0) -> None:
        self._show(self.document)
        self.document.show_source(bank, line)

    @Slot()
    def show_settings(self) -> None:
        self._show(self.settings)

    @Slot()
    def go_back(self) -> None:
        self._show(self._previous or self.home)

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                menu: object = None) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _ensure_menus(self) -> None:
        if not self._menus_built:
            self._menus_built = True
            self._build_menus()

    def _build_menu_bar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        file_menu, go, edit = self.file_menu, self.go_menu, self.edit_menu
        tools, help_menu = self.tools_menu, self.help_menu
        self._action(self.tr("&Import document…"), lambda: self.importer.import_file(),
                     QKeySequence.StandardKey.Open, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Export flashcards to &Anki…"),
                     lambda: self.data_actions.export_anki(), "Ctrl+E", file_menu)
        self._action(self.tr("Export questions as &CSV…"),
                     lambda: self.data_actions.export_csv(), None, file_menu)
        self._action(self.tr("Export review &history as CSV…"),
                     lambda: self.data_actions.export_history(), None, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Back up now"), lambda: self.data_actions.backup_now(), "Ctrl+B",
                     file_menu)
        self._action(self.tr("&Restore from a backup…"), lambda: self.data_actions.restore(),
                     None, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        self._action(self.tr("&Home"), self.show_home, "Ctrl+1", go)
        self._action(self.tr("&Study now"), lambda: self.show_study(None), "Ctrl+2", go)
        self._action(self.tr("&Quick quiz (weak topics)"), self.show_quick_quiz, "Ctrl+3", go)
        self._action(self.tr("&Custom quiz…"), self.show_custom_quiz, "Ctrl+4", go)
        self._action(self.tr("S&tatistics"), self.show_stats, "Ctrl+5", go)

        self.undo_action = self._action(self.tr("&Undo answer"), self._on_undo_triggered,
                                        QKeySequence.StandardKey.Undo, edit)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self._action(self.tr("&Optimise the schedule…"), lambda: self.data_actions.optimise(),
                     None, tools)
        self._action(self.tr("&Settings…"), self.show_settings,
                     "Ctrl+,", tools)  # Linux has no standard Preferences key

        self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts,
                     QKeySequence.StandardKey.HelpContents, help_menu)
        self._action(self.tr("&About quizapp"), self._show_about, None, help_menu)

    def _on_undo_triggered(self) -> None:
        if "study" in self._views:
            self.study.undo()

    def _show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "Studying: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; "
            "Ctrl+Z undoes the last answer.\n"
            "Quizzes: 1–4 or A–D choose an option, T or F for true/false; S skips; Enter or "
            "Space goes on after feedback; Esc asks before leaving.\n"
            "Statistics: F5 refreshes. Document: Ctrl+F finds, F3 / Shift+F3 next and "
            "previous.\n"
            "Everywhere: Ctrl+1 home, Ctrl+2 study, Ctrl+3 quick quiz, Ctrl+4 custom quiz, "
            "Ctrl+5 statistics, Ctrl+O import a document, Ctrl+B back up, Ctrl+, settings, "
            "Esc goes back."))

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About quizapp"), self.tr(
            "quizapp %1 — learn one document thoroughly.\nYour progress is kept in %2")
            .replace("%1", __version__).replace("%2", str(self.ctx.data_dir)))

    # ------------------------------------------------------------------ backend events
    def _on_backend_opened(self, collection: object) -> None:
        if getattr(collection, "read_only", False):
            self.statusBar().showMessage(self.tr(
                "Opened read-only: you can look around, but answers are not saved."))
        else:
            self.statusBar().showMessage(self.tr("Progress folder: %1").replace(
                "%1", str(self.ctx.data_dir)), 8000)
        self.home.refresh()

    @Slot()
    def bring_to_front(self) -> None:
        """Show this window on top (another launch handed over to this one)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_home_first_rendered(self) -> None:
        if self._home_rendered:
            return
        self._home_rendered = True
        from quizapp.gui.paintwatch import after_next_paint

        after_next_paint(self.home.due_new, self._on_home_shown)

    def _on_home_shown(self) -> None:
        self.home_shown.emit()
        # Deferred from start-up: the menus' actions; parsing the banks home did not need,
        # then the daily backup.
        self._ensure_menus()
        self.ctx.backend.run(_after_start, self._on_after_start_done, owner=self)

    def _on_after_start_done(self, report: tuple[int, bool]) -> None:
        problems, backup_failed = report
        if problems or backup_failed:
            self.home.refresh()

    def _on_backend_failed(self, exc: object) -> None:
        self.statusBar().showMessage(self.tr("Something went wrong: %1").replace("%1", str(exc)),
                                     10000)

    # ------------------------------------------------------------------ geometry
    def _qsettings(self) -> QSettings:
        return window_state(self.ctx.config_dir)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        # Never larger than the screen it is on (a saved size from a bigger monitor, or a
        # 1024x640 screen), never smaller than the layouts need when the screen allows.
        screen = self.screen().availableGeometry()
        self.setMinimumSize(min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))
        self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        from quizapp.gui.importing import dropped_documents

        if dropped_documents(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        from quizapp.gui.importing import dropped_documents

        documents = dropped_documents(event.mimeData().urls())
        if documents:
            event.acceptProposedAction()
            self.importer.import_file(documents[0])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if "quiz" in self._views:
            self.quiz.abandon()
        qs = self._qsettings()
        qs.setValue("geometry", self.saveGeometry())
        qs.sync()
        super().closeEvent(event)


def _after_start(col: Collection) -> tuple[int, bool]:
    """Work kept off the start-up path; returns (bank problems, backup failed)."""
    before = len(col.problems)
    col.load_pending()
    col.auto_backup()
    return len(col.problems) - before, col.backup_error is not None
