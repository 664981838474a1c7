"""What the learner mixes up: the wrong options they chose, per topic, and using them again.

Every quiz answer keeps the option chosen as it was shown. A wrong option chosen for a
question is a *confusion* (chosen → right answer). It fades once the learner has answered
that question right ``FADE_AFTER`` times in a row. A weak-topic quiz offers the learner's
live confusions as the wrong options of its questions first, where the question's fact
shows they are still wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from quizapp.core.banks.model import Bank, ChoiceForm, Item, ItemKind
from quizapp.core.language.fold import fold
from quizapp.core.quiz.engine import QuestionOutcome, QuizConfig, QuizQuestion, QuizScope
from quizapp.core.storage.answers import ItemAnswer
from quizapp.core.storage.records import from_ms

if TYPE_CHECKING:
    from quizapp.core.collection import Collection

# Right answers in a row after which a question's confusions fade.
FADE_AFTER = 3


@dataclass(frozen=True)
class Confusion:
    """A wrong option the learner chose, and the right answer it was chosen for.

    Attributes:
        bank: The bank's id.
        topic: The topic's id.
        item: The question it was chosen for (the latest, when several share the pair).
        fact: That question's fact ("" when none).
        kind: That question's kind (true/false pairs read ``true`` / ``false``).
        question: That question as shown.
        chosen: The wrong option chosen.
        right: The right answer.
        times: How often it was chosen.
        last: When last (the quiz's start).
    """

    bank: str
    topic: str
    item: str
    fact: str
    kind: ItemKind
    question: str
    chosen: str
    right: str
    times: int
    last: datetime


@dataclass(frozen=True)
class TopicConfusions:
    """One topic's live confusions, most often chosen first."""

    bank: str
    topic: str
    title: str
    confusions: tuple[Confusion, ...]


@dataclass(frozen=True)
class QuizMaterial:
    """What a quiz takes from the learner's marks and answers: the items it must not ask,
    and (weak-topic quizzes) the confusions to offer as wrong options."""

    left_out: frozenset[tuple[str, str]] = frozenset()
    confusions: tuple[Confusion, ...] = ()


def _right_text(item: Item) -> str:
    return item.answer_text if item.kind is ItemKind.TRUE_FALSE else item.options[item.correct]


def _chosen_text(item: Item, answer: ItemAnswer) -> str | None:
    if item.kind is ItemKind.TRUE_FALSE:
        return None if answer.chosen is None else ("true" if answer.chosen == 0 else "false")
    return answer.chosen_text


def live_confusions(answers: Iterable[ItemAnswer], items: Mapping[tuple[str, str], Item]
                    ) -> list[Confusion]:
    """The confusions in ``answers`` (item by item, in the order given) that have not
    faded, for the questions in ``items`` (current wording) — most often chosen first.

    An option that is now the question's right answer (its key was edited) is no confusion.
    """
    by_item: dict[int, list[ItemAnswer]] = {}
    for a in answers:
        by_item.setdefault(a.pk, []).append(a)
    pairs: dict[tuple[str, str, str, str], Confusion] = {}
    for given in by_item.values():
        item = items.get((given[0].bank, given[0].key))
        if item is None or item.kind not in (ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE,
                                             ItemKind.CLOZE):
            continue
        counted = [a for a in given if a.outcome is not QuestionOutcome.UNANSWERED]
        streak = 0
        for a in reversed(counted):
            if a.outcome is not QuestionOutcome.CORRECT:
                break
            streak += 1
        if streak >= FADE_AFTER:
            continue
        right = _right_text(item)
        for a in counted:
            chosen = _chosen_text(item, a)
            if a.outcome is not QuestionOutcome.WRONG or chosen is None \
                    or fold(chosen) == fold(right):
                continue
            key = (a.bank, item.topic, fold(chosen), fold(right))
            when = from_ms(a.time_ms)
            assert when is not None
            old = pairs.get(key)
            pairs[key] = Confusion(a.bank, item.topic, item.id, item.fact, item.kind,
                                   item.cloze_text() if item.kind is ItemKind.CLOZE
                                   else item.prompt, chosen, right,
                                   (old.times if old else 0) + 1,
                                   max(when, old.last) if old else when)
    return sorted(pairs.values(), key=lambda c: (-c.times, -c.last.timestamp(), c.chosen))


def confusions_by_topic(col: Collection, topics: Iterable[tuple[str, str]] | None = None
                        ) -> list[TopicConfusions]:
    """The live confusions of every topic (or of ``topics``), the topics with the most
    first."""
    items = {(b, it.id): it for b, loaded in col.banks.items() for it in loaded.bank.items}
    found = live_confusions(col.store.answers.quiz_answers(), items)
    wanted = None if topics is None else set(topics)
    grouped: dict[tuple[str, str], list[Confusion]] = {}
    for c in found:
        if wanted is None or (c.bank, c.topic) in wanted:
            grouped.setdefault((c.bank, c.topic), []).append(c)
    out = [TopicConfusions(b, t, col.shelf.topic_title(b, t), tuple(cs))
           for (b, t), cs in grouped.items()]
    return sorted(out, key=lambda tc: (-sum(c.times for c in tc.confusions), tc.title))


def quiz_material(col: Collection, config: QuizConfig) -> QuizMaterial:
    """The items ``config``'s quiz must leave out and, for a weak-topic quiz, the
    learner's live confusions."""
    left_out = frozenset(col.material.left_out_of_quizzes())
    if config.scope is not QuizScope.WEAK:
        return QuizMaterial(left_out)
    items = {(b, it.id): it for b, loaded in col.banks.items() for it in loaded.bank.items}
    return QuizMaterial(left_out, tuple(live_confusions(col.store.answers.quiz_answers(),
                                                        items)))


def with_confusions(question: QuizQuestion, bank: Bank, confusions: Sequence[Confusion]
                    ) -> QuizQuestion:
    """``question`` with the learner's confusions about the same thing as its first wrong
    options, where they are still wrong for it: not one of its options already, not its
    right answer, and not something its fact says. A "which is NOT …" or "which side"
    question, a true/false statement and an order item are left as they are."""
    item = question.item
    if not (item.kind is ItemKind.CLOZE
            or (item.kind is ItemKind.MULTIPLE_CHOICE and item.form is ChoiceForm.PLAIN)):
        return question
    right = fold(item.options[item.correct])
    taken = {fold(o) for o in item.options}
    true = set()
    if item.fact:
        try:
            true = {fold(s) for s in bank.fact(item.fact).statements}
        except KeyError:
            pass
    chosen: list[str] = []
    for c in confusions:
        # The same question, or another of the same fact: the same thing asked again.
        about = c.item == item.id or bool(item.fact and c.fact == item.fact)
        word = fold(c.chosen)
        if c.bank != question.bank or not about or c.kind is ItemKind.TRUE_FALSE \
                or word in taken or word in true or word == right:
            continue
        chosen.append(c.chosen)
        taken.add(word)
    wrong = [i for i in range(len(item.options)) if i != item.correct]
    if not chosen:
        return question
    options = list(item.options)
    for index, text in zip(wrong, chosen):
        options[index] = text
    return replace(question, item=replace(item, options=tuple(options)))
