"""What the item-writing lint reports: the rules of QUESTIONS.md and one finding each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Rule(StrEnum):
    """The faults the lint finds."""

    TRUE_DISTRACTOR = "true-distractor"
    SIDE_CUE = "side-cue"
    STEM_CUE = "stem-cue"
    FRAGMENT_OPTION = "fragment-option"
    MIXED_OPTIONS = "mixed-options"
    DUPLICATE_OPTIONS = "duplicate-options"
    LONGEST_ANSWER = "longest-answer-bias"
    FACT_OVERTESTED = "fact-over-tested"
    BROKEN_MASK = "broken-mask"
    NOT_A_QUESTION = "not-a-question"
    BROKEN_TITLE = "broken-topic-title"
    CUT_TEXT = "cut-text"
    STEM_FRAME = "stem-frame"
    LIST_COUNT = "list-count"


@dataclass(frozen=True)
class Finding:
    """One fault: the item (``""`` for the bank as a whole), the rule and the evidence."""

    item: str
    rule: Rule
    evidence: str

    def __str__(self) -> str:
        return f"{self.item or '(bank)'}: {self.rule.value}: {self.evidence}"


def rule_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each rule, every rule listed (0 when none), in ``Rule`` order."""
    tally = Counter(f.rule for f in findings)
    return {r.value: tally[r] for r in Rule}
