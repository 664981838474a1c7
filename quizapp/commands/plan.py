"""`quizapp plan`: the exam plan — days left, today's load, predicted exam-day recall."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI starts through the command modules: keep the import light
    from quizapp.core.study.exam import ExamPlan

_HELP = """\
Plan for an exam: how many study days are left, how many cards to study today (including
cards brought forward because their predicted recall on exam day is below the target), the
predicted share of cards recalled on exam day if you stopped studying now, overall and per
topic (weakest first), whether all new cards can still be seen twice at your daily limit,
and whether the target is on track.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the plan command to ``sub``."""
    p = sub.add_parser("plan", help="show the plan for an exam date", description=_HELP)
    p.add_argument("--exam", metavar="YYYY-MM-DD",
                   help="the exam's date (today or later; default: the date set in the app)")
    p.add_argument("--target", metavar="SHARE",
                   help="share of cards to recall on exam day, 0.5–0.99 (default: the saved "
                        "target, 0.9 unless changed)")
    p.add_argument("--cap", metavar="N",
                   help="most cards brought forward on one day (default: the saved cap, 30 "
                        "unless changed)")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=_plan)


def _plan(args: argparse.Namespace) -> int:
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.paths import config_dir
    from quizapp.core.datafolder.settings import load_settings, settings_path
    from quizapp.core.study.exam import Exam, ExamError, plan_to_dict

    loaded = load_settings(settings_path(config_dir(args.data_dir)))
    saved = loaded.settings
    when = _date(args.exam) if args.exam is not None else saved.exam_date
    if when is None:
        raise ExamError("no exam date: give --exam YYYY-MM-DD, or set the exam's date in "
                        "the app (home or Settings)")
    target = saved.exam_target if args.target is None \
        else _number(args.target, "target", float)
    cap = saved.exam_daily_cap if args.cap is None else int(_number(args.cap, "cap", int))
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    with Collection.open(args.data_dir, config=saved.scheduler_config(),
                         busy_timeout_ms=args.busy_timeout_ms) as col:
        for problem in col.problems:
            print(f"warning: skipped bank: {problem.error}", file=sys.stderr)
        col.use_settings(saved)  # the load balancing the app uses
        col.set_exam(Exam.on(when, col.today(), target, cap))
        plan = col.exam_plan()
    if args.json:
        print(json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2))
    else:
        print(summary(plan))
    return 0


def _date(text: str) -> date:
    from quizapp.core.study.exam import ExamError

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ExamError(f"not a date: {text!r} (write it as YYYY-MM-DD)") from None


def _number(text: str, name: str, kind: type[float] | type[int]) -> float:
    from quizapp.core.study.exam import ExamError

    try:
        return kind(text)
    except ValueError:
        raise ExamError(f"the {name} must be a number, not {text!r}") from None


def summary(plan: ExamPlan) -> str:
    """``plan`` as a few lines of plain text (the command's default output)."""
    from quizapp.core.study.day import StudyDay

    pace = plan.new_cards
    lines = [
        f"Exam on {plan.exam_date.isoformat()}: {plan.days_left} study days left "
        f"(target {plan.target:.0%})",
        f"Today: {plan.load_today} cards, {plan.brought_forward} of them brought forward "
        "for the exam",
        f"Predicted recall on exam day if you stopped now: {plan.recall:.0%} "
        f"({plan.below_target} cards below target)",
    ]
    last = StudyDay.date_of(pace.last_day).isoformat()
    if pace.left == 0:
        lines.append("New cards: none left")
    elif pace.feasible:
        lines.append(f"New cards: {pace.left} left; at {pace.per_day} a day all are seen "
                     f"twice before the exam (last start {last})")
    else:
        lines.append(f"New cards: {pace.left} left; they cannot all be seen twice before "
                     f"the exam at {pace.per_day} a day (it needs {pace.needed_per_day} a day "
                     f"until {last})")
    lines.append(f"On track: {'yes' if plan.on_track else 'no'}")
    if plan.topics:
        lines.append("Topics on exam day, weakest first:")
        lines += [f"  {t.recall:4.0%}  {t.topic}" for t in plan.topics[:10]]
    return "\n".join(lines)
