"""The import preview: what the document gave, before anything is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from quizapp.gui.widgets.text import plain_label

if TYPE_CHECKING:
    from quizapp.core.banks.model import Bank, Item
    from quizapp.core.parse.document import ParseWarning
    from quizapp.core.banks.importer import DocumentPart, ImportPreview


def part_name(part: DocumentPart) -> str:
    """A document part's name in the UI language."""
    names = {
        "key_points": QCoreApplication.translate("ImportPreview", "Key points"),
        "table": QCoreApplication.translate("ImportPreview", "Comparison table rows"),
        "what_is": QCoreApplication.translate("ImportPreview", "“What is …?” sections"),
        "differences": QCoreApplication.translate("ImportPreview", "Key differences"),
        "sections": QCoreApplication.translate("ImportPreview", "Other headed sections"),
    }
    return names[str(part)]


def warning_text(w: ParseWarning) -> str:
    """A parse warning in the UI language (the core gives a code, a line and a detail)."""
    texts = {
        "table_row_unsplit": QCoreApplication.translate(
            "ImportPreview", "A comparison table row could not be split into its cells"),
        "table_truncated": QCoreApplication.translate(
            "ImportPreview", "The document ends inside the comparison table"),
        "no_key_points": QCoreApplication.translate("ImportPreview", "No key points found"),
        "no_table": QCoreApplication.translate("ImportPreview", "No comparison table found"),
        "no_what_is": QCoreApplication.translate("ImportPreview",
                                                 "No “What is …?” sections found"),
        "no_differences": QCoreApplication.translate("ImportPreview",
                                                     "No list of key differences found"),
        "difference_incomplete": QCoreApplication.translate(
            "ImportPreview", "A key difference lacks the text for one side"),
        "no_sides": QCoreApplication.translate(
            "ImportPreview", "The title does not name the two things compared"),
        "unstructured": QCoreApplication.translate(
            "ImportPreview", "No known structure: cards come from headings and paragraphs"),
    }
    text = texts.get(str(w.code), str(w))
    if w.line:
        text = QCoreApplication.translate("ImportPreview", "Line %1: %2").replace(
            "%1", str(w.line)).replace("%2", text)
    if w.detail:
        text += f" ({w.detail})"
    return text


# Sample cards shown, and how much of each side.
SAMPLES = 3
SAMPLE_CHARS = 160


def sample_cards(bank: Bank, count: int = SAMPLES) -> list[Item]:
    """A few flashcards that show what the bank is like: spread over it, one per topic."""
    cards = list(bank.flashcards)
    if len(cards) <= count:
        return cards
    step = len(cards) / count
    picked: list[Item] = []
    topics: set[str] = set()
    for k in range(count):
        start = int(k * step)
        window = cards[start:int((k + 1) * step)] or cards[start:start + 1]
        card = next((c for c in window if c.topic not in topics), window[0])
        picked.append(card)
        topics.add(card.topic)
    return picked


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS - 1].rstrip() + "…"


class ImportPreviewDialog(QDialog):
    """Counts per kind and per document part, a few sample cards, and the warnings; Save or
    Cancel."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import preview"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(plain_label(preview.bank.meta.title, "heading"))
        layout.addWidget(plain_label(self.tr("From %1").replace("%1", preview.source.name),
                                     "muted"))
        kinds = {str(k): n for k, n in preview.kinds.items()}
        self.summary = plain_label(
            self.tr("%n flashcard(s)", "", kinds.get("flashcard", 0)) + " · "
            + self.tr("%n multiple-choice question(s)", "", kinds.get("multiple_choice", 0))
            + " · " + self.tr("%n true/false statement(s)", "", kinds.get("true_false", 0)))
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Part of the document"), "muted", wrap=False), 0, 0)
        grid.addWidget(plain_label(self.tr("Found"), "muted", wrap=False), 0, 1)
        grid.addWidget(plain_label(self.tr("Cards and questions"), "muted", wrap=False), 0, 2)
        self.rows: dict[str, tuple[int, int]] = {}
        for row, part in enumerate(preview.parts, start=1):
            grid.addWidget(plain_label(part_name(part.part), wrap=False), row, 0)
            grid.addWidget(plain_label(str(part.found), wrap=False), row, 1)
            grid.addWidget(plain_label(str(part.items), wrap=False), row, 2)
            self.rows[str(part.part)] = (part.found, part.items)
        layout.addLayout(grid)
        self.samples = sample_cards(preview.bank)
        if self.samples:
            layout.addWidget(plain_label(self.tr("A few of its cards:"), "muted"))
            for card in self.samples:
                layout.addWidget(plain_label(_short(card.prompt), "sample-front"))
                layout.addWidget(plain_label("→ " + _short(card.back), "sample-back"))
        self.warnings = [warning_text(w) for w in preview.warnings]
        if self.warnings:
            layout.addWidget(plain_label(self.tr("Not everything could be used:"), "warning"))
            for text in self.warnings:
                layout.addWidget(plain_label("• " + text))
        layout.addWidget(plain_label(self.tr(
            "Nothing is saved until you press Save. Importing the same document again later "
            "keeps your progress on every card that did not change."), "hint"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addStretch(1)  # spare height below the text, not between its lines
        layout.addWidget(buttons)
        self.resize(640, 480)
