"""The command line: generate and check, one-line errors with exit code 2, no partial files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.banks.io import load_bank
from tests.helpers import BROKEN, COMMITTED_BANK, DOCS, ROOT, STUDY_DOC


def test_generate_writes_the_bank_and_prints_a_summary(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bank.yaml"
    assert main(["generate", str(STUDY_DOC), "-o", str(out), "--seed", "3"]) == 0
    printed = capsys.readouterr().out
    assert f"{out}:" in printed
    assert "flashcard" in printed and "multiple_choice" in printed and "true_false" in printed
    assert "Kontrole" in printed  # per-topic counts
    bank = load_bank(out)
    assert bank.meta.seed == 3
    assert bank.meta.id == "socialie-mediji-pret-ietekmetaju-marketingu"


def test_generate_default_output_goes_to_questions(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["generate", str(DOCS / "coffee-vs-tea.html"), "--quiet"]) == 0
    assert load_bank(tmp_path / "questions" / "coffee-vs-tea.yaml").meta.title.startswith("Coffee")


def test_generate_prints_warnings_for_a_cut_off_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cut.yaml"
    assert main(["generate", str(BROKEN / "truncated-mid-table.txt"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: line 35: the document ends inside the comparison table" in err
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(BROKEN / "empty.txt")], "the document is empty"),
        ([str(BROKEN / "whitespace.txt")], "the document is empty"),
        ([str(BROKEN / "image.png")], "binary file"),
        ([str(BROKEN / "legacy-cp1257.txt")], "--encoding"),
        ([str(STUDY_DOC), "--max-size", "0.001"], "over the"),
        ([str(STUDY_DOC), "--encoding", "nope"], "unknown encoding"),
        (["/does/not/exist.txt"], "cannot read"),
    ],
)
def test_bad_documents_exit_2_with_one_line_and_no_output(
        args: list[str], message: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.yaml"
    assert main(["generate", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: ")
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_cp1257_document_generates_with_the_encoding_option(tmp_path: Path) -> None:
    out = tmp_path / "legacy.yaml"
    assert main(["generate", str(BROKEN / "legacy-cp1257.txt"), "--encoding", "cp1257",
                 "-o", str(out), "--quiet"]) == 0
    assert any(i.back.startswith("Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros")
               for i in load_bank(out).items)


def test_check_validates_banks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(COMMITTED_BANK)]) == 0
    assert "ok, " in capsys.readouterr().out
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nbank: {id: x, title: X}\nitems:\n  - id: a\n    kind: flashcard\n"
                      "    topic: t\n    front: Q\n", encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml, item items[0] (a), field 'back'" in err


def test_python_dash_m_runs_headless_commands_without_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ok = subprocess.run([sys.executable, "-m", "quizapp", "check", str(COMMITTED_BANK)],
                        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([sys.executable, "-m", "quizapp", "generate", str(BROKEN / "image.png"),
                          "-o", str(tmp_path / "x.yaml")],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("quizapp: error:")
    assert "Traceback" not in bad.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_output_piped_into_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "quizapp", "generate", str(STUDY_DOC),
                             "-o", str(tmp_path / "b.yaml")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line, like `| head -0`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err


def test_version_and_a_stray_word(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and "quizapp" in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main(["offscreen"])
    assert info.value.code == 2 and "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "found"), [
    # What a menu's "Open with" runs, and the same typed by hand.
    (["/home/u/notes.txt"], ("/home/u/notes.txt", [])),
    (["--data-dir", "/tmp/x", "notes.md"], ("notes.md", ["--data-dir", "/tmp/x"])),
    (["--data-dir", "/tmp/x.d", "-style", "fusion"], (None, ["--data-dir", "/tmp/x.d",
                                                             "-style", "fusion"])),
    # A command's own arguments are the command's; a stray word stays argparse's to reject.
    (["generate", "notes.txt"], (None, ["generate", "notes.txt"])),
    (["offscreen"], (None, ["offscreen"])),
])
def test_a_document_to_open_is_told_from_commands(
        args: list[str], found: tuple[str | None, list[str]]) -> None:
    from quizapp.cli import _command_names, build_parser, document_to_open

    assert document_to_open(args, _command_names(build_parser())) == found
