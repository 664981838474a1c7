"""Quiz results: score, time, per-topic breakdown, every mistake with its source."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.collection import QuizRecord
from quizapp.core.quiz.engine import EndReason, QuestionOutcome, QuestionRecord, QuizResult
from quizapp.core.study.more import topic_now
from quizapp.core.study.scope import StudyScope
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.countdown import format_mmss
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame, clear_layout, scroll_page
from quizapp.gui.widgets.mastery import level
from quizapp.gui.widgets.options import (
    RIGHT_MARK,
    WRONG_MARK,
    given_text,
    right_text,
    shown_prompt,
)
from quizapp.gui.widgets.text import plain_label, set_plain
from quizapp.gui.widgets.topiclink import TopicLink

if TYPE_CHECKING:
    from quizapp.core.quiz.confusions import TopicConfusions
    from quizapp.gui.items.actions import ItemActions

TopicTitles = Mapping[tuple[str, str], str]


def mistake_topics(result: QuizResult) -> tuple[tuple[str, str], ...]:
    """The ``(bank, topic)`` pairs of the missed questions, in quiz order, once each."""
    return tuple(dict.fromkeys(r.question.topic for r in result.mistakes))


class QuizResultsPage(QWidget):
    """What a finished quiz shows.

    Signals:
        retry_requested(): A new quiz of exactly the missed questions.
        study_requested(object): Study the topics with mistakes (a ``StudyScope``).
        source_requested(str, int): Show a mistake's source (bank id, line).
        home_requested(): *Home* or Esc.
        topic_quiz_requested(str, str): A quiz on one topic (a topic's door).
    """

    retry_requested = Signal()
    study_requested = Signal(object)
    source_requested = Signal(str, int)
    home_requested = Signal()
    topic_quiz_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: QuizResult | None = None
        self._titles: TopicTitles = {}
        self._stored: QuizRecord | Exception | None = None
        self.actions: ItemActions | None = None  # the mistakes' item menus, when set
        self._build()
        follow_language(self, self.retranslate)
        self.retranslate()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.home_requested.emit)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.scroll_area, page = scroll_page(self, 960, spacing=14)
        self.title = plain_label("", "title", wrap=False)
        page.addWidget(self.title)
        summary, summary_layout = card_frame(6)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.score = plain_label("", "big-number", wrap=False)
        self.percent = plain_label("", "big-number", wrap=False)
        self.duration = plain_label("", "muted", wrap=False)
        row.addWidget(self.score)
        row.addWidget(self.percent)
        row.addWidget(self.duration, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        summary_layout.addLayout(row)
        self.relearn = plain_label("", "muted")
        summary_layout.addWidget(self.relearn)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton()
        set_role(self.retry_button, "role", "primary")
        self.retry_button.clicked.connect(self.retry_requested)
        self.study_button = QPushButton()
        self.study_button.clicked.connect(self._on_study_button_clicked)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        for b in (self.retry_button, self.study_button, self.home_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        summary_layout.addLayout(buttons)
        self.notice = plain_label("", "muted")
        self.notice.hide()
        summary_layout.addWidget(self.notice)
        page.addWidget(summary)

        topics, topics_layout = card_frame(8)
        self.topics_heading = plain_label("", "heading")
        topics_layout.addWidget(self.topics_heading)
        self.topics_grid = QGridLayout()
        self.topics_grid.setHorizontalSpacing(12)
        self.topics_grid.setVerticalSpacing(6)
        self.topics_grid.setColumnStretch(0, 3)
        self.topics_grid.setColumnStretch(1, 2)
        topics_layout.addLayout(self.topics_grid)
        page.addWidget(topics)

        from quizapp.gui.widgets.confusions import ConfusionList

        self.confusions_frame, confusions_layout = card_frame(8)
        confusions_layout.addWidget(plain_label(self.tr("What you mix up"), "heading"))
        confusions_layout.addWidget(plain_label(self.tr(
            "The wrong options you chose in this quiz's topics, and what was right. One fades "
            "once you answer its question right three times in a row."), "hint"))
        self.confusion_list = ConfusionList()
        confusions_layout.addWidget(self.confusion_list)
        self.confusions_frame.hide()
        page.addWidget(self.confusions_frame)

        mistakes, mistakes_layout = card_frame(10)
        self.mistakes_heading = plain_label("", "heading")
        mistakes_layout.addWidget(self.mistakes_heading)
        self.mistakes_box = QVBoxLayout()
        self.mistakes_box.setSpacing(10)
        mistakes_layout.addLayout(self.mistakes_box)
        page.addWidget(mistakes)
        page.addStretch(1)

    def retranslate(self) -> None:
        """Every word of the page in the current language (also on a switch)."""
        self.retry_button.setText(self.tr("&Retry mistakes"))
        self.retry_button.setToolTip(self.tr(
            "The questions you missed again, in another order, their options reshuffled"))
        self.study_button.setText(self.tr("&Study these topics"))
        self.home_button.setText(self.tr("&Back to home"))
        self.home_button.setToolTip(self.tr("Back to the start screen (Esc)"))
        set_plain(self.topics_heading, self.tr("By topic"))
        if self.result is not None:
            stored = self._stored
            self.show_result(self.result, self._titles)
            if isinstance(stored, Exception):
                self.show_record_error(stored)
            elif stored is not None:
                self.show_record(stored)

    # ------------------------------------------------------------------ rendering
    def show_result(self, result: QuizResult, titles: TopicTitles) -> None:
        """Show ``result``; ``titles`` names its topics."""
        self.result = result
        self._titles = titles
        self._stored = None
        self.show_notice("")
        self.confusions_frame.hide()
        heading = {EndReason.COMPLETED: self.tr("Quiz finished"),
                   EndReason.EXPIRED: self.tr("Time’s up"),
                   EndReason.ABANDONED: self.tr("Quiz stopped early")}[result.reason]
        set_plain(self.title, heading)
        set_plain(self.score, self.tr("%1 of %2 right").replace("%1", str(result.correct))
                  .replace("%2", str(result.total)))
        set_plain(self.percent, f"{round(result.score * 100)} %")
        set_plain(self.duration, self.tr("Time taken: %1").replace(
            "%1", format_mmss(result.duration)))
        set_plain(self.relearn, self.tr("Saving your result…"))
        has_mistakes = bool(result.mistakes)
        for button in (self.retry_button, self.study_button):
            button.setEnabled(has_mistakes)
            button.setVisible(has_mistakes)
        self._render_topics(result, titles)
        self._render_mistakes(result)
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.isVisible():
            self.focus_first()

    def focus_first(self) -> None:
        """Focus *Retry mistakes* when there are mistakes, else *Home*."""
        retry = self.result is not None and bool(self.result.mistakes)
        (self.retry_button if retry else self.home_button).setFocus()

    def show_record(self, record: QuizRecord) -> None:
        """The quiz is stored: say which flashcards it made due again."""
        self._stored = record
        if record.relearn:
            set_plain(self.relearn, self.tr(
                "%n flashcard(s) linked to your mistakes are due again: they come up in your "
                "next study session.", "", len(record.relearn)))
        elif self.result is not None and self.result.mistakes:
            set_plain(self.relearn, self.tr("Saved. These questions have no linked flashcards."))
        else:
            set_plain(self.relearn, self.tr("Saved. No mistakes — well done."))
        set_role(self.relearn, "role", "muted")

    def show_confusions(self, topics: Sequence[TopicConfusions]) -> None:
        """Show what the learner mixes up in this quiz's topics (hidden when nothing)."""
        self.confusions_frame.setVisible(self.confusion_list.show_confusions(topics) > 0)

    def show_notice(self, text: str) -> None:
        """Say what an action on an item did (or why it failed)."""
        set_plain(self.notice, text)
        self.notice.setVisible(bool(text))

    def show_record_error(self, exc: Exception) -> None:
        """The quiz could not be stored."""
        self._stored = exc
        set_plain(self.relearn, self.tr("This quiz could not be saved: %1").replace("%1", str(exc)))
        set_role(self.relearn, "role", "error")

    def _render_topics(self, result: QuizResult, titles: TopicTitles) -> None:
        clear_layout(self.topics_grid)
        for row, score in enumerate(result.per_topic):
            title = TopicLink(score.bank, score.topic, titles.get((score.bank, score.topic),
                                                                  score.topic))
            title.study_requested.connect(self._on_topic_study_requested)
            title.quiz_requested.connect(self.topic_quiz_requested)
            bar = QProgressBar()
            bar.setRange(0, score.total)
            bar.setValue(score.correct)
            bar.setTextVisible(False)
            set_role(bar, "role", "mastery")
            set_role(bar, "level", level(score.correct / score.total))
            count = plain_label(self.tr("%1 of %2").replace("%1", str(score.correct))
                                .replace("%2", str(score.total)), "muted", wrap=False)
            bar.setAccessibleName(title.title)
            bar.setAccessibleDescription(count.text())
            self.topics_grid.addWidget(title, row, 0)
            self.topics_grid.addWidget(bar, row, 1)
            self.topics_grid.addWidget(count, row, 2)

    def _render_mistakes(self, result: QuizResult) -> None:
        clear_layout(self.mistakes_box)
        mistakes = result.mistakes
        if not mistakes:
            set_plain(self.mistakes_heading, self.tr("No mistakes"))
            self.mistakes_box.addWidget(plain_label(self.tr(
                "Every question answered right. Try a longer quiz or other topics."), "hint"))
            return
        set_plain(self.mistakes_heading, self.tr("%n mistake(s)", "", len(mistakes)))
        numbers = {id(r): n for n, r in enumerate(result.records, 1)}
        for i, record in enumerate(mistakes):
            if i:
                line = QFrame()
                set_role(line, "role", "separator")
                self.mistakes_box.addWidget(line)
            self.mistakes_box.addWidget(self._mistake(record, numbers[id(record)]))

    def _mistake(self, record: QuestionRecord, number: int) -> QWidget:
        item = record.question.item
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(plain_label(self.tr("Question %1").replace("%1", str(number)), "muted"))
        layout.addWidget(plain_label(shown_prompt(item), "quiz-question"))
        given = given_text(item, record.chosen, record.order)
        if record.outcome is QuestionOutcome.WRONG and given is not None:
            yours = self.tr("Your answer: %1").replace("%1", given)
        else:
            yours = {
                QuestionOutcome.SKIPPED: self.tr("Skipped"),
                QuestionOutcome.TIMED_OUT: self.tr("Timed out: time ran out on this question"),
            }.get(record.outcome, self.tr("Not answered: the quiz ended first"))
        mine = plain_label(f"{WRONG_MARK} {yours}")
        set_role(mine, "state", "wrong")
        right = plain_label(f"{RIGHT_MARK} " + self.tr("Right answer: %1")
                            .replace("%1", right_text(item)))
        set_role(right, "state", "correct")
        layout.addWidget(mine)
        layout.addWidget(right)
        if item.explanation:
            layout.addWidget(plain_label(item.explanation, "explanation", selectable=True))
        source = QHBoxLayout()
        source.setSpacing(8)
        if item.source.path:
            source.addWidget(plain_label(item.source.label(), "source"), 1)
        else:
            source.addStretch(1)
        show = QPushButton(self.tr("Show in document"))
        set_role(show, "role", "link")
        show.setAccessibleName(self.tr("Show question %1 in the document")
                               .replace("%1", str(number)))
        bank, line = record.question.bank, item.source.line
        show.clicked.connect(lambda _=False: self.source_requested.emit(bank, line))
        source.addWidget(show)
        if self.actions is not None:
            from quizapp.core.material.service import ItemRef

            more = QToolButton()
            more.setText(self.tr("Item ▾"))
            more.setAccessibleName(self.tr("Edit, suspend or flag question %1")
                                   .replace("%1", str(number)))
            more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            ref = ItemRef(bank, item.id)
            more.setMenu(self.actions.menu(lambda: [ref], more))
            source.addWidget(more)
        layout.addLayout(source)
        return box

    # ------------------------------------------------------------------ slots
    def _on_topic_study_requested(self, bank: str, topic: str) -> None:
        self.study_requested.emit(topic_now(bank, topic))

    def _on_study_button_clicked(self) -> None:
        if self.result is not None and self.result.mistakes:
            self.study_requested.emit(StudyScope(topics=mistake_topics(self.result)))

