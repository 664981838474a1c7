"""`quizapp export` (Anki package, CSV of items and history) and `quizapp optimize`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI starts through this module: keep its import light
    from quizapp.core.collection import Collection

_EXPORT_HELP = """\
Write the learner's cards and history to files other programs read. Give at least one of
--anki, --csv and --history (any combination in one run). Without --bank every bank is
exported. Each file is written under a temporary name and renamed when complete; nothing is
written when an output folder does not exist.

  --anki    one note per flashcard (Front, Back, Source, Topic; tagged with its topic), one
            deck per bank named after its title. Importing a newer export into Anki updates
            the notes it already has instead of adding copies. Quiz questions are not
            included (Anki has no multiple-choice note type).
  --csv     every item of the banks: bank, id, kind, topic, prompt, answer, options (one
            per line), explanation, source. UTF-8 with a byte-order mark.
  --history every answer given to a flashcard, oldest first: time (UTC), study day, bank,
            item, kind, rating, duration in ms, state, interval and stability after.
"""

_OPTIMIZE_HELP = """\
Fit the scheduler's FSRS weights to your own answers (once there are at least 500), and
compare how well the current and the fitted weights predict the answers of cards the fit
did not see (log loss: lower is better). Nothing changes unless --apply is given and the
fitted weights predict better; they are then saved in the settings file.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the export and optimise commands to ``sub``."""
    p = sub.add_parser("export", help="export flashcards to Anki, items or history to CSV",
                       description=_EXPORT_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--anki", metavar="OUT.apkg", type=Path,
                   help="write the flashcards as an Anki package")
    p.add_argument("--csv", metavar="OUT.csv", type=Path,
                   help="write every item (flashcards and questions) as CSV")
    p.add_argument("--history", metavar="OUT.csv", type=Path,
                   help="write the review history as CSV")
    p.add_argument("--bank", metavar="ID", help="export only this bank (and its history)")
    p.set_defaults(func=_export)

    p = sub.add_parser("optimize", help="fit the review schedule to your own answers",
                       description=_OPTIMIZE_HELP)
    p.add_argument("--apply", action="store_true",
                   help="save the fitted weights if they predict better than the current ones")
    p.add_argument("--seed", type=int, default=0,
                   help="seed for choosing the held-out cards and training (default 0)")
    p.set_defaults(func=_optimize)


def _export(args: argparse.Namespace) -> int:
    from quizapp.core.collection import Collection
    from quizapp.core.errors import ExportError
    from quizapp.core.export import export_collection

    if not (args.anki or args.csv or args.history):
        raise ExportError("nothing to export: give --anki OUT.apkg, --csv OUT.csv "
                          "and/or --history OUT.csv")
    with Collection.open(args.data_dir) as col:
        _warn(col)
        report = export_collection(col, anki=args.anki, items_csv=args.csv,
                                   history_csv=args.history, bank=args.bank)
    if report.anki:
        print(f"{report.anki.path}: {report.anki.notes} flashcards in "
              f"{report.anki.decks} deck{'s' if report.anki.decks != 1 else ''}")
    if report.items:
        print(f"{report.items.path}: {report.items.rows} items")
    if report.history:
        print(f"{report.history.path}: {report.history.rows} reviews")
    return 0


def _optimize(args: argparse.Namespace) -> int:
    import random
    from dataclasses import replace

    from quizapp.core.collection import Collection
    from quizapp.core.errors import SettingsError
    from quizapp.core.study.optimize import optimize
    from quizapp.core.datafolder.paths import config_dir
    from quizapp.core.datafolder.settings import load_settings, save_settings, settings_path

    path = settings_path(config_dir(args.data_dir))
    loaded = load_settings(path)
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.apply and loaded.warnings:
        # Saving would replace the broken values with defaults behind the learner's back.
        raise SettingsError(f"{path} has problems (above); fix them before --apply")
    config = loaded.settings.scheduler_config()
    with Collection.open(args.data_dir, config=config) as col:
        _warn(col)
        result = optimize(col, random.Random(args.seed))
    print(f"reviews used: {result.reviews_used} on {result.cards} cards "
          f"({result.held_out_cards} cards held out to compare)")
    print(f"log loss on held-out reviews: current {result.log_loss_before:.4f}, "
          f"fitted {result.log_loss_after:.4f} (lower predicts better)")
    print("fitted weights: " + " ".join(f"{w:g}" for w in result.parameters))
    if not result.improved:
        print("the fitted weights do not predict better; the schedule stays as it is")
    elif not args.apply:
        print("run again with --apply to use them")
    else:
        save_settings(replace(loaded.settings, fsrs_parameters=result.parameters), path)
        print(f"applied: the fitted weights are saved in {path}")
    return 0


def _warn(col: Collection) -> None:
    for problem in col.problems:
        print(f"warning: skipped bank: {problem.error}", file=sys.stderr)
    if col.backup_error is not None:
        print(f"warning: daily backup failed: {col.backup_error}", file=sys.stderr)
