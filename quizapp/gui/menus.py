"""The main window's menus: one table of actions with their keys, and the help dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from quizapp import __version__
from quizapp.gui.widgets.language import follow_language

if TYPE_CHECKING:
    from quizapp.gui.mainwindow import MainWindow

Keys = QKeySequence.StandardKey | str | None


class Menus(QObject):
    """The menu bar: its menus exist from the start; :meth:`build` adds their actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file = bar.addMenu("")
        self.go = bar.addMenu("")
        self.edit = bar.addMenu("")
        self.tools = bar.addMenu("")
        self.help = bar.addMenu("")
        self.undo_action: QAction | None = None
        self.actions: list[QAction] = []
        self.built = False
        follow_language(window, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        """The menus' and actions' words in the current language."""
        self.file.setTitle(self.tr("&File"))
        self.go.setTitle(self.tr("&Go"))
        self.edit.setTitle(self.tr("&Edit"))
        self.tools.setTitle(self.tr("&Tools"))
        self.help.setTitle(self.tr("&Help"))
        entries = [e for e in self._table() if not isinstance(e, QMenu)]
        for action, (_menu, text, _slot, _keys) in zip(self.actions, entries):
            action.setText(text)

    def _table(self) -> list[tuple[QMenu, str, Callable[[], object], Keys] | QMenu]:
        """Every action: (menu, text, what it does, keys); a bare menu is a separator."""
        w, std = self.window, QKeySequence.StandardKey
        return [
            (self.file, self.tr("&Import document…"), lambda: w.importer.import_file(),
             std.Open),
            self.file,
            (self.file, self.tr("Export flashcards to &Anki…"),
             lambda: w.data_actions.export_anki(), "Ctrl+E"),
            (self.file, self.tr("Export questions as &CSV…"),
             lambda: w.data_actions.export_csv(), None),
            (self.file, self.tr("Export review &history as CSV…"),
             lambda: w.data_actions.export_history(), None),
            self.file,
            (self.file, self.tr("&Back up now"), lambda: w.data_actions.backup_now(),
             "Ctrl+Shift+B"),
            (self.file, self.tr("&Restore from a backup…"), lambda: w.data_actions.restore(),
             None),
            self.file,
            (self.file, self.tr("&Quit"), w.close, std.Quit),
            (self.go, self.tr("&Home"), w.show_home, "Ctrl+1"),
            (self.go, self.tr("&Study now"), lambda: w.show_study(None), "Ctrl+2"),
            (self.go, self.tr("Study &more today…"), w.show_study_more, "Ctrl+Shift+2"),
            (self.go, self.tr("&Quick quiz (weak topics)"), w.show_quick_quiz, "Ctrl+3"),
            (self.go, self.tr("&Custom quiz…"), w.show_custom_quiz, "Ctrl+4"),
            (self.go, self.tr("S&tatistics"), w.show_stats, "Ctrl+5"),
            (self.go, self.tr("&Browse items"), w.show_browse, "Ctrl+B"),
            (self.edit, self.tr("&Undo"), w.undo, std.Undo),
            (self.edit, self.tr("&Add an item…"), lambda: w.show_add(), "Ctrl+N"),
            (self.tools, self.tr("&Optimise the schedule…"), lambda: w.data_actions.optimise(),
             None),
            # Linux has no standard Preferences key.
            (self.tools, self.tr("&Settings…"), w.show_settings, "Ctrl+,"),
            (self.help, self.tr("&Keyboard shortcuts"), self.show_shortcuts, std.HelpContents),
            (self.help, self.tr("&About quizapp"), self.show_about, None),
        ]

    def build(self) -> None:
        """Add the actions (once)."""
        if self.built:
            return
        self.built = True
        for entry in self._table():
            if isinstance(entry, QMenu):
                entry.addSeparator()
                continue
            menu, text, slot, keys = entry
            action = QAction(text, self.window)
            self.actions.append(action)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            if slot == self.window.undo:
                # Ctrl+Z reaches the study screen wherever the focus is in the window.
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.undo_action = action

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, self.tr("Keyboard shortcuts"), self.tr(
            "Studying: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; "
            "E edits the card, ! suspends it, - buries it until tomorrow, * flags it; "
            "Ctrl+Z undoes the last answer or action.\n"
            "Quizzes: 1–4 or A–D choose an option, T or F for true/false; S skips; Enter or "
            "Space goes on after feedback, where E, !, - and * act on the question; Esc asks "
            "before leaving.\n"
            "Browse: Ctrl+F searches; on the table E or Enter edits, ! suspends, - buries, "
            "* flags; Ctrl+Z undoes.\n"
            "Statistics: F5 refreshes. Document: Ctrl+F finds, F3 / Shift+F3 next and "
            "previous.\n"
            "Everywhere: Ctrl+1 home, Ctrl+2 study, Ctrl+3 quick quiz, Ctrl+4 custom quiz, "
            "Ctrl+5 statistics, Ctrl+B browse, Ctrl+N add an item, Ctrl+O import a document, "
            "Ctrl+Shift+B back up, Ctrl+, settings, Esc goes back."))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self.window, self.tr("About quizapp"), self.tr(
            "quizapp %1 — learn one document thoroughly.\nYour progress is kept in %2")
            .replace("%1", __version__).replace("%2", str(self.window.ctx.data_dir)))
