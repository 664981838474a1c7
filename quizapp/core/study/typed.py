"""Typed answers: a Latvian-aware verdict (right / almost / wrong), the character difference
and the suggested rating."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from quizapp.core.errors import QuizAppError
from quizapp.core.language.fold import fold, is_word_char, words
from quizapp.core.study.cards import Rating

# Longer answers are shown and self-rated, never typed: past a short phrase, a learner's
# wording differs from the card's in ways no checker should call wrong.
MAX_TYPED_WORDS = 12
# A paste far longer than the answer is wrong; compare no further (rapidfuzz is fast, but
# a megabyte against a phrase need not be measured).
_MAX_TYPED_RATIO = 10
# A wrong answer is compared letter by letter only while it shares at least this share of
# the answer's letters in place; otherwise the whole of it is shown against the answer.
SHARED_TO_COMPARE = 0.5

# Latvian noun and adjective endings of every case and number (declensions 1–6 and the
# definite adjective), without diacritics since they are matched on folded words. Stems
# that change a consonant (brālis → brāļa) are not matched; such a word is then judged by
# its typos. A shared Latvian stemmer (quizapp.core.language.stems) would replace this.
_ENDINGS = (
    "ajiem", "ajam", "ajai", "ajos", "ajas", "ais", "iem",
    "am", "os", "us", "is", "im", "um", "as", "ai", "es", "ei", "em", "ij", "ie",
    "s", "a", "u", "i", "e", "o",
)
_MIN_STEM = 3


class Verdict(IntEnum):
    """How a typed answer compares with the expected one."""

    RIGHT = 0
    ALMOST = 1
    WRONG = 2

    @property
    def rating(self) -> Rating:
        """The suggested button: right → Good, almost → Hard, wrong → Again."""
        return _RATINGS[self]


_RATINGS = {Verdict.RIGHT: Rating.GOOD, Verdict.ALMOST: Rating.HARD, Verdict.WRONG: Rating.AGAIN}


class Reason(StrEnum):
    """Why the verdict is what it is (the GUI words it)."""

    EXACT = "exact"            # equal once case, spacing and punctuation are ignored
    DIACRITICS = "diacritics"  # only diacritics missing or wrong
    ENDING = "ending"          # the right word(s) with another case ending
    TYPO = "typo"              # a few letters off, for the answer's length
    NUMBER = "number"          # a number differs: never a typo
    EMPTY = "empty"            # nothing was typed
    DIFFERENT = "different"    # anything else


class DiffKind(StrEnum):
    """One stretch of the character difference."""

    SAME = "same"        # typed as expected (shown in the expected wording)
    MISSING = "missing"  # in the expected answer, not typed
    EXTRA = "extra"      # typed, not in the expected answer
    IGNORED = "ignored"  # only spacing or punctuation differs here: does not count


@dataclass(frozen=True)
class DiffSpan:
    """A run of characters of one kind; the spans in order read as the merged answer."""

    kind: DiffKind
    text: str


@dataclass(frozen=True)
class TypedCheck:
    """A typed answer, judged.

    Attributes:
        verdict: Right, almost or wrong.
        reason: What decided it.
        diff: The character difference between what was typed and what was expected.
    """

    verdict: Verdict
    reason: Reason
    diff: tuple[DiffSpan, ...]

    @property
    def rating(self) -> Rating:
        """The rating to suggest; the learner may pick another."""
        return self.verdict.rating


class NotTypeableError(QuizAppError):
    """The expected answer cannot be typed (empty, or longer than ``MAX_TYPED_WORDS``)."""


def is_typeable(answer: str) -> bool:
    """Whether ``answer`` is short enough to type: 1 to ``MAX_TYPED_WORDS`` words."""
    return 0 < len(words(answer)) <= MAX_TYPED_WORDS


def allowed_typos(length: int) -> int:
    """Edits (insert, delete, substitute, swap) tolerated in ``length`` letters: none under
    four letters (``cat``/``car`` are different words), then one more per eight letters."""
    return 0 if length < 4 else 1 + (length - 4) // 8


def check_typed(typed: str, expected: str) -> TypedCheck:
    """Judge ``typed`` against ``expected``.

    Raises:
        NotTypeableError: ``expected`` is not typeable (see :func:`is_typeable`).
    """
    if not is_typeable(expected):
        raise NotTypeableError(f"answer of {len(words(expected))} words cannot be typed "
                               f"(1 to {MAX_TYPED_WORDS})")
    limit = _MAX_TYPED_RATIO * len(expected) + 100
    if len(typed) > limit:
        return TypedCheck(Verdict.WRONG, Reason.DIFFERENT, diff(typed[:limit], expected))
    verdict, reason = _judge(typed, expected)
    spans = diff(typed, expected)
    if verdict is Verdict.WRONG and _shared(spans) < SHARED_TO_COMPARE * _letters(expected):
        # Letter by letter, an unrelated answer reads as noise: show it all struck out and
        # the answer all as missing.
        spans = tuple(DiffSpan(kind, text) for kind, text in (
            (DiffKind.EXTRA, _display(typed)), (DiffKind.MISSING, _display(expected)))
            if text)
    return TypedCheck(verdict, reason, spans)


def _letters(text: str) -> int:
    return sum(1 for c in text if is_word_char(c))


def _shared(spans: tuple[DiffSpan, ...]) -> int:
    return sum(_letters(s.text) for s in spans if s.kind is DiffKind.SAME)


def _judge(typed: str, expected: str) -> tuple[Verdict, Reason]:
    want = words(expected)
    got = words(typed)
    if not got:
        return Verdict.WRONG, Reason.EMPTY
    if "".join(got) == "".join(want):
        return Verdict.RIGHT, Reason.EXACT
    if _numbers(got) != _numbers(want):
        return Verdict.WRONG, Reason.NUMBER
    got_f, want_f = [fold(w) for w in got], [fold(w) for w in want]
    if "".join(got_f) == "".join(want_f):
        return Verdict.ALMOST, Reason.DIACRITICS
    if len(got_f) == len(want_f):
        reasons = [_word_reason(g, w) for g, w in zip(got_f, want_f)]
        if all(r is not None for r in reasons):
            return Verdict.ALMOST, Reason.TYPO if Reason.TYPO in reasons else Reason.ENDING
        return Verdict.WRONG, Reason.DIFFERENT
    # Words run together or split apart differently: judge the letters as a whole.
    joined_g, joined_w = "".join(got_f), "".join(want_f)
    if _typos(joined_g, joined_w) <= allowed_typos(len(joined_w)):
        return Verdict.ALMOST, Reason.TYPO
    return Verdict.WRONG, Reason.DIFFERENT


def _word_reason(got: str, want: str) -> Reason | None:
    """How one folded word matches: equal, another ending, a typo, or not at all."""
    if got == want:
        return Reason.EXACT
    if _stems(got) & _stems(want):
        return Reason.ENDING
    if _typos(got, want) <= allowed_typos(len(want)):
        return Reason.TYPO
    return None


def _typos(got: str, want: str) -> int:
    """Letters changed, added, left out or swapped from ``want`` to ``got``."""
    # rapidfuzz is imported by the first typed answer, not with the study screen: typing is
    # off unless the learner turns it on (~14 ms at every launch, measured).
    from rapidfuzz.distance import DamerauLevenshtein

    return int(DamerauLevenshtein.distance(got, want))


def _stems(word: str) -> set[str]:
    """Every stem ``word`` can have by removing one known ending (at least three letters
    must stay: ``ir`` and ``is`` are not forms of one word)."""
    out = {word} if len(word) >= _MIN_STEM else set()
    out.update(word[: -len(e)] for e in _ENDINGS
               if word.endswith(e) and len(word) - len(e) >= _MIN_STEM)
    return out


def _numbers(ws: list[str]) -> list[str]:
    """The words holding a digit: a wrong number is wrong however close it looks."""
    return [w for w in ws if any(c.isdigit() for c in w)]


def diff(typed: str, expected: str) -> tuple[DiffSpan, ...]:
    """The character difference: what to keep, what was missing, what was extra.

    Case never counts (a matching stretch shows the expected wording); stretches where only
    spacing or punctuation differ are ``IGNORED``.
    """
    from rapidfuzz.distance import Levenshtein  # see _typos

    got, want = _display(typed), _display(expected)
    ops = Levenshtein.opcodes([c.casefold() for c in got], [c.casefold() for c in want])
    spans: list[DiffSpan] = []
    for op in ops:
        if op.tag == "equal":
            _add(spans, DiffKind.SAME, want[op.dest_start:op.dest_end])
            continue
        _add(spans, DiffKind.EXTRA, got[op.src_start:op.src_end])
        _add(spans, DiffKind.MISSING, want[op.dest_start:op.dest_end])
    return tuple(spans)


def _display(text: str) -> str:
    """``text`` as the difference shows it: NFC, trimmed, one space between words, its own
    case (the learner sees their own letters)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _add(spans: list[DiffSpan], kind: DiffKind, text: str) -> None:
    if not text:
        return
    if kind is not DiffKind.SAME and not any(is_word_char(c) for c in text):
        kind = DiffKind.IGNORED
    if spans and spans[-1].kind is kind:
        spans[-1] = DiffSpan(kind, spans[-1].text + text)
    else:
        spans.append(DiffSpan(kind, text))

