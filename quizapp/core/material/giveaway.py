"""Questions that give themselves away, found from the learner's own answers.

Three patterns flag a question for review (an automatic flag only asks for a look: the
question stays in quizzes until the learner acts on it):

- right at first sight, much faster than the options can be read, before any flashcard of
  its fact was studied (the question tells its answer);
- always right in quizzes while the flashcards of the same fact keep failing (the quiz
  is answered by something other than knowing the fact);
- the same wrong option chosen again and again (a confusion worth a look, or a wrong
  answer key).

Every threshold is in :class:`GiveawayRules`, with minimum counts so that a handful of
answers never flags anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.banks.model import Item, ItemKind
from quizapp.core.language.fold import words
from quizapp.core.material.marks import FlagReason
from quizapp.core.quiz.engine import QuestionOutcome
from quizapp.core.storage.answers import FactCards, ItemAnswer

if TYPE_CHECKING:
    from quizapp.core.collection import Collection


@dataclass(frozen=True)
class GiveawayRules:
    """When the answers flag a question.

    Attributes:
        min_quiz_answers: Quiz answers the learner must have given in all before anything
            is flagged (their habits are known by then).
        reading_ms_per_word: Time to read one word of a question and its options (a fast
            reader's 250 words a minute).
        fast_share: "Much faster" than reading: under this share of the reading time.
        min_words: Shorter questions are left alone: they can be read at a glance.
        always_right_min: Quiz answers, every one right, before "always right" counts.
        card_min_reviews: Answers to the fact's flashcards before "keeps failing" counts.
        card_fail_share: Share of those answers that were Again for "keeps failing".
        same_wrong_min: Times one wrong option must be chosen.
    """

    min_quiz_answers: int = 20
    reading_ms_per_word: int = 240
    fast_share: float = 0.5
    min_words: int = 12
    always_right_min: int = 3
    card_min_reviews: int = 4
    card_fail_share: float = 0.5
    same_wrong_min: int = 3


RULES = GiveawayRules()


def reading_ms(item: Item, rules: GiveawayRules = RULES) -> int:
    """How long reading ``item``'s question and options takes, roughly."""
    return len(words(" ".join((item.prompt, *item.options)))) * rules.reading_ms_per_word


def giveaway_reason(item: Item, answers: Sequence[ItemAnswer], cards: FactCards | None,
                    rules: GiveawayRules = RULES) -> FlagReason | None:
    """Why ``answers`` (the quiz answers to ``item``, in order) flag it, or ``None``.

    Args:
        item: The question as shown.
        answers: Its quiz answers, oldest first.
        cards: How the flashcards of its fact fared (``None``: it names no fact).
        rules: The thresholds.
    """
    given = [a for a in answers if a.outcome is not QuestionOutcome.UNANSWERED]
    if not given or item.kind is ItemKind.ORDER:
        return None
    wrong = Counter(a.chosen_text if a.chosen_text is not None else str(a.chosen)
                    for a in given if a.outcome is QuestionOutcome.WRONG
                    and (a.chosen is not None or a.chosen_text is not None))
    if wrong and wrong.most_common(1)[0][1] >= rules.same_wrong_min:
        return FlagReason.SAME_WRONG_OPTION
    if cards is not None and len(given) >= rules.always_right_min \
            and all(a.outcome is QuestionOutcome.CORRECT for a in given) \
            and cards.reviews >= rules.card_min_reviews \
            and cards.again >= rules.card_fail_share * cards.reviews:
        return FlagReason.QUIZ_NOT_CARD
    first = given[0]
    studied_before = cards is not None and cards.first_ms is not None \
        and cards.first_ms <= first.time_ms
    needed = reading_ms(item, rules)
    if first.outcome is QuestionOutcome.CORRECT and not studied_before \
            and needed >= rules.min_words * rules.reading_ms_per_word \
            and first.duration_ms < rules.fast_share * needed:
        return FlagReason.FAST_FIRST_SIGHT
    return None


def check_giveaways(col: Collection, refs: Iterable[tuple[str, str]],
                    rules: GiveawayRules = RULES) -> int:
    """Flag the questions ``refs`` (``(bank, item)``) whose answers show they give
    themselves away; returns how many were newly flagged. Nothing is flagged before the
    learner has given ``rules.min_quiz_answers`` quiz answers."""
    store = col.store
    if store.answers.answered_count() < rules.min_quiz_answers:
        return 0
    items: dict[int, Item] = {}
    for bank, key in refs:
        found = store.material.find(bank, key)
        item = col.shelf.item(bank, key)
        if found is not None and item is not None and item.kind.is_question:
            items[found[0]] = item
    by_item: dict[int, list[ItemAnswer]] = {}
    for a in store.answers.quiz_answers(items):
        by_item.setdefault(a.pk, []).append(a)
    cards = store.answers.fact_cards(items)
    flags = {pk: reason for pk, item in items.items()
             if (reason := giveaway_reason(item, by_item.get(pk, ()), cards.get(pk), rules))}
    return store.material.set_auto_flags(flags) if flags else 0
