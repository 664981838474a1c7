"""Waiting in the screenshot scripts: let Qt run for a while, or until a screen is ready."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait(ms: int = 400) -> None:
    """Run Qt's event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(check: Callable[[], object], ms: int = 15000) -> None:
    """Run Qt's event loop until ``check()`` is true; at most ``ms`` milliseconds."""
    for _ in range(ms // 50):
        if check():
            return
        wait(50)
    raise TimeoutError("the screen did not get ready")
