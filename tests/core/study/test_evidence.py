"""Recognition first, recall later: the switch at the stability threshold, evidence weights."""

from __future__ import annotations

import pytest

from quizapp.core.banks.model import ItemKind
from quizapp.core.study.evidence import (
    RECALL_STABILITY_DAYS,
    Practice,
    evidence_weight,
    favoured_practice,
    practice_of,
)


@pytest.mark.parametrize(("stability", "new", "practice"), [
    (None, True, Practice.RECOGNITION),
    (None, False, Practice.RECOGNITION),
    (2.3, False, Practice.RECOGNITION),          # a card just learned with Good
    (RECALL_STABILITY_DAYS - 0.01, False, Practice.RECOGNITION),
    (RECALL_STABILITY_DAYS, False, Practice.RECALL),
    (RECALL_STABILITY_DAYS + 0.01, False, Practice.RECALL),
    (200.0, False, Practice.RECALL),
    (200.0, True, Practice.RECOGNITION),         # new wins: nothing is known yet
])
def test_recognition_switches_to_recall_at_the_threshold(stability: float | None, new: bool,
                                                         practice: Practice) -> None:
    assert favoured_practice(stability, new) is practice


def test_the_threshold_is_a_few_days() -> None:
    assert 3 <= RECALL_STABILITY_DAYS <= 10


def test_a_right_recognition_counts_less_than_a_right_recall() -> None:
    assert practice_of(ItemKind.FLASHCARD) is Practice.RECALL
    assert practice_of(ItemKind.MULTIPLE_CHOICE) is Practice.RECOGNITION
    assert practice_of(ItemKind.TRUE_FALSE) is Practice.RECOGNITION
    recall = evidence_weight(ItemKind.FLASHCARD)
    assert recall == 1.0
    assert 0 < evidence_weight(ItemKind.TRUE_FALSE) < evidence_weight(ItemKind.MULTIPLE_CHOICE) \
        < recall
    assert all(evidence_weight(k) > 0 for k in ItemKind)
