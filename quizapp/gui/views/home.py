"""Home: what is due today, the weakest topics, the streak, and the ways to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.context import AppContext
from quizapp.gui.theme import initial_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame, clear_layout, scroll_page
from quizapp.gui.widgets.mastery import MasteryBar
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.study.scope import StudyScope
    from quizapp.core.stats.overview import BankSummary, HomeOverview
    from quizapp.gui.views.examplan import ExamPlanPanel


class HomeView(QWidget):
    """The start screen.

    Signals:
        study_requested(object): Study flashcards in a ``StudyScope``.
        study_more_requested(): Study more today (beyond the daily limits).
        quick_quiz_requested(): A quiz on the weak topics with the default settings.
        topic_quiz_requested(str, str): A quiz on one topic (bank id, topic id).
        custom_quiz_requested(): The quiz set-up screen.
        stats_requested(): The statistics screen.
        document_requested(str): Show a bank's source document.
        rendered(): New numbers are on screen (the launch probe and tests wait for it).
    """

    study_requested = Signal(object)
    study_more_requested = Signal()
    quick_quiz_requested = Signal()
    topic_quiz_requested = Signal(str, str)
    custom_quiz_requested = Signal()
    stats_requested = Signal()
    document_requested = Signal(str)
    rendered = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.overview: HomeOverview | None = None
        self._stale = True
        self._pending = False
        ctx.backend.changed.connect(self._on_backend_changed)
        self._build()
        follow_language(self, self.retranslate)
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        _scroll, page = scroll_page(self, spacing=14)

        top = QHBoxLayout()
        self.title = plain_label("", "title", wrap=False)
        top.addWidget(self.title)
        top.addStretch(1)
        self.streak = plain_label("", "muted", wrap=False)
        top.addWidget(self.streak)
        page.addLayout(top)

        self.welcome = plain_label("", "hint")
        self.welcome.hide()
        page.addWidget(self.welcome)

        self.notices = QVBoxLayout()
        page.addLayout(self.notices)

        due_frame, due_layout = card_frame()
        counts = QHBoxLayout()
        counts.setSpacing(24)
        self.captions: dict[str, QLabel] = {}
        self.due_new = self._count_box(counts, "new")
        self.due_learning = self._count_box(counts, "learning")
        self.due_review = self._count_box(counts, "review")
        counts.addStretch(1)
        due_layout.addLayout(counts)
        self.due_summary = plain_label("", "muted")
        due_layout.addWidget(self.due_summary)

        buttons = QGridLayout()
        buttons.setHorizontalSpacing(10)
        buttons.setVerticalSpacing(8)
        self.study_button = QPushButton()
        initial_role(self.study_button, "role", "primary")
        self.study_button.clicked.connect(lambda: self.study_requested.emit(_scope()))
        self.study_more_button = QPushButton()
        self.study_more_button.clicked.connect(self.study_more_requested)
        self.quick_quiz_button = QPushButton()
        self.quick_quiz_button.clicked.connect(self.quick_quiz_requested)
        self.custom_quiz_button = QPushButton()
        self.custom_quiz_button.clicked.connect(self.custom_quiz_requested)
        self.stats_button = QPushButton()
        self.stats_button.clicked.connect(self.stats_requested)
        for col, b in enumerate((self.study_button, self.study_more_button,
                                 self.quick_quiz_button, self.custom_quiz_button,
                                 self.stats_button)):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b, 0, col)
        due_layout.addLayout(buttons)
        page.addWidget(due_frame)
        # The exam plan comes with the full numbers, after the first paint (see render).
        self.exam_panel: ExamPlanPanel | None = None
        self.exam_slot = QVBoxLayout()
        page.addLayout(self.exam_slot)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        banks_frame, self.banks_layout = card_frame()
        self.material_heading = plain_label("", "heading")
        self.banks_layout.addWidget(self.material_heading)
        self.banks_box = QVBoxLayout()
        self.banks_layout.addLayout(self.banks_box)
        self.banks_layout.addStretch(1)
        weak_frame, weak_layout = card_frame()
        self.weak_heading = plain_label("", "heading")
        weak_layout.addWidget(self.weak_heading)
        self.weak_caption = plain_label("", "muted")
        weak_layout.addWidget(self.weak_caption)
        self.weak_box = QVBoxLayout()
        self.weak_box.setSpacing(6)
        weak_layout.addLayout(self.weak_box)
        weak_layout.addStretch(1)
        columns.addWidget(banks_frame, 1)
        columns.addWidget(weak_frame, 1)
        page.addLayout(columns)
        page.addStretch(1)
        self.loading = plain_label("", "muted")
        page.addWidget(self.loading)

    def _count_box(self, row: QHBoxLayout, kind: str) -> QLabel:
        box = QVBoxLayout()
        box.setSpacing(0)
        number = plain_label("–", "big-number", wrap=False)
        initial_role(number, "kind", kind)
        box.addWidget(number)
        self.captions[kind] = plain_label("", "muted", wrap=False)
        box.addWidget(self.captions[kind])
        row.addLayout(box)
        return number

    def retranslate(self) -> None:
        """Every word of the screen in the current language (also on a switch)."""
        set_plain(self.title, self.tr("Today"))
        set_plain(self.welcome, self.tr(
            "Welcome! Every card and question here is made from the article under "
            "“Your material”.\nPress Study now to learn the flashcards, or take a quick quiz "
            "to see where you stand; what you miss comes back sooner."))
        captions = {
            "new": (self.tr("New"), self.tr("Cards you have not seen yet that today's limit "
                                            "brings")),
            "learning": (self.tr("Learning"), self.tr(
                "Cards you have just started or forgotten: they come back within minutes")),
            "review": (self.tr("To review"), self.tr(
                "Cards you know that are due for review today, so they stay remembered")),
        }
        for kind, (caption, tip) in captions.items():
            set_plain(self.captions[kind], caption)
            self.captions[kind].setToolTip(tip)
            number = {"new": self.due_new, "learning": self.due_learning,
                      "review": self.due_review}[kind]
            number.setToolTip(tip)
            number.setAccessibleName(caption)
        self.study_button.setText(self.tr("&Study now"))
        self.study_more_button.setText(self.tr("Study m&ore…"))
        self.study_more_button.setToolTip(self.tr(
            "More new cards today, review ahead, or one topic now — beyond the daily limits"))
        self.quick_quiz_button.setText(self.tr("&Quick quiz (weak topics)"))
        self.custom_quiz_button.setText(self.tr("&Custom quiz…"))
        self.custom_quiz_button.setToolTip(self.tr(
            "Choose the number of questions, the time limit, the topics and the kinds"))
        self.stats_button.setText(self.tr("St&atistics"))
        set_plain(self.material_heading, self.tr("Your material"))
        set_plain(self.weak_heading, self.tr("Weakest topics"))
        self.weak_heading.setToolTip(self.tr(
            "Each topic's mastery is the share of its facts you are predicted to remember "
            "then: from how well each flashcard is known and your recent quiz answers. "
            "Facts you have not studied count as not known. Click a topic to study it or "
            "take a quiz on it."))
        set_plain(self.loading, self.tr("Loading your progress…"))
        self._quick_quiz_tip()
        if self.overview is not None:
            self.render(self.overview)

    def _quick_quiz_tip(self) -> None:
        from quizapp.core.datafolder.settings import QuizTiming

        s = self.ctx.settings.value
        if s.quiz_timing is QuizTiming.WHOLE_QUIZ:
            clock = self.tr("%n minute(s) for the whole quiz", "", max(1, s.quiz_minutes))
        elif s.quiz_timing is QuizTiming.PER_QUESTION:
            clock = self.tr("%n second(s) for each question", "", s.quiz_seconds_per_question)
        else:
            clock = self.tr("no time limit")
        self.quick_quiz_button.setToolTip(
            self.tr("%n question(s) on your weakest topics", "", s.quiz_questions)
            + ", " + clock)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Ask for fresh numbers (on the worker); ``render`` follows.

        May be called before the collection is open: the request waits on the worker behind
        the opening.
        """
        if self._pending:
            self._stale = True  # asked again meanwhile: ask once more when the answer is in
            return
        self._stale = False
        self._pending = True
        self.ctx.backend.run(_overview, self._on_overview, self._on_error, owner=self)

    def _on_overview(self, ov: HomeOverview) -> None:
        self._pending = False
        self.render(ov)
        if self._stale and self.isVisible():
            self.refresh()

    def activate(self) -> None:
        """Called when the screen is shown: refresh if anything changed meanwhile."""
        if self._stale or self.overview is None:
            self.refresh()

    def _on_backend_changed(self, flags: int) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_error(self, exc: Exception) -> None:
        self._pending = False
        if not self.ctx.backend.is_open:
            return  # opening failed: the recovery dialog speaks; home asks again once open
        self.loading.show()
        set_plain(self.loading, self.tr("Could not load your progress: %1").replace("%1", str(exc)))

    def show_quick(self, ov: HomeOverview) -> None:
        """Show early numbers read before the collection opened (unless the full ones
        are already on screen)."""
        if self.overview is None:
            self.render(ov)

    def render(self, ov: HomeOverview) -> None:
        """Show ``ov``."""
        self.overview = ov
        self.loading.hide()
        self.welcome.setVisible(ov.first_launch)
        self.due_new.setText(str(ov.due.new))
        self.due_learning.setText(str(ov.due.learning))
        self.due_review.setText(str(ov.due.review))
        if ov.due.total:
            set_plain(self.due_summary, self.tr("%n card(s) to study today.", "", ov.due.total))
        else:
            set_plain(self.due_summary, self.tr(
                "Nothing is due right now — a quiz is a good way to keep going."))
        self.study_button.setEnabled(ov.due.total > 0)
        self.study_more_button.setEnabled(any(b.flashcards for b in ov.banks))
        self._quick_quiz_tip()
        has_questions = any(b.questions for b in ov.banks)
        self.quick_quiz_button.setEnabled(has_questions)
        self.custom_quiz_button.setEnabled(has_questions)
        if ov.streak.current:
            set_plain(self.streak, self.tr("Streak: %n day(s)", "", ov.streak.current)
                      + "  ·  " + self.tr("longest %n", "", ov.streak.longest))
        else:
            set_plain(self.streak, self.tr("No streak yet"))
        self._render_notices(ov)
        if ov.complete:
            self._render_exam(ov)
        self._render_banks(ov.banks, ov.banks_loading)
        self._render_weak(ov)
        self.rendered.emit()

    def _render_notices(self, ov: HomeOverview) -> None:
        clear_layout(self.notices)
        for line in ov.problems:
            self.notices.addWidget(plain_label(self.tr("A question bank was skipped: %1")
                                               .replace("%1", line), "warning"))
        if ov.backup_error:
            self.notices.addWidget(plain_label(self.tr("Today's automatic backup failed: %1")
                                               .replace("%1", ov.backup_error), "warning"))
        if self.ctx.settings.warnings:
            from quizapp.gui.views.settings.problems import describe

            self.notices.addWidget(plain_label(
                self.tr("Settings file problem, defaults used: %1").replace(
                    "%1", " ".join(describe(w) for w in self.ctx.settings.warnings)),
                "warning"))

    def _render_exam(self, ov: HomeOverview) -> None:
        if self.exam_panel is None:
            from quizapp.gui.views.examplan import ExamPlanPanel

            self.exam_panel = ExamPlanPanel(self.ctx)
            self.exam_panel.saved.connect(self.refresh)
            self.exam_slot.addWidget(self.exam_panel)
        self.exam_panel.render(ov.exam)

    def _render_banks(self, banks: tuple[BankSummary, ...], loading: bool) -> None:
        clear_layout(self.banks_box)
        if loading:
            self.banks_box.addWidget(plain_label(self.tr("Reading your question banks…"),
                                                 "hint"))
        if not banks and not loading:
            self.banks_box.addWidget(plain_label(self.tr(
                "No question banks found. Import a document with File › Import document…"),
                "hint"))
            return
        for b in banks:
            row = QVBoxLayout()
            row.setSpacing(2)
            row.addWidget(plain_label(b.title))
            row.addWidget(plain_label(
                self.tr("%n flashcard(s)", "", b.flashcards) + " · "
                + self.tr("%n question(s)", "", b.questions) + " · "
                + self.tr("%n to study today", "", b.due.total), "muted"))
            actions = QHBoxLayout()
            study = QPushButton(self.tr("Study"))
            study.setEnabled(b.due.total > 0)
            study.setAccessibleName(self.tr("Study %1").replace("%1", b.title))
            study.clicked.connect(
                lambda _=False, bank=b.id: self.study_requested.emit(_scope(bank)))
            doc = QPushButton(self.tr("Read the document"))
            doc.setAccessibleName(self.tr("Read %1").replace("%1", b.title))
            doc.clicked.connect(lambda _=False, bank=b.id: self.document_requested.emit(bank))
            actions.addWidget(study)
            actions.addWidget(doc)
            actions.addStretch(1)
            row.addLayout(actions)
            holder = QWidget()
            holder.setLayout(row)
            self.banks_box.addWidget(holder)

    def _render_weak(self, ov: HomeOverview) -> None:
        clear_layout(self.weak_box)
        self.weak_caption.setVisible(bool(ov.complete and ov.weak))
        if not ov.complete:
            self.weak_box.addWidget(plain_label(self.tr("Loading your topics…"), "hint"))
            return
        if not ov.weak:
            self.weak_box.addWidget(plain_label(self.tr(
                "Study a few cards or take a quiz, and your weakest topics show up here."),
                "hint"))
            return
        set_plain(self.weak_caption, self.tr(
            "What you are predicted to remember in %n day(s)", "", ov.weak[0].days_ahead))
        for m in ov.weak:
            bar = MasteryBar(m)
            bar.study_requested.connect(self._on_topic_study_requested)
            bar.quiz_requested.connect(self.topic_quiz_requested)
            self.weak_box.addWidget(bar)

    def _on_topic_study_requested(self, bank: str, topic: str) -> None:
        from quizapp.core.study.more import topic_now

        self.study_requested.emit(topic_now(bank, topic))


def _scope(bank: str | None = None) -> StudyScope:
    # Imported on the first click: one dataclass less before home is on screen.
    from quizapp.core.study.scope import StudyScope

    return StudyScope(bank)


def _overview(col: Collection) -> HomeOverview:
    # Imported here, on the worker thread: the GUI thread never needs the statistics modules.
    from quizapp.core.stats.overview import home_overview

    return home_overview(col)
