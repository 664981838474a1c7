"""Headless sub-commands; each module registers its parsers with ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

from quizapp.commands import content, exchange, items, plan, progress, recover

# Order is the order in `quizapp --help`.
COMMAND_MODULES: tuple[ModuleType, ...] = (content, progress, items, plan, recover, exchange)
