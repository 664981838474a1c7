"""Items of the learner's own: checked, stored, studied and quizzed like any other, kept across
bank syncs and regeneration, exported, and deleted only when they are the learner's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizapp.core.banks.model import FALSE_INDEX, ItemKind
from quizapp.core.clock import FixedClock
from quizapp.core.export import export_collection
from quizapp.core.material.drafts import EditError, ItemDraft, Problem
from quizapp.core.material.service import ItemRef, MaterialError
from quizapp.core.quiz.engine import QuizConfig, QuizScope
from quizapp.core.study.cards import Rating
from tests.core.factories import make_bank, open_collection, study_all

CARD = ItemDraft(ItemKind.FLASHCARD, "Kas ir ietekmētājs?", "Persona ar sekotājiem")


def test_an_added_card_is_studied_first_and_kept_when_the_bank_changes(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=2))
    ref, _ = col.material.add("demo", "t1", CARD)
    assert ref == ItemRef("demo", "mine/1")
    assert col.due_counts().new == 5
    card = col.next_card()
    assert card is not None and card.item.id == "mine/1" and card.topic_title == "Topic 1"
    col.answer(card, Rating.GOOD, 2000)
    col.close()

    # The bank file is regenerated with a topic fewer and other wording: the learner's
    # card stays, with its schedule, in its topic; the bank's vanished items are retired.
    col = open_collection(tmp_path, clock, make_bank(topics=1, wording=" v2"))
    assert col.sync_reports[-1].retired > 0
    item = col.material.item(ref)
    assert item.prompt == "Kas ir ietekmētājs?"
    stored = col.store.cards.find("demo", "mine/1")
    assert stored is not None and stored.schedule.reps == 1 and not stored.retired
    col.close()


def test_a_question_in_a_new_topic_is_quizzed_and_its_topic_stays(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    draft = ItemDraft(ItemKind.MULTIPLE_CHOICE, "Kurš kanāls ir bezmaksas?",
                      options=("Organiskā sasniedzamība", "Apmaksāta reklāma"), right=(0,))
    ref, _ = col.material.add("demo", "  Mani  jautājumi ", draft, new_topic=True)
    item = col.material.item(ref)
    assert item.topic == "mine/mani-jautajumi"
    assert col.shelf.topic_title("demo", item.topic) == "Mani jautājumi"
    config = QuizConfig(count=5, scope=QuizScope.TOPICS, topics=(("demo", item.topic),))
    quiz = col.build_quiz(config, random.Random(1))
    assert [q.item.id for q in quiz.questions] == [ref.key]
    # A second item "in a new topic" of the same title joins it.
    tf = ItemDraft(ItemKind.TRUE_FALSE, "Reklāma ir bezmaksas.", right=(FALSE_INDEX,))
    second, _ = col.material.add("demo", "mani jautājumi", tf, new_topic=True)
    assert col.material.item(second).topic == item.topic
    assert any(m.topic == item.topic for m in col.topic_mastery())
    col.close()
    col = open_collection(tmp_path, clock, make_bank(topics=1, wording=" v2"))
    assert col.shelf.topic_title("demo", item.topic) == "Mani jautājumi"
    assert any(m.topic == item.topic for m in col.topic_mastery())
    col.close()


def test_added_items_are_exported(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    col.material.add("demo", "t0", CARD)
    out_csv, out_apkg = tmp_path / "items.csv", tmp_path / "cards.apkg"
    report = export_collection(col, items_csv=out_csv, anki=out_apkg)
    col.close()
    assert "Kas ir ietekmētājs?" in out_csv.read_text("utf-8-sig")
    assert report.anki is not None and report.anki.notes == 3
    folder = tmp_path / "anki"
    folder.mkdir()
    anki = AnkiCollection(str(folder / "collection.anki2"))
    try:
        anki.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out_apkg), options=ImportAnkiPackageOptions(with_scheduling=False)))
        fronts = {anki.get_note(n)["Front"] for n in anki.find_notes("")}
    finally:
        anki.close()
    assert "Kas ir ietekmētājs?" in fronts


def test_adding_checks_everything_first(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    with pytest.raises(EditError) as info:
        col.material.add("demo", "t0", ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?",
                                                 options=("A", "A"), right=(0,)))
    assert info.value.problems == (Problem.DUPLICATE_OPTIONS,)
    with pytest.raises(MaterialError, match="no bank"):
        col.material.add("other", "t0", CARD)
    with pytest.raises(MaterialError, match="no topic"):
        col.material.add("demo", "t9", CARD)
    with pytest.raises(MaterialError, match="needs a title"):
        col.material.add("demo", "  ", CARD, new_topic=True)
    with pytest.raises(MaterialError, match="cannot be added"):
        col.material.add("demo", "t0", ItemDraft(ItemKind.CLOZE, "It is {{1}}.",
                                                 options=("1", "2"), right=(0,)))
    assert col.due_counts().new == 2  # nothing was added
    col.close()


def test_only_the_learners_own_items_can_be_deleted_and_undo_brings_them_back(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    ref, _ = col.material.add("demo", "t0", CARD)
    with pytest.raises(MaterialError, match="suspend it instead"):
        col.material.delete(ItemRef("demo", "t0-c0"))
    undo = col.material.delete(ref)
    assert col.due_counts().new == 2 and col.shelf.item("demo", ref.key) is None
    col.material.undo(undo)
    assert col.due_counts().new == 3 and col.material.item(ref).prompt == CARD.prompt
    col.close()


def test_an_added_item_can_be_edited_and_the_edit_undone(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1))
    ref, add_undo = col.material.add("demo", "t0", CARD)
    _, undo = col.material.edit(ref, ItemDraft(ItemKind.FLASHCARD, "Kas ir influenceris?",
                                               "Ietekmētājs"))
    assert col.material.item(ref).back == "Ietekmētājs"
    state = col.shelf.edit_state("demo", ref.key)
    assert state.added and state.edited and not state.source_changed
    assert undo is not None
    col.material.undo(undo)
    assert col.material.item(ref).back == CARD.back
    col.material.undo(add_undo)
    assert col.shelf.item("demo", ref.key) is None
    assert [c.item.id for c in study_all(col, Rating.EASY)] == ["t0-c0", "t0-c1"]
    col.close()
