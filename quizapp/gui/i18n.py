"""The UI language: Latvian or English, chosen in Settings or from the system locale.

UI strings go through Qt's translation system (``self.tr()``, ``%n`` plurals);
``resources/translations/quizapp_<lang>.ts`` are the sources and the ``.qm`` files next to
them what the app loads (``python3 .ci/translations.py`` rebuilds both). Qt's own strings
(standard dialog buttons) come from the ``qtbase_<lang>.qm`` that ships with PySide6. Bank
content is never translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from quizapp.core.resources import resource

LANGUAGES = ("en", "lv")
DEFAULT = "en"


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
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"quizapp_{language}.qm"))):
        app.installTranslator(ours)
        out.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        out.append(qt)
    return out
