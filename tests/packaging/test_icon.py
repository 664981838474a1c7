"""The app icon: the committed PNGs are the SVG's renderings, each size still shows the card
and its check mark, and the app puts the icon on its windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.datafolder.desktop import shipped_icons
from quizapp.core.errors import ResourceMissingError
from quizapp.gui import icon
from tests.helpers import ROOT
from tests.packaging.installs import ci_module

ICONS = ROOT / "resources" / "icons"


def _pixels(path: Path) -> list[QColor]:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def test_the_pngs_are_the_svg_rendered_by_the_ci_script(tmp_path: Path, qapp: QApplication) -> None:
    script = ci_module("icons")
    fresh = script.render(ICONS / "quizapp.svg", tmp_path)
    assert [p.name for p in fresh] == [ICONS.joinpath(p.name).name for p in fresh]
    assert sorted(shipped_icons()) == list(script.SIZES)
    for new in fresh:
        old = ICONS / new.name
        assert QImage(str(old)).size() == QImage(str(new)).size()
        worst = max(max(abs(a.red() - b.red()), abs(a.green() - b.green()),
                        abs(a.blue() - b.blue()), abs(a.alpha() - b.alpha()))
                    for a, b in zip(_pixels(old), _pixels(new), strict=True))
        # Antialiasing may differ by a step between Qt builds; a changed drawing does not.
        assert worst <= 8, f"{old.name} is out of date: run .ci/icons.py"


@pytest.mark.parametrize("size", [16, 32, 256])
def test_every_size_shows_a_white_card_with_a_green_check(size: int) -> None:
    colours = _pixels(shipped_icons()[size])
    opaque = [c for c in colours if c.alpha() == 255]
    card = [c for c in opaque if min(c.red(), c.green(), c.blue()) > 235]
    check = [c for c in opaque if c.green() > c.red() + 60 and c.green() > c.blue() + 30]
    frame = [c for c in opaque if c.blue() > c.red() + 80 and c.blue() > c.green() + 50]
    area = size * size
    # Clear shapes, each a real part of the picture even at 16 px.
    assert len(card) > area * 0.12 and len(check) > area * 0.04 and len(frame) > area * 0.25
    # The rounded corners are transparent (it sits on any panel colour).
    assert colours[0].alpha() == 0


def test_the_app_puts_the_icon_on_its_windows(qtbot: QtBot, qapp: QApplication) -> None:
    icon.install(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert sizes == set(shipped_icons())
    assert window.windowIcon().pixmap(16, 16).toImage().pixelColor(8, 8).alpha() == 255


def test_without_its_icon_files_the_app_goes_on_and_says_so(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        qapp: QApplication) -> None:
    def missing() -> dict[int, Path]:
        raise ResourceMissingError("this quizapp installation is incomplete: no quizapp-*.png")

    monkeypatch.setattr(icon, "shipped_icons", missing)
    icon.install(qapp)
    assert capsys.readouterr().err == (
        "quizapp: warning: this quizapp installation is incomplete: no quizapp-*.png\n")
