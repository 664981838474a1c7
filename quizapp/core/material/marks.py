"""What the learner (or the answers) said about an item: suspended, buried, flagged."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class FlagReason(IntEnum):
    """Why an item is flagged as a bad question.

    The first five are the learner's; the others are set from the learner's answers
    (``quizapp.core.material.giveaway``) and only ask for a look.
    """

    WRONG = 1
    AMBIGUOUS = 2
    GIVES_AWAY = 3
    UNGRAMMATICAL = 4
    TRIVIAL = 5
    FAST_FIRST_SIGHT = 11  # right at first sight, faster than reading it, before studying
    QUIZ_NOT_CARD = 12  # always right in quizzes while the fact's flashcard keeps failing
    SAME_WRONG_OPTION = 13  # the same wrong option chosen again and again

    @property
    def automatic(self) -> bool:
        """Set from the answers, not by the learner."""
        return self >= FlagReason.FAST_FIRST_SIGHT

    @property
    def slug(self) -> str:
        """The reason as a word for the command line and JSON (``gives-away``)."""
        return self.name.lower().replace("_", "-")


LEARNER_FLAGS = tuple(r for r in FlagReason if not r.automatic)


def flag_named(word: str) -> FlagReason:
    """The learner's flag reason called ``word`` (``wrong``, ``gives-away`` …).

    Raises:
        KeyError: No such reason.
    """
    for reason in LEARNER_FLAGS:
        if word.strip().lower().replace("_", "-") == reason.slug:
            return reason
    raise KeyError(word)


@dataclass(frozen=True)
class Marks:
    """An item's marks as stored.

    Attributes:
        suspended: Out of study and quizzes until restored.
        buried_until: Hidden until this study day (shown again from it on; 0: never buried).
        flag: Why it is flagged, or ``None``.
        flag_checked: The learner cleared a flag: automatic flags do not come back.
    """

    suspended: bool = False
    buried_until: int = 0
    flag: FlagReason | None = None
    flag_checked: bool = False

    def buried(self, today: int) -> bool:
        """Hidden for the rest of study day ``today``."""
        return self.buried_until > today
