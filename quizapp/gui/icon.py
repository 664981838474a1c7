"""The app's icon on its windows and in the task bar, from the shipped PNG renderings."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from quizapp.core.datafolder.desktop import shipped_icons
from quizapp.core.errors import ResourceMissingError


def app_icon() -> QIcon:
    """The icon with each shipped size, so no size is scaled from another one.

    Raises:
        ResourceMissingError: The icon's files are not installed.
    """
    icon = QIcon()
    for size, png in shipped_icons().items():
        icon.addFile(str(png), QSize(size, size))
    return icon


def install(app: QGuiApplication) -> None:
    """Give every window of ``app`` the icon (windows already shown get it too).

    Without its files (an incomplete installation) the app goes on without an icon and
    says so in one line: nothing else depends on it.
    """
    try:
        app.setWindowIcon(app_icon())
    except ResourceMissingError as exc:
        print(f"quizapp: warning: {exc}", file=sys.stderr)
