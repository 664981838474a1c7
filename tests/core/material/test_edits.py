"""Edits: checked before they are kept, laid over the bank everywhere, undone one by one, kept
across regenerating the bank, and marked when the line they were made on changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.banks.model import ItemKind
from quizapp.core.clock import FixedClock
from quizapp.core.export import export_collection
from quizapp.core.generate.pipeline import bank_from_bytes
from quizapp.core.material.drafts import EditError, ItemDraft, Problem, fingerprint
from quizapp.core.material.service import ItemRef, MaterialError, UnknownItemError
from quizapp.core.quiz.engine import QuizConfig, QuizScope
from tests.core.factories import make_bank, open_collection
from tests.helpers import STUDY_DOC

CARD = ItemRef("demo", "t0-c0")
CHOICE = ItemRef("demo", "t0-mc0")
DOC_BANK = "socialie-mediji-pret-ietekmetaju-marketingu"


def test_an_edit_shows_everywhere_the_item_is_handed_out(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    item, undo = col.material.edit(CARD, ItemDraft(ItemKind.FLASHCARD, " Fixed front ",
                                                   "Fixed back"))
    assert undo is not None
    assert (item.prompt, item.back) == ("Fixed front", "Fixed back")  # trimmed
    assert col.banks["demo"].bank.item("t0-c0").prompt == "Fixed front"
    card = col.next_card()
    assert card is not None and card.item.id == "t0-c0" and card.item.back == "Fixed back"
    state = col.shelf.edit_state("demo", "t0-c0")
    assert state.edited and not state.source_changed and state.generated is not None
    assert state.generated.prompt == "Front 0.0"
    out = tmp_path / "items.csv"
    export_collection(col, items_csv=out)
    text = out.read_text("utf-8-sig")
    assert "Fixed front" in text and "Front 0.0" not in text
    col.close()


def test_a_quiz_asks_the_edited_question(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank(topics=1, questions_per_topic=1))
    draft = ItemDraft(ItemKind.MULTIPLE_CHOICE, "Which letter?", options=("W", "X", "Y"),
                      right=(2,))
    col.material.edit(CHOICE, draft)
    quiz = col.build_quiz(QuizConfig(count=5, scope=QuizScope.ALL))
    asked = [q.item for q in quiz.questions if q.item.id == "t0-mc0"]
    assert asked and asked[0].prompt == "Which letter?" and asked[0].options[asked[0].correct] == "Y"
    col.close()


@pytest.mark.parametrize(("draft", "problem"), [
    (ItemDraft(ItemKind.FLASHCARD, "  ", "back"), Problem.EMPTY_PROMPT),
    (ItemDraft(ItemKind.FLASHCARD, "front", ""), Problem.EMPTY_BACK),
    (ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A", "a "), right=(0,)),
     Problem.DUPLICATE_OPTIONS),
    (ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A", "B"), right=()),
     Problem.NOT_ONE_RIGHT),
    (ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A", "B"), right=(0, 1)),
     Problem.NOT_ONE_RIGHT),
    (ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A",), right=(0,)),
     Problem.TOO_FEW_OPTIONS),
    (ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A", ""), right=(0,)),
     Problem.EMPTY_OPTION),
    (ItemDraft(ItemKind.TRUE_FALSE, "S.", right=()), Problem.NOT_ONE_RIGHT),
    (ItemDraft(ItemKind.CLOZE, "No blank here.", options=("1", "2"), right=(0,)),
     Problem.CLOZE_BLANK),
    (ItemDraft(ItemKind.CLOZE, "It is {{1}}.", options=("1", "2"), right=(1,)),
     Problem.CLOZE_ANSWER),
    (ItemDraft(ItemKind.FLASHCARD, "x" * 5000, "b"), Problem.TOO_LONG),
])
def test_an_invalid_draft_is_refused_and_nothing_is_kept(
        tmp_path: Path, clock: FixedClock, draft: ItemDraft, problem: Problem) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    ref = CARD if draft.kind is ItemKind.FLASHCARD else CHOICE
    if draft.kind not in (ItemKind.FLASHCARD, ItemKind.MULTIPLE_CHOICE):
        assert problem in draft.problems()
        with pytest.raises(EditError):
            draft.check()
        col.close()
        return
    before = col.material.item(ref)
    with pytest.raises(EditError) as info:
        col.material.edit(ref, draft)
    assert problem in info.value.problems
    assert str(info.value)  # one line for the command line
    assert col.material.item(ref) == before
    assert col.material.history(ref) == []
    col.close()


def test_an_edit_of_another_kind_or_item_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    with pytest.raises(MaterialError):
        col.material.edit(CARD, ItemDraft(ItemKind.TRUE_FALSE, "S.", right=(0,)))
    with pytest.raises(UnknownItemError):
        col.material.edit(ItemRef("demo", "nope"), ItemDraft(ItemKind.FLASHCARD, "a", "b"))
    with pytest.raises(UnknownItemError):
        col.material.resolve("nope")
    assert col.material.resolve("t0-c0") == CARD
    assert col.material.resolve("demo:t0-c0") == CARD
    col.close()


def test_undo_walks_back_through_the_history_which_is_kept(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    first = ItemDraft(ItemKind.FLASHCARD, "One", "1")
    second = ItemDraft(ItemKind.FLASHCARD, "Two", "2")
    col.material.edit(CARD, first)
    clock.advance(minutes=1)
    _, undo_second = col.material.edit(CARD, second)
    assert col.material.item(CARD).prompt == "Two"
    assert col.material.edit(CARD, second)[1] is None  # nothing new: nothing kept
    assert undo_second is not None
    col.material.undo(undo_second)
    assert col.material.item(CARD).prompt == "One"
    taken_back = col.material.undo_edit(CARD)
    assert taken_back is not None
    assert col.material.item(CARD).prompt == "Front 0.0"
    assert not col.shelf.edit_state("demo", "t0-c0").edited
    history = col.material.history(CARD)
    assert [h.draft.prompt for h in history if h.draft] == ["Two", "One"]
    assert all(h.undone for h in history)
    col.material.undo(taken_back)  # undoing the undo puts "One" back
    assert col.material.item(CARD).prompt == "One"
    col.close()
    again = open_collection(tmp_path, clock, make_bank())
    assert again.material.item(CARD).prompt == "One"
    again.close()


def _study_bank(text: str):  # noqa: ANN202 - a generated Bank
    return bank_from_bytes(text.encode(), name=STUDY_DOC.name)


def test_an_edit_survives_regenerating_the_bank_and_a_changed_line_is_marked(
        tmp_path: Path, clock: FixedClock) -> None:
    text = STUDY_DOC.read_text("utf-8")
    bank = _study_bank(text)
    ref = ItemRef(DOC_BANK, "table/kontrole/b/card")
    col = open_collection(tmp_path, clock, bank)
    col.material.edit(ref, ItemDraft(ItemKind.FLASHCARD, "Kam ir radoša brīvība?",
                                     "Ietekmētājam, saskaņoto vadlīniju ietvaros"))
    col.close()

    # Regenerated from the same document with another seed: the options move, the edit
    # stays, and nothing it was made on changed.
    col = open_collection(tmp_path, clock, bank_from_bytes(text.encode(), name=STUDY_DOC.name,
                                                           seed=7))
    assert col.material.item(ref).prompt == "Kam ir radoša brīvība?"
    assert not col.shelf.edit_state(ref.bank, ref.key).source_changed
    col.close()

    # The line the card came from changes: the edit is still shown, marked for a check.
    changed = text.replace("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros",
                           "Ietekmētājam ir pilnīga radoša brīvība")
    assert changed != text
    col = open_collection(tmp_path, clock, _study_bank(changed))
    state = col.shelf.edit_state(ref.bank, ref.key)
    assert col.material.item(ref).prompt == "Kam ir radoša brīvība?"
    assert state.edited and state.source_changed
    assert state.generated is not None and "pilnīga" in state.generated.back
    # Other items of the same line that were not edited are just regenerated.
    other = col.shelf.edit_state(ref.bank, "table/kontrole/a/card")
    assert not other.edited
    # The learner checks it and keeps it: no longer marked, and that lasts.
    assert col.material.keep_edit(ref) is not None
    assert not col.shelf.edit_state(ref.bank, ref.key).source_changed
    col.close()
    col = open_collection(tmp_path, clock, _study_bank(changed))
    assert not col.shelf.edit_state(ref.bank, ref.key).source_changed
    assert col.material.item(ref).prompt == "Kam ir radoša brīvība?"
    col.close()


def test_fields_the_learner_left_alone_follow_the_regenerated_bank(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    item = col.material.item(CHOICE)
    fixed = ItemDraft.of(item)
    fixed = ItemDraft(fixed.kind, "Which letter is it?", options=fixed.options,
                      right=fixed.right, explanation=fixed.explanation)
    col.material.edit(CHOICE, fixed)
    col.close()
    bank = make_bank()
    items = tuple(it if it.id != CHOICE.key else
                  ItemDraft(it.kind, it.prompt, options=it.options, right=(it.correct,),
                            explanation="Because of B, says the new line.").apply(it)
                  for it in bank.items)
    col = open_collection(tmp_path, clock, replace(bank, items=items))
    shown = col.material.item(CHOICE)
    assert shown.prompt == "Which letter is it?"  # the learner's fix
    assert shown.explanation == "Because of B, says the new line."  # the bank's new text
    state = col.shelf.edit_state("demo", CHOICE.key)
    assert state.edited and state.source_changed
    # Editing back to the bank's own wording leaves no edit in force (the history keeps it).
    assert state.generated is not None
    col.material.edit(CHOICE, ItemDraft.of(state.generated))
    assert not col.shelf.edit_state("demo", CHOICE.key).edited
    assert len(col.material.history(CHOICE)) == 2
    col.close()


def test_the_fingerprint_ignores_option_order_but_not_wording() -> None:
    bank = make_bank()
    item = bank.item("t0-mc0")
    shuffled = ItemDraft(item.kind, item.prompt, options=tuple(reversed(item.options)),
                         right=(len(item.options) - 1 - item.correct,),
                         explanation=item.explanation).apply(item)
    reworded = ItemDraft(item.kind, item.prompt + " now", options=item.options,
                         right=(item.correct,), explanation=item.explanation)
    assert fingerprint(shuffled) == fingerprint(item) != fingerprint(reworded.apply(item))


def test_a_damaged_stored_edit_shows_the_generated_wording(tmp_path: Path,
                                                           clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, make_bank())
    found = col.store.material.find("demo", "t0-c0")
    assert found is not None
    col.store.material.add_edit(found[0], "{not json", "x", 0)
    col.close()
    col = open_collection(tmp_path, clock, make_bank())
    assert col.material.item(CARD).prompt == "Front 0.0"
    assert col.shelf.edit_state("demo", "t0-c0").source_changed
    col.close()
