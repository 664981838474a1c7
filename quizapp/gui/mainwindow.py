"""The main window: a stack of screens, menus with shortcuts, a status bar. Nothing more."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp import __version__
from quizapp.core.scope import StudyScope
from quizapp.gui.context import AppContext
from quizapp.gui.views.document import DocumentView
from quizapp.gui.views.home import HomeView
from quizapp.gui.views.quiz import QuizView
from quizapp.gui.views.settings import SettingsView
from quizapp.gui.views.stats import StatsView
from quizapp.gui.views.study import StudyView

MIN_SIZE = (1024, 640)


class MainWindow(QMainWindow):
    """Hosts the screens and routes between them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("quizapp")
        self.setMinimumSize(*MIN_SIZE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeView(ctx)
        self.study = StudyView(ctx)
        self.quiz = QuizView(ctx)
        self.stats = StatsView(ctx)
        self.document = DocumentView(ctx)
        self.settings = SettingsView(ctx)
        for view in (self.home, self.study, self.quiz, self.stats, self.document, self.settings):
            self.stack.addWidget(view)
        self._connect_views()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Opening your progress…"))
        ctx.backend.opened.connect(self._on_backend_opened)
        ctx.backend.open_failed.connect(self._on_backend_open_failed)
        ctx.backend.failed.connect(self._on_backend_failed)
        self._restore_geometry()

    # ------------------------------------------------------------------ routing
    def _connect_views(self) -> None:
        h = self.home
        h.study_requested.connect(self.show_study)
        h.quick_quiz_requested.connect(self.show_quick_quiz)
        h.custom_quiz_requested.connect(self.show_custom_quiz)
        h.stats_requested.connect(self.show_stats)
        h.document_requested.connect(lambda bank: self.show_document(bank, 0))
        self.study.home_requested.connect(self.show_home)
        self.study.source_requested.connect(self.show_document)
        self.quiz.home_requested.connect(self.show_home)
        self.quiz.study_requested.connect(self.show_study)
        self.quiz.source_requested.connect(self.show_document)
        self.stats.home_requested.connect(self.show_home)
        self.document.back_requested.connect(self.go_back)
        self.settings.closed.connect(self.go_back)

    def _show(self, view: QWidget) -> None:
        current = self.stack.currentWidget()
        if current is not view and current not in (self.document, self.settings):
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
        self._show(getattr(self, "_previous", None) or self.home)

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                menu: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        go = bar.addMenu(self.tr("&Go"))
        self._action(self.tr("&Home"), self.show_home, "Ctrl+1", go)
        self._action(self.tr("&Study now"), lambda: self.show_study(StudyScope()), "Ctrl+2", go)
        self._action(self.tr("&Quick quiz (weak topics)"), self.show_quick_quiz, "Ctrl+3", go)
        self._action(self.tr("&Custom quiz…"), self.show_custom_quiz, "Ctrl+4", go)
        self._action(self.tr("S&tatistics"), self.show_stats, "Ctrl+5", go)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo answer"), self.study.undo,
                                        QKeySequence.StandardKey.Undo, edit)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        edit.addSeparator()
        self._action(self.tr("&Settings…"), self.show_settings,
                     QKeySequence.StandardKey.Preferences, edit)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts,
                     QKeySequence.StandardKey.HelpContents, help_menu)
        self._action(self.tr("&About quizapp"), self._show_about, None, help_menu)

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "Studying: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; "
            "Ctrl+Z undoes the last answer.\n"
            "Quizzes: 1–4 or A–D choose an option; S skips; Enter goes on.\n"
            "Everywhere: Ctrl+1 home, Ctrl+2 study, Ctrl+3 quick quiz, Ctrl+4 custom quiz, "
            "Ctrl+5 statistics, Ctrl+, settings, Esc goes back."))

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About quizapp"), self.tr(
            "quizapp %1 — learn one document thoroughly.\nYour progress is kept in %2")
            .replace("%1", __version__).replace("%2", str(self.ctx.data_dir)))

    # ------------------------------------------------------------------ backend events
    def _on_backend_opened(self, _collection: object) -> None:
        self.statusBar().showMessage(self.tr("Progress folder: %1").replace(
            "%1", str(self.ctx.data_dir)), 8000)
        self.home.refresh()

    def _on_backend_open_failed(self, exc: object) -> None:
        self.statusBar().showMessage(self.tr("Your progress could not be opened."))
        QMessageBox.critical(self, self.tr("Cannot open your progress"), str(exc))

    def _on_backend_failed(self, exc: object) -> None:
        self.statusBar().showMessage(self.tr("Something went wrong: %1").replace("%1", str(exc)),
                                     10000)

    # ------------------------------------------------------------------ geometry
    def _qsettings(self) -> QSettings:
        return QSettings(str(self.ctx.config_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.quiz.abandon()
        qs = self._qsettings()
        qs.setValue("geometry", self.saveGeometry())
        qs.sync()
        super().closeEvent(event)
