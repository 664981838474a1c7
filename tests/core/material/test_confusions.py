"""Confusions: the wrong options a learner chose, per topic; they fade after three right
answers in a row, and a weak-topic quiz offers them first where they are still wrong."""

from __future__ import annotations

import random
from pathlib import Path

from quizapp.core.banks.model import (
    FALSE_INDEX,
    TRUE_INDEX,
    Bank,
    BankMeta,
    ChoiceForm,
    Fact,
    FactKind,
    Item,
    ItemKind,
    Topic,
)
from quizapp.core.clock import FixedClock
from quizapp.core.material.drafts import ItemDraft
from quizapp.core.material.service import ItemRef
from quizapp.core.quiz.confusions import FADE_AFTER, confusions_by_topic
from quizapp.core.quiz.engine import QuizConfig, QuizScope
from tests.core.factories import open_collection
from tests.core.material.quizzing import take_quiz

RIGHT_X = "Ietekmētājam ir radoša brīvība"
RIGHT_Y = "Radoša brīvība vadlīniju ietvaros"
ALSO_TRUE = "Saturu veido ietekmētājs"
BRAND = "Zīmols pilnībā kontrolē saturu"


def confusing_bank() -> Bank:
    """Topic "kontrole": two questions of one fact (``x``, ``y``), one of whose wrong
    options is something the fact says (a bad distractor), a true/false statement and an
    order item; topic "cena": an unrelated question."""
    fact = Fact("f", FactKind.CLAIM, "Kontrole", (RIGHT_X, RIGHT_Y, ALSO_TRUE), side=1)
    items = (
        Item("x", ItemKind.MULTIPLE_CHOICE, "kontrole", "Kas raksturo ietekmētājus?",
             options=(RIGHT_X, BRAND, ALSO_TRUE, "Cena ir zema"), correct=0, fact="f"),
        Item("y", ItemKind.MULTIPLE_CHOICE, "kontrole", "Kas ir ietekmētājam?",
             options=(RIGHT_Y, "Neviens", "Viss"), correct=0, fact="f"),
        Item("tf", ItemKind.TRUE_FALSE, "kontrole", "Zīmols kontrolē saturu.",
             correct=FALSE_INDEX),
        Item("not", ItemKind.MULTIPLE_CHOICE, "kontrole", "Kas NAV raksturīgs?",
             options=("A", "B", "C"), correct=2, fact="f", form=ChoiceForm.NOT),
        Item("z", ItemKind.MULTIPLE_CHOICE, "cena", "Kāda ir cena?",
             options=("Zema", "Augsta"), correct=1),
    )
    return Bank(BankMeta("kb", "Kontrole", "lv"),
                (Topic("kontrole", "Kontrole"), Topic("cena", "Cena")), items, facts=(fact,))


def test_confusions_are_listed_per_topic_and_fade_after_three_right_in_a_row(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, confusing_bank())
    take_quiz(col, "kb", [("x", 1, 5), ("tf", TRUE_INDEX, 5), ("z", 0, 5)])
    clock.advance(hours=1)
    second = clock.now()
    take_quiz(col, "kb", [("x", 1, 5)])
    [kontrole, cena] = confusions_by_topic(col)
    assert (kontrole.topic, kontrole.title) == ("kontrole", "Kontrole")
    first = kontrole.confusions[0]
    assert (first.chosen, first.right, first.times, first.item) == (BRAND, RIGHT_X, 2, "x")
    assert first.last == second  # when last: the latest quiz it was chosen in
    tf = kontrole.confusions[1]
    assert (tf.kind, tf.chosen, tf.right, tf.times) == (ItemKind.TRUE_FALSE, "true", "false", 1)
    assert [(c.chosen, c.right) for c in cena.confusions] == [("Zema", "Augsta")]
    assert confusions_by_topic(col, [("kb", "cena")])[0].topic == "cena"

    for n in range(FADE_AFTER):
        assert any(c.item == "x" for tc in confusions_by_topic(col) for c in tc.confusions), n
        take_quiz(col, "kb", [("x", 0, 5)])
    assert not any(c.item == "x" for tc in confusions_by_topic(col) for c in tc.confusions)
    # A skip breaks a run of right answers; a new mistake brings the confusion back.
    take_quiz(col, "kb", [("x", 1, 5)])
    again = [c for tc in confusions_by_topic(col) for c in tc.confusions if c.item == "x"]
    assert again and again[0].times == 3
    col.close()


def test_a_right_answer_in_a_row_broken_by_a_skip_does_not_fade(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, confusing_bank())
    take_quiz(col, "kb", [("z", 0, 5)])
    for choice in (1, 1, None, 1, 1):
        take_quiz(col, "kb", [("z", choice, 5)])
    assert confusions_by_topic(col)[0].confusions[0].chosen == "Zema"
    col.close()


def test_an_answer_key_the_learner_corrected_is_no_confusion(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, confusing_bank())
    take_quiz(col, "kb", [("z", 0, 5)])
    assert confusions_by_topic(col)
    col.material.edit(ItemRef("kb", "z"), ItemDraft(ItemKind.MULTIPLE_CHOICE, "Kāda ir cena?",
                                                    options=("Zema", "Augsta"), right=(0,)))
    assert confusions_by_topic(col) == []
    col.close()


def test_a_weak_topic_quiz_offers_the_learners_confusions_where_still_wrong(
        tmp_path: Path, clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, confusing_bank())
    # The learner picks the brand's cell on x, and x's bad distractor that the fact says.
    take_quiz(col, "kb", [("x", 1, 5), ("z", 0, 5)])
    take_quiz(col, "kb", [("x", 2, 5), ("z", 0, 5)])
    seen_y = 0
    for seed in range(30):
        quiz = col.build_quiz(QuizConfig(count=5, scope=QuizScope.WEAK), random.Random(seed))
        for q in quiz.questions:
            item = q.item
            if item.id == "y":
                seen_y += 1
                assert item.options[item.correct] == RIGHT_Y
                assert BRAND in item.options  # the learner's own confusion, first
                assert ALSO_TRUE not in item.options  # true of the fact: never a distractor
                assert len(item.options) == 3 and len(set(item.options)) == 3
            elif item.id == "not":
                # A "NOT" question gets no confusion (only its order is the quiz's own).
                assert sorted(item.options) == ["A", "B", "C"]
                assert item.options[item.correct] == "C"
            elif item.id == "z":
                # Its only wrong option is the learner's confusion already: nothing added
                # (the quiz shuffles its options, as every quiz does).
                assert sorted(item.options) == ["Augsta", "Zema"]
                assert item.options[item.correct] == "Augsta"
    assert seen_y
    # Other quizzes ask the questions as the bank has them.
    quiz = col.build_quiz(QuizConfig(count=5, scope=QuizScope.ALL), random.Random(1))
    for q in quiz.questions:  # (in the quiz's own order of options)
        bank_item = col.banks["kb"].bank.item(q.item.id)
        assert sorted(q.item.options) == sorted(bank_item.options)
        if bank_item.options:  # (true/false has none: its order is fixed)
            assert q.item.options[q.item.correct] == bank_item.options[bank_item.correct]
        else:
            assert q.item == bank_item
    col.close()
