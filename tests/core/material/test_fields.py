"""Setting an item's fields from FIELD=VALUE text (the command line's --set)."""

from __future__ import annotations

import pytest

from quizapp.core.banks.model import FALSE_INDEX, TRUE_INDEX, ItemKind
from quizapp.core.material.drafts import ItemDraft, Problem
from quizapp.core.material.fields import FieldError, apply_fields, parse_sets


def test_true_false_answers_read_in_english_and_latvian() -> None:
    draft = ItemDraft(ItemKind.TRUE_FALSE, "Zīmols kontrolē saturu.", right=(TRUE_INDEX,))
    assert apply_fields(draft, {"answer": "nepatiess"}).right == (FALSE_INDEX,)
    assert apply_fields(draft, {"answer": " True "}).right == (TRUE_INDEX,)
    with pytest.raises(FieldError, match="true or false"):
        apply_fields(draft, {"answer": "maybe"})


def test_new_options_keep_the_right_answer_by_its_text() -> None:
    draft = ItemDraft(ItemKind.MULTIPLE_CHOICE, "Q?", options=("A", "B"), right=(1,))
    changed = apply_fields(draft, parse_sets(["options=[C, B, A]"]))
    assert changed.options == ("C", "B", "A") and changed.right == (1,)
    gone = apply_fields(draft, parse_sets(["options=[C, D]"]))
    assert Problem.NOT_ONE_RIGHT in gone.problems()  # the check asks for an answer


def test_steps_of_an_order_item_have_no_answer() -> None:
    draft = ItemDraft(ItemKind.ORDER, "Order them", options=("1", "2"))
    assert apply_fields(draft, {"options": "[a, b, c]"}).options == ("a", "b", "c")
    with pytest.raises(FieldError, match="no answer"):
        apply_fields(draft, {"answer": "a"})


def test_a_flashcard_has_no_options_and_a_field_is_named_once() -> None:
    card = ItemDraft(ItemKind.FLASHCARD, "F", "B")
    with pytest.raises(FieldError, match="no options"):
        apply_fields(card, {"options": "[a, b]"})
    assert parse_sets(["front=a", "FRONT=b=c"]) == {"front": "b=c"}
