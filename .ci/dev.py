#!/usr/bin/env python3
"""Set-up and run quizapp from a fresh checkout: `python3 .ci/dev.py run`, `... test` or
`... bundle`.

Only needs Python 3.11+. Creates `.venv/` next to this repo, installs the package (and the
test extra for `test`), checks the system libraries offscreen Qt needs, then runs the app or
the test suite. Extra arguments are passed on (to `quizapp` or to `pytest`).

`bundle [--dist DIR] [--work DIR]` builds the one-folder app `dist/quizapp/` (run
`dist/quizapp/quizapp`; it needs no Python) with PyInstaller, from the wheel installed in a
venv of its own under `build/bundle/`.
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
# PyInstaller reads the shared libraries' dependencies with binutils' objdump, and strips them.
BUNDLE_DEBS = ["binutils"]
# Qt plugins PyInstaller would collect for QtGui that the app never loads, and what they
# drag in: the virtual keyboard (QtQuick, QtQml: ~17 MB), PDF thumbnails (QtPdf: ~5 MB) and
# the GTK 3 theme (GTK's own stack of system libraries, copied from the build machine, which
# need not match the learner's GTK). Removed from the bundle's build venv before analysis.
BUNDLE_UNUSED_QT_PLUGINS = ["platforminputcontexts/libqtvirtualkeyboardplugin.so",
                            "imageformats/libqpdf.so", "platformthemes/libqgtk3.so"]
# Installed for the tests when possible (as root), else those tests skip and say why:
# desktop-file-validate checks the menu entry.
OPTIONAL_TEST_DEBS = ["desktop-file-utils"]


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


def ensure_debs(names: list[str], required: bool = True) -> None:
    """Install missing Debian packages when root; otherwise print the line to run and stop
    (``required``) or go on without them (the tests that need them skip and say so)."""
    need = missing_debs(names)
    if not need:
        return
    line = "apt-get update && apt-get install -y --no-install-recommends " + " ".join(need)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing system packages: {' '.join(need)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        try:
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
            subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *need],
                           check=True, env=env)
        except subprocess.CalledProcessError:
            if required:
                raise
            say(f"could not install {' '.join(need)}; going on without")
    elif required:
        say("Qt needs system libraries that are missing. Run as root:")
        print(f"    sudo sh -c '{line}'", flush=True)
        sys.exit(1)


def venv_python(where: Path = VENV) -> Path:
    return where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def create_venv(where: Path) -> Path:
    """A new venv with pip at ``where`` (installing Debian's venv module when missing)."""
    py = venv_python(where)
    if not py.exists():
        say(f"creating virtual environment in {where}")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(where)
        except (subprocess.CalledProcessError, OSError) as exc:
            ver = f"{sys.version_info.major}.{sys.version_info.minor}"
            if os.geteuid() == 0 and shutil.which("apt-get"):
                say(f"venv failed ({exc}); installing python{ver}-venv")
                subprocess.run(["apt-get", "update", "-qq"], check=True)
                subprocess.run(["apt-get", "install", "-y", "-qq", f"python{ver}-venv"], check=True)
                venv.EnvBuilder(with_pip=True, clear=True).create(where)
            else:
                say(f"cannot create a venv; run: sudo apt-get install -y python{ver}-venv")
                sys.exit(1)
    return py


def ensure_venv(extra: str | None) -> Path:
    py = create_venv(VENV)
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


def bundle(rest: list[str]) -> int:
    """Build ``dist/quizapp/`` with PyInstaller from the wheel, in a venv of its own."""
    import argparse

    from wheelbuild import build_wheel  # beside this script

    parser = argparse.ArgumentParser(prog="dev.py bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder quizapp/ goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="the build venv and PyInstaller's work files (default build/bundle)")
    args = parser.parse_args(rest)
    ensure_debs(QT_DEBS + BUNDLE_DEBS)
    work = args.work.resolve()
    py = create_venv(work / "venv")
    say("building the wheel")
    wheel = build_wheel(work / "wheel", python=str(py))
    say("installing it with PyInstaller (first run takes a minute)")
    pip = [str(py), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, f"{wheel}[bundle]"], check=True)
    # The same version number as last time: make pip replace the package's files anyway.
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(wheel)], check=True)
    plugins = subprocess.run([str(py), "-c", "from PySide6.QtCore import QLibraryInfo as L; "
                              "print(L.path(L.LibraryPath.PluginsPath))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    for name in BUNDLE_UNUSED_QT_PLUGINS:
        (Path(plugins) / name).unlink(missing_ok=True)
    say("running PyInstaller")
    subprocess.run([str(py), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(args.dist.resolve()), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / ".ci" / "quizapp.spec")], check=True, cwd=work)
    app = args.dist.resolve() / "quizapp"
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    program = app / ("quizapp.exe" if os.name == "nt" else "quizapp")
    say(f"built {app} ({size / 1e6:.0f} MB); run {program}")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bundle"}:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):
        say("quizapp needs Python 3.11 or newer")
        return 1
    if cmd == "bundle":
        return bundle(rest)
    if cmd == "test":
        ensure_debs(QT_DEBS)
        ensure_debs(OPTIONAL_TEST_DEBS, required=False)
        py = ensure_venv("test")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    ensure_debs(QT_DEBS + (QT_XCB_DEBS if os.environ.get("DISPLAY") else []))
    py = ensure_venv(None)
    return subprocess.run([str(py), "-m", "quizapp", *rest], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
