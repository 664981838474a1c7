"""`quizapp stats`, `quizapp backup` and `quizapp restore FILE`: the learner's progress."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI starts through this module: keep its import light
    from quizapp.core.quiz.confusions import TopicConfusions
    from quizapp.core.stats.model import Stats


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the progress commands to ``sub``."""
    p = sub.add_parser("stats", help="show study statistics")
    p.add_argument("--json", action="store_true",
                   help="print every number of the statistics screen as JSON")
    p.set_defaults(func=_stats)
    p = sub.add_parser("backup", help="back up the progress database now")
    p.set_defaults(func=_backup)
    p = sub.add_parser("restore", help="replace the progress database with a backup "
                                       "(the current one is backed up first)")
    p.add_argument("file", metavar="FILE", help="a backup, e.g. from the data folder's backups/")
    p.set_defaults(func=_restore)


def _stats(args: argparse.Namespace) -> int:
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.paths import config_dir
    from quizapp.core.datafolder.settings import load_settings, settings_path
    from quizapp.core.stats.model import stats_to_dict
    from quizapp.core.storage.errors import DatabaseReadOnlyError

    try:
        col = Collection.open(args.data_dir, busy_timeout_ms=args.busy_timeout_ms)
    except DatabaseReadOnlyError as exc:
        # Statistics only read: show them from a database that cannot be written.
        col = Collection.open(args.data_dir, read_only=True,
                              busy_timeout_ms=args.busy_timeout_ms)
        print(f"warning: {exc}; showing it read-only", file=sys.stderr)
    with col:
        for problem in col.problems:
            print(f"warning: skipped bank: {problem.error}", file=sys.stderr)
        if col.backup_error is not None:
            print(f"warning: daily backup failed: {col.backup_error}", file=sys.stderr)
        # As the app schedules: its limits, retention and exam (the exam-day recall).
        col.use_settings(load_settings(settings_path(config_dir(args.data_dir))).settings)
        stats = col.stats()
        from quizapp.core.quiz.confusions import confusions_by_topic

        mixed = confusions_by_topic(col)
    if args.json:
        data = stats_to_dict(stats)
        data["confusions"] = [confusion_dict(t) for t in mixed]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(summary(stats))
        if mixed:
            print("What you mix up (chosen → right, times):")
            for topic in mixed[:5]:
                for c in topic.confusions[:3]:
                    print(f"  {topic.title}: {c.chosen} → {c.right} ({c.times}×)")
    return 0


def confusion_dict(topic: TopicConfusions) -> dict[str, object]:
    """One topic's confusions as JSON data (what the statistics screen lists)."""
    return {"bank": topic.bank, "topic": topic.topic, "title": topic.title,
            "confusions": [{"item": c.item, "question": c.question, "chosen": c.chosen,
                            "right": c.right, "times": c.times,
                            "last": c.last.isoformat()} for c in topic.confusions]}


def _backup(args: argparse.Namespace) -> int:
    from quizapp.core.storage.backup import create_backup
    from quizapp.core.clock import SystemClock
    from quizapp.core.datafolder.paths import backups_dir, data_dir, db_path
    from quizapp.core.storage import Database

    folder = data_dir(args.data_dir)
    if not db_path(folder).exists():
        print(f"nothing to back up: no progress database in {folder}")
        return 0
    # A backup only reads: it works while the app is studying (WAL), and is consistent.
    db = Database.open(db_path(folder), busy_timeout_ms=args.busy_timeout_ms)
    try:
        path = create_backup(db, backups_dir(folder), SystemClock().now())
    finally:
        db.close()
    print(f"backed up to {path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from quizapp.commands.recover import report_restore
    from quizapp.core.storage.backup import restore_checked
    from quizapp.core.clock import SystemClock
    from quizapp.core.errors import QuizAppError, StorageError
    from quizapp.core.datafolder.paths import data_dir
    from quizapp.core.storage.db import validated_copy

    source = Path(args.file)
    with ExitStack() as stack:
        try:
            checked, version = stack.enter_context(validated_copy(source))
        except StorageError as exc:
            # About the file given, not the progress database: no recovery advice.
            raise QuizAppError(f"cannot restore from it: {exc}") from None
        outcome = restore_checked(data_dir(args.data_dir), checked, version, source,
                                  SystemClock().now(), busy_timeout_ms=args.busy_timeout_ms)
    report_restore(outcome)
    return 0


def _duration(ms: int) -> str:
    minutes = round(ms / 60000)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.0%}"


def summary(s: Stats) -> str:
    """A readable plain-text digest of ``s`` (the CLI's default output)."""
    st = s.states
    week = s.forecast[1:8]
    lines = [
        f"Statistics for {s.today_date.isoformat()}",
        f"Today: {s.today.reviews} reviews in {_duration(s.today.time_ms)}, "
        f"{s.today.again} again",
        f"Streak: {s.streak.current} days (longest {s.streak.longest})",
        f"Cards: {st.new} new, {st.learning} learning, {st.review} review, "
        f"{st.relearning} relearning; {st.leeches} leeches",
        f"Due today: {s.forecast[0].due}; next 7 days: {sum(f.due for f in week)}",
        f"True retention, last 30 days: {_percent(s.true_retention.rate)}",
        f"Total: {s.totals.reviews} reviews on {s.totals.days_studied} days, "
        f"{_duration(s.totals.time_ms)}",
        f"Quizzes: {s.totals.quizzes} taken, {s.totals.quiz_correct} of "
        f"{s.totals.quiz_questions} answers right",
    ]
    studied = [m for m in s.topics if m.has_evidence][:5]
    if studied:
        days = studied[0].days_ahead
        lines.append(f"Weakest topics (share of their facts predicted to be remembered in "
                     f"{days} day{'s' if days != 1 else ''}):")
        lines += [f"  {m.mastery:4.0%}  {m.title}"
                  + ("" if m.complete else f" ({m.facts_seen} of {m.facts} studied)")
                  for m in studied]
    return "\n".join(lines)
