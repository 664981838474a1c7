"""Word knowledge shared by the inflector and the stemmer: simplemma's dictionaries, stop words.

simplemma ships one form → lemma table per language. Its Latvian table (178,000 forms) is
incomplete and a little noisy (``siržu`` → ``sirde``), so the inflector uses it only as
*evidence*: a form it lists is a real word. Loading a table costs 0.1–0.25 s once per process
(the tables are lzma-packed), so nothing is loaded at import: the first look-up in a language
pays for it, and :func:`warm_up` lets a caller pay it ahead (for example off the UI thread).
"""

from __future__ import annotations

from functools import cache, lru_cache
from simplemma.strategies import DictionaryLookupStrategy

from quizapp.core.resources import resources_dir

# The languages whose tables we use; any other language gets no dictionary.
DICTIONARY_LANGUAGES = frozenset({"lv", "en"})

_LOOKUP = DictionaryLookupStrategy()


def warm_up(language: str) -> None:
    """Load ``language``'s dictionary now instead of at the first look-up."""
    if language in DICTIONARY_LANGUAGES:
        _LOOKUP.get_lemma("a", language)


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str | None:
    """The dictionary lemma of ``word`` (tried as written, then with its first letter's case
    swapped), or None when the dictionary does not list it."""
    if language not in DICTIONARY_LANGUAGES or not word:
        return None
    return _LOOKUP.get_lemma(word, language)


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
