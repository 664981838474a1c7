"""Which headings under a list title are its members, and which start a topic of their own.

Articles of this family close a list of titled paragraphs ("Gremošana", "Slāpekļa piesaiste",
"Pārtikas ražošana") with a titled paragraph that is not one more of them ("Antibiotiku
rezistence", "Errors in Mitosis", "The Role of the Monarch Today"): in a flattened page
nothing but its wording tells it apart. A numbered heading is a member by its number; an
unnumbered one is a member only when it is of its siblings' kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.generate.context import sentences
from quizapp.core.language.lexicon import stop_words
from quizapp.core.language.related import related, word_roots
from quizapp.core.parse.document import SubSection

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
# A paragraph this many times as long as its siblings' longest, by this many sentences
# at least, is an essay of its own, not a point of the list.
LONGER = 2
LONGER_BY = 2


def member_count(items: Sequence[SubSection], subject: Sequence[str], language: str) -> int:
    """How many of ``items`` (in order) are members of their list; those after them are
    topics of their own.

    Only trailing unnumbered headings are looked at, and two members always stay. A heading
    is not of its siblings' kind when it names the section's subject (``subject``: the
    side's names) and none of theirs does, when it has function words ("The Role of …",
    "Errors in …") and none of theirs has, or when its paragraph runs to several sentences
    where theirs are one or two.
    """
    n = len(items)
    # A trailing run of headings that all name the subject where the ones before do not
    # ("Klimata klasifikācija", "Klimata pārmaiņas" after the climate factors).
    k = n
    while k > 2 and items[k - 1].number is None and _names(items[k - 1].title, subject,
                                                           language):
        k -= 1
    if k < n and not any(_names(s.title, subject, language) for s in items[:k]):
        n = k
    while n > 2 and items[n - 1].number is None and odd_one(items[n - 1], items[: n - 1],
                                                           subject, language):
        n -= 1
    return n


def odd_one(item: SubSection, siblings: Sequence[SubSection], subject: Sequence[str],
            language: str, wording: bool = True) -> bool:
    """Whether ``item`` is not of its ``siblings``' kind (see ``member_count``); without
    ``wording``, by the subject's name and the paragraph's length alone."""
    if _names(item.title, subject, language) and not any(
            _names(s.title, subject, language) for s in siblings):
        return True
    if wording and _function_words(item.title, language) and not any(
            _function_words(s.title, language) for s in siblings):
        return True
    longest = max(_sentences(s.text) for s in siblings)
    mine = _sentences(item.text)
    return mine >= LONGER * longest and mine - longest >= LONGER_BY


def _names(title: str, subject: Sequence[str], language: str) -> bool:
    names = {r for s in subject for r in word_roots(s, language)}
    return any(related(r, n, language) for r in word_roots(title, language) for n in names)


# Words that join or govern a verb inside a name of the list's kind ("Freedom to renovate",
# "Speed and accuracy", "Ātrums un precizitāte"): not the articles and prepositions of a
# phrase about something ("The Role of the Monarch Today", "Errors in Mitosis").
_JOINING = frozenset("to and or nor un vai".split())


def _function_words(title: str, language: str) -> bool:
    stops = stop_words(language) - _JOINING
    return any(w.casefold() in stops for w in _WORD.findall(title))


def _sentences(text: str) -> int:
    """Sentences of the first paragraph (a note in a paragraph of its own after a point's
    definition, "In 1920 John B. Watson …", leaves it a point); initials end none."""
    first = text.strip().split("\n", 1)[0]
    return max(1, len(sentences(first)))
