"""Light and dark themes: a Fusion palette plus one stylesheet per theme from resources/."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from typing import TYPE_CHECKING

from quizapp.core.resources import resource
from quizapp.core.datafolder.settings import Theme

if TYPE_CHECKING:
    from quizapp.gui.context import SettingsHolder

_PALETTES: dict[Theme, dict[QPalette.ColorRole, str]] = {
    Theme.LIGHT: {
        QPalette.ColorRole.Window: "#f5f6f8",
        QPalette.ColorRole.WindowText: "#1d2330",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f2f5",
        QPalette.ColorRole.Text: "#1d2330",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1d2330",
        QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1d2330",
        QPalette.ColorRole.PlaceholderText: "#8a91a0",
        QPalette.ColorRole.Link: "#2f6fde",
    },
    Theme.DARK: {
        QPalette.ColorRole.Window: "#1b1e24",
        QPalette.ColorRole.WindowText: "#e4e7ee",
        QPalette.ColorRole.Base: "#262a33",
        QPalette.ColorRole.AlternateBase: "#2b3039",
        QPalette.ColorRole.Text: "#e4e7ee",
        QPalette.ColorRole.Button: "#262a33",
        QPalette.ColorRole.ButtonText: "#e4e7ee",
        QPalette.ColorRole.Highlight: "#5b8def",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#262a33",
        QPalette.ColorRole.ToolTipText: "#e4e7ee",
        QPalette.ColorRole.PlaceholderText: "#7d8494",
        QPalette.ColorRole.Link: "#7aa3f3",
    },
}

# Chart colours per theme (QtCharts is not styled by QSS).
CHART_COLOURS: dict[Theme, dict[str, str]] = {
    Theme.LIGHT: {"new": "#2f6fde", "learning": "#e07b39", "review": "#1f8a4c",
                  "relearning": "#c0392b", "text": "#1d2330", "grid": "#dde1e8",
                  "background": "#ffffff", "accent": "#2f6fde", "empty": "#eceef2",
                  "muted": "#5a6272"},
    Theme.DARK: {"new": "#5b8def", "learning": "#f08a4b", "review": "#3fb873",
                 "relearning": "#ef6a5f", "text": "#e4e7ee", "grid": "#363c48",
                 "background": "#262a33", "accent": "#5b8def", "empty": "#2b3039",
                 "muted": "#a3aabb"},
}


# Every widget gets this style (Fusion looks the same everywhere and takes the palettes).
STYLE = "Fusion"


def resolve(theme: Theme) -> Theme:
    """``SYSTEM`` becomes the platform's current scheme (light when it does not say)."""
    if theme is not Theme.SYSTEM:
        return theme
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return Theme.DARK if scheme == Qt.ColorScheme.Dark else Theme.LIGHT


def apply(app: QApplication, theme: Theme, font_size: int = 0) -> Theme:
    """Apply ``theme`` (and a font size in points, 0 = default) to ``app``; return the
    concrete theme used."""
    concrete = resolve(theme)
    if app.style().name().casefold() != STYLE.casefold():
        app.setStyle(STYLE)
    palette = QPalette()
    for role, colour in _PALETTES[concrete].items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    sheet = resource("styles", f"{concrete.value}.qss")
    qss = sheet.read_text(encoding="utf-8")
    # url() in a stylesheet is relative to the working folder, not to the file.
    app.setStyleSheet(qss.replace("@ICONS", (sheet.parent / "icons").as_posix()))
    default_size = app.property("quizapp_default_point_size")
    if default_size is None:
        default_size = app.font().pointSize()
        app.setProperty("quizapp_default_point_size", default_size)
    wanted = font_size or int(default_size)
    if wanted > 0 and app.font().pointSize() != wanted:
        font = QFont(app.font())
        font.setPointSize(wanted)
        app.setFont(font)
    app.setProperty("quizapp_theme", concrete.value)
    return concrete


def follow(app: QApplication, settings: SettingsHolder) -> None:
    """Apply the theme and font size now, again whenever the settings are saved, and (when
    the theme follows the system) whenever the system switches between light and dark."""
    apply(app, settings.value.theme, settings.value.font_size)
    settings.changed.connect(lambda s: apply(app, s.theme, s.font_size))
    hints = QGuiApplication.styleHints()

    def on_system_change() -> None:
        s = settings.value
        if s.theme is Theme.SYSTEM and resolve(Theme.SYSTEM) is not current(app):
            apply(app, Theme.SYSTEM, s.font_size)

    if hints is not None:
        hints.colorSchemeChanged.connect(on_system_change)


def current(app: QApplication | None = None) -> Theme:
    """The concrete theme in use (light before any was applied)."""
    inst = app or QApplication.instance()
    value = inst.property("quizapp_theme") if inst is not None else None
    return Theme(value) if value in (Theme.LIGHT.value, Theme.DARK.value) else Theme.LIGHT


def initial_role(widget: QWidget, name: str, value: str | None) -> None:
    """Set a dynamic style property on a widget that has not been shown yet: its first
    polish sees the property, so nothing needs re-polishing."""
    widget.setProperty(name, value)



def set_role(widget: QWidget, name: str, value: str | None) -> None:
    """Set a dynamic style property and re-polish so the stylesheet picks it up."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
