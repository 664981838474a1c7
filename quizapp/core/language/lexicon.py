"""Word knowledge shared by the inflector and the stemmer: simplemma's dictionaries, stop words.

simplemma ships one form → lemma table per language. Its Latvian table (178,000 forms) is
incomplete and a little noisy (``siržu`` → ``sirde``, ``karais`` → ``karalis``), so the
inflector uses it only as *evidence*: a form it lists is a real word. Loading a table costs
0.15–0.2 s once per process (the tables are lzma-packed) and importing simplemma 55 ms, so
neither happens at import: the first look-up pays for both, and :func:`warm_up` lets a caller
pay ahead (for example on a worker thread after launch).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from quizapp.core.resources import resources_dir

if TYPE_CHECKING:
    from simplemma.strategies import DictionaryLookupStrategy

# The languages whose tables we use; any other language gets no dictionary.
DICTIONARY_LANGUAGES = frozenset({"lv", "en"})


@cache
def _strategy() -> DictionaryLookupStrategy:
    # simplemma builds its tokenizers and language detector on import (~55 ms): import it
    # when a word is first looked up, not when the generator imports this module.
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy()


def _lookup() -> Callable[[str, str], str | None]:
    return _strategy().get_lemma


@lru_cache(maxsize=4096)
def proper_name(word: str) -> bool:
    """Whether the Latvian dictionary lists ``word`` only with a capital (``Cēsis``,
    ``Latvija``): a name, not a heading's capitalised common noun (``Kontrole``). The table
    also has some common nouns only as they began a sentence ("Dalībvalstis"), so ask only
    about a word written with a capital."""
    if not word:
        return False
    strategy = _strategy()
    capital = word[:1].upper() + word[1:]
    return (strategy.exact_lemma(capital, "lv") is not None
            and strategy.exact_lemma(word.lower(), "lv") is None)


def warm_up(language: str) -> None:
    """Import simplemma and load ``language``'s dictionary now instead of at the first look-up."""
    if language in DICTIONARY_LANGUAGES:
        _lookup()("a", language)


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str | None:
    """The dictionary lemma of ``word`` (tried as written, then with its first letter's case
    swapped), or None when the dictionary does not list it."""
    if language not in DICTIONARY_LANGUAGES or not word:
        return None
    return _lookup()(word, language)


def known(word: str, language: str) -> bool:
    """Whether the dictionary lists ``word`` as a form of some lemma."""
    return lemma(word, language) is not None


@cache
def stop_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (lower case), from
    ``resources/language/stopwords-<language>.txt``; none for a language without a list."""
    path = resources_dir() / "language" / f"stopwords-{language}.txt"
    if not path.is_file():
        return frozenset()
    text = path.read_text("utf-8")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w)
