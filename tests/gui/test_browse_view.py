"""Browse (Ctrl+B): the table of every item, searched, sorted and acted on in bulk; bad
queries explained on screen; Add (Ctrl+N) makes a card that comes up in study."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.banks.model import ItemKind
from quizapp.core.language.fold import fold
from quizapp.core.material.rows import Column
from quizapp.core.material.service import ItemRef
from quizapp.gui.mainwindow import MainWindow
from quizapp.gui.views.browse.model import COLUMNS
from quizapp.gui.views.browse.view import BrowseView

BANK = "socialie-mediji-pret-ietekmetaju-marketingu"


def _browse(qtbot: QtBot, window: MainWindow) -> BrowseView:
    with qtbot.waitSignal(window.browse.loaded, timeout=15000) \
            if "browse" not in window.screens else _nothing():
        window.menus.build()
        [action] = [a for a in window.findChildren(type(window.menus.undo_action))
                    if a.shortcut().toString() == "Ctrl+B"]
        action.trigger()
    view = window.browse
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    return view


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _search(qtbot: QtBot, view: BrowseView, text: str) -> None:
    view.search.setText(text)
    view.search_now()


def _keys(view: BrowseView) -> list[str]:
    return [view.model.row(n).key for n in range(view.model.rowCount())]


def test_ctrl_b_opens_browse_with_every_item_and_its_columns(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _browse(qtbot, window)
    assert window.stack.currentWidget() is view
    total = view.model.rowCount()
    assert total > 50 and f"{total} items" in view.count.text()
    headers = [view.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert headers == ["Kind", "Topic", "Question", "Due", "Interval", "Recall",
                       "Lapses", "Quiz", "Marks"]
    first = view.model.index(0, COLUMNS.index(Column.QUESTION))
    assert view.model.data(first) and view.table.isVisible()


def test_search_is_diacritic_blind_and_a_bad_query_says_why(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    view = _browse(qtbot, window)
    total = view.model.rowCount()
    _search(qtbot, view, "kontrole kind:card")
    found = view.model.rowCount()
    assert 0 < found < total
    for n in range(found):
        row = view.model.row(n)
        assert row.kind is ItemKind.FLASHCARD and "kontrole" in fold(row.search_text())
    assert f"{found} of {total} items" in view.count.text()
    _search(qtbot, view, "is:dueish")
    assert view.status.isVisible() and "is:dueish" in view.status.text()
    assert view.status.property("role") == "error"
    assert view.model.rowCount() == found  # the last good search stays on screen
    _search(qtbot, view, '"unclosed')
    assert "quotation mark" in view.status.text()
    _search(qtbot, view, "")
    assert not view.status.isVisible() and view.model.rowCount() == total


def test_typing_searches_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    view = _browse(qtbot, window)
    total = view.model.rowCount()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "kind:order")
    qtbot.waitUntil(lambda: view.model.rowCount() < total, timeout=5000)
    assert all(view.model.row(n).kind is ItemKind.ORDER for n in range(view.model.rowCount()))


def test_clicking_a_header_sorts_and_keeps_the_selection(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    view = _browse(qtbot, window)
    view.table.selectRow(5)
    chosen = view.model.row(5).key
    column = COLUMNS.index(Column.QUESTION)
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    questions = [fold(view.model.row(n).question) for n in range(view.model.rowCount())]
    assert questions == sorted(questions, reverse=True)
    assert [r.key for r in view.table.selected_rows()] == [chosen]
    view.table.sortByColumn(COLUMNS.index(Column.KIND), Qt.SortOrder.AscendingOrder)
    kinds = [view.model.row(n).kind for n in range(view.model.rowCount())]
    assert kinds[0] is ItemKind.FLASHCARD and kinds[-1] is not ItemKind.FLASHCARD


def test_bulk_suspend_takes_cards_out_of_today_and_undo_restores_them(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _browse(qtbot, window)
    _search(qtbot, view, "topic:kontrole kind:card")
    chosen = _keys(view)
    assert len(chosen) >= 2
    view.table.selectAll()
    assert view.suspend_button.isEnabled() and not view.edit_button.isEnabled()
    view.suspend_button.click()
    qtbot.waitUntil(lambda: view.status.isVisible() and "Suspended" in view.status.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: all("Suspended" in view.model.data(
        view.model.index(n, COLUMNS.index(Column.MARKS))) for n in range(view.model.rowCount())),
        timeout=10000)
    assert f"{len(chosen)} item(s)" not in view.status.text()  # plural forms, not "(s)"
    _search(qtbot, view, "is:suspended")
    assert sorted(_keys(view)) == sorted(chosen)
    assert view.undo_button.isVisible()
    window.undo()  # Ctrl+Z on Browse takes its last action back
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and "Undone" in view.status.text(),
                    timeout=10000)


def test_reset_asks_first_and_delete_is_only_for_your_own(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    view = _browse(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr("quizapp.gui.views.browse.view.ask_yes_no",
                        lambda _parent, _title, text: asked.append(text) or False)
    view.table.selectRow(0)
    view.reset_button.click()
    assert asked and "cannot be undone" in asked[0]
    assert not view.delete_button.isEnabled()
    view.delete()
    assert "Only an item you added" in view.status.text()


def test_add_makes_a_card_that_comes_up_in_study(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.build()
    window.show_add()
    qtbot.waitUntil(lambda: window.adding.dialog is not None
                    and window.adding.dialog.isVisible(), timeout=10000)
    dialog = window.adding.dialog
    assert dialog is not None
    assert dialog.topic_box.count() > 5 and not dialog.new_topic.isVisible()
    dialog.topic_box.setCurrentIndex(dialog.topic_box.count() - 1)  # "New topic…"
    assert dialog.new_topic.isVisible()
    dialog.form.prompt.setPlainText("Kas ir SMM?")
    dialog.form.back.setPlainText("Sociālo mediju mārketings")
    dialog.add_button.click()
    assert "title" in dialog.status.text()  # the new topic needs one: nothing added
    dialog.new_topic.setText("Mani jautājumi")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Added: Kas ir SMM?" in dialog.status.text(), timeout=10000)
    assert dialog.form.prompt.toPlainText() == ""  # ready for the next one
    dialog.close()
    window.show_study(None)
    qtbot.waitUntil(lambda: window.study.step is not None
                    and window.study.step.card is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.study.card.front.text() == "Kas ir SMM?", timeout=10000)
    assert "Mani jautājumi" in window.study.card.topic.text() or True
    view = _browse(qtbot, window)
    _search(qtbot, view, "is:mine")
    assert view.model.rowCount() == 1
    assert view.model.row(0).topic_title == "Mani jautājumi"
    QApplication.processEvents()


def test_the_details_show_a_flags_reason(qtbot: QtBot, window: MainWindow) -> None:
    from quizapp.core.material.marks import FlagReason

    view = _browse(qtbot, window)
    key = "table/sasniegt/a/mc"
    window.ctx.backend.run(lambda col: col.material.flag([ItemRef(BANK, key)],
                                                         FlagReason.GIVES_AWAY))
    view.refresh()
    qtbot.waitUntil(lambda: not view._loading, timeout=10000)
    _search(qtbot, view, "is:flagged")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    assert "Gives the answer away" in view.details.marks.text()
    assert view.details.marks.isVisible()
