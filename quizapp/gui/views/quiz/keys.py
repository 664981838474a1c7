"""The keys that answer a quiz question: 1–9 and A–I for options, a letter each for true and
false in the learner's language (T/F, Latvian P/N), S, Backspace, Enter and Esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, Item, ItemKind

MAX_OPTIONS = 9
_NUMBER_KEYS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, MAX_OPTIONS + 1)]
_LETTERS = [chr(ord("A") + n) for n in range(MAX_OPTIONS)]


class AnswerKeys(QObject):
    """The run page's shortcuts (they act while the focus is on the page)."""

    def __init__(self, page: QWidget, choose: Callable[[int], None], skip: Callable[[], None],
                 unpick: Callable[[], None], continue_: Callable[[], None],
                 escape: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._choose = choose
        self.question: Item | None = None
        self.answer_keys: list[QShortcut] = []
        for n in range(MAX_OPTIONS):
            self.answer_keys.append(self._shortcut(_NUMBER_KEYS[n], lambda i=n: choose(i)))
            self.answer_keys.append(self._shortcut(_LETTERS[n],
                                                   lambda i=n: self._on_letter(_LETTERS[i])))
        self.true_false_keys: list[QShortcut] = []
        self.skip_key = self._shortcut(Qt.Key.Key_S, skip)
        self.unpick_key = self._shortcut(Qt.Key.Key_Backspace, unpick)
        self.continue_keys = [self._shortcut(k, continue_) for k in
                              (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)]
        self._shortcut(Qt.Key.Key_Escape, escape)
        self.letters = ("T", "F")
        self._answering = False
        # Told whenever the continue keys go on or off (the feedback's item keys follow).
        self.on_continuing: Callable[[bool], None] | None = None

    def _shortcut(self, key: QKeySequence | Qt.Key | str, slot: Callable[[], object]
                  ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self._page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def retranslate(self) -> None:
        """The true/false letters of the current language (Latvian: P patiess, N nepatiess)."""
        true = self.tr("T", "the key that answers True (one letter)").strip().upper()[:1] or "T"
        false = self.tr("F", "the key that answers False (one letter)").strip().upper()[:1] \
            or "F"
        self.letters = (true, false)
        for shortcut in self.true_false_keys:
            shortcut.setParent(None)
            shortcut.deleteLater()
        # A letter that is also an option's (F is option six's) is answered through that
        # shortcut: two shortcuts on one key would both stay silent.
        self.true_false_keys = [self._shortcut(letter, lambda i=index: self._on_true_false(i))
                                for letter, index in ((true, TRUE_INDEX), (false, FALSE_INDEX))
                                if letter not in _LETTERS]
        self.set_answering(self._answering)

    def badges(self, item: Item, count: int) -> list[str]:
        """What each option's badge shows: its number, or a true/false letter."""
        if item.kind is ItemKind.TRUE_FALSE:
            badges = ["", ""]
            badges[TRUE_INDEX], badges[FALSE_INDEX] = self.letters
            return badges
        return [str(n + 1) for n in range(count)]

    def hint(self, item: Item, count: int) -> str:
        """The key hint under a question of ``item``'s kind."""
        if item.kind is ItemKind.ORDER:
            return self.tr("Press the steps in their order, 1–%1 · Backspace takes one back · "
                           "S skips · Esc leaves").replace("%1", str(count))
        if item.kind is ItemKind.TRUE_FALSE:
            return self.tr("Answer with %1 or 1 (true), %2 or 2 (false) · S skips · Esc leaves"
                           ).replace("%1", self.letters[0]).replace("%2", self.letters[1])
        return self.tr("Answer with 1–%1 or A–%2 · S skips · Esc leaves").replace(
            "%1", str(count)).replace("%2", _LETTERS[count - 1])

    def set_answering(self, on: bool) -> None:
        """Answer keys on (a question shows) or off (feedback); Enter continues when off."""
        self._answering = on
        for shortcut in (*self.answer_keys, *self.true_false_keys, self.skip_key,
                         self.unpick_key):
            shortcut.setEnabled(on)
        self.set_continuing(not on)

    def set_continuing(self, on: bool) -> None:
        for shortcut in self.continue_keys:
            shortcut.setEnabled(on)
        if self.on_continuing is not None:
            self.on_continuing(on)

    def _on_letter(self, letter: str) -> None:
        item = self.question
        if item is not None and item.kind is ItemKind.TRUE_FALSE and letter in self.letters:
            self._choose(TRUE_INDEX if letter == self.letters[0] else FALSE_INDEX)
        else:
            self._choose(_LETTERS.index(letter))

    def _on_true_false(self, index: int) -> None:
        if self.question is not None and self.question.kind is ItemKind.TRUE_FALSE:
            self._choose(index)
