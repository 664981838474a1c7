"""A small segmented control: exclusive checkable buttons, one per choice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from quizapp.gui.theme import set_role

T = TypeVar("T")


class Segments(QWidget, Generic[T]):
    """Buttons like ``[30 days][90 days][1 year]``; exactly one is checked.

    Signals:
        changed(): The learner picked another choice (read ``value``).
    """

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[T, str, str]], current: T,
                 parent: QWidget | None = None) -> None:
        """Args:
            choices: ``(value, button text, accessible name)`` per choice.
            current: The initially checked value.
        """
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: list[T] = []
        self.buttons: list[QPushButton] = []
        for i, (value, text, name) in enumerate(choices):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(value == current)
            button.setAccessibleName(name)
            set_role(button, "role", "segment")
            set_role(button, "position", "first" if i == 0 else
                     "last" if i == len(choices) - 1 else "middle")
            self._group.addButton(button, i)
            layout.addWidget(button)
            self._values.append(value)
            self.buttons.append(button)
        self._group.idClicked.connect(self._on_group_id_clicked)

    @property
    def value(self) -> T:
        """The checked choice."""
        return self._values[max(0, self._group.checkedId())]

    def select(self, value: T) -> None:
        """Check ``value`` (emits ``changed`` when it differs)."""
        i = self._values.index(value)
        if i != self._group.checkedId():
            self.buttons[i].setChecked(True)
            self.changed.emit()

    def _on_group_id_clicked(self, _id: int) -> None:
        self.changed.emit()
