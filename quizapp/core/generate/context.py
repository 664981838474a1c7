"""What every generator step needs: the document, the templates, the builder, side names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.parse.document import Document
from quizapp.core.generate.builder import BankBuilder
from quizapp.core.language.markers import Templates

SIDE_KEYS = ("a", "b")


@dataclass
class Context:
    """Shared state of one generation run."""

    doc: Document
    t: Templates
    b: BankBuilder

    def side_name(self, idx: int) -> str:
        """The side's display name, e.g. "Sociālo mediju mārketings (SMM)"."""
        return self.doc.sides[idx].name

    def side_inline(self, idx: int) -> str:
        """The name as used mid-sentence: lower-case first letter unless it is an acronym."""
        name = self.side_name(idx)
        if len(name) > 1 and name[1].islower():
            return name[0].lower() + name[1:]
        return name

    def mask_sides(self, text: str) -> str:
        """Hide every name of either side in ``text`` (a stem must not give its answer)."""
        names: list[str] = []
        for side in self.doc.sides:
            names.extend((side.name, side.short, *side.aliases))
        for name in sorted(set(names), key=len, reverse=True):
            if len(name) >= 2:
                text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "…", text, flags=re.I)
        return text


def capitalised(text: str) -> str:
    """``sasniegt`` → ``Sasniegt`` (row labels sometimes start lower-case); a first word
    whose case is part of it (``pH``, ``iOS``, ``mRNA``) is left as written."""
    first = text.split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]):
        return text
    return text[:1].upper() + text[1:]


def first_sentence(text: str, limit: int = 260) -> str:
    """The first sentence of ``text``, cut at a word boundary near ``limit`` characters."""
    m = re.search(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])", text)
    out = text[: m.start()] if m else text
    if len(out) > limit:
        out = out[:limit].rsplit(" ", 1)[0] + " …"
    return out.strip()
