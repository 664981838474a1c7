"""Recognition first, recall later: which kind of item a fact's appearances favour, and how
much a right answer of each kind counts as evidence of knowing it."""

from __future__ import annotations

from enum import StrEnum

from quizapp.core.banks.model import ItemKind

# The switch from recognition to recall, in days of flashcard stability. FSRS starts a card
# that was answered Good at about 2.3 days (Easy: about 8); a memory that holds a week has
# come through at least one spaced review. Below that it is fragile, and picking the answer
# among options (multiple choice, true/false) builds it without the frustration of blank
# recall; from there on, producing the answer (flashcard, cloze, typing) strengthens it more
# than recognising it does.
RECALL_STABILITY_DAYS = 7.0

# How much one right answer counts as evidence that the fact is known, by kind. Recalling
# the answer unaided is the full measure; recognising it among options is easier and can be
# guessed — one chance in four with four options, one in two for true/false — so a right
# true/false counts half a right multiple choice, which counts half a recall. A cloze and an
# order item are studied as recall but quizzed with their options or steps in view: in a
# quiz they count as a multiple choice does.
EVIDENCE_WEIGHT: dict[ItemKind, float] = {
    ItemKind.FLASHCARD: 1.0,
    ItemKind.MULTIPLE_CHOICE: 0.5,
    ItemKind.TRUE_FALSE: 0.25,
    ItemKind.CLOZE: 0.5,
    ItemKind.ORDER: 0.5,
}


class Practice(StrEnum):
    """The two ways of asking about a fact."""

    RECOGNITION = "recognition"  # pick the answer: multiple choice, true/false
    RECALL = "recall"            # produce it: flashcard, cloze, typed answer


def practice_of(kind: ItemKind) -> Practice:
    """Whether an item of ``kind`` asks for recognition or recall."""
    return (Practice.RECALL if kind in (ItemKind.FLASHCARD, ItemKind.CLOZE)
            else Practice.RECOGNITION)


def favoured_practice(stability: float | None, is_new: bool) -> Practice:
    """What a fact's quiz and study appearances should favour, from its flashcard: a new
    card, or one whose stability is under ``RECALL_STABILITY_DAYS``, recognition; else
    recall."""
    if is_new or stability is None or stability < RECALL_STABILITY_DAYS:
        return Practice.RECOGNITION
    return Practice.RECALL


def evidence_weight(kind: ItemKind) -> float:
    """How much a right answer to an item of ``kind`` counts (a recall counts 1)."""
    return EVIDENCE_WEIGHT[kind]
