#!/usr/bin/env python3
"""Set-up and run quizapp from a fresh checkout: `python3 .ci/dev.py run` or `... test`.

Only needs Python 3.11+. Creates `.venv/` next to this repo, installs the package (and the
test extra for `test`), checks the system libraries offscreen Qt needs, then runs the app or
the test suite. Extra arguments are passed on (to `quizapp` or to `pytest`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("QUIZAPP_VENV", ROOT / ".venv"))
# Shared libraries that Qt's xcb/offscreen plugins load on a bare Debian.
QT_DEBS = ["libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libdbus-1-3", "libfontconfig1"]
# The interactive app on a real X display also needs these xcb helpers.
QT_XCB_DEBS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def missing_debs(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []  # not Debian-like: nothing we can check
    out = []
    for name in names:
        res = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if "install ok installed" not in res.stdout:
            out.append(name)
    return out


def ensure_debs(names: list[str]) -> None:
    need = missing_debs(names)
    if not need:
        return
    line = "apt-get update && apt-get install -y --no-install-recommends " + " ".join(need)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing system libraries: {' '.join(need)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *need],
                       check=True, env=env)
    else:
        say("Qt needs system libraries that are missing. Run as root:")
        print(f"    sudo sh -c '{line}'", flush=True)
        sys.exit(1)


def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv(extra: str | None) -> Path:
    py = venv_python()
    if not py.exists():
        say(f"creating virtual environment in {VENV}")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            ver = f"{sys.version_info.major}.{sys.version_info.minor}"
            if os.geteuid() == 0 and shutil.which("apt-get"):
                say(f"venv failed ({exc}); installing python{ver}-venv")
                subprocess.run(["apt-get", "update", "-qq"], check=True)
                subprocess.run(["apt-get", "install", "-y", "-qq", f"python{ver}-venv"], check=True)
                venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
            else:
                say(f"cannot create a venv; run: sudo apt-get install -y python{ver}-venv")
                sys.exit(1)
    target = f".[{extra}]" if extra else "."
    stamp = VENV / f".installed-{extra or 'app'}"
    inputs = [ROOT / "pyproject.toml"]
    if not stamp.exists() or any(p.stat().st_mtime > stamp.stat().st_mtime for p in inputs):
        say(f"installing {target} (first run takes a minute)")
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "-e", target], check=True,
                       cwd=ROOT)
        stamp.touch()
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):
        say("quizapp needs Python 3.11 or newer")
        return 1
    if cmd == "test":
        ensure_debs(QT_DEBS)
        py = ensure_venv("test")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    ensure_debs(QT_DEBS + (QT_XCB_DEBS if os.environ.get("DISPLAY") else []))
    py = ensure_venv(None)
    return subprocess.run([str(py), "-m", "quizapp", *rest], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
