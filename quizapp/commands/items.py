"""`quizapp items`: list items with Browse's query and columns, and act on them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the GUI starts through the command modules: keep the import light
    from quizapp.core.collection import Collection
    from quizapp.core.material.rows import BrowseRow

_HELP = """\
List the items of your banks with the Browse screen's columns, or act on them.

  quizapp items [QUERY]                   list (QUERY: Browse's search, e.g. 'is:due
                                          topic:kontrole'); --json for every field
  quizapp items suspend|restore|bury ID…  take out of study and quizzes / bring back /
                                          hide until the next study day
  quizapp items flag ID… [--reason R]     flag as a bad question (wrong, ambiguous,
                                          gives-away, ungrammatical, trivial)
  quizapp items unflag ID…                clear the flag
  quizapp items edit ID --set FIELD=VALUE…
  quizapp items revert ID                 undo the edit in force (the history keeps it)
  quizapp items add --bank B --topic T --kind K --set FIELD=VALUE… [--new-topic]

ID is an item's id as listed (BANK:ID when several banks have it). FIELDs: question
(front), back, explanation, options (a YAML list: options='[Jā, Nē]'), answer (the right
option's text or number; true or false). Edits are checked as the app's dialogs check them
and kept in your progress, never in the bank file: they survive regenerating the bank. An
unknown id or field prints one line and exits with code 2.
"""

ACTIONS = ("suspend", "restore", "bury", "flag", "unflag", "edit", "revert", "add")
KIND_WORDS = {"flashcard": "card", "multiple_choice": "choice", "true_false": "truefalse",
              "cloze": "cloze", "order": "order"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the items command to ``sub``."""
    p = sub.add_parser("items", help="list, edit, add, suspend and flag items",
                       description=_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("words", nargs="*", metavar="QUERY | ACTION ID",
                   help="a search, or an action and item ids")
    p.add_argument("--json", action="store_true", help="print the items as JSON")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="a field of the item (edit, add); repeat for more")
    p.add_argument("--bank", help="the bank to add to (add)")
    p.add_argument("--topic", help="the topic (its id, or with --new-topic its title) (add)")
    p.add_argument("--new-topic", action="store_true", help="make --topic a new topic (add)")
    p.add_argument("--kind", help="card, choice or truefalse (add)")
    p.add_argument("--reason", default="wrong", help="why it is flagged (flag)")
    p.set_defaults(func=_items)


def _items(args: argparse.Namespace) -> int:
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.paths import config_dir
    from quizapp.core.datafolder.settings import load_settings, settings_path

    loaded = load_settings(settings_path(config_dir(args.data_dir)))
    action = args.words[0] if args.words and args.words[0] in ACTIONS else None
    with Collection.open(args.data_dir, config=loaded.settings.scheduler_config(),
                         busy_timeout_ms=args.busy_timeout_ms) as col:
        for problem in col.problems:
            print(f"warning: skipped bank: {problem.error}", file=sys.stderr)
        if action is None:
            return _list(col, " ".join(args.words), args.json)
        return _act(col, action, args.words[1:], args)


def _list(col: Collection, query: str, as_json: bool) -> int:
    from quizapp.core.material.browse import BrowseTable, browse_rows

    table = BrowseTable(browse_rows(col), col.today())
    rows = [table.rows[i] for i in table.search(query)]
    several = len(col.bank_ids) > 1
    if as_json:
        print(json.dumps([_row_dict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"{'ID':<34} {'KIND':<9} {'TOPIC':<20} {'QUESTION':<44} {'DUE':<10} {'IVL':>5} "
          f"{'RECALL':>6} {'LAPSES':>6} {'QUIZ':>9}  MARKS")
    for r in rows:
        name = f"{r.bank}:{r.key}" if several else r.key
        quiz = f"{r.quiz_right}/{r.quiz_answered}" if r.quiz_answered else "–"
        print(f"{_cut(name, 34):<34} {KIND_WORDS[r.kind.value]:<9} {_cut(r.topic_title, 20):<20} "
              f"{_cut(r.question, 44):<44} {_due(r):<10} "
              f"{'–' if r.interval is None else str(r.interval) + 'd':>5} "
              f"{'–' if r.recall is None else format(r.recall, '.0%'):>6} {r.lapses:>6} "
              f"{quiz:>9}  {', '.join(_marks(r, col.today()))}")
    print(f"{len(rows)} item{'s' if len(rows) != 1 else ''}")
    return 0


def _act(col: Collection, action: str, ids: list[str], args: argparse.Namespace) -> int:
    from quizapp.core.errors import QuizAppError
    from quizapp.core.material.drafts import ItemDraft
    from quizapp.core.material.fields import apply_fields, parse_sets
    from quizapp.core.material.marks import LEARNER_FLAGS, flag_named

    material = col.material
    if action == "add":
        if ids:
            raise QuizAppError("add takes no ids: give --bank, --topic, --kind and --set")
        return _add(col, args)
    if not ids:
        raise QuizAppError(f"{action} needs at least one item id")
    refs = [material.resolve(i) for i in ids]
    if action in ("edit", "revert") and len(refs) != 1:
        raise QuizAppError(f"{action} takes one item id")
    if action == "edit":
        fields = parse_sets(args.set)
        if not fields:
            raise QuizAppError("nothing to change: give --set FIELD=VALUE")
        draft = apply_fields(ItemDraft.of(material.item(refs[0])), fields)
        _, undo = material.edit(refs[0], draft)
        print(f"{refs[0].key}: {'edited' if undo else 'unchanged (it already says that)'}")
        return 0
    if action == "revert":
        reverted = material.undo_edit(refs[0])
        print(f"{refs[0].key}: {'the edit is undone' if reverted else 'has no edit to undo'}")
        return 0
    if action == "flag":
        try:
            reason = flag_named(args.reason)
        except KeyError:
            words = ", ".join(r.slug for r in LEARNER_FLAGS)
            raise QuizAppError(f"unknown reason '{args.reason}' (reasons: {words})") from None
        material.flag(refs, reason)
    else:
        {"suspend": material.suspend, "restore": material.restore, "bury": material.bury,
         "unflag": material.unflag}[action](refs)
    done = {"suspend": "suspended", "restore": "restored", "bury": "buried until the next "
            "study day", "flag": "flagged", "unflag": "unflagged"}[action]
    for ref in refs:
        print(f"{ref.key}: {done}")
    return 0


def _add(col: Collection, args: argparse.Namespace) -> int:
    from quizapp.core.banks.model import ItemKind
    from quizapp.core.errors import QuizAppError
    from quizapp.core.material.drafts import ADDABLE_KINDS, ItemDraft
    from quizapp.core.material.fields import apply_fields, parse_sets
    from quizapp.core.material.query import KIND_WORDS as QUERY_KINDS

    missing = [name for name in ("bank", "topic", "kind") if not getattr(args, name)]
    if len(col.bank_ids) == 1 and "bank" in missing:
        args.bank = col.bank_ids[0]
        missing.remove("bank")
    if missing:
        raise QuizAppError("add needs " + ", ".join(f"--{m}" for m in missing))
    kind = QUERY_KINDS.get(args.kind.strip().lower().replace("-", "_"))
    if kind not in ADDABLE_KINDS:
        raise QuizAppError(f"unknown kind '{args.kind}' (kinds: card, choice, truefalse)")
    assert isinstance(kind, ItemKind)
    draft = apply_fields(ItemDraft(kind, ""), parse_sets(args.set))
    ref, _ = col.material.add(args.bank, args.topic, draft, new_topic=args.new_topic)
    print(f"{ref.key}: added to {ref.bank}")
    return 0


def _cut(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _due(r: BrowseRow) -> str:
    from quizapp.core.study.cards import CardState
    from quizapp.core.study.day import StudyDay

    if r.state is None:
        return "–"
    if r.state is CardState.NEW or r.due_day is None:
        return "new"
    return StudyDay.date_of(r.due_day).isoformat()


def _marks(r: BrowseRow, today: int) -> list[str]:
    m, e = r.marks, r.edit
    out = []
    if m.suspended:
        out.append("suspended")
    if m.buried(today):
        out.append("buried")
    if m.flag is not None:
        out.append(f"flag:{m.flag.slug}")
    if e.edited:
        out.append("edited")
    if e.source_changed:
        out.append("source changed")
    if e.added:
        out.append("mine")
    if r.leech:
        out.append("leech")
    return out


def _row_dict(r: BrowseRow) -> dict[str, Any]:
    from quizapp.core.study.day import StudyDay

    it = r.item
    return {
        "bank": r.bank, "id": r.key, "kind": it.kind.value, "topic": it.topic,
        "topic_title": r.topic_title, "question": r.question, "answer": it.answer_text,
        "options": list(it.options), "explanation": it.explanation, "fact": it.fact,
        "state": None if r.state is None else r.state.name.lower(),
        "due": None if r.due_day is None else StudyDay.date_of(r.due_day).isoformat(),
        "interval_days": r.interval, "recall": r.recall, "lapses": r.lapses,
        "leech": r.leech, "quiz_answered": r.quiz_answered, "quiz_right": r.quiz_right,
        "suspended": r.marks.suspended, "buried_until": (
            StudyDay.date_of(r.marks.buried_until).isoformat() if r.marks.buried_until
            else None),
        "flag": None if r.marks.flag is None else r.marks.flag.slug,
        "edited": r.edit.edited, "source_changed": r.edit.source_changed,
        "mine": r.edit.added, "source_line": it.source.line,
    }
