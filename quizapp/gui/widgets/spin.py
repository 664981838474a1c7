"""A spin box without step buttons that still shows its text under the app's stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

# Border plus horizontal padding of QSpinBox in resources/styles/*.qss.
_INSET_X = 7
_INSET_Y = 1


class PlainSpinBox(QSpinBox):
    """A number field: type it, or step it with Up/Down, Page Up/Down or the wheel.

    The stylesheet draws the step buttons without arrows, and with the buttons turned off
    Qt's stylesheet style squeezes the text field to one pixel; the field is laid out here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_field()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._place_field()

    def _place_field(self) -> None:
        self.lineEdit().setGeometry(self.rect().adjusted(_INSET_X, _INSET_Y,
                                                         -_INSET_X, -_INSET_Y))
