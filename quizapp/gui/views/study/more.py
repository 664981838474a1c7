"""Study more today: more new cards, review ahead, or a topic now — Anki's custom study."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.collection import Collection
from quizapp.core.study.more import (
    AHEAD_DAYS,
    MAX_EXTRA_NEW,
    StudyMoreOptions,
    review_ahead,
    study_more_options,
    topic_now,
)
from quizapp.core.study.due import DueCounts
from quizapp.core.study.scope import StudyScope
from quizapp.gui.backend import Change
from quizapp.gui.context import AppContext
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.mastery import coverage_text, percent_text
from quizapp.gui.widgets.spin import PlainSpinBox
from quizapp.gui.widgets.text import plain_label, set_plain

NEW, AHEAD, TOPIC = range(3)
_SEP = "\x1f"  # between a topic's bank and id in the topic list's item data


def _key_text(key: tuple[str, str]) -> str:
    return _SEP.join(key)


def _topic_key(text: str) -> tuple[str, str]:
    bank, _, topic = text.partition(_SEP)
    return bank, topic


class StudyMoreDialog(QDialog):
    """The three ways to study beyond today's limits, with what each would bring.

    Signals:
        chosen(object): The ``StudyScope`` to study (after any new cards were added).
    """

    chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.options: StudyMoreOptions | None = None
        # What "one topic now" would bring, per topic (counted when a topic is chosen).
        self.topic_counts: dict[tuple[str, str], DueCounts] = {}
        self.setObjectName("study-more")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = plain_label("", "muted")
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.group = QButtonGroup(self)
        self.new_choice = QRadioButton()
        self.new_count = PlainSpinBox()
        self.new_count.setRange(1, MAX_EXTRA_NEW)
        self.new_count.setValue(10)
        self.new_note = plain_label("", "muted")
        self.ahead_choice = QRadioButton()
        self.ahead_days = PlainSpinBox()
        self.ahead_days.setRange(1, AHEAD_DAYS)
        self.ahead_days.setValue(3)
        self.ahead_note = plain_label("", "muted")
        self.topic_choice = QRadioButton()
        self.topic = QComboBox()
        self.topic_note = plain_label("", "muted")
        rows = ((self.new_choice, self.new_count, self.new_note),
                (self.ahead_choice, self.ahead_days, self.ahead_note),
                (self.topic_choice, self.topic, self.topic_note))
        for r, (choice, field, note) in enumerate(rows):
            self.group.addButton(choice, r)
            grid.addWidget(choice, 2 * r, 0)
            grid.addWidget(field, 2 * r, 1)
            grid.addWidget(note, 2 * r + 1, 0, 1, 2)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox()
        self.study_button = QPushButton()
        self.buttons.addButton(self.study_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new_count.valueChanged.connect(self._on_field_changed)
        self.ahead_days.valueChanged.connect(self._on_field_changed)
        self.topic.currentIndexChanged.connect(self._on_topic_changed)
        self.group.idClicked.connect(self._on_field_changed)
        # Using a field chooses its row.
        self.new_count.valueChanged.connect(lambda _v: self.new_choice.setChecked(True))
        self.ahead_days.valueChanged.connect(lambda _v: self.ahead_choice.setChecked(True))
        self.topic.activated.connect(lambda _i: self.topic_choice.setChecked(True))
        follow_language(self, self.retranslate)
        self.retranslate()
        self.setMinimumWidth(560)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget,
            study: Callable[[StudyScope], None]) -> StudyMoreDialog:
        """Open the dialog over ``parent`` (not blocking); ``study`` gets the chosen scope."""
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(study)
        dialog.load()
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Study more today"))
        set_plain(self.intro, self.tr(
            "Today's limits are there so that reviews do not pile up; when you want more, "
            "choose one of these."))
        self.new_choice.setText(self.tr("&More new cards today"))
        self.ahead_choice.setText(self.tr("&Review ahead"))
        self.ahead_choice.setToolTip(self.tr("Study now the cards that are due in the next days"))
        self.ahead_days.setSuffix(self.tr(" days"))
        self.topic_choice.setText(self.tr("One &topic now"))
        self.study_button.setText(self.tr("&Study"))
        self._describe()

    def load(self) -> None:
        """Read what can be offered (a backend job); the choices wait until it is in."""
        self.setEnabled(False)
        set_plain(self.new_note, self.tr("Counting your cards…"))

        def job(col: Collection) -> StudyMoreOptions:
            return study_more_options(col)

        self.ctx.backend.run(job, self.show_options, self._on_failed, owner=self)

    def show_options(self, options: StudyMoreOptions) -> None:
        self.options = options
        self.setEnabled(True)
        self.topic.blockSignals(True)
        self.topic.clear()
        for m in sorted(options.topics, key=lambda m: (not m.has_evidence, m.mastery, m.title)):
            # The key as text: Qt would hand a tuple back as a list.
            self.topic.addItem(m.title, _key_text(m.key))
        self.topic.blockSignals(False)
        self._on_topic_changed(0)
        self.new_count.setMaximum(max(1, min(MAX_EXTRA_NEW, options.new_beyond_today)))
        self.new_count.setValue(min(self.new_count.value(), self.new_count.maximum()))
        self.new_choice.setEnabled(options.new_beyond_today > 0)
        self.new_count.setEnabled(options.new_beyond_today > 0)
        self.ahead_choice.setEnabled(options.ahead_within(AHEAD_DAYS) > 0)
        self.ahead_days.setEnabled(options.ahead_within(AHEAD_DAYS) > 0)
        self.topic_choice.setEnabled(bool(options.topics))
        self.adjustSize()  # the notes wrap: room for all of them
        self.topic.setEnabled(bool(options.topics))
        checked = self.group.checkedButton()
        first = next((c for c in (self.new_choice, self.ahead_choice, self.topic_choice)
                      if c.isEnabled()), None)
        if first is not None and (checked is None or not checked.isEnabled()):
            first.setChecked(True)
        self._describe()

    def _describe(self) -> None:
        """What each choice would bring, and whether Study has anything to start."""
        o = self.options
        if o is None:
            self.study_button.setEnabled(False)
            return
        if o.new_beyond_today:
            set_plain(self.new_note, self.tr(
                "%n card(s) you have never seen are left beyond today's.", "",
                o.new_beyond_today))
        else:
            set_plain(self.new_note, self.tr("Every card has been seen: nothing new is left."))
        days = self.ahead_days.value()
        set_plain(self.ahead_note, self.tr(
            "%n card(s) come due in the next days; studied now, each comes back later.", "",
            o.ahead_within(days)))
        m = next((t for t in o.topics if _key_text(t.key) == self.topic.currentData()), None)
        counts = self.topic_counts.get(m.key) if m is not None else None
        if m is not None:
            parts = [self.tr("%n flashcard(s)", "", m.cards), percent_text(m)]
            if coverage_text(m):
                parts.append(coverage_text(m))
            if counts is None:
                now = self.tr("Counting your cards…")
            elif counts.total:
                now = self.tr("Now: %n card(s), new ones beyond today's limit and those due "
                              "later, soonest first.", "", counts.total)
            else:
                now = self.tr("Nothing to study in it now: its cards were all studied today.")
            set_plain(self.topic_note, " · ".join(parts) + "\n" + now)
        choice = self.group.checkedId()
        ready = (choice == NEW and o.new_beyond_today > 0
                 or choice == AHEAD and o.ahead_within(days) > 0
                 or choice == TOPIC and counts is not None and counts.total > 0)
        self.study_button.setEnabled(ready)

    def accept(self) -> None:
        choice = self.group.checkedId()
        if not self.study_button.isEnabled():
            return
        if choice == NEW:
            count = self.new_count.value()
            self.setEnabled(False)

            def job(col: Collection) -> int:
                return col.add_new_today(count)

            self.ctx.backend.run(job, lambda _extra: self._done(StudyScope()), self._on_failed,
                                 owner=self, changes=Change.SETTINGS)
            return
        if choice == AHEAD:
            self._done(review_ahead(self.ahead_days.value()))
        else:
            bank, topic = _topic_key(self.topic.currentData())
            self._done(topic_now(bank, topic))

    def _done(self, scope: StudyScope) -> None:
        super().accept()
        self.chosen.emit(scope)

    def _on_failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        set_plain(self.intro, self.tr("That did not work: %1").replace("%1", str(exc)))

    def _on_field_changed(self, *_args: object) -> None:
        self._describe()

    def _on_topic_changed(self, _index: int) -> None:
        data = self.topic.currentData()
        key = _topic_key(data) if isinstance(data, str) else None
        if key is not None and key not in self.topic_counts:
            bank, topic = key

            def job(col: Collection) -> DueCounts:
                return col.due_counts(scope=topic_now(bank, topic))

            def done(counts: DueCounts) -> None:
                self.topic_counts[key] = counts
                self._describe()

            self.ctx.backend.run(job, done, self._on_failed, owner=self)
        self._describe()
