#!/usr/bin/env python3
"""Render exam mode and typed answers to docs/screenshots/exam/ (light and dark, English and
Latvian; 1280x800, and 1024x640 to check that nothing is cut).

Run inside the venv: `python .ci/screenshots_exam.py`. A learner sets an exam ten days ahead
on 2 March 2026 and studies the built-in article for three days (a simulated learner
through the core); the shots are taken on the fourth morning: home's plan, the statistics'
exam card and the settings' exam and easy days. Typed answers are shown on a fresh folder
whose bank has its short answers first: one typed right, one almost (no diacritics), one
wrong. Rendering is offscreen (`QWidget.grab`) on a fixed clock, one process per language.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots" / "exam"
RIGA = ZoneInfo("Europe/Riga")
START = datetime(2026, 3, 2, 7, 0, tzinfo=timezone.utc)  # a Monday, 9:00 in Riga
SETTINGS = "exam_date: 2026-03-12\ntyped_answers: true\n" \
           "easy_days: [normal, normal, normal, normal, normal, reduced, minimum]\n"
WRONG = "Ietekmētājs runā ar saviem sekotājiem"
# The shots kept (each run renders every screen; these are the ones worth a look).
KEEP = {
    *(f"{p}-home-plan" for p in ("en-light", "en-dark", "lv-light", "lv-dark",
                                 "en-light-small", "lv-dark-small")),
    *(f"{p}-typed-{v}" for p in ("en-light", "en-dark", "lv-light", "lv-dark")
      for v in ("right", "almost", "wrong")),
    "en-light-typed-front", "en-light-small-typed-almost", "lv-dark-small-typed-wrong",
    *(f"{p}-settings-exam-easy-days" for p in ("en-light", "en-dark", "lv-light")),
    "en-light-statistics-exam", "lv-dark-statistics-exam",
    "en-light-exam-date-dialog", "lv-light-exam-date-dialog",
}


def _banks(folder: Path) -> None:
    """The built-in bank with its typeable flashcards first (new cards come in bank order)."""
    from dataclasses import replace

    from quizapp.core.banks.io import load_bank, write_bank
    from quizapp.core.collection import StudyCard
    from quizapp.core.study.cards import NEW_CARD
    from quizapp.gui.views.study.typing import expected_answer
    from tests.helpers import COMMITTED_BANK

    bank = load_bank(COMMITTED_BANK)

    def typeable(item: object) -> bool:
        return expected_answer(StudyCard(0, "", item, "", NEW_CARD)) is not None  # type: ignore[arg-type]

    first = [i for i in bank.items if typeable(i)]
    folder.mkdir(parents=True, exist_ok=True)
    write_bank(replace(bank, items=tuple(first + [i for i in bank.items if i not in first])),
               folder / f"{bank.meta.id}.yaml")


def seed(data: Path, banks: Path, days: int) -> None:
    """``days`` days of study from START (at 08:00 UTC) by a simulated learner, as the
    settings say."""
    from quizapp.core.clock import FixedClock
    from quizapp.core.collection import Collection
    from quizapp.core.datafolder.settings import load_settings
    from tests.core.simulate import DEFAULTS, Learner, simulate

    data.mkdir(parents=True)
    (data / "settings.yaml").write_text(SETTINGS, encoding="utf-8")
    col = Collection.open(data, clock=FixedClock(START), tz=RIGA, bank_dirs=[banks],
                          auto_backup=False)
    col.use_settings(load_settings(data / "settings.yaml").settings)
    simulate(col, Learner(DEFAULTS, random.Random(4)), days, start=START)
    col.close()


def render(tmp: Path, language: str) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from quizapp.core.clock import FixedClock
    from quizapp.core.datafolder.settings import Theme
    from quizapp.core.language.fold import strip_diacritics
    from quizapp.core.study.scope import StudyScope
    from quizapp.gui import i18n, theme
    from quizapp.gui.app import build_context
    from quizapp.gui.mainwindow import MainWindow

    app = QApplication([])
    i18n.install(app, language)

    from shotwait import until, wait

    for th in (Theme.LIGHT, Theme.DARK):
        theme.apply(app, th)
        for size in ((1280, 800), (1024, 640)):
            prefix = f"{language}-{th.value}" + ("" if size[0] == 1280 else "-small")
            for kind in ("plan", "typed"):
                data = tmp / f"{kind}-{language}-{th.value}-{size[0]}"
                subprocess.run(["cp", "-r", str(tmp / kind), str(data)], check=True)
                clock = FixedClock(START + timedelta(days=3 if kind == "plan" else 0))
                ctx = build_context(data, data, clock, tz=RIGA, bank_dirs=[tmp / "banks"])
                ctx.backend.open()
                win = MainWindow(ctx)
                win.resize(*size)
                win.show()
                until(lambda: win.home.exam_panel is not None
                      and win.home.exam_panel.plan is not None)

                def shot(name: str, widget: QWidget | None = None) -> None:
                    if f"{prefix}-{name}" in KEEP:
                        wait(300)
                        (widget or win).grab().save(str(OUT / f"{prefix}-{name}.png"))

                if kind == "plan":
                    shot("home-plan")
                    if size[0] == 1280:
                        win.show_stats()
                        until(lambda: win.stats.stats is not None)
                        wait(600)
                        scroll = win.stats.scroll_area
                        top = win.stats.exam.panel.mapTo(scroll.widget(), QPoint(0, 0)).y()
                        scroll.verticalScrollBar().setValue(top - 12)
                        shot("statistics-exam")
                        win.show_settings()
                        wait(300)
                        scroll = win.settings.findChild(QScrollArea)
                        assert scroll is not None
                        scroll.ensureWidgetVisible(win.settings.form.exam.load_group, 0, 0)
                        shot("settings-exam-easy-days")
                        win.show_home()
                        win.home.exam_panel.choose_date()  # type: ignore[union-attr]
                        dialog = win.home.exam_panel.dialog  # type: ignore[union-attr]
                        assert dialog is not None
                        shot("exam-date-dialog", dialog)
                        dialog.close()
                else:
                    study = win.study
                    win.show_study(StudyScope())
                    for verdict in ("right", "almost", "wrong"):
                        until(lambda: not study.busy and study.step is not None
                              and study.step.card is not None and study.typing.active)
                        expected = study.typing.expected or ""
                        if verdict == "right":
                            shot("typed-front")
                        # Right as the card has it; almost without its diacritics.
                        study.typing.field.setText(
                            expected if verdict == "right" else WRONG if verdict == "wrong"
                            else strip_diacritics(expected).lower())
                        study.reveal()
                        shot(f"typed-{verdict}")
                        study.rate(study.typing.suggested)  # type: ignore[arg-type]
                win.close()
                ctx.backend.shutdown()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) == 4 and sys.argv[1] == "--render":
        render(Path(sys.argv[2]), sys.argv[3])
        return 0
    with tempfile.TemporaryDirectory(prefix="quizapp-exam-") as name:
        tmp = Path(name)
        _banks(tmp / "banks")
        seed(tmp / "plan", tmp / "banks", days=3)
        seed(tmp / "typed", tmp / "banks", days=0)
        for language in ("en", "lv"):
            subprocess.run([sys.executable, __file__, "--render", str(tmp), language],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
