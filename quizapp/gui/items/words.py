"""The learner's words for what the core reports about items (it returns enums, not text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.core.banks.model import ItemKind
from quizapp.core.material.drafts import Problem
from quizapp.core.material.marks import FlagReason
from quizapp.core.material.query import QueryError, QueryProblem
from quizapp.core.material.service import Action


_T = QCoreApplication  # translate() calls stay literal, so lupdate finds them


def kind_text(kind: ItemKind) -> str:
    """The kind's name, e.g. "Flashcard"."""
    return {
        ItemKind.FLASHCARD: _T.translate("Items", "Flashcard"),
        ItemKind.MULTIPLE_CHOICE: _T.translate("Items", "Multiple choice"),
        ItemKind.TRUE_FALSE: _T.translate("Items", "True or false"),
        ItemKind.CLOZE: _T.translate("Items", "Cloze"),
        ItemKind.ORDER: _T.translate("Items", "Order"),
    }[kind]


def flag_text(reason: FlagReason) -> str:
    """Why an item is flagged, in a few words."""
    return {
        FlagReason.WRONG: _T.translate("Items", "Wrong"),
        FlagReason.AMBIGUOUS: _T.translate("Items", "Ambiguous"),
        FlagReason.GIVES_AWAY: _T.translate("Items", "Gives the answer away"),
        FlagReason.UNGRAMMATICAL: _T.translate("Items", "Ungrammatical"),
        FlagReason.TRIVIAL: _T.translate("Items", "Trivial"),
        FlagReason.FAST_FIRST_SIGHT: _T.translate(
            "Items", "Right at first sight, faster than it can be read"),
        FlagReason.QUIZ_NOT_CARD: _T.translate(
            "Items", "Always right in quizzes while its flashcard fails"),
        FlagReason.SAME_WRONG_OPTION: _T.translate(
            "Items", "The same wrong option chosen again and again"),
    }[reason]


def flag_menu_text(reason: FlagReason) -> str:
    """A flag reason as a menu entry, with its accelerator."""
    return {
        FlagReason.WRONG: _T.translate("Items", "&Wrong"),
        FlagReason.AMBIGUOUS: _T.translate("Items", "&Ambiguous"),
        FlagReason.GIVES_AWAY: _T.translate("Items", "&Gives the answer away"),
        FlagReason.UNGRAMMATICAL: _T.translate("Items", "&Ungrammatical"),
        FlagReason.TRIVIAL: _T.translate("Items", "&Trivial"),
    }.get(reason, flag_text(reason))


def problem_text(problem: Problem) -> str:
    """What is wrong with a draft, as a sentence."""
    return {
        Problem.EMPTY_PROMPT: _T.translate("Items", "Write the question."),
        Problem.EMPTY_BACK: _T.translate("Items", "Write the answer."),
        Problem.EMPTY_OPTION: _T.translate("Items", "An option is empty: fill it in or remove it."),
        Problem.TOO_FEW_OPTIONS: _T.translate("Items", "Give at least two options."),
        Problem.TOO_MANY_OPTIONS: _T.translate("Items", "Give at most nine options."),
        Problem.DUPLICATE_OPTIONS: _T.translate("Items", "Two options are the same."),
        Problem.NOT_ONE_RIGHT: _T.translate(
            "Items", "Mark exactly one option as the right answer."),
        Problem.CLOZE_BLANK: _T.translate(
            "Items", "Mark exactly one blank in the sentence as {{answer}}."),
        Problem.CLOZE_ANSWER: _T.translate("Items", "The right option must be the text in {{…}}."),
        Problem.TOO_LONG: _T.translate("Items", "A text is too long (at most 4,000 characters)."),
    }[problem]


def query_error_text(error: QueryError) -> str:
    """What is wrong with a search, as a sentence."""
    word = error.word
    return {
        QueryProblem.UNBALANCED_QUOTE: _T.translate("Items", "A quotation mark is not closed."),
        QueryProblem.UNBALANCED_BRACKET: _T.translate("Items", "The brackets do not match."),
        QueryProblem.EMPTY_VALUE: _T.translate("Items", "“%1” needs something after the colon."),
        QueryProblem.UNKNOWN_FIELD: _T.translate(
            "Items", "There is no filter “%1:”. Filters: topic:, kind:, "
            "is:, fact:, bank:."),
        QueryProblem.UNKNOWN_IS: _T.translate(
            "Items", "There is no “is:%1”. Try is:due, is:new, is:suspended, is:buried, "
            "is:flagged, is:edited, is:changed, is:mine or is:leech."),
        QueryProblem.UNKNOWN_KIND: _T.translate(
            "Items", "There is no “kind:%1”. Try kind:card, kind:choice, "
            "kind:truefalse, kind:cloze or kind:order."),
        QueryProblem.DANGLING_OR: _T.translate("Items", "“or” needs a search on both sides."),
        QueryProblem.DANGLING_NOT: _T.translate("Items", "“-” needs a search right after it."),
    }[error.problem].replace("%1", word)


def done_text(action: Action) -> str:
    """What an action just did, for a notice with Undo."""
    texts = {
        Action.SUSPEND: _T.translate(
            "Items", "Suspended: out of study and quizzes until you restore it."),
        Action.RESTORE: _T.translate("Items", "Restored."),
        Action.BURY: _T.translate("Items", "Buried until the next study day."),
        Action.FLAG: _T.translate("Items", "Flagged."),
        Action.UNFLAG: _T.translate("Items", "Flag cleared."),
        Action.EDIT: _T.translate("Items", "Your edit is saved."),
        Action.UNDO_EDIT: _T.translate("Items", "Your edit is undone."),
        Action.KEEP_EDIT: _T.translate("Items", "Your edit is kept."),
        Action.ADD: _T.translate("Items", "Added."),
        Action.DELETE: _T.translate("Items", "Deleted."),
    }
    return texts[action]
