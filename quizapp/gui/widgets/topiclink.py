"""A topic's title as a door: a click (or Enter) offers "Study this topic" and "Quiz on this
topic" wherever a topic is named — home, statistics, quiz results."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from quizapp.gui.theme import initial_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain


class TopicLink(QWidget):
    """A topic title (bank text, plain) that opens the topic's menu.

    Signals:
        study_requested(str, str): Study this topic now (bank id, topic id).
        quiz_requested(str, str): A quiz on this topic (bank id, topic id).
    """

    study_requested = Signal(str, str)
    quiz_requested = Signal(str, str)

    def __init__(self, bank: str, topic: str, title: str, parent: QWidget | None = None,
                 *, role: str | None = None) -> None:
        super().__init__(parent)
        self.bank, self.topic = bank, topic
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label(title, role)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label)
        initial_role(self, "role", "topic-link")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # its border shows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.menu = QMenu(self)
        self.study_action = self.menu.addAction("")
        self.study_action.triggered.connect(
            lambda: self.study_requested.emit(self.bank, self.topic))
        self.quiz_action = self.menu.addAction("")
        self.quiz_action.triggered.connect(
            lambda: self.quiz_requested.emit(self.bank, self.topic))
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.study_action.setText(self.tr("Study this topic"))
        self.quiz_action.setText(self.tr("Quiz on this topic") if self.quiz_action.isEnabled()
                                 else self.tr("Quiz on this topic (it has no questions)"))
        self.setToolTip(self.tr("Click to study this topic or take a quiz on it"))
        self.setAccessibleName(self.tr("%1: study or quiz").replace("%1", self.title))

    @property
    def title(self) -> str:
        return self.label.text().replace("\u200b", "")

    def set_topic(self, bank: str, topic: str, title: str) -> None:
        """Show another topic (rows are reused)."""
        self.bank, self.topic = bank, topic
        set_plain(self.label, title)
        self.retranslate()

    def set_quizzable(self, quizzable: bool) -> None:
        """Offer the quiz only for a topic that has questions (some teach by cards alone)."""
        self.quiz_action.setEnabled(quizzable)
        self.retranslate()

    def open_menu(self) -> None:
        """Offer the topic's doors under its title."""
        self.menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.open_menu()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space,
                           Qt.Key.Key_Menu):
            self.open_menu()
            event.accept()
            return
        super().keyPressEvent(event)
