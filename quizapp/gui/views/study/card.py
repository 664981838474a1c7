"""The flashcard itself: the front, and once revealed the back with its topic and source."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.collection import StudyCard
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

# Lines longer than this are tiring to read; wide windows get margins instead.
READABLE_WIDTH = 880
# Short texts are centred like a card; a paragraph reads better from a straight left edge.
_CENTRED_UP_TO = 140


def _card_text(role: str) -> QLabel:
    label = plain_label("", role)
    # Mouse selection only: keyboard selection would put the text in the tab order.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _set_card_text(label: QLabel, text: str, centred: bool) -> None:
    horizontal = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(horizontal | Qt.AlignmentFlag.AlignTop)
    set_plain(label, text)


class CardPanel(QScrollArea):
    """A card frame (scrolling when the text is long) showing one flashcard.

    Signals:
        source_clicked(): "Show in document" was pressed.
        shown(object): A new card (``StudyCard``) is on screen, its answer hidden.
    """

    source_clicked = Signal()
    shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        self.setWidget(holder)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame()
        self.frame.setMaximumWidth(READABLE_WIDTH)
        set_role(self.frame, "role", "card")
        row.addWidget(self.frame, 1)

        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        self.front = _card_text("prompt")
        self.front.setAccessibleName(self.tr("Question"))
        # The card's own menu (edit, suspend, bury, flag) sits at its top right; a spacer
        # as wide on the left keeps the front centred.
        top = QHBoxLayout()
        self.item_button = QToolButton()
        self.item_button.setText("⋯")
        self.item_button.setToolTip(self.tr("Edit (E), suspend (!), bury (-) or flag (*) "
                                            "this card"))
        self.item_button.setAccessibleName(self.tr("Card menu"))
        self.item_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.item_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top.addSpacing(self.item_button.sizeHint().width())
        top.addWidget(self.front, 1)
        top.addWidget(self.item_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.separator = QFrame()
        set_role(self.separator, "role", "separator")
        layout.addWidget(self.separator)
        self.back = _card_text("answer")
        layout.addWidget(self.back)

        self.meta = QWidget()
        meta = QVBoxLayout(self.meta)
        meta.setContentsMargins(0, 6, 0, 0)
        meta.setSpacing(2)
        self.topic = plain_label("", "source")
        self.topic.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.breadcrumb = plain_label("", "source")
        self.breadcrumb.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        meta.addWidget(self.topic)
        meta.addWidget(self.breadcrumb)
        link_row = QHBoxLayout()
        link_row.addStretch(1)
        self.source_button = QPushButton()
        set_role(self.source_button, "role", "link")
        self.source_button.clicked.connect(self.source_clicked)
        link_row.addWidget(self.source_button)
        link_row.addStretch(1)
        meta.addLayout(link_row)
        layout.addWidget(self.meta)
        layout.addStretch(1)
        self.revealed = False
        self.card: StudyCard | None = None
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.front.setAccessibleName(self.tr("Question"))
        self.back.setAccessibleName(self.tr("Answer"))
        self.source_button.setText(self.tr("Show in &document"))
        self.source_button.setToolTip(self.tr("Open the study document at this card's source"))
        if self.card is not None:
            self._say_where(self.card)

    def show_card(self, card: StudyCard) -> None:
        """Show ``card``'s front only."""
        item = card.item
        # A cloze shows its sentence with a blank, an order item its steps shuffled.
        front, back = item.study_sides()
        centred = max(len(front), len(back)) <= _CENTRED_UP_TO and "\n" not in front
        _set_card_text(self.front, front, centred)
        _set_card_text(self.back, back, centred and "\n" not in back)
        self.card = card
        self._say_where(card)
        self.set_revealed(False)
        self.verticalScrollBar().setValue(0)
        self.shown.emit(card)

    def _say_where(self, card: StudyCard) -> None:
        """The card's topic and source, and the link's name."""
        item = card.item
        set_plain(self.topic, self.tr("Topic: %1").replace("%1", card.topic_title))
        crumb = item.source.label()
        set_plain(self.breadcrumb, self.tr("Source: %1").replace("%1", crumb) if crumb else "")
        # A top-level section is often its own topic: say it once.
        self.breadcrumb.setVisible(bool(crumb) and crumb.casefold() != card.topic_title.casefold())
        self.source_button.setAccessibleName(
            self.tr("Show in document: %1").replace("%1", crumb or card.topic_title))

    def set_revealed(self, revealed: bool) -> None:
        """Show or hide the back, its topic and its source."""
        self.revealed = revealed
        for widget in (self.separator, self.back, self.meta):
            widget.setVisible(revealed)
        if revealed:
            # Once the layout has the back in it: bring the answer into view.
            QTimer.singleShot(0, self, self._scroll_to_answer)

    def _scroll_to_answer(self) -> None:
        """When front and back do not both fit, scroll so the answer starts at the top."""
        bar = self.verticalScrollBar()
        if self.revealed and bar.maximum() > 0:
            top = self.separator.mapTo(self.widget(), QPoint(0, 0)).y()
            bar.setValue(min(bar.maximum(), max(0, top - 12)))
