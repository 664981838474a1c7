"""E edits, ! suspends, - buries and * flags the item under the learner's eyes: the slots the
study card's keys and the quiz feedback's keys share."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from quizapp.core.material.service import ItemRef
from quizapp.gui.items.actions import BURY_KEY, EDIT_KEY, FLAG_KEY, SUSPEND_KEY, ItemActions


class ItemKeySlots:
    """Mixed into a ``QObject``: ``refs`` says which items the keys act on now, and
    ``flag_anchor`` under which widget the flag reasons open."""

    actions: ItemActions

    def refs(self) -> list[ItemRef]:
        raise NotImplementedError

    def flag_anchor(self) -> QWidget:
        raise NotImplementedError

    def bind_keys(self, widget: QWidget) -> list[QShortcut]:
        """The four keys, active while the focus is in ``widget``."""
        shortcuts = []
        for key, slot in ((EDIT_KEY, self.edit), (SUSPEND_KEY, self.suspend),
                          (BURY_KEY, self.bury), (FLAG_KEY, self.flag)):
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)
        return shortcuts

    def edit(self) -> None:
        for ref in self.refs():
            self.actions.edit(ref)

    def suspend(self) -> None:
        if refs := self.refs():
            self.actions.suspend(refs)

    def bury(self) -> None:
        if refs := self.refs():
            self.actions.bury(refs)

    def flag(self) -> None:
        """Open the flag reasons under :meth:`flag_anchor`."""
        if refs := self.refs():
            anchor = self.flag_anchor()
            menu = self.actions.flag_menu(lambda: refs, anchor)
            menu.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))
