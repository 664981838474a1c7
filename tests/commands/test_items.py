"""`quizapp items`: Browse's query and columns on the command line, and acting on items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.commands.exitcodes import EXIT_BUSY
from quizapp.core.banks.io import write_bank
from quizapp.core.clock import FixedClock
from quizapp.core.datafolder.paths import db_path, user_banks_dir
from tests.core.factories import make_bank, open_collection
from tests.helpers import held, study_bank

BUILTIN = "socialie-mediji-pret-ietekmetaju-marketingu"


def _run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "items", *args])


def _json(data: Path, capsys: pytest.CaptureFixture[str], *query: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert _run(data, *query, "--json") == 0
    out: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return out


def test_items_lists_with_the_query_and_the_columns(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "kontrolē", "kind:card") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:5] == ["ID", "KIND", "TOPIC", "QUESTION", "DUE"]
    assert "table/kontrole/b/card" in "\n".join(out)
    assert out[-1].endswith("items") and int(out[-1].split()[0]) == len(out) - 2
    rows = _json(tmp_path, capsys, "kontrole", "kind:card")
    assert {r["id"] for r in rows} == {line.split()[0] for line in out[1:-1]}
    assert all(r["kind"] == "flashcard" and r["state"] == "new" for r in rows)


def test_acting_on_items_shows_in_the_listing(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "suspend", "table/kontrole/b/card", f"{BUILTIN}:table/kontrole/a/card"
                ) == 0
    assert _run(tmp_path, "flag", "table/sasniegt/a/mc", "--reason", "gives-away") == 0
    assert _run(tmp_path, "bury", "table/kontrole/a/card") == 0
    assert capsys.readouterr().out.endswith("table/kontrole/a/card: buried until the next study "
                                            "day\n")
    assert [r["id"] for r in _json(tmp_path, capsys, "is:buried")] == ["table/kontrole/a/card"]
    suspended = _json(tmp_path, capsys, "is:suspended")
    assert {r["id"] for r in suspended} == {"table/kontrole/b/card", "table/kontrole/a/card"}
    [flagged] = _json(tmp_path, capsys, "is:flagged")
    assert flagged["flag"] == "gives-away"
    assert _run(tmp_path, "restore", "table/kontrole/b/card") == 0
    assert _run(tmp_path, "unflag", "table/sasniegt/a/mc") == 0
    capsys.readouterr()
    assert {r["id"] for r in _json(tmp_path, capsys, "is:suspended")} == {
        "table/kontrole/a/card"}
    assert _json(tmp_path, capsys, "is:flagged") == []


def test_edit_sets_fields_and_revert_takes_it_back(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    key = "table/sasniegt/a/mc"
    [before] = _json(tmp_path, capsys, f"fact:{key.rsplit('/', 1)[0]}", "kind:choice")
    assert _run(tmp_path, "edit", key, "--set", "question=Kam ir radoša brīvība?",
                "--set", "options=[Ietekmētājam, Zīmolam, Nevienam]",
                "--set", "answer=Ietekmētājam", "--set", "explanation=Tā raksta tabula.") == 0
    assert capsys.readouterr().out == f"{key}: edited\n"
    [row] = _json(tmp_path, capsys, "is:edited")
    assert (row["question"], row["answer"], row["options"], row["explanation"]) == (
        "Kam ir radoša brīvība?", "Ietekmētājam", ["Ietekmētājam", "Zīmolam", "Nevienam"],
        "Tā raksta tabula.")
    assert _run(tmp_path, "edit", key, "--set", "answer=3") == 0
    assert _json(tmp_path, capsys, "is:edited")[0]["answer"] == "Nevienam"
    assert _run(tmp_path, "revert", key) == 0
    assert _json(tmp_path, capsys, "is:edited")[0]["answer"] == "Ietekmētājam"
    assert _run(tmp_path, "revert", key) == 0
    assert _json(tmp_path, capsys, "is:edited") == []
    assert _json(tmp_path, capsys, f"fact:{key.rsplit('/', 1)[0]}", "kind:choice") == [before]


def test_add_creates_an_item_that_study_offers(tmp_path: Path, clock: FixedClock,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "add", "--topic", "Mani vārdi", "--new-topic", "--kind", "card",
                "--set", "front=Kas ir SMM?", "--set", "back=Sociālo mediju mārketings") == 0
    assert capsys.readouterr().out == f"mine/1: added to {BUILTIN}\n"
    [row] = _json(tmp_path, capsys, "is:mine")
    assert (row["topic_title"], row["question"], row["state"]) == (
        "Mani vārdi", "Kas ir SMM?", "new")
    col = open_collection(tmp_path, clock)
    col.add_bank(study_bank())
    card = col.next_card()
    assert card is not None and card.item.id == "mine/1"
    col.close()


@pytest.mark.parametrize(("args", "message"), [
    (["edit", "nope", "--set", "question=x"], "no item 'nope'"),
    (["suspend", "nope"], "no item 'nope'"),
    (["edit", "table/sasniegt/a/mc", "--set", "colour=red"], "unknown field 'colour'"),
    (["edit", "table/sasniegt/a/mc", "--set", "question"], "is not FIELD=VALUE"),
    (["edit", "table/sasniegt/a/mc", "--set", "back=x"], "has no back"),
    (["edit", "table/sasniegt/a/mc", "--set", "options=[A, A]"], "two options are the same"),
    (["edit", "table/sasniegt/a/mc", "--set", "options=nope"], "YAML list"),
    (["edit", "table/sasniegt/a/mc", "--set", "answer=Nothing"], "none of the options"),
    (["edit", "table/kontrole/b/card", "--set", "back= "], "must not be empty"),
    (["edit", "table/sasniegt/a/mc"], "nothing to change"),
    (["flag", "table/sasniegt/a/mc", "--reason", "ugly"], "unknown reason 'ugly'"),
    (["add", "--kind", "cloze", "--topic", "kontrole"], "unknown kind 'cloze'"),
    (["add", "--kind", "card"], "add needs --topic"),
    (["add", "--kind", "card", "--topic", "nowhere", "--set", "front=a", "--set", "back=b"],
     "has no topic 'nowhere'"),
    (["is:soon"], "unknown 'is:soon'"),
    (['"unclosed'], "a quote is not closed"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "--json") == 0
    before = capsys.readouterr().out
    assert _run(tmp_path, *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert _run(tmp_path, "--json") == 0
    assert capsys.readouterr().out == before  # nothing changed


def test_a_writing_command_waits_then_gives_up_on_a_busy_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_bank(make_bank(), user_banks_dir(tmp_path) / "demo.yaml")
    assert _run(tmp_path, "is:suspended") == 0
    with held(db_path(tmp_path)):
        assert main(["--data-dir", str(tmp_path), "--busy-timeout", "0.2", "items", "suspend",
                     "demo:t0-c0"]) == EXIT_BUSY
    assert "in use by another program" in capsys.readouterr().err
    assert _json(tmp_path, capsys, "is:suspended") == []


def test_stats_lists_what_you_mix_up(tmp_path: Path, clock: FixedClock,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.material.quizzing import take_quiz

    col = open_collection(tmp_path, clock, study_bank())
    mc = col.banks[BUILTIN].bank.item("table/sasniegt/a/mc")
    wrong = (mc.correct + 1) % len(mc.options)
    take_quiz(col, BUILTIN, [(mc.id, wrong, 10)])
    col.close()
    assert main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    [topic] = json.loads(capsys.readouterr().out)["confusions"]
    [confusion] = topic["confusions"]
    assert (confusion["chosen"], confusion["right"], confusion["times"]) == (
        mc.options[wrong], mc.options[mc.correct], 1)
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "What you mix up" in out and f"{mc.options[wrong]} → {mc.options[mc.correct]}" in out
