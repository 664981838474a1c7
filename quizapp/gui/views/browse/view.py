"""Browse (Ctrl+B): every item in a table — search, sort by any column, act on many at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.material.browse import BrowseTable, browse_rows
from quizapp.core.material.service import ItemRef, Undo
from quizapp.gui.backend import Change
from quizapp.gui.dialogs import ask_yes_no
from quizapp.gui.items.actions import BURY_KEY, EDIT_KEY, FLAG_KEY, SUSPEND_KEY, ItemActions
from quizapp.gui.items.words import done_text, query_error_text
from quizapp.gui.theme import set_role
from quizapp.gui.views.browse.details import ItemDetails
from quizapp.gui.views.browse.model import BrowseModel
from quizapp.gui.views.browse.table import ItemTable
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.gui.context import AppContext

# A search runs this long after the last key press (each one costs a few milliseconds).
SEARCH_DELAY_MS = 150


def load_table(col: Collection) -> BrowseTable:
    """Every item's row, ready to search (worker)."""
    return BrowseTable(browse_rows(col), col.today())


class BrowseView(QWidget):
    """The Browse screen.

    Signals:
        home_requested(): Back to the start screen (Esc).
        source_requested(str, int): Show bank ``str``'s document at line ``int``.
        add_requested(str, str): Add an item (in this bank and topic, when one is selected).
        loaded(): A table is on screen (tests and the benchmark wait for it).
    """

    home_requested = Signal()
    source_requested = Signal(str, int)
    add_requested = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.model = BrowseModel(self)
        self.actions = ItemActions(ctx, self)
        self.last_undo: Undo | None = None
        self._stale = True
        self._loading = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._build()
        self.actions.done.connect(self._on_actions_done)
        self.actions.undone.connect(self._on_actions_undone)
        self.actions.failed.connect(lambda text: self._say(text, error=True))
        ctx.backend.changed.connect(self._on_backend_changed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(18, 12, 18, 10)
        page.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Browse"), "title", wrap=False))
        self.count = plain_label("", "muted", wrap=False)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an item of your own (Ctrl+N)"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.home_button = QPushButton(self.tr("H&ome"))
        self.home_button.setToolTip(self.tr("Back to the start screen (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        top.addWidget(self.add_button)
        top.addWidget(self.home_button)
        page.addLayout(top)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search (Ctrl+F): words, \"a phrase\", topic:…, kind:card, is:due, is:new, "
            "is:suspended, is:flagged, is:edited, -is:mine, a or b"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        page.addWidget(self.search)
        status = QHBoxLayout()
        self.status = plain_label("", "muted")
        self.status.hide()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last action (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        status.addWidget(self.status, 1)
        status.addWidget(self.undo_button)
        page.addLayout(status)

        self.table = ItemTable(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.details = ItemDetails()
        self.details.keep_requested.connect(self._on_details_keep_requested)
        self.details.use_new_requested.connect(self._on_details_use_new_requested)
        details = QScrollArea()
        details.setWidget(self.details)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 170])  # in proportion: the details get room for a question
        splitter.setChildrenCollapsible(False)
        page.addWidget(splitter, 1)

        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Edit the item (E, Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit)
        self.suspend_button = QPushButton(self.tr("&Suspend"))
        self.suspend_button.setToolTip(self.tr("Out of study and quizzes until restored (!)"))
        self.suspend_button.clicked.connect(self.suspend)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Back into study and quizzes"))
        self.restore_button.clicked.connect(self.restore)
        self.flag_button = QPushButton(self.tr("F&lag"))
        self.flag_button.setToolTip(self.tr("Flag as a bad question, or clear the flag (*)"))
        self.flag_button.setMenu(self.actions.flag_menu(self.selected, self.flag_button))
        self.reset_button = QPushButton(self.tr("Reset &progress…"))
        self.reset_button.setToolTip(self.tr("Make the selected flashcards new again"))
        self.reset_button.clicked.connect(self.reset)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete an item you added yourself"))
        self.delete_button.clicked.connect(self.delete)
        self.source_button = QPushButton(self.tr("Show in do&cument"))
        self.source_button.clicked.connect(self._on_source_clicked)
        self.bulk = [self.edit_button, self.suspend_button, self.restore_button,
                     self.flag_button, self.reset_button, self.delete_button,
                     self.source_button]
        for button in self.bulk:
            bar.addWidget(button)
        bar.addStretch(1)
        page.addLayout(bar)
        self._update_buttons()

        def shortcut(keys: str, slot: object, widget: QWidget) -> None:
            sc = QShortcut(QKeySequence(keys), widget)
            context = (Qt.ShortcutContext.WidgetShortcut if widget is self.table
                       else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.setContext(context)
            sc.activated.connect(slot)

        shortcut("Ctrl+F", self._focus_search, self)
        shortcut("Esc", self.home_requested.emit, self)
        # On the table only, so typing in the search never acts on items.
        for keys, slot in ((EDIT_KEY, self.edit), ("Return", self.edit), ("Enter", self.edit),
                           (SUSPEND_KEY, self.suspend), (BURY_KEY, self.bury),
                           (FLAG_KEY, self.flag_button.showMenu)):
            shortcut(keys, slot, self.table)

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        """Called when the screen is shown: (re)load the items if anything changed."""
        if self._stale:
            self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        """Read every item's row again on the worker; the selection is kept."""
        if not self.ctx.backend.is_open or self._loading:
            self._stale = True
            return
        self._stale = False
        self._loading = True
        if not self.model.table.rows:
            set_plain(self.count, self.tr("Loading your items…"))
        self.ctx.backend.run(load_table, self._on_loaded, self._on_load_error, owner=self)

    def search_now(self) -> None:
        """Run the search in the field now (also after a short pause in typing)."""
        self._search_timer.stop()
        kept = self.selected()
        error = self.model.search(self.search.text())
        if error is not None:
            self._say(query_error_text(error), error=True)
            return
        if self.status.property("role") == "error":
            self._say("")
        self.table.select_items(kept)
        self._update_count()

    # ------------------------------------------------------------------ selection
    def selected(self) -> list[ItemRef]:
        """The selected items, top to bottom."""
        return [ItemRef(r.bank, r.key) for r in self.table.selected_rows()]

    # ------------------------------------------------------------------ actions
    def edit(self) -> None:
        if refs := self.selected():
            self.actions.edit(refs[0])

    def suspend(self) -> None:
        if refs := self.selected():
            self.actions.suspend(refs)

    def restore(self) -> None:
        if refs := self.selected():
            self.actions.restore(refs)

    def bury(self) -> None:
        if refs := self.selected():
            self.actions.bury(refs)

    def reset(self) -> None:
        """Make the selected flashcards new again, after asking."""
        refs = self.selected()
        if not refs or not ask_yes_no(self, self.tr("Reset progress"), self.tr(
                "Make %n selected item(s) new again? Their flashcards start over; the answers "
                "you gave stay in your statistics. This cannot be undone.", "", len(refs))):
            return
        self.ctx.backend.run(lambda col: col.material.reset(refs), self._on_reset_done,
                             lambda exc: self._say(str(exc), error=True), owner=self,
                             changes=Change.MATERIAL)

    def delete(self) -> None:
        """Delete the selected item, one the learner added, after asking."""
        rows = self.table.selected_rows()
        if len(rows) != 1 or not rows[0].edit.added:
            self._say(self.tr("Only an item you added can be deleted; suspend the others."),
                      error=True)
            return
        ref = ItemRef(rows[0].bank, rows[0].key)
        if ask_yes_no(self, self.tr("Delete"), self.tr(
                "Delete this item you added? Undo brings it back.")):
            self.ctx.backend.run(lambda col: (col.material.delete(ref), None),
                                 lambda r: self._on_actions_done(*r),
                                 lambda exc: self._say(str(exc), error=True), owner=self,
                                 changes=Change.MATERIAL)

    def undo(self) -> None:
        """Take back the last action taken here (Ctrl+Z)."""
        if self.last_undo is not None:
            self.actions.undo(self.last_undo)
            self.last_undo = None

    # ------------------------------------------------------------------ results
    def _on_loaded(self, table: BrowseTable) -> None:
        self._loading = False
        kept = self.selected()
        old, self.model.table = self.model.table, table
        # The texts are folded for searching on the worker while the learner looks (only
        # those of items that changed since the table was last read).
        if not table.carry_folded(old):
            self.ctx.backend.run(lambda _col: table.fold_texts(), table.set_folded,
                                 owner=self)
        self.model.set_table(table)
        if self.search.text():
            self.search_now()
        self.table.select_items(kept)
        self._update_count()
        self.loaded.emit()
        if self._stale:
            self.refresh()

    def _on_load_error(self, exc: Exception) -> None:
        self._loading = False
        self._say(self.tr("Could not read your items: %1").replace("%1", str(exc)), error=True)

    def _on_actions_done(self, undo: Undo | None, _item: object) -> None:
        if undo is not None:
            self.last_undo = undo
            text = done_text(undo.action)
            if len(undo.refs) > 1:
                text = self.tr("%n item(s):", "", len(undo.refs)) + " " + text
            self._say(text, undo=True)
        self.refresh()

    def _on_actions_undone(self, _undo: Undo, _item: object) -> None:
        self._say(self.tr("Undone."))
        self.refresh()

    def _on_reset_done(self, count: int) -> None:
        self._say(self.tr("%n flashcard(s) are new again.", "", count))
        self.refresh()

    def _on_backend_changed(self, flags: int) -> None:
        if not flags & (Change.MATERIAL | Change.BANKS | Change.REVIEWS | Change.QUIZ):
            return
        if not self.isVisible():
            self._stale = True
        elif flags != Change.MATERIAL:  # this screen's own actions refresh it themselves
            self.refresh()

    # ------------------------------------------------------------------ helpers
    def _say(self, text: str, *, error: bool = False, undo: bool = False) -> None:
        set_plain(self.status, text)
        set_role(self.status, "role", "error" if error else "muted")
        self.status.setVisible(bool(text))
        self.undo_button.setVisible(undo and self.last_undo is not None)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.table.rows)
        text = (self.tr("%n item(s)", "", total) if shown == total else
                self.tr("%1 of %2 items").replace("%1", str(shown)).replace("%2", str(total)))
        set_plain(self.count, text)

    def _update_buttons(self) -> None:
        rows = self.table.selected_rows()
        for button in self.bulk:
            button.setEnabled(bool(rows))
        self.edit_button.setEnabled(len(rows) == 1)
        self.source_button.setEnabled(len(rows) == 1 and rows[0].item.source.line > 0)
        self.delete_button.setEnabled(len(rows) == 1 and rows[0].edit.added)
        current = rows[0] if len(rows) == 1 else None
        self.details.show_row(current, self.model.table.today, len(rows))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ slots
    def _on_selection_changed(self, _new: object, _old: object) -> None:
        self._update_buttons()

    def _on_search_return_pressed(self) -> None:
        self.search_now()
        self.table.setFocus()
        if not self.selected() and self.model.rowCount():
            self.table.selectRow(0)

    def _on_add_clicked(self) -> None:
        rows = self.table.selected_rows()
        row = rows[0] if rows else None
        self.add_requested.emit(row.bank if row else "", row.item.topic if row else "")

    def _on_source_clicked(self) -> None:
        rows = self.table.selected_rows()
        if len(rows) == 1:
            self.source_requested.emit(rows[0].bank, rows[0].item.source.line)

    def _on_details_keep_requested(self) -> None:
        if refs := self.selected():
            self.actions.keep(refs[0])

    def _on_details_use_new_requested(self) -> None:
        if refs := self.selected():
            self.actions.revert(refs[0])
