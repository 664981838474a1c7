"""`quizapp generate` and `quizapp check`: document → bank, and bank validation."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the content commands to ``sub``."""
    p = sub.add_parser("check", help="validate question banks")
    p.add_argument("banks", nargs="+", metavar="BANK.yaml")
    p.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    from quizapp.core.bankio import load_bank

    for path in args.banks:
        bank = load_bank(path)
        for w in bank.warnings:
            print(f"warning: {w}")
        print(f"{path}: ok, {len(bank.items)} items, {len(bank.topics)} topics")
    return 0
