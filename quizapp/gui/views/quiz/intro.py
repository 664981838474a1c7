"""What a quick quiz is, said before the first one starts: how many questions, on what, and
how it is timed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from quizapp.core.quiz.engine import QuizConfig, TimeLimit, TimeLimitMode
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame, centred_column
from quizapp.gui.widgets.text import plain_label, set_plain


class QuickQuizIntro(QWidget):
    """"This is a quick quiz": its size, topics and clock, then Start.

    Signals:
        start_requested(): Start it as described.
        custom_requested(): Choose the questions, time and topics instead.
        home_requested(): Not now (Esc).
    """

    start_requested = Signal()
    custom_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config: QuizConfig | None = None
        self.feedback = True
        page = centred_column(self, 720, spacing=14)
        page.addStretch(1)
        frame, layout = card_frame(10)
        self.title = plain_label("", "title")
        self.what = plain_label("", "heading")
        self.details = plain_label("")
        self.after = plain_label("", "muted")
        for label in (self.title, self.what, self.details, self.after):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        set_role(self.start_button, "role", "primary")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        self.custom_button = QPushButton()
        self.custom_button.setAutoDefault(True)
        self.custom_button.clicked.connect(self.custom_requested)
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.home_requested)
        for button in (self.start_button, self.custom_button, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        page.addWidget(frame)
        page.addStretch(2)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.home_requested)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_plain(self.title, self.tr("Quick quiz"))
        self.start_button.setText(self.tr("&Start the quiz"))
        self.custom_button.setText(self.tr("Choose &my own…"))
        self.custom_button.setToolTip(self.tr("Choose the number of questions, the time and "
                                              "the topics yourself"))
        self.back_button.setText(self.tr("&Not now"))
        set_plain(self.after, self.tr(
            "Your answers count toward each topic's mastery, and a question you miss brings "
            "its flashcard back for study. Esc leaves at any time, and you choose whether to "
            "keep the answers so far. This is explained only before your first quick quiz; "
            "Settings › Quizzes changes these defaults."))
        self._describe()

    def show_config(self, config: QuizConfig, feedback: bool) -> None:
        """Describe the quick quiz ``config`` (with feedback after each answer or not)."""
        self.config = config
        self.feedback = feedback
        self._describe()

    def describe_limit(self, limit: TimeLimit) -> str:
        """A quiz's clock in words ("10 minutes for the whole quiz")."""
        if limit.mode is TimeLimitMode.WHOLE_QUIZ:
            return self.tr("%n minute(s) for the whole quiz", "",
                           max(1, round(limit.seconds / 60)))
        if limit.mode is TimeLimitMode.PER_QUESTION:
            return self.tr("%n second(s) for each question", "", limit.seconds)
        return self.tr("No time limit")

    def focus_first(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self) -> None:
        config = self.config
        if config is None:
            return
        set_plain(self.what, self.tr(
            "%n question(s) on your weakest topics — on every topic until you have studied "
            "some", "", config.count))
        lines = [self.describe_limit(config.time_limit)]
        lines.append(self.tr("You see right or wrong, and why, after each answer.")
                     if self.feedback else self.tr("You see what you got right at the end."))
        set_plain(self.details, "\n".join(f"• {line[:1].upper()}{line[1:]}" for line in lines))
