"""Fit FSRS's weights to the learner's own reviews (fsrs-rs-python) and judge them on held-out
cards; nothing is applied here — the learner accepts, and Settings stores the weights."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.study.cards import ReviewKind
from quizapp.core.errors import NotEnoughReviewsError, OptimizeError
from quizapp.core.storage.records import CardHistory

if TYPE_CHECKING:
    from fsrs_rs_python import FSRSItem

    from quizapp.core.collection import Collection

# Below this many flashcard reviews a fit says more about chance than about the learner.
MIN_REVIEWS = 500
# Share of the cards kept out of the fit to measure how well each set of weights predicts.
HOLDOUT_SHARE = 0.2
DIGITS = 4  # weights are stored rounded (as Anki shows them)


@dataclass(frozen=True)
class OptimizeResult:
    """A fit of FSRS's weights, not applied.

    Attributes:
        reviews_used: Flashcard reviews that went into the fit and its evaluation.
        cards: Flashcards those reviews belong to.
        held_out_cards: Of those, the cards kept out of the fit and used to evaluate it.
        log_loss_before: Log loss of the current weights on the held-out reviews.
        log_loss_after: Log loss of the fitted weights on the same reviews (lower is better).
        parameters: The fitted weights (21, within fsrs's bounds; ``Settings.fsrs_parameters``).
    """

    reviews_used: int
    cards: int
    held_out_cards: int
    log_loss_before: float
    log_loss_after: float
    parameters: tuple[float, ...]

    @property
    def improved(self) -> bool:
        """The fitted weights predict the held-out reviews better: worth offering."""
        return self.log_loss_after < self.log_loss_before


def optimize(col: Collection, rng: random.Random, *,
             min_reviews: int = MIN_REVIEWS) -> OptimizeResult:
    """Fit weights to every flashcard review of ``col``, compared with its current weights.

    Takes seconds on a large history: run it on a worker.

    Raises:
        NotEnoughReviewsError: Fewer than ``min_reviews`` reviews so far (with the count).
        OptimizeError: The fit failed.
        StorageError: The review log could not be read.
    """
    total = col.store.reviews.count()
    if total < min_reviews:
        raise NotEnoughReviewsError(total, min_reviews)
    return fit_parameters(col.store.reviews.card_histories(), col.config.fsrs_parameters, rng,
                          relearning_steps=len(col.config.relearning_steps),
                          min_reviews=min_reviews)


def fit_parameters(histories: Iterable[CardHistory], current: Sequence[float],
                   rng: random.Random, *, relearning_steps: int = 1,
                   min_reviews: int = MIN_REVIEWS) -> OptimizeResult:
    """Fit FSRS weights on most cards' histories and evaluate them on the rest.

    The cards are split at random (``rng``): a card's reviews all train or all test, so the
    evaluation sees memories the fit never saw.

    Args:
        histories: Each flashcard's answers, oldest first.
        current: The weights in use (compared against).
        rng: Chooses the held-out cards and seeds the training.
        relearning_steps: How many relearning steps the learner's settings have.
        min_reviews: Reviews needed before fitting.

    Raises:
        NotEnoughReviewsError: Fewer than ``min_reviews`` reviews.
        OptimizeError: Too few cards reviewed again on a later day, or the library failed.
    """
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
    from fsrs_rs_python import FSRS, TrainingConfig

    per_card: list[list[FSRSItem]] = []
    total = reviews = 0
    for history in histories:
        total += len(history.reviews)
        items, used = _items(history)
        if items:
            per_card.append(items)
            reviews += used
    if total < min_reviews:
        raise NotEnoughReviewsError(total, min_reviews)
    if len(per_card) < 2:
        raise OptimizeError("too few cards were reviewed again on a later day to fit the "
                            "schedule")
    rng.shuffle(per_card)
    held_out = max(1, round(len(per_card) * HOLDOUT_SHARE))
    test = [item for items in per_card[:held_out] for item in items]
    train = [item for items in per_card[held_out:] for item in items]
    try:
        fitted = FSRS(list(current)).compute_parameters(
            train, enable_short_term=True, num_relearning_steps=relearning_steps,
            training_config=TrainingConfig(seed=rng.randrange(2**31)))
        # fsrs-rs clamps to its own bounds; the scheduler (py-fsrs) checks its bounds.
        parameters = tuple(min(max(round(w, DIGITS), low), high) for w, low, high in
                           zip(fitted, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS))
        before = FSRS(list(current)).evaluate(test).log_loss
        after = FSRS(list(parameters)).evaluate(test).log_loss
    except Exception as exc:  # the Rust library raises plain ValueError/RuntimeError
        raise OptimizeError(f"fitting the schedule failed: {exc}") from None
    if len(parameters) != len(LOWER_BOUNDS_PARAMETERS):
        raise OptimizeError(f"fitting the schedule gave {len(parameters)} weights")
    return OptimizeResult(reviews, len(per_card), held_out, float(before), float(after),
                          parameters)


def _items(history: CardHistory) -> tuple[list[FSRSItem], int]:
    """A card's training items (each review made a day or more after the one before, with
    everything up to it) and how many of its reviews they draw on."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    answers = history.reviews
    # The memory starts at the card's first answer; a log that lacks it cannot be used.
    if not answers or answers[0].kind is not ReviewKind.NEW:
        return [], 0
    seq: list[FSRSReview] = []
    items: list[FSRSItem] = []
    previous = answers[0].day
    for answer in answers:
        elapsed = answer.day - previous
        seq.append(FSRSReview(int(answer.rating), elapsed))
        if elapsed > 0:
            items.append(FSRSItem(list(seq)))
        previous = answer.day
    return items, len(answers)
