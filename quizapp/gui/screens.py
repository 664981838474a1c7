"""The screens besides home: each one is built the first time it is shown.

A screen is a widget with :meth:`Screen.activate` (called whenever it is shown). The main
window declares each one as a :class:`LazyScreen` attribute: a factory that builds it and a
function that connects its signals to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast, overload


from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from quizapp.gui.context import AppContext
    from quizapp.gui.mainwindow import MainWindow
    from quizapp.gui.views.browse.view import BrowseView
    from quizapp.gui.views.document.view import DocumentView
    from quizapp.gui.views.quiz.view import QuizView
    from quizapp.gui.views.settings.view import SettingsView
    from quizapp.gui.views.stats.view import StatsView
    from quizapp.gui.views.study.view import StudyView


class Screen(Protocol):
    """What the main window asks of a screen."""

    def activate(self) -> None:
        """It has just been shown: refresh what may have changed meanwhile."""


S = TypeVar("S", bound=QWidget)


class LazyScreen(Generic[S]):
    """A main-window attribute that builds its screen on first use."""

    def __init__(self, make: Callable[[AppContext], S],
                 wire: Callable[[MainWindow, S], None]) -> None:
        self._make = make
        self._wire = wire
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type) -> LazyScreen[S]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> S: ...

    def __get__(self, window: MainWindow | None, owner: type) -> S | LazyScreen[S]:
        if window is None:
            return self
        built = window.screens.get(self.name)
        if built is None:
            made = self._make(window.ctx)
            window.add_screen(self.name, made)
            self._wire(window, made)
            return made
        return cast(S, built)  # stored under this descriptor's name by the lines above


def _study(ctx: AppContext) -> StudyView:
    from quizapp.gui.views.study.view import StudyView

    return StudyView(ctx)


def _wire_study(w: MainWindow, view: StudyView) -> None:
    view.home_requested.connect(w.show_home)
    view.source_requested.connect(w.show_document)
    view.quick_quiz_requested.connect(w.show_quick_quiz)
    view.study_more_requested.connect(w.show_study_more)


def _quiz(ctx: AppContext) -> QuizView:
    from quizapp.gui.views.quiz.view import QuizView

    return QuizView(ctx)


def _wire_quiz(w: MainWindow, view: QuizView) -> None:
    view.home_requested.connect(w.show_home)
    view.study_requested.connect(w.show_study)
    view.source_requested.connect(w.show_document)
    view.results.topic_quiz_requested.connect(w.show_topic_quiz)


def _stats(ctx: AppContext) -> StatsView:
    from quizapp.gui.views.stats.view import StatsView

    return StatsView(ctx)


def _wire_stats(w: MainWindow, view: StatsView) -> None:
    view.home_requested.connect(w.show_home)
    view.study_requested.connect(w.show_study)
    view.topic_quiz_requested.connect(w.show_topic_quiz)


def _document(ctx: AppContext) -> DocumentView:
    from quizapp.gui.views.document.view import DocumentView

    return DocumentView(ctx)


def _wire_document(w: MainWindow, view: DocumentView) -> None:
    view.back_requested.connect(w.go_back)


def _settings(ctx: AppContext) -> SettingsView:
    from quizapp.gui.views.settings.view import SettingsView

    return SettingsView(ctx)


def _wire_settings(w: MainWindow, view: SettingsView) -> None:
    view.closed.connect(w.go_back)


def _browse(ctx: AppContext) -> BrowseView:
    from quizapp.gui.views.browse.view import BrowseView

    return BrowseView(ctx)


def _wire_browse(w: MainWindow, view: BrowseView) -> None:
    view.home_requested.connect(w.show_home)
    view.source_requested.connect(w.show_document)
    view.add_requested.connect(lambda bank, topic: w.show_add(bank or None, topic or None))


STUDY = LazyScreen(_study, _wire_study)
QUIZ = LazyScreen(_quiz, _wire_quiz)
STATS = LazyScreen(_stats, _wire_stats)
DOCUMENT = LazyScreen(_document, _wire_document)
SETTINGS = LazyScreen(_settings, _wire_settings)
BROWSE = LazyScreen(_browse, _wire_browse)
