"""Small banks built in code, and a collection opener on a temporary folder, for core tests."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from quizapp.core.banks.model import TRUE_INDEX, Bank, BankMeta, Item, ItemKind, SourceRef, Topic
from quizapp.core.study.cards import Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection, StudyCard
from quizapp.core.study.scheduling import SchedulerConfig

RIGA = ZoneInfo("Europe/Riga")


def make_bank(
    topics: int = 3,
    cards_per_topic: int = 2,
    questions_per_topic: int = 2,
    *,
    bank_id: str = "demo",
    wording: str = "",
) -> Bank:
    """A bank with ``topics`` topics t0, t1…; each has flashcards ``tN-cM`` and, alternately,
    multiple-choice ``tN-mcK`` (right option 1) and true/false ``tN-tfK`` (answer true)
    questions, every question linked to the topic's first flashcard."""
    topic_list = tuple(Topic(f"t{t}", f"Topic {t}", SourceRef(t + 1, (f"Topic {t}",)))
                       for t in range(topics))
    items: list[Item] = []
    for t in range(topics):
        for c in range(cards_per_topic):
            items.append(Item(f"t{t}-c{c}", ItemKind.FLASHCARD, f"t{t}",
                              f"Front {t}.{c}{wording}", back=f"Back {t}.{c}"))
        for q in range(questions_per_topic):
            linked = (f"t{t}-c0",) if cards_per_topic else ()
            if q % 2 == 0:
                items.append(Item(f"t{t}-mc{q}", ItemKind.MULTIPLE_CHOICE, f"t{t}",
                                  f"Question {t}.{q}?", options=("A", "B", "C", "D"),
                                  correct=1, explanation="Because B.", cards=linked))
            else:
                items.append(Item(f"t{t}-tf{q}", ItemKind.TRUE_FALSE, f"t{t}",
                                  f"Statement {t}.{q}.", correct=TRUE_INDEX, cards=linked))
    return Bank(BankMeta(bank_id, f"Bank {bank_id}", "en"), topic_list, tuple(items))


def open_collection(
    data: Path,
    clock: FixedClock,
    *banks: Bank,
    config: SchedulerConfig | None = None,
    auto_backup: bool = False,
) -> Collection:
    """A collection on ``data`` in Riga's time zone with exactly ``banks`` loaded."""
    col = Collection.open(data, clock=clock, config=config, tz=RIGA, bank_dirs=[],
                          auto_backup=auto_backup)
    for bank in banks:
        col.add_bank(bank)
    return col


def study_all(col: Collection, rating: Rating = Rating.GOOD, *, step_minutes: int = 0,
              limit: int = 10_000) -> list[StudyCard]:
    """Answer every card the collection offers now with ``rating``; return them in order.

    With ``step_minutes`` the clock (a ``FixedClock``) moves on after each answer, so
    learning steps fall due and are answered too.
    """
    shown: list[StudyCard] = []
    while len(shown) < limit and (card := col.next_card()) is not None:
        col.answer(card, rating, 3000)
        shown.append(card)
        if step_minutes:
            assert isinstance(col.clock, FixedClock)
            col.clock.advance(minutes=step_minutes)
    return shown


def studied_folder(data: Path, clock: FixedClock, *, backup: bool = True) -> int:
    """A data folder whose demo bank has been studied (and, with ``backup``, backed up by
    hand afterwards); returns how many answers it holds."""
    col = open_collection(data, clock, make_bank())
    study_all(col, step_minutes=11)
    if backup:
        col.backup()
    count = col.store.reviews.count()
    col.close()
    return count
