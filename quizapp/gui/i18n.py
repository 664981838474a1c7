"""The UI language: Latvian or English, chosen in Settings or from the system locale, and
switched while the app runs.

UI strings go through Qt's translation system (``self.tr()``, ``%n`` plurals);
``resources/translations/quizapp_<lang>.ts`` are the sources and the ``.qm`` files next to
them what the app loads (``python3 .ci/translations.py`` rebuilds both). Qt's own strings
(file dialogs, standard buttons) come from the ``qtbase_<lang>.qm`` that ships with PySide6,
and the few it lacks in Qt 6 from our ``qt_extra_<lang>.qm``. Bank content is never
translated. Installing translators sends every widget a ``LanguageChange``: screens put
their words in the new language then (``widgets.language.follow_language``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from quizapp.core.resources import resource

if TYPE_CHECKING:
    from quizapp.gui.context import SettingsHolder

LANGUAGES = ("en", "lv")
DEFAULT = "en"
# Marks the translators installed here, so a switch removes exactly those.
_OURS = "quizapp_translator"


def choose(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, else the system's when it is one we have."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()
    code = name.split("_", 1)[0]
    return code if code in LANGUAGES else DEFAULT


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for ``language`` into ``app``; set the default
    locale (numbers, dates). Returns the translators (keep them alive)."""
    locale = QLocale(QLocale.Language.Latvian if language == "lv" else QLocale.Language.English,
                     QLocale.Country.Latvia if language == "lv" else QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    out: list[QTranslator] = []

    def add(translator: QTranslator) -> None:
        translator.setObjectName(_OURS)
        app.installTranslator(translator)
        out.append(translator)

    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"quizapp_{language}.qm"))):
        add(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            add(qt)
        # Installed last, so it is asked first: Qt 6's words its qtbase file lacks.
        extra = QTranslator(app)
        if extra.load(str(resource("translations", f"qt_extra_{language}.qm"))):
            add(extra)
    app.setProperty("quizapp_language", language)
    return out


def current(app: QCoreApplication) -> str:
    """The language installed last (``DEFAULT`` before any)."""
    value = app.property("quizapp_language")
    return value if value in LANGUAGES else DEFAULT


def switch(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Use ``language`` from now on: our translators out, the new ones in. Every open screen
    hears ``LanguageChange`` and says its words again; nothing needs a restart."""
    for old in app.findChildren(QTranslator, _OURS):
        app.removeTranslator(old)
        old.deleteLater()
    return install(app, language)


def follow(app: QCoreApplication, settings: SettingsHolder) -> None:
    """Switch whenever saved settings choose another language."""
    def on_saved(s: object) -> None:
        wanted = choose(str(getattr(s, "language", "")))
        if wanted != current(app):
            switch(app, wanted)

    settings.changed.connect(on_saved)
