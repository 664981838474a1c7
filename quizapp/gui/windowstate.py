"""The window's own state beside the settings (``window.ini``): its size and place.

Written whole with the app's atomic writer, not with ``QSettings``: QSettings guards its file
with a lock file, and a lock left by a process that was killed while saving can make the
next quit wait for ever once its process id is reused. A missing or broken file gives the
default size.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from quizapp.core.datafolder.atomic import write_text_atomic
from quizapp.core.errors import SettingsError

# The smallest window every screen is laid out for (and tested at); a screen smaller still
# gets a window that fits it, with scroll bars where needed.
MIN_SIZE = (1024, 640)
DEFAULT_SIZE = (1180, 760)
_SECTION = "window"


def state_path(config: Path) -> Path:
    """``window.ini`` in the settings folder ``config``."""
    return config / "window.ini"


def _saved_geometry(config: Path) -> QByteArray | None:
    parser = configparser.ConfigParser()
    try:
        parser.read_string(state_path(config).read_text(encoding="utf-8"))
        encoded = parser.get(_SECTION, "geometry")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    geometry = QByteArray.fromBase64(encoded.encode("ascii", "ignore"))
    return None if geometry.isEmpty() else geometry


def restore_geometry(window: QMainWindow, config: Path) -> None:
    """Give ``window`` its last size and place, within the screen it is on."""
    geometry = _saved_geometry(config)
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    # Never larger than the screen it is on (a saved size from a bigger monitor, or a
    # 1024x640 screen), never smaller than the layouts need when the screen allows.
    screen = window.screen().availableGeometry()
    window.setMinimumSize(min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))
    window.resize(min(window.width(), screen.width()), min(window.height(), screen.height()))


def save_geometry(window: QMainWindow, config: Path) -> None:
    """Remember ``window``'s size and place for the next launch (a folder that cannot be
    written is not worth a word on quitting: the next launch takes the default size)."""
    encoded = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    try:
        write_text_atomic(state_path(config), f"[{_SECTION}]\ngeometry = {encoded}\n",
                          error=SettingsError)
    except SettingsError:
        pass
