"""Settings screen: save writes the YAML file and announces it, cancel and restore defaults,
a broken file's warning, inline errors that lose nothing, theme applied on save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.datafolder.settings import QuizTiming, Settings, Theme
from quizapp.gui import theme
from quizapp.gui.context import AppContext
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.settings.view import SettingsView
from quizapp.gui.widgets.spin import PlainSpinBox
from tests.gui.conftest import MakeContext


def _view(qtbot: QtBot, ctx: AppContext, width: int = 1024) -> SettingsView:
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.resize(width, 640)
    view.show()
    view.activateWindow()  # shortcuts need the focus inside an active window
    qtbot.waitUntil(view.isActiveWindow)
    view.activate()
    return view


def _type(qtbot: QtBot, spin: PlainSpinBox, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def _saved(ctx: AppContext) -> dict[str, object]:
    data = yaml.safe_load(ctx.settings.path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def restore_app_theme() -> Iterator[None]:
    """Theme tests change the global QApplication; put it back for the tests after them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    state = (app.style().name(), app.palette(), app.styleSheet(), app.font(),
             app.property("quizapp_theme"))
    yield
    style, palette, sheet, font, name = state
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)
    app.setProperty("quizapp_theme", name)


def test_form_shows_the_current_settings(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    ctx.settings.save(Settings(new_per_day=7, desired_retention=0.85,
                               learning_steps_minutes=(2, 15, 60), theme=Theme.DARK,
                               quiz_timing=QuizTiming.PER_QUESTION))
    view = _view(qtbot, ctx)
    form = view.form
    assert form.new_per_day.text() == "7"
    assert form.retention.text() == "85 %"
    assert form.learning_steps.text() == "2 15 60"
    assert form.theme.currentData() == Theme.DARK
    assert form.quiz_seconds.isVisibleTo(view) and not form.quiz_minutes.isVisibleTo(view)
    assert view.data_path.text() == str(ctx.data_dir)
    assert view.data_path.isReadOnly()
    assert view.settings_path.text() == str(ctx.settings.path)
    assert not view.warning.isVisible()
    assert form.read() == ctx.settings.value  # nothing edited: nothing changes


def test_edit_and_save_writes_the_file_and_emits_changed(qtbot: QtBot,
                                                         make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    form = view.form
    form.quiz_timing.setCurrentIndex(form.quiz_timing.findData(QuizTiming.NONE))
    form.learning_steps.setText("3, 30")
    form.immediate_feedback.setChecked(False)
    _type(qtbot, form.retention, "93")
    _type(qtbot, form.new_per_day, "35")
    with qtbot.waitSignal(ctx.settings.changed) as changed, qtbot.waitSignal(view.closed):
        qtbot.keyClick(form.new_per_day, Qt.Key.Key_Return)
    new = changed.args[0]
    assert isinstance(new, Settings)
    assert (new.new_per_day, new.desired_retention, new.learning_steps_minutes) == \
        (35, 0.93, (3, 30))
    data = _saved(ctx)
    assert data["new_per_day"] == 35
    assert data["desired_retention"] == 0.93
    assert data["learning_steps_minutes"] == [3, 30]
    assert data["quiz_timing"] == "none"
    assert data["quiz_immediate_feedback"] is False
    assert ctx.settings.value == new


def test_ctrl_s_saves(qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    _type(qtbot, view.form.quiz_questions, "25")
    with qtbot.waitSignal(ctx.settings.changed):
        qtbot.keyClick(view.form.quiz_questions, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert _saved(ctx)["quiz_questions"] == 25


def test_cancel_and_escape_leave_the_file_untouched(qtbot: QtBot,
                                                    make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    ctx.settings.save(Settings(new_per_day=12))
    before = ctx.settings.path.read_bytes()
    view = _view(qtbot, ctx)
    changed: list[object] = []
    ctx.settings.changed.connect(changed.append)

    _type(qtbot, view.form.new_per_day, "99")
    with qtbot.waitSignal(view.closed):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view.form.new_per_day.value() == 12  # the edit is dropped, not kept for later

    _type(qtbot, view.form.new_per_day, "98")
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view.form.new_per_day, Qt.Key.Key_Escape)

    assert ctx.settings.path.read_bytes() == before
    assert ctx.settings.value.new_per_day == 12
    assert changed == []


def test_restore_defaults_fills_the_form_but_saves_only_on_save(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    ctx.settings.save(Settings(new_per_day=3, reviews_per_day=40, theme=Theme.LIGHT,
                               relearning_steps_minutes=(5, 20)))
    view = _view(qtbot, ctx)
    qtbot.mouseClick(view.defaults_button, Qt.MouseButton.LeftButton)
    assert view.form.read() == Settings()
    assert view.form.new_per_day.text() == "20"
    assert view.form.relearning_steps.text() == "10"
    assert "press Save" in view.message.text()
    assert _saved(ctx)["new_per_day"] == 3  # not saved yet
    with qtbot.waitSignal(ctx.settings.changed):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _saved(ctx)["new_per_day"] == 20
    assert ctx.settings.value == Settings()


def test_broken_settings_file_shows_a_warning_and_defaults(
        qtbot: QtBot, make_ctx: MakeContext, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.yaml").write_text("new_per_day: [\n\x00 garbage: {{{", encoding="utf-8")
    ctx = make_ctx()
    assert ctx.settings.warnings
    view = _view(qtbot, ctx)
    assert view.warning.isVisible()
    assert "could not be read" in view.warning.text()
    assert "settings.yaml" in view.warning.text().replace("\u200b", "")
    assert view.form.read() == Settings()
    with qtbot.waitSignal(ctx.settings.changed):
        view.save()
    assert not view.warning.isVisible()
    assert _saved(ctx)["new_per_day"] == 20


def test_bad_steps_are_refused_inline_and_nothing_is_lost(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    _type(qtbot, view.form.new_per_day, "44")
    view.form.learning_steps.setText("1 abc")
    with qtbot.assertNotEmitted(view.closed), qtbot.assertNotEmitted(ctx.settings.changed):
        assert not view.save()
    assert view.message.isVisible()
    assert view.message.property("role") == "error"
    assert "Learning steps" in view.message.text()
    assert view.form.learning_steps.text() == "1 abc"
    assert view.form.learning_steps.hasFocus()  # the caret goes to what needs fixing
    assert view.form.new_per_day.value() == 44
    assert not ctx.settings.path.exists()
    view.form.learning_steps.setText("0")  # below the one-minute minimum
    assert not view.save()


def test_an_unwritable_file_is_reported_and_the_form_kept(
        qtbot: QtBot, make_ctx: MakeContext) -> None:
    ctx = make_ctx()
    ctx.settings.path.mkdir()  # a folder where the file should go: the write fails
    view = _view(qtbot, ctx)
    _type(qtbot, view.form.reviews_per_day, "321")
    with qtbot.assertNotEmitted(view.closed):
        assert not view.save()
    assert view.message.isVisible()
    assert view.message.text().startswith("Not saved:")
    assert view.form.reviews_per_day.value() == 321
    assert ctx.settings.value == Settings()


def test_spin_boxes_keep_values_in_bounds(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    form = view.form
    _type(qtbot, form.rollover_hour, "99")
    assert form.rollover_hour.value() <= 23
    assert (form.retention.minimum(), form.retention.maximum()) == (70, 99)
    assert (form.quiz_seconds.minimum(), form.quiz_seconds.maximum()) == (5, 600)
    form.new_per_day.setFocus()
    form.new_per_day.setValue(20)
    qtbot.keyClick(form.new_per_day, Qt.Key.Key_Up)
    assert form.new_per_day.value() == 21
    assert form.new_per_day.lineEdit().width() > 100  # the field is not squeezed


def test_changing_the_theme_applies_the_dark_stylesheet(
        qtbot: QtBot, make_ctx: MakeContext, restore_app_theme: None) -> None:
    ctx = make_ctx()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, Theme.LIGHT)
    # app.py wires this only inside run_gui; a test connects it the same way.
    ctx.settings.changed.connect(lambda s: theme.apply(app, s.theme, s.font_size))
    view = _view(qtbot, ctx)
    form = view.form
    form.theme.setFocus()
    form.theme.setCurrentIndex(form.theme.findData(Theme.DARK))
    with qtbot.waitSignal(ctx.settings.changed):
        qtbot.keyClick(form.theme, Qt.Key.Key_Return)
    assert app.property("quizapp_theme") == "dark"
    assert "quizapp — dark theme" in app.styleSheet()
    assert _saved(ctx)["theme"] == "dark"


def test_a_new_language_is_saved_and_the_screen_closes(qtbot: QtBot,
                                                       make_ctx: MakeContext) -> None:
    """No restart: the language switches as soon as it is saved (see
    test_language.py for the screens it changes)."""
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    assert "as soon as you save" in view.form.language_hint.text()
    view.form.language.setCurrentIndex(view.form.language.findData("lv"))
    with qtbot.waitSignal(view.closed):
        assert view.save()
    assert _saved(ctx)["language"] == "lv"


def test_quiz_time_fields_follow_the_mode(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx())
    form = view.form
    for timing, minutes, seconds in ((QuizTiming.PER_QUESTION, False, True),
                                     (QuizTiming.NONE, False, False),
                                     (QuizTiming.WHOLE_QUIZ, True, False)):
        form.quiz_timing.setCurrentIndex(form.quiz_timing.findData(timing))
        assert form.quiz_minutes.isVisibleTo(view) is minutes
        assert form.quiz_seconds.isVisibleTo(view) is seconds


def test_open_folder_opens_the_data_folder(qtbot: QtBot, make_ctx: MakeContext,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    qtbot.mouseClick(view.data_open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(ctx.data_dir))]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    qtbot.mouseClick(view.settings_open_button, Qt.MouseButton.LeftButton)
    assert view.message.text().startswith("Could not open")


def test_groups_reflow_to_one_column_when_narrow(qtbot: QtBot, make_ctx: MakeContext) -> None:
    view = _view(qtbot, make_ctx(), width=1024)
    assert view.form.columns == 2
    view.resize(700, 640)
    qtbot.waitUntil(lambda: view.form.columns == 1)


def test_main_window_opens_settings_and_escape_returns(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    window.resize(1024, 640)
    window.show_settings()  # Edit › Settings… (its shortcut is the platform's Preferences key)
    assert window.stack.currentWidget() is window.settings
    assert window.settings.form.new_per_day.text() == "20"
    qtbot.keyClick(window.settings.form.new_per_day, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_the_form_covers_every_setting_it_should() -> None:
    from dataclasses import fields

    from quizapp.gui.views.settings.form import FORM_FIELDS

    names = {f.name for f in fields(Settings)}
    assert FORM_FIELDS <= names
    # Anything else is edited elsewhere (kept as loaded by Save and Restore defaults): the
    # fitted weights by the optimiser, the quick quiz's explanation by the quiz screen.
    assert names - FORM_FIELDS <= {"fsrs_parameters", "quick_quiz_explained"}


def test_exam_and_easy_days_are_edited_and_saved(qtbot: QtBot, make_ctx: MakeContext) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    ctx = make_ctx()
    view = _view(qtbot, ctx)
    fields = view.form.exam
    # No exam by default: the date and its numbers wait until the box is ticked.
    assert not fields.has_exam.isChecked() and not fields.exam_date.isEnabled()
    # The date offered starts two weeks after the study day, and none before it.
    assert fields.exam_date.minimumDate() == QDate(2026, 3, 2)
    assert fields.exam_date.date() == QDate(2026, 3, 16)
    fields.has_exam.setChecked(True)
    assert fields.exam_date.isEnabled() and fields.exam_cap.isEnabled()
    fields.exam_date.setDate(QDate(2026, 4, 1))
    _type(qtbot, fields.exam_target, "95")
    fields.easy_days[6].setCurrentIndex(fields.easy_days[6].findData("minimum"))
    assert [fields.easy_days[0].itemText(i) for i in range(3)] == [
        "Normal", "Fewer reviews", "As few as possible"]
    with qtbot.waitSignal(ctx.settings.changed, timeout=5000):
        assert view.save()
    saved = _saved(ctx)
    assert (saved["exam_date"], saved["exam_target"]) == ("2026-04-01", 0.95)
    assert saved["easy_days"] == ["normal"] * 6 + ["minimum"]
    assert ctx.settings.value.exam_date == date(2026, 4, 1)
    # Switching balancing off greys out the easy days; unticking the exam removes it.
    fields.balancing.setChecked(False)
    assert not any(c.isEnabled() for c in fields.easy_days)
    fields.has_exam.setChecked(False)
    with qtbot.waitSignal(ctx.settings.changed, timeout=5000):
        assert view.save()
    assert _saved(ctx)["exam_date"] is None and _saved(ctx)["load_balancing"] is False


def test_a_broken_exam_date_is_named_and_the_rest_kept(qtbot: QtBot, make_ctx: MakeContext,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.yaml").write_text("exam_date: 2026-02-30\nnew_per_day: 7\n",
                                          encoding="utf-8")
    ctx = make_ctx()
    view = _view(qtbot, ctx)
    assert view.warning.isVisible()
    assert "“exam_date” must be a date written YYYY-MM-DD, or empty; the default is used." \
        in view.warning.text()
    assert view.form.new_per_day.value() == 7 and not view.form.exam.has_exam.isChecked()
