"""A searchable checklist of topics grouped by bank, each with its mastery."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.stats.mastery import TopicMastery
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.mastery import level, mastery_tooltip
from quizapp.gui.widgets.text import plain_label, plain_tooltip, set_plain

_KEY = Qt.ItemDataRole.UserRole


def fold(text: str) -> str:
    """Lower-case ``text`` without diacritics, so "merisana" finds "Mērīšana"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _MasteryCell(QWidget):
    """A compact mastery bar with its percentage, for the checklist's second column."""

    def __init__(self, m: TopicMastery) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 6, 0)
        row.setSpacing(6)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(m.mastery * 100))
        bar.setTextVisible(False)
        bar.setFixedWidth(70)
        set_role(bar, "role", "mastery")
        set_role(bar, "level", level(m.mastery))
        self.mastery = m
        self.percent = plain_label("", "muted", wrap=False)
        self.percent.setMinimumWidth(40)
        row.addWidget(bar)
        row.addWidget(self.percent)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        m = self.mastery
        self.percent.setText(f"{round(m.mastery * 100)} %" if m.has_evidence
                             else self.tr("new"))
        self.setToolTip(mastery_tooltip(m))


class TopicPicker(QWidget):
    """Pick topics to quiz on: a filter box above a tree of banks and their topics.

    Signals:
        selection_changed(): Topics were checked or unchecked.
    """

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 130)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.empty = plain_label("", "hint")
        self.empty.hide()
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter topics…"))
        self.search.setAccessibleName(self.tr("Filter topics"))
        self.tree.setHeaderLabels([self.tr("Topic"), self.tr("Mastery")])
        self.tree.setAccessibleName(self.tr("Topics"))
        set_plain(self.empty, self.tr("No topic matches the filter."))

    def set_topics(self, masteries: Sequence[TopicMastery], bank_titles: Mapping[str, str]) -> None:
        """Show ``masteries`` grouped by bank, keeping whatever was checked before."""
        keep = set(self.selected())
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for m in masteries:
            group = groups.get(m.bank)
            if group is None:
                group = QTreeWidgetItem([bank_titles.get(m.bank, m.bank), ""])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
                group.setCheckState(0, Qt.CheckState.Unchecked)
                group.setToolTip(0, plain_tooltip(group.text(0)))
                self.tree.addTopLevelItem(group)
                groups[m.bank] = group
            item = QTreeWidgetItem([m.title, ""])
            item.setData(0, _KEY, m.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if m.key in keep
                               else Qt.CheckState.Unchecked)
            item.setToolTip(0, plain_tooltip(m.title))
            group.addChild(item)
            self.tree.setItemWidget(item, 1, _MasteryCell(m))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._apply_filter(self.search.text())
        self.selection_changed.emit()

    def selected(self) -> tuple[tuple[str, str], ...]:
        """The checked ``(bank, topic)`` pairs, in list order."""
        out = []
        for item in self._topic_items():
            if item.checkState(0) == Qt.CheckState.Checked:
                key = item.data(0, _KEY)
                out.append((str(key[0]), str(key[1])))
        return tuple(out)

    def set_checked(self, keys: Sequence[tuple[str, str]]) -> None:
        """Check exactly ``keys``."""
        wanted = set(keys)
        for item in self._topic_items():
            key = item.data(0, _KEY)
            state = (Qt.CheckState.Checked if (key[0], key[1]) in wanted
                     else Qt.CheckState.Unchecked)
            item.setCheckState(0, state)

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _topic_items(self) -> list[QTreeWidgetItem]:
        return [child for group in self._groups() for child in _children(group)]

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        shown = 0
        groups = self._groups()
        for group in groups:
            group_hit = bool(needle) and needle in fold(group.text(0))
            visible = 0
            for child in _children(group):
                hit = not needle or group_hit or needle in fold(child.text(0))
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            shown += visible
        self.empty.setVisible(shown == 0 and bool(groups))

    def _on_search_text_changed(self, text: str) -> None:
        self._apply_filter(text)

    def _on_tree_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.selection_changed.emit()


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]
