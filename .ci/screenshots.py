#!/usr/bin/env python3
"""Render every screen to docs/screenshots/ (1280x800; light and dark; English and Latvian).

Run inside the venv: `python .ci/screenshots.py [--size 1280x800] [--out docs/screenshots]`;
`--size 1024x640 --tag small` renders the same screens at the smallest size supported, named
`<language>-<theme>-small-<screen>.png`.
A throw-away data folder gets six weeks of simulated study of the built-in article and a few
quizzes, so the screens show real numbers. Rendering is offscreen (`QWidget.grab`), one
fresh process per language so the translators do not mix.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENS = ("home", "study-front", "study-answer", "study-more", "quiz-setup",
           "quiz-question", "quiz-feedback", "quiz-timeout", "quiz-results",
           "quiz-results-confusions", "statistics", "statistics-charts",
           "statistics-confusions", "document", "document-raw", "settings", "browse",
           "edit-dialog", "add-dialog", "import-preview")
BANK = "socialie-mediji-pret-ietekmetaju-marketingu"


def seed_material(data: Path) -> None:
    """The learner's hand on the material: an edit, a suspended and a flagged card, and an
    item of their own (Browse shows each)."""
    from quizapp.core.banks.model import ItemKind
    from quizapp.core.collection import Collection
    from quizapp.core.material.drafts import ItemDraft
    from quizapp.core.material.marks import FlagReason
    from quizapp.core.material.service import ItemRef

    with Collection.open(data, auto_backup=False) as col:
        ref = ItemRef(BANK, "table/sasniegt/a/mc")
        item = col.material.item(ref)
        col.material.edit(ref, ItemDraft(
            item.kind, "Kurā pieejā saturu veido ietekmētājs, ievērojot zīmola vadlīnijas?",
            options=item.options, right=(item.correct,), explanation=item.explanation))
        col.material.suspend([ItemRef(BANK, "table/kontrole/a/card")])
        col.material.flag([ItemRef(BANK, "table/kontrole/b/card")], FlagReason.AMBIGUOUS)
        col.material.add(BANK, "Mani jautājumi", ItemDraft(
            ItemKind.FLASHCARD, "Ko nozīmē SMM?", "Sociālo mediju mārketings"), new_topic=True)


def seed(data: Path) -> None:
    """Six weeks of study through the core, ending yesterday, plus three quizzes."""
    from quizapp.core.clock import FixedClock
    from quizapp.core.collection import Collection
    from quizapp.core.quiz.engine import QuizConfig, TimeLimit
    from tests.core.simulate import FORGETFUL, Learner

    today = datetime.now(timezone.utc).date()
    start = datetime.combine(today - timedelta(days=42), time(7), timezone.utc)
    clock = FixedClock(start)
    col = Collection.open(data, clock=clock, auto_backup=False)
    learner = Learner(FORGETFUL, random.Random(3))
    rng = random.Random(5)
    try:
        for d in range(42):
            if rng.random() < 0.15:
                continue  # a day off now and then
            clock.set(datetime.combine(start.date() + timedelta(days=d), time(7), timezone.utc))
            for _ in range(60):
                card = col.next_card()
                if card is None:
                    break
                col.answer(card, learner.answer(card.key, col.today()), rng.randint(3000, 15000))
                clock.advance(seconds=rng.randint(5, 40))
            if d % 12 == 5:
                session = col.build_quiz(QuizConfig(count=8, time_limit=TimeLimit.none()), rng)
                session.start(clock.now())
                while (q := session.current(clock.now())) is not None:
                    clock.advance(seconds=rng.randint(4, 12))
                    right = q.item.correct
                    session.answer(right if rng.random() < 0.7 else (right + 1) % q.item.option_count,
                                   clock.now())
                col.record_quiz(session.result())
    finally:
        col.close()


def render(data: Path, out: Path, language: str, size: tuple[int, int], tag: str = "") -> None:
    from PySide6.QtWidgets import QApplication

    from quizapp.core.clock import FixedClock
    from quizapp.core.study.scope import StudyScope
    from quizapp.core.datafolder.settings import Theme
    from quizapp.gui import i18n, theme
    from quizapp.gui.app import build_context
    from quizapp.gui.mainwindow import MainWindow

    app = QApplication([])
    i18n.install(app, language)

    from shotwait import until, wait

    for th in (Theme.LIGHT, Theme.DARK):
        theme.apply(app, th)
        # A clock the script moves: a per-question time-out without waiting for it.
        clock = FixedClock(datetime.now(timezone.utc))
        ctx = build_context(data, data, clock)
        ctx.settings.value = replace(ctx.settings.value, quick_quiz_explained=True)
        ctx.backend.open()
        win = MainWindow(ctx)
        win.resize(*size)
        win.show()
        until(lambda: win.home.overview is not None)
        wait(600)
        prefix = f"{language}-{th.value}" + (f"-{tag}" if tag else "")

        def shot(name: str) -> None:
            wait(300)
            win.grab().save(str(out / f"{prefix}-{name}.png"))

        shot("home")
        win.show_study(StudyScope())
        until(lambda: win.study.step is not None and win.study.step.card is not None)
        shot("study-front")
        win.study.reveal()
        shot("study-answer")
        from quizapp.gui.views.study.more import StudyMoreDialog

        more = StudyMoreDialog.ask(ctx, win, lambda _scope: None)
        until(lambda: more.options is not None)
        more.ahead_choice.setChecked(True)
        more.ahead_days.setValue(3)
        wait(300)
        more.grab().save(str(out / f"{prefix}-study-more.png"))
        more.reject()
        win.show_custom_quiz()
        quiz = win.quiz
        until(lambda: quiz.setup.topics_loaded)
        shot("quiz-setup")
        quiz.setup.count.setValue(5)
        quiz.setup.whole.setChecked(True)
        quiz.setup.feedback.setChecked(True)
        quiz.setup.start_button.click()
        until(lambda: quiz.run.state == "question")
        shot("quiz-question")
        quiz.run.choose(1)
        shot("quiz-feedback")
        while quiz.stack.currentWidget() is not quiz.results:
            if quiz.run.state == "question":
                quiz.run.choose(0)
            else:
                quiz.run.continue_()
            wait(100)
        until(lambda: "…" not in quiz.results.relearn.text())
        shot("quiz-results")
        until(lambda: quiz.results.confusions_frame.isVisible())
        quiz.results.scroll_area.ensureWidgetVisible(quiz.results.confusions_frame)
        shot("quiz-results-confusions")
        win.show_custom_quiz()
        until(lambda: quiz.setup.topics_loaded)
        quiz.setup.count.setValue(3)
        quiz.setup.per_question.setChecked(True)
        quiz.setup.seconds.setValue(12)
        quiz.setup.feedback.setChecked(True)
        quiz.setup.start_button.click()
        until(lambda: quiz.run.state == "question")
        clock.advance(seconds=13)
        until(lambda: quiz.run.state == "feedback")
        shot("quiz-timeout")
        quiz.run.abandon()
        win.show_stats()
        until(lambda: win.stats.stats is not None)
        shot("statistics")
        bar = win.stats.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        shot("statistics-charts")
        assert win.stats.confusions is not None
        win.stats.scroll_area.ensureWidgetVisible(win.stats.confusions.panel)
        shot("statistics-confusions")
        win.show_document("socialie-mediji-pret-ietekmetaju-marketingu", 33)
        wait(800)
        shot("document")
        win.document.raw_button.setChecked(True)
        wait(300)
        shot("document-raw")
        win.document.raw_button.setChecked(False)
        win.show_settings()
        shot("settings")
        win.show_browse()
        until(lambda: win.browse.model.rowCount() > 0)
        win.browse.search.setText("kontrole")
        win.browse.search_now()
        win.browse.table.selectRow(1)
        shot("browse")
        from quizapp.core.material.service import ItemRef

        win.browse.actions.edit(ItemRef(BANK, "table/sasniegt/a/mc"))
        until(lambda: win.browse.actions.dialog is not None)
        edit = win.browse.actions.dialog
        assert edit is not None
        wait(300)
        edit.grab().save(str(out / f"{prefix}-edit-dialog.png"))
        edit.reject()
        win.show_add()
        until(lambda: win.adding.dialog is not None)
        add = win.adding.dialog
        assert add is not None
        add.kinds.buttons[1].click()
        add.form.prompt.setPlainText(
            "Kura pieeja parasti dod zīmolam lielāku kontroli pār ziņojumu?")
        for box, text in zip(add.form.option_edits, ("Sociālo mediju mārketings",
                                                     "Ietekmētāju mārketings")):
            box.setText(text)
        add.form.right_buttons[0].setChecked(True)
        wait(300)
        add.grab().save(str(out / f"{prefix}-add-dialog.png"))
        add.reject()
        win.show_home()
        win.importer.import_file(ROOT / "tests" / "fixtures" / "documents" / "coffee-vs-tea.html")
        until(lambda: win.importer.preview_dialog is not None)
        wait(300)
        dialog = win.importer.preview_dialog
        assert dialog is not None
        dialog.grab().save(str(out / f"{prefix}-import-preview.png"))
        dialog.reject()
        win.close()
        ctx.backend.shutdown()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--languages", default="en,lv")
    ap.add_argument("--tag", default="", help="a word in every file name (e.g. small)")
    ap.add_argument("--render", nargs=2, metavar=("DATA", "LANGUAGE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.render:
        render(Path(args.render[0]), out, args.render[1], size,  # type: ignore[arg-type]
               args.tag)
        return 0
    with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as tmp:
        data = Path(tmp) / "data"
        seed(data)
        seed_material(data)
        for language in args.languages.split(","):
            # A fresh copy per language: each render studies a card and takes a quiz.
            copy = Path(tmp) / f"data-{language}"
            subprocess.run(["cp", "-r", str(data), str(copy)], check=True)
            subprocess.run([sys.executable, __file__, "--render", str(copy), language,
                            "--size", args.size, "--out", str(out), "--tag", args.tag],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
