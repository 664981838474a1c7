"""The main window: a stack of screens, the menus, a status bar. Nothing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp.gui import screens
from quizapp.gui.context import AppContext
from quizapp.gui.menus import Menus
from quizapp.gui.views.home import HomeView
from quizapp.gui.windowstate import restore_geometry, save_geometry

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from quizapp.gui.dataactions import DataActions
    from quizapp.gui.items.adding import AddFlow
    from quizapp.gui.importing import ImportController
    from quizapp.gui.recovery import RecoveryFlow


class MainWindow(QMainWindow):
    """Hosts the screens and routes between them; home is built at once, the others on
    first use (``screens``)."""

    study = screens.STUDY
    quiz = screens.QUIZ
    stats = screens.STATS
    document = screens.DOCUMENT
    settings = screens.SETTINGS
    browse = screens.BROWSE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("quizapp")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeView(ctx)
        self.stack.addWidget(self.home)
        self.screens: dict[str, QWidget] = {}
        self._previous: QWidget | None = None
        h = self.home
        h.study_requested.connect(self.show_study)
        h.study_more_requested.connect(self.show_study_more)
        h.topic_quiz_requested.connect(self.show_topic_quiz)
        h.quick_quiz_requested.connect(self.show_quick_quiz)
        h.custom_quiz_requested.connect(self.show_custom_quiz)
        h.stats_requested.connect(self.show_stats)
        h.document_requested.connect(lambda bank: self.show_document(bank, 0))
        self._data_actions: DataActions | None = None
        self._importer: ImportController | None = None
        self._recovery: RecoveryFlow | None = None
        self._adding: AddFlow | None = None
        self.setAcceptDrops(True)
        self.menus = Menus(self)
        self.menus.build()

        if ctx.backend.is_open:
            self.home.refresh()  # otherwise once it opens (_on_backend_opened)
        self.statusBar().showMessage(self.tr("Opening your progress…"))
        ctx.backend.opened.connect(self._on_backend_opened)
        ctx.backend.open_failed.connect(self._on_backend_open_failed)
        ctx.backend.failed.connect(self._on_backend_failed)
        restore_geometry(self, ctx.config_dir)

    # ------------------------------------------------------------------ helpers built on use
    @property
    def data_actions(self) -> DataActions:
        """Export, backup, restore and optimise (the File and Tools menus)."""
        if self._data_actions is None:
            from quizapp.gui.dataactions import DataActions

            self._data_actions = DataActions(self.ctx, self)
            self._data_actions.message.connect(self._show_status)
        return self._data_actions

    @property
    def importer(self) -> ImportController:
        """Importing a document (File › Import, or a file dropped on the window)."""
        if self._importer is None:
            from quizapp.gui.importing import ImportController

            self._importer = ImportController(self.ctx, self)
            self._importer.message.connect(self._show_status)
            self._importer.imported.connect(lambda _bank: self.show_home())
        return self._importer

    @property
    def recovery(self) -> RecoveryFlow:
        """What to do when the progress database cannot be opened."""
        if self._recovery is None:
            from quizapp.gui.recovery import RecoveryFlow

            self._recovery = RecoveryFlow(self, self.ctx.data_dir, self.ctx.clock,
                                          self.ctx.backend)
        return self._recovery

    @property
    def adding(self) -> AddFlow:
        """Adding the learner's own items (Edit › Add, Ctrl+N)."""
        if self._adding is None:
            from quizapp.gui.items.adding import AddFlow

            self._adding = AddFlow(self.ctx, self)
        return self._adding

    # ------------------------------------------------------------------ routing
    def add_screen(self, name: str, screen: QWidget) -> None:
        """Put a newly built screen on the stack (see ``screens.LazyScreen``)."""
        self.screens[name] = screen
        self.stack.addWidget(screen)

    def _show(self, view: QWidget) -> None:
        current = self.stack.currentWidget()
        transient = (self.screens.get("document"), self.screens.get("settings"))
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
        from quizapp.core.study.scope import StudyScope

        self._show(self.study)
        self.study.start(scope if isinstance(scope, StudyScope) else StudyScope())

    @Slot()
    def show_quick_quiz(self) -> None:
        self._show(self.quiz)
        self.quiz.start_quick()

    @Slot(str, str)
    def show_topic_quiz(self, bank: str, topic: str) -> None:
        """A quiz on one topic (a topic's door anywhere)."""
        self._show(self.quiz)
        self.quiz.start_topic(bank, topic)

    @Slot()
    def show_study_more(self) -> None:
        """Study more today: the choices beyond the daily limits."""
        from quizapp.gui.views.study.more import StudyMoreDialog

        StudyMoreDialog.ask(self.ctx, self, self.show_study)

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
    def show_browse(self) -> None:
        self._show(self.browse)

    def show_add(self, bank: str | None = None, topic: str | None = None) -> None:
        """Open the add dialog (Ctrl+N), on ``bank`` and ``topic`` when given."""
        self.adding.open(bank, topic)

    @Slot()
    def show_settings(self) -> None:
        self._show(self.settings)

    @Slot()
    def go_back(self) -> None:
        self._show(self._previous or self.home)

    @Slot()
    def undo(self) -> None:
        """Undo (Edit › Undo): Browse's last action when it shows, else the study screen's
        latest answer or card action; elsewhere say where it works instead of doing nothing."""
        if "browse" in self.screens and self.stack.currentWidget() is self.browse:
            self.browse.undo()
        elif "study" in self.screens and self.study.isVisible():
            self.study.undo()
        else:
            self._show_status(self.tr("Nothing to undo here: Ctrl+Z takes back your last "
                                      "answer on the study screen."))

    @Slot()
    def bring_to_front(self) -> None:
        """Show this window on top (another launch handed over to this one)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ backend events
    def _on_backend_opened(self, collection: object) -> None:
        if getattr(collection, "read_only", False):
            self.statusBar().showMessage(self.tr(
                "Opened read-only: you can look around, but answers are not saved."))
        else:
            self.statusBar().showMessage(self.tr("Progress folder: %1").replace(
                "%1", str(self.ctx.data_dir)), 8000)
        self.home.refresh()

    def _on_backend_open_failed(self, exc: object) -> None:
        self.menus.build()
        self.recovery.show_problem(exc)

    def _on_backend_failed(self, exc: object) -> None:
        self._show_status(self.tr("Something went wrong: %1").replace("%1", str(exc)))

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # ------------------------------------------------------------------ drag and drop, close
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
        if "quiz" in self.screens:
            self.quiz.abandon()
        save_geometry(self, self.ctx.config_dir)
        super().closeEvent(event)
