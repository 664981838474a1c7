"""Labels for untrusted text: document and bank content is always shown as plain text.

Every label made here takes Qt's plain-text format the moment it is made, so nothing a
document or a bank holds is ever read as markup (DESIGN rule 3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from quizapp.gui.theme import initial_role


def plain_label(text: str = "", role: str | None = None, *, wrap: bool = True,
                selectable: bool = False, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML (DESIGN rule 3).

    Args:
        text: What to show, literally.
        role: Style role (``title``, ``muted``, ``prompt`` …) for the stylesheet.
        wrap: Wrap long lines (long words are broken by :func:`breakable`).
        selectable: Let the learner select and copy the text.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if wrap:
        # Let the layout shrink the label below its longest line and grow it in height.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(40)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if role:
        initial_role(label, "role", role)
    label.setText(breakable(text) if wrap else text)
    return label


# A zero-width space lets Qt wrap inside a word; one every this many characters is enough.
_BREAK_EVERY = 24


def breakable(text: str) -> str:
    """Insert invisible break opportunities into very long words so they wrap, not clip."""
    out = []
    for word in text.split(" "):
        if len(word) > _BREAK_EVERY * 2:
            word = "\u200b".join(word[i:i + _BREAK_EVERY]
                                 for i in range(0, len(word), _BREAK_EVERY))
        out.append(word)
    return " ".join(out)


def set_plain(label: QLabel, text: str) -> None:
    """Replace a plain label's text, keeping long words breakable."""
    label.setText(breakable(text) if label.wordWrap() else text)


def plain_tooltip(text: str) -> str:
    """Tooltip text that Qt shows literally.

    Qt renders a tooltip that merely looks like HTML as HTML — and would try to load the
    images it names — so content is escaped inside a paragraph that keeps its line breaks.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"


def escaped(text: str) -> str:
    """The one place HTML is built from content: every interpolated value goes through here."""
    import html

    return html.escape(text, quote=True)
