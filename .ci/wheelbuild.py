"""Build quizapp's wheel from a clean copy of the checkout.

``pip wheel .`` in the checkout itself leaves setuptools' ``build/`` folder behind, and a
later build would ship files that were deleted since; a copy in a temporary folder cannot.
Used by ``.ci/dev.py bundle`` and by the packaging tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Never part of the wheel: environments, caches, build output, and what only developers read.
_SKIP = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "__pycache__", "*.egg-info",
                               ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis",
                               "tests", "docs")


def build_wheel(out_dir: Path, python: str = sys.executable, root: Path = ROOT) -> Path:
    """Build the wheel of ``root`` into ``out_dir`` with ``python``'s pip; return its path.

    Raises:
        subprocess.CalledProcessError: pip failed (its output has been shown).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-wheel-") as tmp:
        src, made = Path(tmp) / "src", Path(tmp) / "wheel"
        shutil.copytree(root, src, ignore=_SKIP)
        subprocess.run([python, "-m", "pip", "wheel", "-q", "--no-deps", str(src),
                        "-w", str(made)], check=True, stdout=subprocess.DEVNULL)
        (wheel,) = made.glob("quizapp-*.whl")
        return Path(shutil.move(wheel, out_dir / wheel.name))

if __name__ == "__main__":
    print(build_wheel(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
