"""Documents the app is asked to open: from its command line (a menu's "Open with quizapp")
or handed over by a later launch while it runs. Each starts the usual import preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.gui.instance import SingleInstance
    from quizapp.gui.mainwindow import MainWindow


def open_documents(window: MainWindow, instance: SingleInstance, document: Path | None,
                   when_home_is_up: Callable[[Callable[[], None]], object]) -> None:
    """Import ``document`` once home is on screen (``when_home_is_up`` runs what it is given
    then), and every document a later launch hands over to ``instance``. The importer's own
    module loads only then: it is not loaded before it is needed."""
    instance.open_requested.connect(lambda path: window.importer.import_file(path))
    if document is not None:
        when_home_is_up(lambda: window.importer.import_file(document))
