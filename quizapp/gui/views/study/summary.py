"""The study screen's end page: done for today (or until a learning card is due), with a
summary of the session."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.study.cards import Rating
from quizapp.gui.theme import set_role
from quizapp.gui.views.study.steps import SessionLog
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.ratings import duration_text, rating_name
from quizapp.gui.widgets.text import plain_label, set_plain


class _Tile(QFrame):
    """A caption over a number."""

    def __init__(self, role: str = "big-number", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "role", "tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.caption = plain_label("", "muted", wrap=False)
        layout.addWidget(self.caption)
        self.value = plain_label("–", role, wrap=False)
        layout.addWidget(self.value)

    def set_caption(self, caption: str) -> None:
        set_plain(self.caption, caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class StudySummaryPage(QWidget):
    """"Done" with the session's numbers and the ways on.

    Signals:
        home_requested(): Back to the home screen.
        quiz_requested(): A quick quiz on the weak topics.
        more_requested(): Study more today.
    """

    home_requested = Signal()
    quiz_requested = Signal()
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 8, 0, 0)
        page.setSpacing(12)
        self.heading = plain_label("", "title")
        self.next_card = plain_label("", "heading")
        self.detail = plain_label("", "muted")
        page.addWidget(self.heading)
        page.addWidget(self.next_card)
        page.addWidget(self.detail)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.cards_tile = _Tile()
        self.answers_tile = _Tile()
        self.time_tile = _Tile()
        for tile in (self.cards_tile, self.answers_tile, self.time_tile):
            tiles.addWidget(tile, 1)
        page.addLayout(tiles)

        ratings = QHBoxLayout()
        ratings.setSpacing(12)
        self.rating_counts: dict[Rating, QLabel] = {}
        self.rating_tiles: dict[Rating, _Tile] = {}
        for rating in Rating:
            tile = _Tile("heading")
            self.rating_tiles[rating] = tile
            set_role(tile.value, "rating", str(int(rating)))
            ratings.addWidget(tile, 1)
            self.rating_counts[rating] = tile.value
        self.ratings_row = QWidget()
        self.ratings_row.setLayout(ratings)
        ratings.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.ratings_row)

        buttons = QHBoxLayout()
        self.home_button = QPushButton()
        set_role(self.home_button, "role", "primary")
        self.home_button.clicked.connect(self.home_requested)
        self.quiz_button = QPushButton()
        self.quiz_button.clicked.connect(self.quiz_requested)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.more_requested)
        buttons.addWidget(self.home_button)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.quiz_button)
        buttons.addStretch(1)
        page.addLayout(buttons)
        page.addStretch(1)
        self.shown: tuple[SessionLog, datetime | None] | None = None
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.cards_tile.set_caption(self.tr("Cards studied"))
        self.answers_tile.set_caption(self.tr("Answers"))
        self.time_tile.set_caption(self.tr("Time spent"))
        for rating, tile in self.rating_tiles.items():
            tile.set_caption(rating_name(rating))
        self.home_button.setText(self.tr("&Back to home"))
        self.quiz_button.setText(self.tr("&Quick quiz (weak topics)"))
        self.more_button.setText(self.tr("Study m&ore…"))
        self.more_button.setToolTip(self.tr(
            "More new cards today, review ahead, or one topic now — beyond the daily limits"))
        if self.shown is not None:
            self._render(*self.shown)

    def show_summary(self, log: SessionLog, next_due: datetime | None) -> None:
        """Show ``log``; ``next_due`` is when a learning card comes back later today."""
        self.shown = (log, next_due)
        self._render(log, next_due)
        self.home_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render(self, log: SessionLog, next_due: datetime | None) -> None:
        studied = bool(log.answers)
        self.next_card.setVisible(next_due is not None)
        if next_due is not None:
            set_plain(self.heading, self.tr("Done for now"))
            set_plain(self.next_card, self.tr("Next card at %1")
                      .replace("%1", next_due.strftime("%H:%M")))
            set_plain(self.detail, self.tr(
                "A card you are learning comes back then. Stay on this screen and studying "
                "resumes by itself."))
        elif studied:
            set_plain(self.heading, self.tr("Well done — that's all for today"))
            set_plain(self.detail, self.tr(
                "You have studied every card due today here. Come back tomorrow; a quiz "
                "shows how much has stuck."))
        else:
            set_plain(self.heading, self.tr("Nothing to study right now"))
            set_plain(self.detail, self.tr(
                "No cards are due here today. A quiz is a good way to keep going."))
        for widget in (self.cards_tile, self.answers_tile, self.time_tile, self.ratings_row):
            widget.setVisible(studied)
        if studied:
            answers = len(log.answers)
            per = log.per_rating()
            self.cards_tile.set_value(str(log.cards))
            self.answers_tile.set_value(str(answers))
            self.time_tile.set_value(duration_text(log.time_ms))
            for rating, label in self.rating_counts.items():
                label.setText(f"{per[rating]}  ({round(100 * per[rating] / answers)} %)")
