"""Typed errors of the core; user-facing layers turn them into one clear line or a dialog."""

from __future__ import annotations


class QuizAppError(Exception):
    """Base of every error the app reports to a user instead of a traceback."""


class DocumentError(QuizAppError):
    """A study document cannot be read or parsed."""


class BankError(QuizAppError):
    """A question bank is missing, malformed or invalid.

    Args:
        message: What is wrong.
        file: The bank file, when known.
        item: The item id or index path inside the bank, when known.
        field: The offending field, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        item: str | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.item = item
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.item:
            where.append(f"item {self.item}")
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class StorageError(QuizAppError):
    """The progress database cannot be opened, read or written."""


class SettingsError(QuizAppError):
    """The settings file is malformed; callers fall back to defaults."""


class ExportError(QuizAppError):
    """An export (Anki package, CSV) cannot be written; no partial file is left behind."""


class OptimizeError(QuizAppError):
    """Fitting the scheduler's parameters to the learner's history failed."""


class NotEnoughReviewsError(OptimizeError):
    """Too few reviews to fit the scheduler's parameters yet.

    Args:
        reviews: Flashcard reviews in the log so far.
        required: Reviews needed before a fit is offered.
    """

    def __init__(self, reviews: int, required: int) -> None:
        self.reviews = reviews
        self.required = required
        super().__init__(f"{reviews} reviews so far; optimising the schedule needs at least "
                         f"{required}")


class ResourceMissingError(QuizAppError):
    """A file that ships with quizapp (style, translation, built-in bank…) is not installed."""
