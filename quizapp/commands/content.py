"""`quizapp generate` and `quizapp check`: document → bank, and bank validation."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from quizapp.core.errors import DocumentError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the content commands to ``sub``."""
    p = sub.add_parser("generate", help="generate a question bank from a study document",
                       description="Parse a study document (.txt, .md or .html) and write a "
                       "question bank (YAML).")
    p.add_argument("source", metavar="SOURCE", help="the study document")
    p.add_argument("-o", "--output", metavar="OUT.yaml",
                   help="where to write the bank (default: questions/<document name>.yaml)")
    p.add_argument("--seed", type=int, default=0, help="shuffling seed (default 0)")
    p.add_argument("--encoding", metavar="ENC",
                   help="the document's text encoding when it is not UTF-8, e.g. cp1257")
    p.add_argument("--max-size", type=float, default=5.0, metavar="MB",
                   help="refuse documents larger than this (default 5 MB)")
    p.add_argument("--quiet", action="store_true", help="print only warnings")
    p.set_defaults(func=_generate)

    p = sub.add_parser("check", help="validate question banks",
                       description="Validate question banks; with --lint also report every "
                       "item-writing fault (item, rule, evidence). Exit code 1 when the lint "
                       "finds something, 2 when a bank does not load.")
    p.add_argument("banks", nargs="+", metavar="BANK.yaml")
    p.add_argument("--lint", action="store_true",
                   help="report item-writing faults (true distractors, cues, fragments, …)")
    p.set_defaults(func=_check)


def _generate(args: argparse.Namespace) -> int:
    from quizapp.core.banks.io import item_summary, write_bank
    from quizapp.core.generate.pipeline import bank_from_file

    source = Path(args.source)
    if args.max_size <= 0:
        raise DocumentError("--max-size must be positive")
    bank = bank_from_file(source, seed=args.seed, encoding=args.encoding,
                          max_bytes=int(args.max_size * 1024 * 1024))
    out = Path(args.output) if args.output else Path("questions") / f"{source.stem}.yaml"
    write_bank(bank, out)
    for w in bank.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.quiet:
        return 0
    print(f"{out}: {len(bank.items)} items, {len(bank.facts)} facts, {len(bank.topics)} topics")
    for kind, n in item_summary(bank.items).items():
        print(f"  {kind:<16} {n:>4}")
    titles = {t.id: t.title for t in bank.topics}
    print("per topic:")
    for topic, n in Counter(i.topic for i in bank.items).items():
        print(f"  {n:>4}  {titles.get(topic, topic)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from quizapp.core.banks.io import load_bank
    from quizapp.core.banks.lint import lint_bank

    findings = 0
    for path in args.banks:
        bank = load_bank(path)
        for w in bank.warnings:
            print(f"warning: {w}", file=sys.stderr)
        if not args.lint:
            print(f"{path}: ok, {len(bank.items)} items, {len(bank.topics)} topics")
            continue
        found = lint_bank(bank)
        for f in found:
            print(f"{path}: {f}")
        findings += len(found)
        print(f"{path}: {len(bank.items)} items, {len(found)} lint finding(s)")
    return 1 if findings else 0
