"""Stems and lemmas: shared words are found however they are inflected, others are not."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from quizapp.core.language.stems import content_stems, shares_stem, stem_overlap
from tests.helpers import FIXTURES

PAIRS: list[list[Any]] = yaml.safe_load(
    (FIXTURES / "language" / "stem_pairs.yaml").read_text("utf-8"))["pairs"]


def test_the_table_is_broad() -> None:
    assert len(PAIRS) >= 40
    for language in ("lv", "en"):
        rows = [p for p in PAIRS if p[0] == language]
        assert any(p[3] for p in rows) and not all(p[3] for p in rows)


@pytest.mark.parametrize("language,a,b,expected", PAIRS,
                         ids=[f"{p[0]}:{p[1]}|{p[2]}" for p in PAIRS])
def test_pairs(language: str, a: str, b: str, expected: bool) -> None:
    assert shares_stem(str(a), str(b), language) is expected
    assert shares_stem(str(b), str(a), language) is expected


def test_the_questions_md_example() -> None:
    stem = "Kas attiecībā uz «Kontrole» ir raksturīgs sociālo mediju mārketingam?"
    right = "Zīmols pilnībā kontrolē ziņojumu un saturu"
    wrong = "Ietekmētājam ir radoša brīvība saskaņoto vadlīniju ietvaros"
    assert "kontrol" in stem_overlap(stem, right, "lv")
    assert not shares_stem("«Kontrole»", wrong, "lv")


def test_inflected_forms_of_one_word_share_a_stem() -> None:
    forms = ["zīmols", "zīmola", "zīmolam", "zīmolu", "zīmolā", "zīmoli", "zīmolu",
             "zīmoliem", "zīmolus", "zīmolos"]
    assert len({frozenset(content_stems(f, "lv")) for f in forms}) == 1
    forms = ["šūna", "šūnas", "šūnai", "šūnu", "šūnā", "šūnām", "šūnās"]
    assert len({frozenset(content_stems(f, "lv")) for f in forms}) == 1


def test_english_plurals_and_verb_forms() -> None:
    assert shares_stem("studies", "the study", "en")
    assert shares_stem("He ran", "running", "en")  # the lemma joins irregular forms
    assert shares_stem("children", "a child", "en")
    assert not shares_stem("children", "adults", "en")


def test_stop_words_are_dropped() -> None:
    assert content_stems("un ir tas, kas ar to", "lv") == frozenset()
    assert content_stems("the and of which is", "en") == frozenset()
    assert content_stems("Zīmols un saturs", "lv") == content_stems("zīmols saturs", "lv")


def test_unknown_language_uses_the_fallback() -> None:
    assert content_stems("Marken Marke", "de") == frozenset({"mark"})


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "—…«»", "🙂🙂", "a" * 100_000,
                                  "šūna " * 10_000, "\u0301\u0301", "x\u200by"])
def test_broken_input(text: str) -> None:
    stems = content_stems(text, "lv")
    assert isinstance(stems, frozenset)
    assert all(isinstance(s, str) and s for s in stems)
    assert shares_stem(text, text, "lv") is bool(stems)
