#!/usr/bin/env python3
"""Render the app icon's PNG sizes from resources/icons/quizapp.svg with Qt's SVG renderer.

Run after changing the SVG: ``.venv/bin/python .ci/icons.py`` (writes
``resources/icons/quizapp-<size>.png``; the PNGs are committed, so neither the app nor an
install needs to render SVG for its window and menu icon).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "quizapp.svg"
# The sizes desktops ask the hicolor theme for (menus, task bars, file managers, docks).
SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    """The file name of the ``size`` px rendering."""
    return f"quizapp-{size}.png"


def render(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render ``svg`` at each size (transparent corners, antialiased) into ``out_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {svg}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / png_name(size)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"icons: cannot write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render(SVG, ICONS):
        print(written_path.relative_to(ROOT))
    sys.exit(0)
