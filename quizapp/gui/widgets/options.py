"""A question's answer options as large, wrapping buttons that can show right and wrong."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, Item, ItemKind
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label, set_plain

RIGHT_MARK = "✓"
WRONG_MARK = "✗"


def option_texts(item: Item) -> list[str]:
    """What the learner chooses between: the options, or "True" / "False" translated."""
    if item.kind is ItemKind.TRUE_FALSE:
        texts = ["", ""]
        texts[TRUE_INDEX] = QCoreApplication.translate("Quiz", "True")
        texts[FALSE_INDEX] = QCoreApplication.translate("Quiz", "False")
        return texts
    return list(item.options)


def shown_prompt(item: Item) -> str:
    """The question as the learner sees it: a cloze's sentence with its blank."""
    return item.cloze_text() if item.kind is ItemKind.CLOZE else item.prompt


def right_text(item: Item) -> str:
    """The right answer in words: the right option, or an order item's steps in order."""
    if item.kind is ItemKind.ORDER:
        return " → ".join(item.options)
    return option_texts(item)[item.correct]


def given_text(item: Item, chosen: int | None, order: Sequence[int] | None) -> str | None:
    """What the learner answered, in words (None when nothing was answered)."""
    if order is not None:
        return " → ".join(item.options[k] for k in order)
    return option_texts(item)[chosen] if chosen is not None else None


class OptionButton(QPushButton):
    """One option: a key badge, the option's text (plain, wrapping) and a verdict tag.

    A plain ``QPushButton`` neither wraps nor keeps ``&`` literal, so the text lives in
    a plain-text label inside the button; its size follows that label.
    """

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "role", "option")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        self.key = plain_label(key, "option-key", wrap=False)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = plain_label("", "option-text")
        self.tag = plain_label("", "option-tag", wrap=False)
        self.tag.hide()
        self._key_text = key
        for label in (self.key, self.text_label, self.tag):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.key, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_option(self, key: str, text: str) -> None:
        """Show ``text`` (literally) badged with ``key``, and clear any verdict."""
        self._key_text = key
        set_plain(self.text_label, text)
        self.setAccessibleName(f"{self._key_text}: {text}")
        self.set_verdict("")

    def relabel(self, key: str, text: str) -> None:
        """New words for the same option (a language switch); its verdict stays."""
        self._key_text = key
        set_plain(self.text_label, text)
        self.setAccessibleName(f"{self._key_text}: {text}")
        if self.property("state") not in ("correct", "wrong"):
            self.key.setText(key)

    def set_verdict(self, state: str, tag: str = "") -> None:
        """Mark the option ``correct``, ``wrong``, ``chosen`` or nothing (``""``), with a tag
        so right and wrong never rely on colour alone."""
        value = state or None
        for widget in (self, self.key, self.text_label, self.tag):
            set_role(widget, "state", value)
        mark = {"correct": RIGHT_MARK, "wrong": WRONG_MARK}.get(state)
        self.key.setText(mark or self._key_text)
        self.tag.setText(tag)
        self.tag.setVisible(bool(tag))
        self.setAccessibleDescription(tag)

    # Size follows the inner layout, so long options grow in height instead of clipping.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class OptionList(QWidget):
    """The options of one question, top to bottom.

    Signals:
        chosen(int): The learner clicked option ``index``.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.buttons: list[OptionButton] = []

    def set_options(self, texts: Sequence[str], keys: Sequence[str]) -> None:
        """Show one button per text, badged with ``keys`` (same length)."""
        while len(self.buttons) > len(texts):
            self.buttons.pop().deleteLater()
        for i in range(len(self.buttons), len(texts)):
            button = OptionButton(keys[i])
            button.clicked.connect(lambda _=False, index=i: self.chosen.emit(index))
            self._layout.addWidget(button)
            self.buttons.append(button)
        for button, key, text in zip(self.buttons, keys, texts):
            button.set_option(key, text)
            button.setEnabled(True)

    def show_verdict(self, chosen: int | None, right: int) -> None:
        """Mark the right option and the learner's wrong choice, and lock the options."""
        for i, button in enumerate(self.buttons):
            if i == right:
                tag = self.tr("Your answer — right") if chosen == right else self.tr("Right answer")
                button.set_verdict("correct", f"{RIGHT_MARK} {tag}")
            elif i == chosen:
                button.set_verdict("wrong", f"{WRONG_MARK} " + self.tr("Your answer"))
            button.setEnabled(False)

    def mark_picks(self, picks: Sequence[int]) -> None:
        """An order item being answered: the steps picked so far show their place."""
        for i, button in enumerate(self.buttons):
            if i in picks:
                button.set_verdict("chosen", self.tr("Step %1").replace(
                    "%1", str(list(picks).index(i) + 1)))
            else:
                button.set_verdict("")

    def show_order(self, picks: Sequence[int], places: Sequence[int]) -> None:
        """An order item answered: each step shows its right place (``places[i]``, from 0)
        and whether the learner put it there; the options lock."""
        for i, button in enumerate(self.buttons):
            right = places[i] + 1
            yours = list(picks).index(i) + 1 if i in picks else None
            if yours == right:
                button.set_verdict("correct", f"{RIGHT_MARK} " + self.tr("Step %1")
                                   .replace("%1", str(right)))
            else:
                button.set_verdict("wrong", f"{WRONG_MARK} " + self.tr("Step %1, not %2")
                                   .replace("%1", str(right)).replace("%2", str(yours or "–")))
            button.setEnabled(False)

    def set_locked(self, locked: bool) -> None:
        """Refuse (or accept again) clicks on every option."""
        for button in self.buttons:
            button.setEnabled(not locked)
