"""Number tiles: a caption, a big value and a detail line (or a row of captioned counts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label, set_plain


def _tile_frame(frame: QFrame) -> QVBoxLayout:
    set_role(frame, "role", "tile")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(2)
    return layout


class StatTile(QFrame):
    """One number with its caption above and a short explanation below; the tooltip gives
    the exact figures."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _tile_frame(self)
        self.caption = plain_label(caption, "muted", wrap=False)
        self.value = plain_label("–", "big-number", wrap=False)
        self.detail = plain_label("", "muted")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        self.setAccessibleName(caption)

    def set_value(self, value: str, detail: str = "", tooltip: str = "") -> None:
        """Show ``value`` with ``detail`` underneath; ``tooltip`` holds the exact numbers."""
        self.value.setText(value)
        set_plain(self.detail, detail)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(" ".join(p for p in (value, detail, tooltip) if p))


class CountsTile(QFrame):
    """A caption over a row of numbers, each with its own caption (cards by state)."""

    def __init__(self, caption: str, entries: Sequence[tuple[str, str, str | None]],
                 parent: QWidget | None = None) -> None:
        """Args:
            caption: The tile's caption.
            entries: ``(key, caption, kind)`` per number; ``kind`` colours it (``new``,
                ``learning``, ``review`` or ``None``).
        """
        super().__init__(parent)
        layout = _tile_frame(self)
        layout.addWidget(plain_label(caption, "muted", wrap=False))
        row = QHBoxLayout()
        row.setSpacing(18)
        self.counts: dict[str, QLabel] = {}
        for key, label, kind in entries:
            box = QVBoxLayout()
            box.setSpacing(0)
            number = plain_label("–", "big-number", wrap=False)
            if kind:
                set_role(number, "kind", kind)
            box.addWidget(number)
            box.addWidget(plain_label(label, "muted", wrap=False))
            row.addLayout(box)
            self.counts[key] = number
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def set_counts(self, values: Mapping[str, str], tooltip: str = "") -> None:
        """Show one value per key."""
        for key, text in values.items():
            self.counts[key].setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(tooltip)
