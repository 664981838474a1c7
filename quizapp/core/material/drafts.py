"""What a learner may write into an item (an edit, or an item of their own) and its checks.

A draft holds the item's wording only: its kind, topic, id and source never change by an
edit. It is validated as the bank loader validates items, with every problem named by a
typed :class:`Problem` the GUI words itself; nothing is stored until there are none.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from enum import StrEnum

from quizapp.core.banks.model import CLOZE_MARK, FALSE_INDEX, TRUE_INDEX, Item, ItemKind
from quizapp.core.errors import QuizAppError

# Options and steps are answered with the keys 1–9 (as the bank loader allows).
MAX_OPTIONS = 9
# Longer than any sentence a card should hold; keeps a pasted document out of one field.
MAX_TEXT = 4000
# The kinds a learner may add (clozes and order items come from documents).
ADDABLE_KINDS = (ItemKind.FLASHCARD, ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE)


class Problem(StrEnum):
    """Why a draft cannot be saved (the GUI says it in the learner's language)."""

    EMPTY_PROMPT = "empty_prompt"
    EMPTY_BACK = "empty_back"
    EMPTY_OPTION = "empty_option"
    TOO_FEW_OPTIONS = "too_few_options"
    TOO_MANY_OPTIONS = "too_many_options"
    DUPLICATE_OPTIONS = "duplicate_options"
    NOT_ONE_RIGHT = "not_one_right"
    CLOZE_BLANK = "cloze_blank"
    CLOZE_ANSWER = "cloze_answer"
    TOO_LONG = "too_long"


_ENGLISH = {
    Problem.EMPTY_PROMPT: "the question must not be empty",
    Problem.EMPTY_BACK: "the answer (back) must not be empty",
    Problem.EMPTY_OPTION: "an option is empty",
    Problem.TOO_FEW_OPTIONS: "give at least two options",
    Problem.TOO_MANY_OPTIONS: f"give at most {MAX_OPTIONS} options",
    Problem.DUPLICATE_OPTIONS: "two options are the same",
    Problem.NOT_ONE_RIGHT: "mark exactly one option as the right answer",
    Problem.CLOZE_BLANK: "the sentence must mark exactly one blank as {{answer}}",
    Problem.CLOZE_ANSWER: "the right option must be the text in {{…}}",
    Problem.TOO_LONG: f"a text is longer than {MAX_TEXT} characters",
}


class EditError(QuizAppError):
    """A draft that cannot be saved; ``problems`` lists every reason, first one first."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(_ENGLISH[p] for p in problems))


@dataclass(frozen=True)
class ItemDraft:
    """The wording of one item as a learner edits it.

    Attributes:
        kind: What it asks (fixed by the item).
        prompt: Front, question, statement, cloze sentence (``{{answer}}``) or instruction.
        back: A flashcard's back ("" otherwise).
        options: Multiple-choice and cloze options; an order item's steps in order.
        right: Indices of the options marked right (exactly one is valid); for
            true/false ``(TRUE_INDEX,)`` or ``(FALSE_INDEX,)``; empty for flashcards and
            order items.
        explanation: Shown after a wrong answer.
    """

    kind: ItemKind
    prompt: str
    back: str = ""
    options: tuple[str, ...] = ()
    right: tuple[int, ...] = ()
    explanation: str = ""

    @classmethod
    def of(cls, item: Item) -> ItemDraft:
        """The draft that reproduces ``item``'s wording."""
        right = (item.correct,) if item.correct >= 0 else ()
        return cls(item.kind, item.prompt, item.back, item.options, right, item.explanation)

    def problems(self) -> tuple[Problem, ...]:
        """Everything that stops this draft being saved (empty when it is valid)."""
        out: list[Problem] = []
        texts = (self.prompt, self.back, self.explanation, *self.options)
        if any(len(t) > MAX_TEXT for t in texts):
            out.append(Problem.TOO_LONG)
        if not self.prompt.strip():
            out.append(Problem.EMPTY_PROMPT)
        kind = self.kind
        if kind is ItemKind.FLASHCARD:
            if not self.back.strip():
                out.append(Problem.EMPTY_BACK)
        elif kind is ItemKind.TRUE_FALSE:
            if self.right not in ((TRUE_INDEX,), (FALSE_INDEX,)):
                out.append(Problem.NOT_ONE_RIGHT)
        else:
            out.extend(self._option_problems())
        return tuple(out)

    def _option_problems(self) -> list[Problem]:
        out: list[Problem] = []
        options = self.options
        if any(not o.strip() for o in options):
            out.append(Problem.EMPTY_OPTION)
        if len(options) < 2:
            out.append(Problem.TOO_FEW_OPTIONS)
        if len(options) > MAX_OPTIONS:
            out.append(Problem.TOO_MANY_OPTIONS)
        folded = [o.strip().casefold() for o in options if o.strip()]
        if len(set(folded)) != len(folded):
            out.append(Problem.DUPLICATE_OPTIONS)
        if self.kind is ItemKind.ORDER:
            return out
        if len(self.right) != 1 or not 0 <= self.right[0] < len(options):
            out.append(Problem.NOT_ONE_RIGHT)
        elif self.kind is ItemKind.CLOZE:
            blanks = CLOZE_MARK.findall(self.prompt)
            if len(blanks) != 1:
                out.append(Problem.CLOZE_BLANK)
            elif blanks[0].strip() != options[self.right[0]].strip():
                out.append(Problem.CLOZE_ANSWER)
        return out

    def check(self) -> ItemDraft:
        """This draft with surrounding whitespace trimmed, if it is valid.

        Raises:
            EditError: It is not (every problem is listed).
        """
        trimmed = replace(self, prompt=self.prompt.strip(), back=self.back.strip(),
                          options=tuple(o.strip() for o in self.options),
                          explanation=self.explanation.strip())
        problems = trimmed.problems()
        if problems:
            raise EditError(problems)
        return trimmed

    def apply(self, item: Item) -> Item:
        """``item`` worded as this draft (its id, kind, topic, source and links stay)."""
        return replace(item, prompt=self.prompt, back=self.back, options=self.options,
                       correct=self.right[0] if self.right else -1,
                       explanation=self.explanation)

    def to_json(self) -> str:
        """The draft as the store keeps it."""
        return json.dumps({"kind": self.kind.value, "prompt": self.prompt, "back": self.back,
                           "options": list(self.options), "right": list(self.right),
                           "explanation": self.explanation}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ItemDraft:
        """The draft stored as ``text``.

        Raises:
            ValueError: ``text`` is not a draft (a damaged row).
        """
        try:
            data = json.loads(text)
            return cls(ItemKind(data["kind"]), _text(data["prompt"]), _text(data["back"]),
                       tuple(_text(o) for o in data["options"]),
                       tuple(int(r) for r in data["right"]), _text(data["explanation"]))
        except (TypeError, KeyError) as exc:
            raise ValueError(f"not a stored draft ({type(exc).__name__})") from None


_FIELDS = ("prompt", "back", "options", "right", "explanation")


def edit_data(draft: ItemDraft, base: Item | None) -> str:
    """What the store keeps of an edit: the fields ``draft`` changes in ``base`` (all of them
    when there is no base, e.g. an item of the learner's own). A field the learner left as
    it was keeps following the bank, so a regenerated explanation still shows."""
    full = json.loads(draft.to_json())
    if base is not None:
        old = json.loads(ItemDraft.of(base).to_json())
        changed = {k: full[k] for k in _FIELDS if full[k] != old[k]}
        if "options" in changed or "right" in changed:  # one answer key: kept together
            changed["options"], changed["right"] = full["options"], full["right"]
        full = {"kind": full["kind"], **changed}
    return json.dumps(full, ensure_ascii=False)


def apply_edit(base: Item, data: str) -> Item:
    """``base`` with the edit stored as ``data`` (see :func:`edit_data`) laid over it.

    Raises:
        ValueError: ``data`` is damaged, or was made for an item of another kind.
    """
    try:
        stored = json.loads(data)
        if stored["kind"] != base.kind.value:
            raise ValueError("the edit was made for another kind of item")
        draft = ItemDraft.of(base)
        draft = replace(
            draft,
            prompt=_text(stored.get("prompt", draft.prompt)),
            back=_text(stored.get("back", draft.back)),
            options=tuple(_text(o) for o in stored.get("options", draft.options)),
            right=tuple(int(r) for r in stored.get("right", draft.right)),
            explanation=_text(stored.get("explanation", draft.explanation)))
    except (TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"not a stored edit ({type(exc).__name__})") from None
    return draft.apply(base)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def fingerprint(item: Item) -> str:
    """A short hash of what ``item`` says (its kind, wording and right answer): an edit
    remembers the fingerprint of the generated item it was made on, so a regeneration that
    changes what that item says is noticed ("source changed — check your edit"). The order
    of the options (not of an order item's steps) and the source's line number do not count:
    a new seed or a paragraph added above changes neither what the item says nor what the
    edit fixed."""
    right = item.options[item.correct] if item.options and item.correct >= 0 else ""
    steps = item.kind is ItemKind.ORDER  # their order is the answer
    options = list(item.options) if steps else sorted(item.options)
    text = json.dumps([item.kind.value, item.prompt, item.back, options, right,
                       item.correct if not item.options else -1, item.explanation],
                      ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
