"""Fitting FSRS to a learner's own history: better predictions, never applied by itself."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.core.study.cards import NEW_CARD, Rating
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.errors import NotEnoughReviewsError, SettingsError
from quizapp.core.study.optimize import MIN_REVIEWS, OptimizeResult, optimize
from quizapp.core.study.scheduling import Scheduler, SchedulerConfig
from quizapp.core.datafolder.settings import Settings, load_settings, save_settings
from tests.core.factories import make_bank, open_collection
from tests.core.simulate import DEFAULTS, FORGETFUL, Learner, simulate

BANK = make_bank(topics=10, cards_per_topic=15, questions_per_topic=0)
START = datetime(2026, 1, 5, 8, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder where a forgetful learner studied 150 cards for 60 days."""
    data = tmp_path_factory.mktemp("forgetful")
    col = open_collection(data, FixedClock(START), BANK)
    simulate(col, Learner(FORGETFUL, random.Random(7)), 60)
    col.close()
    return data


def _open(data: Path, config: SchedulerConfig | None = None) -> Collection:
    return open_collection(data, FixedClock(START), BANK, config=config)


def _graduating_interval(config: SchedulerConfig) -> int:
    """Days until a new card answered Good twice (through its learning steps) comes back."""
    s = Scheduler(config)
    card = s.review(NEW_CARD, Rating.GOOD, START, "k")
    assert card.due is not None
    return s.review(card, Rating.GOOD, card.due, "k").interval_days


def test_the_fit_predicts_a_forgetful_learner_better(history: Path) -> None:
    col = _open(history)
    result = optimize(col, random.Random(3))
    assert result.reviews_used == col.store.reviews.count() > 1500
    assert result.cards == 150 and result.held_out_cards == 30
    assert result.improved
    assert result.log_loss_after < result.log_loss_before - 0.02
    # It learned that this learner's first memories are weaker than the defaults assume.
    assert result.parameters[2] < DEFAULTS[2] and result.parameters[3] < DEFAULTS[3]
    assert optimize(col, random.Random(3)) == result  # same seed, same answer
    col.close()


def test_nothing_is_applied_until_the_learner_accepts(history: Path, tmp_path: Path) -> None:
    col = _open(history)
    before = _graduating_interval(col.config)
    result = optimize(col, random.Random(3))
    assert col.config.parameters == () and _graduating_interval(col.config) == before

    # Accepting = storing the weights in the settings, which feed the scheduler.
    path = tmp_path / "settings.yaml"
    save_settings(replace(Settings(), fsrs_parameters=result.parameters), path)
    settings = load_settings(path).settings
    assert settings.fsrs_parameters == result.parameters
    col.set_config(settings.scheduler_config())
    assert col.scheduler.decay == -result.parameters[20]
    assert _graduating_interval(col.config) < before  # this learner needs them back sooner
    col.close()


def test_fewer_than_500_reviews_says_how_many_there_are(tmp_path: Path,
                                                        clock: FixedClock) -> None:
    col = open_collection(tmp_path, clock, BANK)
    simulate(col, Learner(DEFAULTS, random.Random(1)), 5, start=clock.now())
    count = col.store.reviews.count()
    assert 0 < count < MIN_REVIEWS
    with pytest.raises(NotEnoughReviewsError) as caught:
        optimize(col, random.Random(0))
    assert (caught.value.reviews, caught.value.required) == (count, 500)
    col.close()


def test_the_result_offers_only_an_improvement() -> None:
    worse = OptimizeResult(600, 50, 10, 0.30, 0.31, DEFAULTS)
    assert not worse.improved
    assert replace(worse, log_loss_after=0.29).improved


@pytest.mark.parametrize(("weights", "message"), [
    (DEFAULTS[:20], "expected 21 numbers, got 20"),
    (DEFAULTS[:20] + (0.95,), "parameter 20 must be a number between 0.1 and 0.8"),
    ((-1.0,) + DEFAULTS[1:], "parameter 0 must be"),
])
def test_weights_outside_fsrs_bounds_are_refused(weights: tuple[float, ...],
                                                 message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        SchedulerConfig(parameters=weights)


def test_broken_weights_in_the_settings_file_fall_back_to_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("new_per_day: 7\nfsrs_parameters: [1, 2, 3]\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.new_per_day == 7
    assert loaded.settings.fsrs_parameters == ()
    assert [(w.problem.value, w.key) for w in loaded.warnings] == [
        ("invalid_value", "fsrs_parameters")]
    assert "FSRS weights" in str(loaded.warnings[0])
    path.write_text("fsrs_parameters: fast\n", encoding="utf-8")
    assert load_settings(path).warnings[0].key == "fsrs_parameters"
    path.write_text("fsrs_parameters: []\n", encoding="utf-8")
    assert load_settings(path) == load_settings(tmp_path / "missing.yaml")
