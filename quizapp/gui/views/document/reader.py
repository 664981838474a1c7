"""The rendered document's view: read-only, and nothing a document names is ever loaded."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser

from quizapp.gui.views.document.render import MARK_ANCHOR


class Reader(QTextBrowser):
    """The rendered document: read-only, and nothing it names is ever loaded (no links
    followed, no images fetched — the document is untrusted)."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(16)

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        return None

    def mark_position(self) -> int:
        """Where the marked entry (``MARK_ANCHOR``) starts in the document (0: none)."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if MARK_ANCHOR in fragment.charFormat().anchorNames():
                    return fragment.position()
                it += 1
            block = block.next()
        return 0
