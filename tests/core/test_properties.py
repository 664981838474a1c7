"""Property-based tests: no input makes the parser, the generator, the bank loader or the
settings loader fail with anything but their typed error (targets in ``fuzz_targets``;
``tests/benchmarks/fuzz.py`` runs the same ones with tens of thousands of examples)."""

from __future__ import annotations

import pytest

from tests.core.fuzz_targets import TARGETS, Target, run


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_fuzz_target_holds(target: Target) -> None:
    # A few hundred examples catch a regression on every run; fuzz.py searches deeply.
    assert run(target, target.ci_examples) >= 1
