"""The study screen's header — what is being studied, today's counts left —, its answer bar
and its footer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from quizapp.core.study.cards import Rating
from quizapp.core.study.due import DueCounts
from quizapp.core.study.scope import StudyScope
from quizapp.gui.theme import set_role
from quizapp.gui.views.study.card import READABLE_WIDTH
from quizapp.gui.views.study.steps import ScopeInfo
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.ratings import RatingBar, rating_name
from quizapp.gui.widgets.text import plain_label, plain_tooltip, set_plain

KINDS = ("new", "learning", "review")


class StudyHeader(QWidget):
    """The session's title and its New / Learning / To review counts (the current card's
    kind marked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.scope_label = plain_label("", "heading")
        self.scope_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.scope_label, 1)
        self.count_labels: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for kind in KINDS:
            number = plain_label("–", "study-count", wrap=False)
            set_role(number, "kind", kind)
            row.addWidget(number)
            self.captions[kind] = plain_label("", "muted", wrap=False)
            row.addWidget(self.captions[kind])
            self.count_labels[kind] = number
        self.scope: StudyScope | None = None
        self.info: ScopeInfo | None = None
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {"new": (self.tr("New"), self.tr("Cards you have not seen yet")),
                    "learning": (self.tr("Learning"), self.tr(
                        "Cards you have just started or forgotten: back within minutes")),
                    "review": (self.tr("To review"), self.tr(
                        "Cards you know that are due for review"))}
        for kind, (caption, tip) in captions.items():
            set_plain(self.captions[kind], caption)
            self.count_labels[kind].setAccessibleName(caption)
            for label in (self.captions[kind], self.count_labels[kind]):
                label.setToolTip(tip)
        self.show_scope(self.scope, self.info)

    def show_scope(self, scope: StudyScope | None, info: ScopeInfo | None) -> None:
        """Name what ``scope`` studies (``info`` has the titles; ``None`` while loading)."""
        self.scope, self.info = scope, info
        if info is None or scope is None:
            title = self.tr("Study")
        elif scope.ahead_days:
            title = self.tr("Review ahead: the next %n day(s)", "", scope.ahead_days)
        elif scope.all_cards and info.topics:
            title = self.tr("Study now, all its cards: %1").replace("%1", ", ".join(info.topics))
        elif info.topics:
            title = self.tr("Study: %1").replace("%1", ", ".join(info.topics))
        elif scope.bank is not None and info.banks:
            title = self.tr("Study: %1").replace("%1", info.banks[0])
        else:
            title = self.tr("Study: all your material")
        set_plain(self.scope_label, title)
        self.scope_label.setToolTip(plain_tooltip(title) if info is not None else "")

    def show_counts(self, counts: DueCounts, current: str | None) -> None:
        """Today's counts left; ``current`` is the shown card's kind."""
        for kind, label in self.count_labels.items():
            label.setText(str(getattr(counts, kind)))
            set_role(label, "current", "true" if kind == current else None)


class AnswerBar(QStackedWidget):
    """Under the card, as wide as it: Show answer, then the four ratings in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_button = QPushButton()
        set_role(self.show_button, "role", "primary")
        set_role(self.show_button, "size", "large")
        self.ratings = RatingBar()
        self.addWidget(self.show_button)
        self.addWidget(self.ratings)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(READABLE_WIDTH)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show answer"))
        self.show_button.setToolTip(self.tr("Space or Enter"))


class StudyFooter(QWidget):
    """Home on the left, the key hint in the middle, Undo on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.home_button = QPushButton()
        self.undo_button = QPushButton()
        self.undo_button.setEnabled(False)
        self.hint = plain_label("", "muted", wrap=False)
        row.addWidget(self.home_button)
        row.addStretch(1)
        row.addWidget(self.hint)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Home (Esc)"))
        self.home_button.setAccessibleName(self.tr("Back to home"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the last answer"))

    def undone_text(self, rating: Rating | None) -> str:
        """What Ctrl+Z took back: the answer given to the card now shown again."""
        if rating is None:
            return self.tr("Undone: your last answer to this card. Answer it again.")
        return self.tr("Undone: your answer “%1” to this card. Answer it again.").replace(
            "%1", rating_name(rating))
