"""Words that follow the language: a widget's ``retranslate`` runs again on a switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _LanguageWatch(QObject):
    """Calls ``retranslate`` when its widget hears that the language changed."""

    def __init__(self, watched: QObject, retranslate: Callable[[], object]) -> None:
        super().__init__(watched)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QObject, retranslate: Callable[[], object]) -> None:
    """Run ``retranslate`` whenever the UI language changes while ``widget`` exists (Qt sends
    every widget a ``LanguageChange`` when translators are installed or removed)."""
    widget.installEventFilter(_LanguageWatch(widget, retranslate))
