"""Statistics: tiles, a calendar and charts of the learner's whole history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.datafolder.settings import Settings, Theme
from quizapp.core.stats.model import Stats
from quizapp.gui import theme
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.views.stats.format import fill, long_date
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.text import plain_label, set_plain

if TYPE_CHECKING:
    from quizapp.core.collection import Collection
    from quizapp.core.quiz.confusions import TopicConfusions
    from quizapp.gui.views.stats.cards import HeatmapSection, Section, Tiles, TopicsSection
    from quizapp.gui.views.stats.charts import ChartSection, RetentionSection, ReviewsSection
    from quizapp.gui.views.stats.confusions import ConfusionsSection

# Two columns of cards from this width of a column up; one below (1024 px windows).
MIN_COLUMN_WIDTH = 520


def _load(collection: Collection) -> tuple[Stats, list[TopicConfusions]]:
    """The statistics and what the learner mixes up, read in one job: both are on screen
    when ``rendered`` is emitted."""
    from quizapp.core.quiz.confusions import confusions_by_topic

    return collection.stats(), confusions_by_topic(collection)


class StatsView(QWidget):
    """The statistics screen.

    The numbers are computed by a backend job (aggregates only); the widgets are built on
    the first ``activate`` (QtCharts is imported then, not before) and afterwards only
    their series are updated.

    Signals:
        home_requested(): Back to the start screen.
        study_requested(object): Study a topic now (a ``StudyScope``; a topic's door).
        topic_quiz_requested(str, str): A quiz on a topic (bank id, topic id).
        rendered(): New numbers are on screen (tests wait for it).
    """

    home_requested = Signal()
    study_requested = Signal(object)
    topic_quiz_requested = Signal(str, str)
    rendered = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.stats: Stats | None = None
        self._stale = True
        self._theme: Theme | None = None
        self.tiles: Tiles | None = None
        self.heatmap: HeatmapSection | None = None
        self.topics: TopicsSection | None = None
        self.reviews: ReviewsSection | None = None
        self.retention: RetentionSection | None = None
        self.confusions: ConfusionsSection | None = None
        self.sections: list[Section] = []
        self.charts: list[ChartSection] = []
        ctx.backend.changed.connect(self._on_backend_changed)
        ctx.backend.opened.connect(self._on_backend_opened)
        ctx.settings.changed.connect(self._on_settings_changed)
        self._build_frame()
        follow_language(self, self.retranslate)
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build_frame(self) -> None:
        """The cheap part: header, scroll area, loading line (built with the screen)."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.page = QVBoxLayout(body)
        self.page.setContentsMargins(24, 18, 24, 18)
        self.page.setSpacing(14)

        top = QHBoxLayout()
        self.title = plain_label("", "title", wrap=False)
        top.addWidget(self.title)
        self.as_of = plain_label("", "muted", wrap=False)
        top.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        top.addWidget(self.refresh_button)
        top.addWidget(self.home_button)
        self.page.addLayout(top)
        self.loading = plain_label("", "muted")
        self.page.addWidget(self.loading)
        self.page.addStretch(1)

        for keys, slot in (("Esc", self.home_requested.emit), ("F5", self.refresh),
                           ("Ctrl+R", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        """Every word of the screen in the current language: the cards, which name their
        charts as they are made, are made again (the numbers stay)."""
        set_plain(self.title, self.tr("Statistics"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Recompute the statistics (F5)"))
        self.home_button.setText(self.tr("&Back to home"))
        self.home_button.setToolTip(self.tr("Back to the start screen (Esc)"))
        set_plain(self.loading, self.tr("Computing your statistics…"))
        if self.tiles is not None:
            for widget in (self.tiles.grid, self.grid):
                self.page.removeWidget(widget)
                widget.deleteLater()
            self.tiles = None
            self._ensure_built()
            if self.stats is not None:
                self.render(self.stats)

    def _ensure_built(self) -> None:
        """Build tiles, calendar and charts once (imports QtCharts on first use)."""
        if self.tiles is not None:
            return
        from quizapp.gui.views.stats.answers import ButtonsSection, HoursSection, QuizSection
        from quizapp.gui.views.stats.cards import HeatmapSection, Tiles, TopicsSection
        from quizapp.gui.views.stats.charts import ForecastSection, RetentionSection, ReviewsSection
        from quizapp.gui.views.stats.confusions import ConfusionsSection
        from quizapp.gui.widgets.grid import ResponsiveGrid

        self.tiles = Tiles()
        self.heatmap = HeatmapSection()
        self.topics = TopicsSection()
        self.topics.bars.study_requested.connect(self._on_topic_study_requested)
        self.topics.bars.quiz_requested.connect(self.topic_quiz_requested)
        self.reviews = reviews = ReviewsSection()
        self.retention = retention = RetentionSection()
        forecast, quiz = ForecastSection(), QuizSection()
        buttons, hours = ButtonsSection(), HoursSection()
        from quizapp.gui.views.stats.examchart import ExamRecallSection

        self.exam = exam = ExamRecallSection()
        self.charts = [reviews, retention, exam, forecast, quiz, buttons, hours]
        self.confusions = ConfusionsSection()
        self.sections = [self.heatmap, self.topics, *self.charts, self.confusions]
        grid = ResponsiveGrid(MIN_COLUMN_WIDTH, 2)
        grid.add(reviews.panel, 0)
        grid.add(self.heatmap.panel, 0)
        for section in (self.topics, retention, exam, forecast, quiz, buttons, hours,
                        self.confusions):
            grid.add(section.panel)
        self.grid = grid
        index = self.page.indexOf(self.loading)
        self.page.insertWidget(index + 1, self.tiles.grid)
        self.page.insertWidget(index + 2, grid)
        self._set_tab_order()
        self._apply_theme()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.refresh_button, self.home_button]
        assert self.reviews is not None and self.heatmap is not None
        assert self.topics is not None and self.retention is not None
        chain += self.reviews.range.buttons
        chain.append(self.heatmap.heatmap)
        chain.append(self.topics.more)
        chain += self.retention.mode.buttons
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ data
    def activate(self) -> None:
        """Called when the screen is shown: build it once, reload if anything changed."""
        self._ensure_built()
        if self._theme is not theme.current():
            self._apply_theme()
        if self._stale or self.stats is None:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the statistics on the worker; ``render`` follows (once the collection
        is open)."""
        if not self.ctx.backend.is_open:
            self._stale = True
            return
        self._stale = False
        self.loading.show()
        set_plain(self.loading, self.tr("Computing your statistics…"))
        self.ctx.backend.run(_load, self._on_loaded, self._on_error, owner=self)

    def render(self, stats: Stats) -> None:  # type: ignore[override]  # the views' API
        """Show ``stats`` (cheap: only labels and chart series change)."""
        self._ensure_built()
        assert self.tiles is not None and self.retention is not None
        self.stats = stats
        self.loading.hide()
        set_plain(self.as_of, fill(self.tr("as of %1"), long_date(stats.today_date)))
        self.retention.target = self.ctx.settings.value.desired_retention
        self.tiles.render(stats)
        for section in self.sections:
            section.render(stats)
        self.rendered.emit()

    def _on_loaded(self, loaded: tuple[Stats, list[TopicConfusions]]) -> None:
        stats, topics = loaded
        self._ensure_built()
        assert self.confusions is not None
        self.confusions.show(topics)
        self.render(stats)

    def _on_error(self, exc: Exception) -> None:
        self.loading.show()
        set_plain(self.loading, self.tr("Could not compute your statistics: %1")
                  .replace("%1", str(exc)))

    def _on_backend_changed(self, _flags: int) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_topic_study_requested(self, bank: str, topic: str) -> None:
        from quizapp.core.study.more import topic_now

        self.study_requested.emit(topic_now(bank, topic))

    def _on_backend_opened(self, _collection: object) -> None:
        self._on_backend_changed(int(Change.ALL))

    # ------------------------------------------------------------------ theme
    def _on_settings_changed(self, settings: Settings) -> None:
        # Let the application apply the new theme first (it may be connected after us).
        QTimer.singleShot(0, self._on_settings_applied)
        if self.retention is not None and self.stats is not None:
            self.retention.target = settings.desired_retention
            self.retention.render(self.stats)

    def _on_settings_applied(self) -> None:
        if self.tiles is not None and self._theme is not theme.current():
            self._apply_theme()

    def _apply_theme(self) -> None:
        """Recolour the charts and the calendar (QtCharts ignores the stylesheet)."""
        self._theme = theme.current()
        colours = theme.CHART_COLOURS[self._theme]
        for section in self.sections:
            section.apply_colours(colours)
