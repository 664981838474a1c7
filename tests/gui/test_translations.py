"""The UI in Latvian and English: every string translated, .qm files current, plurals right."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from quizapp.gui import i18n
from tests.gui.conftest import MakeContext
from tests.helpers import ROOT

TS_DIR = ROOT / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / ".ci" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files refreshed from the current sources by pyside6-lupdate."""
    out = tmp_path_factory.mktemp("ts")
    for code in tool.LANGUAGES:
        shutil.copy(TS_DIR / f"quizapp_{code}.ts", out / f"quizapp_{code}.ts")
    tool.update(out)
    return out


def test_every_ui_string_has_a_latvian_translation(fresh_ts: Path) -> None:
    committed = _messages(TS_DIR / "quizapp_lv.ts")
    fresh = _messages(fresh_ts / "quizapp_lv.ts")
    new = sorted(set(fresh) - set(committed))
    assert not new, f"strings not yet in quizapp_lv.ts (run .ci/translations.py): {new[:10]}"
    untranslated = [key for key, m in fresh.items()
                    if (t := m.find("translation")) is not None
                    and (t.get("type") == "unfinished"
                         or not (t.text or "".join(f.text or "" for f in t.iter("numerusform"))))]
    assert untranslated == []
    assert len(fresh) > 300


def test_english_plural_forms_are_complete(fresh_ts: Path) -> None:
    for key, m in _messages(fresh_ts / "quizapp_en.ts").items():
        if m.get("numerus") == "yes":
            forms = [f.text for f in m.iter("numerusform")]
            assert len(forms) == 2 and all(forms), key


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    tool.release(TS_DIR, tmp_path)
    for code in tool.LANGUAGES:
        assert (tmp_path / f"quizapp_{code}.qm").read_bytes() == \
            (TS_DIR / f"quizapp_{code}.qm").read_bytes(), f"run .ci/translations.py ({code})"


@pytest.fixture
def latvian(qapp: QCoreApplication) -> object:
    translators = i18n.install(qapp, "lv")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale.c())


def test_latvian_plural_forms(latvian: object) -> None:
    def cards(n: int) -> str:
        return QCoreApplication.translate("HomeView", "%n flashcard(s)", "", n)

    assert [cards(n) for n in (1, 2, 0, 21, 11, 101)] == [
        "1 kartīte", "2 kartītes", "0 kartīšu", "21 kartīte", "11 kartītes", "101 kartīte"]
    assert QCoreApplication.translate("RatingBar", "Again") == "Vēlreiz"


def test_english_plural_forms(qapp: QCoreApplication) -> None:
    translators = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("HomeView", "%n flashcard(s)", "", 1) == "1 flashcard"
        assert QCoreApplication.translate("HomeView", "%n flashcard(s)", "", 2) == "2 flashcards"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.c())


def test_language_choice() -> None:
    assert i18n.choose("lv") == "lv"
    assert i18n.choose("en", QLocale("lv_LV")) == "en"
    assert i18n.choose("", QLocale("lv_LV")) == "lv"
    assert i18n.choose("", QLocale("de_DE")) == "en"


def test_home_screen_in_latvian(qtbot: QtBot, make_ctx: MakeContext, latvian: object) -> None:
    from quizapp.gui.views.home import HomeView

    view = HomeView(make_ctx())
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    assert view.study_button.text() == "&Mācīties tagad"
    assert view.due_summary.text() == "Šodien jāmācās 20 kartītes."
    # Numbers through QLocale: Latvian separates thousands with a space.
    assert QLocale().toString(12345) in ("12 345", "12\u00a0345")
