"""Typed answers in study: a field under the card, then the verdict, the character difference
(what was missing, what was extra) and the suggested rating, which the learner may change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.banks.model import ItemKind
from quizapp.core.collection import StudyCard
from quizapp.core.study.cards import Rating
from quizapp.core.study.typed import (
    DiffKind,
    DiffSpan,
    Reason,
    TypedCheck,
    Verdict,
    check_typed,
    is_typeable,
)
from quizapp.gui import theme
from quizapp.gui.theme import set_role
from quizapp.gui.views.study.card import READABLE_WIDTH, CardPanel
from quizapp.gui.widgets.ratings import rating_name
from quizapp.gui.widgets.text import escaped, plain_label, set_plain

_STATES = {Verdict.RIGHT: "correct", Verdict.ALMOST: "almost", Verdict.WRONG: "wrong"}


def expected_answer(card: StudyCard) -> str | None:
    """What is typed for ``card``: a flashcard's back, a cloze's blank; ``None`` when the
    card cannot be typed (an order item, or an answer over ``MAX_TYPED_WORDS`` words)."""
    item = card.item
    if item.kind is ItemKind.FLASHCARD:
        answer = item.back
    elif item.kind is ItemKind.CLOZE:
        answer = item.cloze_parts[1]
    else:
        return None
    return answer if is_typeable(answer) else None


def diff_html(spans: tuple[DiffSpan, ...], colours: dict[str, str]) -> str:
    """The character difference as rich text (every piece escaped): what was missing is
    underlined, what was extra struck through, spacing and punctuation that differ greyed —
    marked by more than colour."""
    out = []
    for span in spans:
        text = escaped(span.text)
        if span.kind is DiffKind.MISSING:
            out.append(f"<u style='color:{colours['review']}'><b>{text}</b></u>")
        elif span.kind is DiffKind.EXTRA:
            out.append(f"<s style='color:{colours['relearning']}'>{text}</s>")
        elif span.kind is DiffKind.IGNORED:
            out.append(f"<span style='color:{colours['muted']}'>{text}</span>")
        else:
            out.append(text)
    if [s.kind for s in spans] == [DiffKind.EXTRA, DiffKind.MISSING]:
        return "<br>".join(out)  # all typed struck out, the whole answer under it
    return "".join(out)


def verdict_text(check: TypedCheck) -> str:
    """The verdict and its reason in words, with the suggested rating."""
    # Spelled out in full each time: pyside6-lupdate only recognises the literal call.
    words = {
        Reason.EXACT: QCoreApplication.translate("TypedAnswer", "Right."),
        Reason.DIACRITICS: QCoreApplication.translate(
            "TypedAnswer", "Almost: only the diacritics differ."),
        Reason.ENDING: QCoreApplication.translate(
            "TypedAnswer", "Almost: the right word with another ending."),
        Reason.TYPO: QCoreApplication.translate("TypedAnswer", "Almost: a small typo."),
        Reason.NUMBER: QCoreApplication.translate("TypedAnswer", "Wrong: a number differs."),
        Reason.EMPTY: QCoreApplication.translate("TypedAnswer", "Nothing was typed."),
        Reason.DIFFERENT: QCoreApplication.translate("TypedAnswer", "Wrong."),
    }
    return words[check.reason] + " " + QCoreApplication.translate(
        "TypedAnswer", "Suggested: %1").replace("%1", rating_name(check.rating))


class TypedAnswer(QWidget):
    """The typing part of the study screen, for one session.

    ``start`` sets whether the session types (from the settings); T (or Ctrl+T, which
    works in the field too) switches it. ``show_card`` offers the field when the card can be
    typed; ``check`` judges what was typed when the answer is revealed and returns the
    rating to suggest.
    """

    def __init__(self, view: QWidget, card: CardPanel, holder: QBoxLayout) -> None:
        super().__init__(view)
        self.on = False
        self.card: StudyCard | None = None
        self.expected: str | None = None
        self.result: TypedCheck | None = None
        self.hint_label: QLabel | None = None
        self.setMaximumWidth(READABLE_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type the answer, then press Enter"))
        self.field.setAccessibleName(self.tr("Your answer"))
        layout.addWidget(self.field)
        self.verdict = plain_label("", "verdict")
        layout.addWidget(self.verdict)
        self.diff = QLabel()
        self.diff.setTextFormat(Qt.TextFormat.RichText)
        self.diff.setWordWrap(True)
        self.diff.setAccessibleName(self.tr("Difference from the answer"))
        set_role(self.diff, "role", "typed-diff")
        layout.addWidget(self.diff)
        self.legend = plain_label(self.tr(
            "Underlined: missing from what you typed · struck through: typed, but not in "
            "the answer"), "muted")
        layout.addWidget(self.legend)
        self.note = plain_label("", "hint")
        layout.addWidget(self.note)
        for keys in ("T", "Ctrl+T"):
            shortcut = QShortcut(QKeySequence(keys), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.toggle)
        self._panel = card
        card.shown.connect(self.show_card)
        row = QHBoxLayout()  # under the card, as wide as it
        row.addWidget(self)
        holder.addLayout(row)
        self._show_parts()

    @property
    def active(self) -> bool:
        """The current card is answered by typing (and not yet revealed)."""
        return self.on and self.expected is not None and self.result is None

    @property
    def suggested(self) -> Rating | None:
        """The rating the typed answer suggests, once checked."""
        return self.result.rating if self.result is not None else None

    @property
    def hint(self) -> str:
        """The study screen's key hint while typing is on ("" when off)."""
        return self.tr("Enter shows the answer · T switches typing off") if self.on else ""

    def focus_or(self, other: QWidget) -> QWidget:
        """Where the keyboard goes before the answer shows: the field, when typing."""
        return self.field if self.active else other

    def start(self, on: bool, hint: QLabel | None = None) -> None:
        """A new session: typing on or off, as the settings say; ``hint`` is the screen's
        key hint, which T rewords."""
        self.on = on
        self.hint_label = hint
        self.card = None
        self.expected = None
        self.result = None
        self._show_parts()

    def show_card(self, card: StudyCard) -> None:
        """A new card is on screen, its answer hidden."""
        self.card = card
        self.expected = expected_answer(card)
        self.result = None
        self.field.clear()
        self.field.setReadOnly(False)
        self._show_parts()

    def check(self) -> Rating | None:
        """Judge what was typed (the answer is being revealed); the rating to suggest, or
        ``None`` when this card was not typed."""
        if not self.active or self.expected is None:
            return None
        self.result = check_typed(self.field.text(), self.expected)
        self.field.setReadOnly(True)
        set_plain(self.verdict, verdict_text(self.result))
        set_role(self.verdict, "state", _STATES[self.result.verdict])
        colours = theme.CHART_COLOURS[theme.current()]
        self.diff.setText(diff_html(self.result.diff, colours))
        self._show_parts()
        return self.result.rating

    def toggle(self) -> None:
        """Switch typing on or off for the rest of the session (T)."""
        self.on = not self.on
        self._show_parts()
        if self.hint_label is not None and self._panel.isVisible() and not self._panel.revealed:
            set_plain(self.hint_label, self.hint or self.tr("Space or Enter shows the answer"))
        if self.active:
            self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_parts(self) -> None:
        checked = self.result is not None
        differs = checked and any(  # a right answer needs no difference under the card
            span.kind in (DiffKind.MISSING, DiffKind.EXTRA) for span in self.result.diff)
        long_answer = self.on and self.card is not None and self.expected is None \
            and not checked
        typed = self.on and self.expected is not None
        self.field.setVisible(typed)
        self.verdict.setVisible(checked)
        self.diff.setVisible(differs)
        self.legend.setVisible(differs)
        if long_answer and self.card is not None:
            set_plain(self.note, self.tr(
                "Put the steps in order in your head, then show the answer and rate how well "
                "you knew it.") if self.card.item.kind is ItemKind.ORDER else self.tr(
                "This answer is too long to type: say it to yourself, then show it and "
                "rate how well you knew it."))
        self.note.setVisible(long_answer)
        self.setVisible(typed or checked or long_answer)
