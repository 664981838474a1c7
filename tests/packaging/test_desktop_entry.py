"""The application-menu entry: its content, `--install-desktop-entry` / `--uninstall-…`
into a temporary XDG data folder, the Exec line starting this very install, and failures."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import __version__
from quizapp.core.datafolder import desktop
from quizapp.core.errors import ResourceMissingError
from tests.helpers import ROOT

SIZES = ("16x16", "32x32", "48x48", "64x64", "128x128", "256x256")


def _entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def _unescape(value: str) -> str:
    """A desktop-file string value as a reader decodes it."""
    return re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(
        m.group(1), m.group(1)), value)


def _exec_argv(value: str) -> list[str]:
    """The Exec key split as the Desktop Entry spec says a launcher must, field codes kept."""
    text, args, i = _unescape(value), [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = ""
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                arg += text[i]
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                arg += text[i]
                i += 1
        args.append(arg)
    return args


def _launcher_argv(value: str, document: str | None = None) -> list[str]:
    """What a menu runs: ``%f`` becomes the document (or nothing), ``%%`` a percent sign."""
    out = []
    for arg in _exec_argv(value):
        if arg == "%f":
            out += [document] if document else []
        else:
            out.append(arg.replace("%%", "%"))
    return out


def test_the_entry_is_an_application_in_the_menu_that_opens_documents() -> None:
    entry = _entry(desktop.entry_text(["/opt/quizapp/bin/quizapp"]))
    assert entry["Type"] == "Application" and entry["Name"] == "quizapp"
    assert "NoDisplay" not in entry and entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")
    assert entry["Icon"] == "quizapp" and entry["StartupWMClass"] == "quizapp"
    assert entry["Exec"] == "/opt/quizapp/bin/quizapp %f"
    assert entry["TryExec"] == "/opt/quizapp/bin/quizapp"
    assert set(entry["MimeType"].rstrip(";").split(";")) == {
        "text/plain", "text/markdown", "text/html"}
    assert entry["Comment[lv]"].startswith("Apgūstiet vienu dokumentu")


@pytest.mark.parametrize("command", [
    ["/home/ann smith/apps/quizapp/bin/quizapp"],
    ['/srv/"odd" $HOME `x` 100%\\dir/bin/python3', "-m", "quizapp"],
    ["/opt/tab\there/quizapp"],
])
def test_any_install_path_survives_the_exec_quoting(command: list[str]) -> None:
    entry = _entry(desktop.entry_text(command))
    assert _launcher_argv(entry["Exec"], "/tmp/my notes.md") == [*command, "/tmp/my notes.md"]
    assert _unescape(entry["TryExec"]) == command[0]


def test_a_relative_command_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        desktop.entry_text(["quizapp"])


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_the_menu_runs_the_install_it_was_written_by(tmp_path: Path) -> None:
    venv_python = _executable(tmp_path / "venv" / "bin" / "python")
    script = _executable(tmp_path / "venv" / "bin" / "quizapp")
    # pip and pipx put the console script beside the venv's interpreter.
    assert desktop.launch_command(str(venv_python), frozen=False) == [str(script)]
    # Without one, the interpreter runs the package.
    bare = _executable(tmp_path / "python" / "bin" / "python3")
    assert desktop.launch_command(str(bare), frozen=False) == [str(bare), "-m", "quizapp"]
    # A bundle is its own program.
    bundled = _executable(tmp_path / "dist" / "quizapp" / "quizapp")
    assert desktop.launch_command(str(bundled), frozen=True) == [str(bundled)]


def test_xdg_data_home_is_used_only_when_absolute(tmp_path: Path) -> None:
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    fallback = Path.home() / ".local" / "share"
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == fallback
    assert desktop.data_home({}) == fallback


def _cli(*args: str, xdg: Path | str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(xdg))
    return subprocess.run([sys.executable, "-m", "quizapp", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=ROOT)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "mimeinfo.cache"}


def test_install_reinstall_and_uninstall(tmp_path: Path) -> None:
    xdg = tmp_path / "share"
    # Someone else's entry and icon, which must be left alone.
    (xdg / "applications").mkdir(parents=True)
    (xdg / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    other_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    before = _tree(xdg)

    res = _cli("--install-desktop-entry", xdg=xdg)
    assert res.returncode == 0, res.stderr
    assert "added to the application menu" in res.stdout
    installed = _tree(xdg)
    ours = {k: v for k, v in installed.items() if k not in before}
    assert set(ours) == {"applications/quizapp.desktop",
                         "icons/hicolor/scalable/apps/quizapp.svg",
                         *(f"icons/hicolor/{s}/apps/quizapp.png" for s in SIZES)}
    shipped = ROOT / "resources" / "icons"
    assert ours["icons/hicolor/16x16/apps/quizapp.png"] == (shipped / "quizapp-16.png").read_bytes()
    assert ours["icons/hicolor/scalable/apps/quizapp.svg"] == (shipped / "quizapp.svg").read_bytes()

    # The entry's Exec line starts this very install (here: the test venv's quizapp).
    entry = _entry(ours["applications/quizapp.desktop"].decode("utf-8"))
    argv = _launcher_argv(entry["Exec"])
    assert Path(argv[0]).is_file()
    version = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert version.stdout.strip() == f"quizapp {__version__}"

    # Again: the same files, nothing more.
    again = _cli("--install-desktop-entry", xdg=xdg)
    assert again.returncode == 0 and _tree(xdg) == installed

    gone = _cli("--uninstall-desktop-entry", xdg=xdg)
    assert gone.returncode == 0 and "removed" in gone.stdout
    assert _tree(xdg) == before
    nothing = _cli("--uninstall-desktop-entry", xdg=xdg)
    assert nothing.returncode == 0 and "no menu entry to remove" in nothing.stdout


def test_the_installed_entry_validates_and_is_offered_for_documents(tmp_path: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        # `.ci/dev.py test` installs desktop-file-utils; in CI a missing validator is a
        # failure, not a quiet skip (the rule .ci/run states).
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is not installed (Debian: desktop-file-utils)")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils); "
                    "the entry was not validated")
    xdg = tmp_path / "share"
    assert _cli("--install-desktop-entry", xdg=xdg).returncode == 0
    entry = xdg / "applications" / "quizapp.desktop"
    res = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=60)
    assert (res.returncode, res.stdout + res.stderr) == (0, "")
    # desktop-file-utils also rebuilt the folder's MIME index: file managers list quizapp
    # under "Open with" for Markdown, HTML and plain text.
    cache = (xdg / "applications" / "mimeinfo.cache").read_text("utf-8")
    for mime in ("text/markdown", "text/html", "text/plain"):
        assert re.search(rf"^{re.escape(mime)}=.*quizapp\.desktop;", cache, re.M), cache


def test_a_data_folder_that_cannot_be_written_is_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the data folder should be")
    res = _cli("--install-desktop-entry", xdg=blocker)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1
    assert res.stderr.startswith(f"quizapp: error: cannot write the desktop entry in {blocker}")
    assert "XDG_DATA_HOME" in res.stderr


def test_a_failed_install_leaves_no_half_entry(tmp_path: Path) -> None:
    xdg = tmp_path / "share"
    xdg.mkdir()
    (xdg / "applications").write_text("not a folder")  # the icons fit, the entry does not
    res = _cli("--install-desktop-entry", xdg=xdg)
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    assert "applications" in res.stderr
    assert [p for p in xdg.rglob("*") if p.is_file()] == [xdg / "applications"]


def test_options_do_not_mix_with_commands(tmp_path: Path) -> None:
    res = _cli("--install-desktop-entry", "stats", xdg=tmp_path)
    assert res.returncode == 2 and "take no command" in res.stderr
    res = _cli("--install-desktop-entry", "--uninstall-desktop-entry", xdg=tmp_path)
    assert res.returncode == 2 and "not allowed with" in res.stderr
    assert not any(tmp_path.iterdir())


def test_missing_icons_are_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from quizapp.cli import main

    def missing(*parts: str) -> Path:
        raise ResourceMissingError(f"this quizapp installation is incomplete: "
                                   f"{'/'.join(parts)} is missing")

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(desktop, "resource", missing)
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert err == "quizapp: error: this quizapp installation is incomplete: " \
                  "icons/quizapp.svg is missing\n"
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_get_no_freedesktop_files(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        platform: str) -> None:
    from quizapp.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: menu entries are written for Linux desktops")
    assert err.count("\n") == 1 and not any(tmp_path.iterdir())
