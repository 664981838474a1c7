"""Questions that give themselves away: a simulated learner triggers each rule, and fewer
answers than the minimum never flag anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.banks.model import Bank, BankMeta, Fact, FactKind, Item, ItemKind, Topic
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.material.giveaway import RULES, reading_ms
from quizapp.core.material.marks import FlagReason
from quizapp.core.material.service import ItemRef
from quizapp.core.study.cards import Rating
from tests.core.factories import open_collection
from tests.core.material.quizzing import Pick, take_quiz

LONG = ("Kurā pieejā zīmols pilnībā kontrolē ziņojumu un saturu, ko redz sekotāji "
        "sociālajos tīklos katru dienu?")


def giveaway_bank(filler: int = 24) -> Bank:
    """Facts f0–f2, each a flashcard and a long multiple-choice question linked to it, and
    ``filler`` short questions without a fact (answers to build up a history)."""
    facts = tuple(Fact(f"f{n}", FactKind.CLAIM, f"Aspekts {n}", (f"Teksts {n}",))
                  for n in range(3))
    items: list[Item] = []
    for n in range(3):
        items.append(Item(f"f{n}/card", ItemKind.FLASHCARD, "t", f"Kas ir {n}?",
                          back=f"Teksts {n}", fact=f"f{n}"))
        items.append(Item(f"f{n}/mc", ItemKind.MULTIPLE_CHOICE, "t", LONG,
                          options=("Sociālo mediju mārketingā", "Ietekmētāju mārketingā"),
                          correct=0, fact=f"f{n}", cards=(f"f{n}/card",)))
    items += [Item(f"q{n}", ItemKind.MULTIPLE_CHOICE, "t", f"Cik ir {n}?",
                   options=(str(n), str(n + 1)), correct=0) for n in range(filler)]
    return Bank(BankMeta("g", "Giveaways", "lv"), (Topic("t", "T"),), tuple(items),
                facts=facts)


def _flag(col: Collection, key: str) -> FlagReason | None:
    ref = ItemRef("g", key)
    return col.material.marks([ref])[ref].flag


def _history(col: Collection, answers: int) -> None:
    """``answers`` slow, right answers to the filler questions (they flag nothing)."""
    picks: list[Pick] = [(f"q{n % 24}", 0, 20) for n in range(answers)]
    take_quiz(col, "g", picks)


def _fail_card(col: Collection, key: str, times: int) -> None:
    for _ in range(times):
        card = col.store.cards.find("g", key)
        assert card is not None
        col.answer(col._study_card(card.pk), Rating.AGAIN, 3000)  # noqa: SLF001 - a test
        col.clock.advance(minutes=11)  # type: ignore[attr-defined]


def test_a_learner_who_triggers_every_rule_gets_every_flag(tmp_path: Path,
                                                           clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, giveaway_bank())
    _history(col, RULES.min_quiz_answers)
    # f0/mc: right at first sight in 1 s, its fact never studied — it tells its answer.
    fast = reading_ms(col.banks["g"].bank.item("f0/mc")) * RULES.fast_share / 1000
    take_quiz(col, "g", [("f0/mc", 0, fast / 2)])  # answered in half the fast bound
    assert _flag(col, "f0/mc") is FlagReason.FAST_FIRST_SIGHT
    # f1/mc: always right in quizzes while f1's flashcard keeps failing.
    _fail_card(col, "f1/card", RULES.card_min_reviews)
    for _ in range(RULES.always_right_min):
        take_quiz(col, "g", [("f1/mc", 0, 30)])
    assert _flag(col, "f1/mc") is FlagReason.QUIZ_NOT_CARD
    # q5: the same wrong option, three times.
    for _ in range(RULES.same_wrong_min):
        take_quiz(col, "g", [("q5", 1, 20)])
    assert _flag(col, "q5") is FlagReason.SAME_WRONG_OPTION
    # Nothing else was flagged.
    flagged = {r.key for r in col.store.material.browse(["g"]) if r.marks.flag is not None}
    assert flagged == {"f0/mc", "f1/mc", "q5"}
    col.close()


def test_fewer_answers_than_the_minimum_never_flag_anything(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, giveaway_bank())
    _fail_card(col, "f1/card", RULES.card_min_reviews)
    picks: list[Pick] = [("f0/mc", 0, 1.0)] + [("f1/mc", 0, 30)] * RULES.always_right_min
    picks += [("q5", 1, 20)] * RULES.same_wrong_min
    assert len(picks) < RULES.min_quiz_answers
    take_quiz(col, "g", picks)
    assert [_flag(col, k) for k in ("f0/mc", "f1/mc", "q5")] == [None, None, None]
    col.close()


@pytest.mark.parametrize("rule", ["fast", "card", "wrong"])
def test_each_rule_stops_one_short_of_its_threshold(tmp_path: Path, clock: FixedClock,
                                                     rule: str) -> None:
    col = open_collection(tmp_path, clock, giveaway_bank())
    _history(col, RULES.min_quiz_answers)
    if rule == "fast":
        # Studied before it was first asked: knowing it fast is no giveaway.
        _fail_card(col, "f0/card", 1)
        take_quiz(col, "g", [("f0/mc", 0, 1.0)])
        # Not fast enough: slower than half the reading time.
        slow = reading_ms(col.banks["g"].bank.item("f2/mc")) * RULES.fast_share / 1000 + 1
        take_quiz(col, "g", [("f2/mc", 0, slow)])
        assert (_flag(col, "f0/mc"), _flag(col, "f2/mc")) == (None, None)
    elif rule == "card":
        _fail_card(col, "f1/card", RULES.card_min_reviews - 1)
        for _ in range(RULES.always_right_min):
            take_quiz(col, "g", [("f1/mc", 0, 30)])
        assert _flag(col, "f1/mc") is None
    else:
        for _ in range(RULES.same_wrong_min - 1):
            take_quiz(col, "g", [("q5", 1, 20)])
        assert _flag(col, "q5") is None
    col.close()


def test_a_flag_the_learner_cleared_does_not_come_back(tmp_path: Path,
                                                       clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, giveaway_bank())
    _history(col, RULES.min_quiz_answers)
    for _ in range(RULES.same_wrong_min):
        take_quiz(col, "g", [("q5", 1, 20)])
    col.material.unflag([ItemRef("g", "q5")])
    take_quiz(col, "g", [("q5", 1, 20)])
    assert _flag(col, "q5") is None
    col.close()


def test_a_short_question_is_never_too_fast() -> None:
    short = Item("s", ItemKind.MULTIPLE_CHOICE, "t", "Cik?", options=("1", "2"), correct=0)
    assert reading_ms(short) < RULES.min_words * RULES.reading_ms_per_word
