#!/usr/bin/env python3
"""Render each item kind in study and in a quiz to docs/screenshots/kinds/ (1024x640).

Run inside the venv: `python .ci/screenshots_kinds.py`. The banks are generated from the
solar-vs-wind fixture articles (Latvian and English), reordered so that study starts with a
cloze and an order item; each quiz kind is shown by starting a one-question quiz on it.
Rendering is offscreen (`QWidget.grab`), one fresh process per language.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots" / "kinds"
ARTICLES = {"lv": "saules-pret-veja-energiju.txt", "en": "solar-vs-wind-power.txt"}
SIZE = (1024, 640)


def _bank(language: str, folder: Path) -> None:
    """The article's bank with a cloze and an order item first (study takes new cards in
    bank order)."""
    from dataclasses import replace

    from quizapp.core.banks.io import write_bank
    from quizapp.core.banks.model import ItemKind
    from quizapp.core.generate.pipeline import bank_from_file

    bank = bank_from_file(ROOT / "tests" / "fixtures" / "documents" / ARTICLES[language])
    first = [next(i for i in bank.items if i.kind is k) for k in (ItemKind.CLOZE,
                                                                  ItemKind.ORDER)]
    rest = [i for i in bank.items if i not in first]
    folder.mkdir(parents=True, exist_ok=True)
    write_bank(replace(bank, items=tuple(first + rest)), folder / f"{bank.meta.id}.yaml")


def render(data: Path, banks: Path, language: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from quizapp.core.banks.io import load_bank
    from quizapp.core.banks.model import ChoiceForm, ItemKind
    from quizapp.core.clock import SystemClock
    from quizapp.core.datafolder.settings import Theme
    from quizapp.core.quiz.engine import QuizQuestion, QuizSession, TimeLimit
    from quizapp.core.study.cards import Rating
    from quizapp.core.study.scope import StudyScope
    from quizapp.gui import i18n, theme
    from quizapp.gui.app import build_context
    from quizapp.gui.mainwindow import MainWindow

    app = QApplication([])
    i18n.install(app, language)
    bank = load_bank(next(banks.glob("*.yaml")))

    def wait(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(check, ms: int = 10000) -> None:  # type: ignore[no-untyped-def]
        for _ in range(ms // 50):
            if check():
                return
            wait(50)
        raise TimeoutError("the screen did not get ready")

    found = {
        "cloze": next((i for i in bank.items if i.kind is ItemKind.CLOZE), None),
        "order": next((i for i in bank.items if i.kind is ItemKind.ORDER), None),
        "not": next((i for i in bank.items if i.form is ChoiceForm.NOT), None),
        "sides": next((i for i in bank.items if i.form is ChoiceForm.SIDES), None),
        "true-false": next((i for i in bank.items if i.kind is ItemKind.TRUE_FALSE), None),
    }
    picks = {name: item for name, item in found.items() if item is not None}
    for th in (Theme.LIGHT, Theme.DARK):
        if language != "en" and th is Theme.DARK:
            continue
        theme.apply(app, th)
        ctx = build_context(data / th.value, data / th.value, SystemClock(), bank_dirs=[banks])
        ctx.backend.open()
        win = MainWindow(ctx)
        win.resize(*SIZE)
        win.show()
        until(lambda: win.home.overview is not None)
        prefix = f"{language}-{th.value}"

        def shot(name: str) -> None:
            wait(300)
            win.grab().save(str(OUT / f"{prefix}-{name}.png"))

        win.show_study(StudyScope())
        for kind in ("cloze", "order"):
            until(lambda: not win.study._busy and win.study.step is not None
                  and win.study.step.card is not None)
            shot(f"study-{kind}-front")
            win.study.reveal()
            shot(f"study-{kind}-answer")
            win.study.rate(Rating.GOOD)
        win.show_custom_quiz()
        quiz = win.quiz
        until(lambda: quiz.setup.topics_loaded)
        for name, item in picks.items():
            quiz.stack.setCurrentWidget(quiz.run)
            quiz.run.begin(QuizSession([QuizQuestion(bank.meta.id, item)], TimeLimit.none()),
                           True)
            wait(200)
            if item.kind is ItemKind.ORDER:
                shown = item.shown_order
                quiz.run.choose(shown.index(0))  # the first step picked, the rest to go
                shot(f"quiz-{name}-question")
                wrong = [shown.index(k) for k in (2, 1) if k < len(shown)]
                for i in wrong + [j for j in range(len(shown)) if j not in wrong]:
                    quiz.run.choose(i)
            else:
                shot(f"quiz-{name}-question")
                quiz.run.choose(item.correct if name != "not" else (item.correct + 1) % 2)
            shot(f"quiz-{name}-feedback")
            quiz.run.abandon()
        win.close()
        ctx.backend.shutdown()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) == 5 and sys.argv[1] == "--render":
        render(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
        return 0
    with tempfile.TemporaryDirectory(prefix="quizapp-kinds-") as tmp:
        for language in ARTICLES:
            banks = Path(tmp) / f"banks-{language}"
            _bank(language, banks)
            subprocess.run([sys.executable, __file__, "--render", str(Path(tmp) / language),
                            str(banks), language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
