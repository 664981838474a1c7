"""Browse's search language, shared by the Browse screen and ``quizapp items QUERY``.

A query is words and filters, all of which must match (diacritics and case never matter:
``kontrole`` finds ``Kontrolē``)::

    kontrole                    a word in the question, answer, options or explanation
    "zīmols kontrolē"           a phrase
    topic:kontrole              the topic's title (or id) contains it
    kind:card                   card, choice, truefalse, cloze, order (and their long names)
    is:due is:new is:suspended is:buried is:flagged is:edited is:changed is:mine is:leech
    fact:table/kontrole         the item's fact id starts with it
    bank:socialie               the bank's id contains it
    -is:suspended               not
    kontrole or ietekme         either
    (a or b) c                  grouping

A mistake (an unknown ``is:`` word, an unbalanced quote or bracket, an empty filter) raises
:class:`QueryError` naming what is wrong; nothing in a query can raise anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.banks.model import ItemKind
from quizapp.core.errors import QuizAppError
from quizapp.core.language.fold import fold
from quizapp.core.material.rows import BrowseRow
from quizapp.core.study.cards import CardState

FIELDS = ("topic", "kind", "is", "fact", "bank")
IS_WORDS = ("due", "new", "suspended", "buried", "flagged", "edited", "changed", "mine",
            "leech")
KIND_WORDS: dict[str, ItemKind] = {
    "card": ItemKind.FLASHCARD, "flashcard": ItemKind.FLASHCARD,
    "choice": ItemKind.MULTIPLE_CHOICE, "mc": ItemKind.MULTIPLE_CHOICE,
    "multiple_choice": ItemKind.MULTIPLE_CHOICE, "truefalse": ItemKind.TRUE_FALSE,
    "tf": ItemKind.TRUE_FALSE, "true_false": ItemKind.TRUE_FALSE, "cloze": ItemKind.CLOZE,
    "order": ItemKind.ORDER,
}


class QueryProblem(StrEnum):
    """What is wrong with a query (the GUI words it in the learner's language)."""

    UNBALANCED_QUOTE = "unbalanced_quote"
    UNBALANCED_BRACKET = "unbalanced_bracket"
    EMPTY_VALUE = "empty_value"
    UNKNOWN_FIELD = "unknown_field"
    UNKNOWN_IS = "unknown_is"
    UNKNOWN_KIND = "unknown_kind"
    DANGLING_OR = "dangling_or"
    DANGLING_NOT = "dangling_not"


_ENGLISH = {
    QueryProblem.UNBALANCED_QUOTE: "a quote is not closed",
    QueryProblem.UNBALANCED_BRACKET: "brackets do not match",
    QueryProblem.EMPTY_VALUE: "'{0}' needs something after the colon",
    QueryProblem.UNKNOWN_FIELD: "unknown filter '{0}:' (known: " + ", ".join(
        f"{f}:" for f in FIELDS) + ")",
    QueryProblem.UNKNOWN_IS: "unknown 'is:{0}' (known: " + ", ".join(IS_WORDS) + ")",
    QueryProblem.UNKNOWN_KIND: "unknown 'kind:{0}' (known: card, choice, truefalse, cloze, "
                               "order)",
    QueryProblem.DANGLING_OR: "'or' needs something on both sides",
    QueryProblem.DANGLING_NOT: "'-' needs something after it",
}


class QueryError(QuizAppError):
    """A query that cannot be read. ``word`` is the offending word (may be "")."""

    def __init__(self, problem: QueryProblem, word: str = "") -> None:
        self.problem = problem
        self.word = word
        super().__init__(_ENGLISH[problem].format(word))


Matcher = Callable[[BrowseRow, str, int], bool]  # row, its folded text, today


@dataclass(frozen=True)
class Query:
    """A parsed query; :meth:`matches` tests one row."""

    text: str
    _match: Matcher

    def matches(self, row: BrowseRow, folded_text: str, today: int) -> bool:
        """Whether ``row`` (with ``fold(row.search_text())``) matches on study day
        ``today``."""
        return self._match(row, folded_text, today)


def parse_query(text: str) -> Query:
    """Read ``text`` (see the module's help).

    Raises:
        QueryError: It cannot be read.
    """
    tokens = _tokens(text)
    parser = _Parser(tokens)
    match = parser.expression()
    if parser.peek() is not None:  # only a stray ")" stops an expression early
        raise QueryError(QueryProblem.UNBALANCED_BRACKET)
    return Query(text, match)


# -- tokens -----------------------------------------------------------------------------

_OPEN, _CLOSE, _OR, _NOT = "(", ")", "or", "-"


@dataclass(frozen=True)
class _Term:
    field: str  # "" for a word or phrase
    value: str


_Token = str | _Term


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(ch)
            i += 1
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace():
            out.append(_NOT)
            i += 1
        elif ch == "-":
            raise QueryError(QueryProblem.DANGLING_NOT)
        else:
            word, i = _word(text, i)
            out.append(word)
    return out


def _word(text: str, i: int) -> tuple[_Token, int]:
    """One word, phrase or ``field:value`` starting at ``i``; returns it and where it ends."""
    n = len(text)
    if text[i] == '"':
        end = text.find('"', i + 1)
        if end < 0:
            raise QueryError(QueryProblem.UNBALANCED_QUOTE)
        return _Term("", text[i + 1:end]), end + 1
    start = i
    while i < n and not text[i].isspace() and text[i] not in '()"':
        i += 1
    raw = text[start:i]
    head, colon, value = raw.partition(":")
    if colon and head.isalpha():
        field = head.lower()
        if field not in FIELDS:
            raise QueryError(QueryProblem.UNKNOWN_FIELD, head)
        if not value and i < n and text[i] == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError(QueryProblem.UNBALANCED_QUOTE)
            value, i = text[i + 1:end], end + 1
        if not value.strip():
            raise QueryError(QueryProblem.EMPTY_VALUE, field + ":")
        return _Term(field, value), i
    if raw.lower() == _OR:
        return _OR, i
    return _Term("", raw), i


# -- parsing ----------------------------------------------------------------------------

class _Parser:
    """expression := conjunction ("or" conjunction)*; conjunction := unary+;
    unary := "-" unary | "(" expression ")" | term."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._at = 0

    def peek(self) -> _Token | None:
        return self._tokens[self._at] if self._at < len(self._tokens) else None

    def _take(self) -> _Token:
        token = self._tokens[self._at]
        self._at += 1
        return token

    def expression(self) -> Matcher:
        parts = [self._conjunction()]
        while self.peek() == _OR:
            self._take()
            if self.peek() in (None, _CLOSE, _OR):
                raise QueryError(QueryProblem.DANGLING_OR)
            parts.append(self._conjunction())
        if len(parts) == 1:
            return parts[0]
        return lambda row, text, today: any(p(row, text, today) for p in parts)

    def _conjunction(self) -> Matcher:
        parts: list[Matcher] = []
        while (token := self.peek()) is not None and token not in (_OR, _CLOSE):
            parts.append(self._unary())
        if not parts:
            if self.peek() == _OR:
                raise QueryError(QueryProblem.DANGLING_OR)
            return lambda row, text, today: True  # an empty query (or "()") matches all
        if len(parts) == 1:
            return parts[0]
        return lambda row, text, today: all(p(row, text, today) for p in parts)

    def _unary(self) -> Matcher:
        token = self._take()
        if token == _NOT:
            if self.peek() in (None, _CLOSE, _OR):
                raise QueryError(QueryProblem.DANGLING_NOT)
            inner = self._unary()
            return lambda row, text, today: not inner(row, text, today)
        if token == _OPEN:
            inner = self.expression()
            if self.peek() != _CLOSE:
                raise QueryError(QueryProblem.UNBALANCED_BRACKET)
            self._take()
            return inner
        if token == _CLOSE:
            raise QueryError(QueryProblem.UNBALANCED_BRACKET)
        assert isinstance(token, _Term)
        return _term(token)


def _term(term: _Term) -> Matcher:
    value = fold(term.value)
    field = term.field
    if field == "":
        return lambda row, text, today: value in text
    if field == "topic":
        return lambda row, text, today: (value in fold(row.topic_title)
                                         or value in fold(row.item.topic))
    if field == "fact":
        return lambda row, text, today: bool(row.item.fact) and fold(row.item.fact).startswith(
            value)
    if field == "bank":
        return lambda row, text, today: value in fold(row.bank)
    if field == "kind":
        kind = KIND_WORDS.get(value.replace("-", "_").replace(" ", "_"))
        if kind is None:
            raise QueryError(QueryProblem.UNKNOWN_KIND, term.value)
        return lambda row, text, today: row.item.kind is kind
    return _is(term.value)


def _is(word: str) -> Matcher:
    tests: dict[str, Matcher] = {
        "due": lambda row, text, today: row.is_due(today),
        "new": lambda row, text, today: row.state is CardState.NEW,
        "suspended": lambda row, text, today: row.marks.suspended,
        "buried": lambda row, text, today: row.marks.buried(today),
        "flagged": lambda row, text, today: row.marks.flag is not None,
        "edited": lambda row, text, today: row.edit.edited,
        "changed": lambda row, text, today: row.edit.source_changed,
        "mine": lambda row, text, today: row.edit.added,
        "leech": lambda row, text, today: row.leech,
    }
    test = tests.get(fold(word))
    if test is None:
        raise QueryError(QueryProblem.UNKNOWN_IS, word)
    return test
