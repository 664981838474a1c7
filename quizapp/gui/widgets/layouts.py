"""Layout helpers shared by screens: scrolling pages, centred columns, card frames."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from quizapp.gui.theme import initial_role


# Space around a screen's content: left, top, right, bottom.
PAGE_MARGINS = (24, 18, 24, 18)


def centred_column(owner: QWidget, max_width: int | None = None, *, spacing: int = 12,
                   margins: tuple[int, int, int, int] = PAGE_MARGINS) -> QVBoxLayout:
    """Lay ``owner`` out as one column, at most ``max_width`` wide and centred in wider
    windows (long lines are hard to read); return the column's layout."""
    row = QHBoxLayout(owner)
    row.setContentsMargins(*margins)
    column = QWidget()
    if max_width is not None:
        column.setMaximumWidth(max_width)
    row.addWidget(column, 1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


def scroll_page(owner: QWidget, max_width: int | None = None, *, spacing: int = 12
                ) -> tuple[QScrollArea, QVBoxLayout]:
    """Fill ``owner`` with a frameless scroll area holding a :func:`centred_column`;
    return the scroll area and the column's layout."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll, centred_column(body, max_width, spacing=spacing)


def card_frame(spacing: int = 8) -> tuple[QFrame, QVBoxLayout]:
    """A card (``role="card"``) with the house padding, and its layout."""
    frame = QFrame()
    initial_role(frame, "role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(spacing)
    return frame, layout


def clear_layout(layout: QLayout) -> None:
    """Remove (and delete) every widget and nested layout of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)
