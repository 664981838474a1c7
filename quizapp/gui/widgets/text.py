"""Labels for untrusted text: document and bank content is always shown as plain text.

Qt reads a label's text as rich text only when it looks like markup — a ``<`` (a tag) or an
entity such as ``&lt;`` (``Qt::mightBeRichText``) — so text with neither character shows
the same in either format. While the first window is built (:func:`defer_plain_format`),
labels whose text has neither keep Qt's default format for the moment; everything else is
plain text at once, and :func:`finish_plain_format` makes the deferred ones plain text as
soon as the window is on screen. (The ``Qt`` namespace that ``PlainText`` lives in costs
some 15 ms to create; start-up leaves it for after the first paint.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from quizapp.gui.theme import initial_role

# Labels made while the first window was built whose format is still Qt's default; None
# outside start-up.
_deferred: list[QLabel] | None = None


def might_be_markup(text: str) -> bool:
    """Whether Qt could take ``text`` for rich text (it then must be set as plain text)."""
    return "<" in text or "&" in text


def make_plain(label: QLabel) -> None:
    """Show ``label``'s text as plain text, whatever it holds."""
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)


def defer_plain_format() -> None:
    """Start-up: new labels without markup-like text keep Qt's default format for now."""
    global _deferred
    _deferred = []


def finish_plain_format() -> None:
    """Start-up is over: every label made meanwhile shows plain text from here on."""
    global _deferred
    import shiboken6

    deferred, _deferred = _deferred or [], None
    for label in deferred:
        if shiboken6.isValid(label):
            make_plain(label)


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
    if _deferred is not None and not might_be_markup(text):
        _deferred.append(label)
    else:
        make_plain(label)
    label.setWordWrap(wrap)
    if wrap:
        # Let the layout shrink the label below its longest line and grow it in height.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(40)
    if selectable:
        from PySide6.QtCore import Qt

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
    if might_be_markup(text):
        make_plain(label)  # a label whose plain format was deferred (see the module)
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
