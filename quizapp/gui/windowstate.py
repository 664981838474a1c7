"""The window's own state beside the settings (``window.ini``): its size and place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

# The smallest window every screen is laid out for (and tested at); a screen smaller still
# gets a window that fits it, with scroll bars where needed.
MIN_SIZE = (1024, 640)
DEFAULT_SIZE = (1180, 760)


def window_state(config: Path) -> QSettings:
    """``window.ini`` in the settings folder ``config``."""
    return QSettings(str(config / "window.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QMainWindow, config: Path) -> None:
    """Give ``window`` its last size and place, within the screen it is on."""
    geometry = window_state(config).value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    # Never larger than the screen it is on (a saved size from a bigger monitor, or a
    # 1024x640 screen), never smaller than the layouts need when the screen allows.
    screen = window.screen().availableGeometry()
    window.setMinimumSize(min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))
    window.resize(min(window.width(), screen.width()), min(window.height(), screen.height()))


def save_geometry(window: QMainWindow, config: Path) -> None:
    """Remember ``window``'s size and place for the next launch."""
    state = window_state(config)
    state.setValue("geometry", window.saveGeometry())
    state.sync()
