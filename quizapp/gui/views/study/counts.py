"""The study screen's due counts: new, learning and to review, the current card's kind marked."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from quizapp.core.study.due import DueCounts
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label


class DueCountStrip(QWidget):
    """Three numbers with their captions; ``labels`` maps each kind to its number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.labels: dict[str, QLabel] = {}
        captions = {"new": self.tr("New"), "learning": self.tr("Learning"),
                    "review": self.tr("To review")}
        for kind, caption in captions.items():
            number = plain_label("–", "study-count", wrap=False)
            set_role(number, "kind", kind)
            number.setAccessibleName(caption)
            row.addWidget(number)
            row.addWidget(plain_label(caption, "muted", wrap=False))
            self.labels[kind] = number

    def show_counts(self, counts: DueCounts, current: str | None) -> None:
        """Put ``counts`` on screen, marking the kind of the card shown (``current``)."""
        for kind, label in self.labels.items():
            label.setText(str(getattr(counts, kind)))
            set_role(label, "current", "true" if kind == current else None)
