"""The reply under a quiz question: right, not quite or out of time, with the explanation and
its source, while the clock waits."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from quizapp.core.banks.model import Item
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.language import follow_language
from quizapp.gui.widgets.layouts import card_frame
from quizapp.gui.widgets.options import RIGHT_MARK, WRONG_MARK
from quizapp.gui.widgets.text import plain_label, set_plain



class Verdict(Enum):
    """How a question went, as the feedback says it."""

    RIGHT = "right"
    WRONG = "wrong"
    TIMED_OUT = "timed_out"


class FeedbackPanel(QWidget):
    """The verdict, the explanation and the source of the question just answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: QFrame
        self.frame, layout = card_frame(6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.verdict = plain_label("", "heading")
        self.explanation = plain_label("", "explanation", selectable=True)
        self.source = plain_label("", "source")
        self.paused_hint = plain_label("", "muted")
        for widget in (self.verdict, self.explanation, self.source, self.paused_hint):
            layout.addWidget(widget)
        self.shown: Verdict | None = None
        follow_language(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_plain(self.paused_hint, self.tr("The clock waits while you read."))
        self._say_verdict()

    def show_answer(self, item: Item, verdict: Verdict, timed: bool) -> None:
        """Say how ``item`` went; ``timed``: the quiz has a clock (it is waiting now)."""
        self.shown = verdict
        self._say_verdict()
        set_role(self.verdict, "state", "correct" if verdict is Verdict.RIGHT else "wrong")
        set_plain(self.explanation, item.explanation)
        self.explanation.setVisible(bool(item.explanation))
        set_plain(self.source, item.source.label())
        self.source.setVisible(bool(item.source.path))
        self.paused_hint.setVisible(timed)

    def _say_verdict(self) -> None:
        if self.shown is Verdict.RIGHT:
            text = f"{RIGHT_MARK} " + self.tr("Right!")
        elif self.shown is Verdict.WRONG:
            text = f"{WRONG_MARK} " + self.tr("Not quite.")
        elif self.shown is Verdict.TIMED_OUT:
            text = f"{WRONG_MARK} " + self.tr("Time’s up for this question. This is the answer:")
        else:
            text = ""
        set_plain(self.verdict, text)
