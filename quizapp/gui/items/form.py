"""The fields of one item's wording, laid out for its kind, and what is wrong with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, ItemKind
from quizapp.core.material.drafts import MAX_OPTIONS, ItemDraft, Problem
from quizapp.gui.items.words import problem_text
from quizapp.gui.theme import set_role
from quizapp.gui.widgets.text import plain_label, set_plain


def _text_box(lines: int, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class _OptionRow:
    """One option: "right" marker, its text, a remove button."""

    def __init__(self, form: ItemForm) -> None:
        self.right = QRadioButton()
        self.text = QLineEdit()
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("ItemForm", "Remove this option"))
        self.remove.clicked.connect(lambda: form.remove_option(self))
        self.right.setToolTip(QCoreApplication.translate("ItemForm", "The right answer"))
        self.text.textChanged.connect(form.changed)
        self.right.toggled.connect(form.changed)
        # The right option's field is framed too (the small radio is easy to miss).
        self.right.toggled.connect(
            lambda on: set_role(self.text, "state", "correct" if on else None))


class ItemForm(QWidget):
    """The wording of one item: question, back or options (with the right one), and
    explanation, as its kind has them. Reads and writes an :class:`ItemDraft`.

    Signals:
        changed(): The learner changed something.
    """

    changed = Signal()

    def __init__(self, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.prompt_label = plain_label("", "subheading")
        self.prompt = _text_box(3, self.tr("Question"))
        self.back_label = plain_label(self.tr("Answer (back)"), "subheading")
        self.back = _text_box(3, self.tr("Answer"))
        self.options_label = plain_label("", "subheading")
        self.options_hint = plain_label("", "hint")
        self.options_box = QWidget()
        self.options_grid = QGridLayout(self.options_box)
        self.options_grid.setContentsMargins(0, 0, 0, 0)
        self.options_grid.setHorizontalSpacing(8)
        self.add_option_button = QPushButton(self.tr("Add an option"))
        self.add_option_button.clicked.connect(lambda: self.add_option(""))
        self.truth = QWidget()
        truth = QHBoxLayout(self.truth)
        truth.setContentsMargins(0, 0, 0, 0)
        self.true_button = QRadioButton(self.tr("True"))
        self.false_button = QRadioButton(self.tr("False"))
        truth.addWidget(self.true_button)
        truth.addWidget(self.false_button)
        truth.addStretch(1)
        self.explanation_label = plain_label(self.tr("Explanation (shown after a mistake)"),
                                             "subheading")
        self.explanation = _text_box(2, self.tr("Explanation"))
        self.problems = plain_label("", "error")
        self.problems.hide()
        for widget in (self.prompt_label, self.prompt, self.back_label, self.back,
                       self.options_label, self.options_hint, self.options_box,
                       self.add_option_button, self.truth, self.explanation_label,
                       self.explanation, self.problems):
            layout.addWidget(widget)
        layout.setAlignment(self.add_option_button, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._rows: list[_OptionRow] = []
        self._group = QButtonGroup(self)
        self._truth_group = QButtonGroup(self)
        self._truth_group.addButton(self.true_button)
        self._truth_group.addButton(self.false_button)
        for box in (self.prompt, self.back, self.explanation):
            box.textChanged.connect(self.changed)
        self.set_kind(kind)

    # ------------------------------------------------------------------ kind and draft
    def set_kind(self, kind: ItemKind) -> None:
        """Show the fields of ``kind`` (what was typed is kept)."""
        self.kind = kind
        prompts = {
            ItemKind.FLASHCARD: self.tr("Front (the question)"),
            ItemKind.MULTIPLE_CHOICE: self.tr("Question"),
            ItemKind.TRUE_FALSE: self.tr("Statement"),
            ItemKind.CLOZE: self.tr("Sentence, with the blank written as {{answer}}"),
            ItemKind.ORDER: self.tr("Instruction"),
        }
        set_plain(self.prompt_label, prompts[kind])
        card, choices = kind is ItemKind.FLASHCARD, kind in (ItemKind.MULTIPLE_CHOICE,
                                                             ItemKind.CLOZE, ItemKind.ORDER)
        order = kind is ItemKind.ORDER
        for widget in (self.back_label, self.back):
            widget.setVisible(card)
        for widget in (self.options_label, self.options_hint, self.options_box,
                       self.add_option_button):
            widget.setVisible(choices)
        self.truth.setVisible(kind is ItemKind.TRUE_FALSE)
        set_plain(self.options_label, self.tr("Steps, in their right order") if order
                  else self.tr("Options"))
        set_plain(self.options_hint, "" if order else self.tr(
            "Mark the right answer; every other option must be wrong."))
        self.options_hint.setVisible(choices and not order)
        for row in self._rows:
            row.right.setVisible(not order)
        if choices and len(self._rows) < 2:
            while len(self._rows) < (2 if order else 4):
                self.add_option("")

    def set_draft(self, draft: ItemDraft) -> None:
        """Show ``draft``'s wording."""
        self.set_kind(draft.kind)
        self.prompt.setPlainText(draft.prompt)
        self.back.setPlainText(draft.back)
        self.explanation.setPlainText(draft.explanation)
        while self._rows:
            self.remove_option(self._rows[-1], keep_two=False)
        for n, text in enumerate(draft.options):
            self.add_option(text).right.setChecked(n in draft.right)
        if draft.kind is ItemKind.TRUE_FALSE:
            self.true_button.setChecked(draft.right == (TRUE_INDEX,))
            self.false_button.setChecked(draft.right == (FALSE_INDEX,))
        self.set_kind(draft.kind)
        self.show_problems(())

    def draft(self) -> ItemDraft:
        """What the fields say now (not checked)."""
        kind = self.kind
        options: tuple[str, ...] = ()
        right: tuple[int, ...] = ()
        if kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.CLOZE, ItemKind.ORDER):
            # A row left blank is no option (four rows are offered; two may be enough).
            rows = [r for r in self._rows if r.text.text().strip() or r.right.isChecked()]
            options = tuple(r.text.text() for r in rows)
            if kind is not ItemKind.ORDER:
                right = tuple(n for n, r in enumerate(rows) if r.right.isChecked())
        elif kind is ItemKind.TRUE_FALSE:
            right = ((TRUE_INDEX,) if self.true_button.isChecked() else
                     (FALSE_INDEX,) if self.false_button.isChecked() else ())
        return ItemDraft(kind, self.prompt.toPlainText(),
                         self.back.toPlainText() if kind is ItemKind.FLASHCARD else "",
                         options, right, self.explanation.toPlainText())

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        """List what stops the draft being saved (nothing: hide the list)."""
        set_plain(self.problems, "\n".join(problem_text(p) for p in problems))
        self.problems.setVisible(bool(problems))

    # ------------------------------------------------------------------ options
    def add_option(self, text: str) -> _OptionRow:
        """Add an option row (up to the most a question can have)."""
        row = _OptionRow(self)
        row.text.setText(text)
        row.text.setCursorPosition(0)  # a long option shows its beginning
        n = len(self._rows)
        row.text.setAccessibleName(self.tr("Option %1").replace("%1", str(n + 1)))
        row.right.setAccessibleName(self.tr("Option %1 is the right answer")
                                    .replace("%1", str(n + 1)))
        row.right.setVisible(self.kind is not ItemKind.ORDER)
        self._group.addButton(row.right)
        self.options_grid.addWidget(row.right, n, 0)
        self.options_grid.addWidget(plain_label(f"{n + 1}.", "muted", wrap=False), n, 1)
        self.options_grid.addWidget(row.text, n, 2)
        self.options_grid.addWidget(row.remove, n, 3)
        self._rows.append(row)
        self.add_option_button.setEnabled(len(self._rows) < MAX_OPTIONS)
        self.changed.emit()
        return row

    def remove_option(self, row: _OptionRow, *, keep_two: bool = True) -> None:
        """Remove an option (the texts below move up)."""
        if keep_two and len(self._rows) <= 2:
            row.text.clear()
            return
        index = self._rows.index(row)
        texts = [(r.text.text(), r.right.isChecked()) for r in self._rows]
        del texts[index]
        last = self._rows.pop()
        self._group.removeButton(last.right)
        for col in range(4):
            item = self.options_grid.itemAtPosition(len(self._rows), col)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._group.setExclusive(False)
        for r, (text, checked) in zip(self._rows, texts):
            r.text.setText(text)
            r.right.setChecked(checked)
        self._group.setExclusive(True)
        self.add_option_button.setEnabled(True)
        self.changed.emit()

    @property
    def option_edits(self) -> list[QLineEdit]:
        """The options' text fields, top to bottom."""
        return [r.text for r in self._rows]

    @property
    def right_buttons(self) -> list[QRadioButton]:
        """The options' "right answer" markers, top to bottom."""
        return [r.right for r in self._rows]


def focus_first(form: ItemForm) -> None:
    """Put the cursor in the question, at its end."""
    form.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
    form.prompt.moveCursor(form.prompt.textCursor().MoveOperation.End)
