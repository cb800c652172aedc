"""What the number grammar reads and what it finds: `Word`, `Quantity`, and the word splitter.

The grammar runs on its own words rather than a model's tokens, so the same rules hold under any
tokenisation: numbers keep their separators ("1.300", "2,5"), "3%" is two words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
YEAR_RE = re.compile(r"(?:19|20)\d\d")


class Word:
    """One word of the text: surface, character offsets and (when parsed) its UPOS tag; `low`, the
    lower-case surface every rule compares, is computed once here.

    A value, immutable by contract: equal when text, offsets and tag are. A plain slotted class
    rather than a frozen dataclass, since every sentence builds one per word and a frozen
    dataclass's `__init__` costs several times as much.
    """

    __slots__ = ("end", "low", "pos", "start", "text")

    def __init__(self, text: str, start: int, end: int, pos: str = "") -> None:
        self.text = text
        self.start = start
        self.end = end
        self.pos = pos
        self.low = text.lower()

    def _key(self) -> tuple[str, int, int, str]:
        return self.text, self.start, self.end, self.pos

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Word(text={self.text!r}, start={self.start}, end={self.end}, pos={self.pos!r})"


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, normalised; words[i:j] is its surface."""

    i: int
    j: int
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    hedge: str
    form: str
    elided: bool = False


def tokenize(text: str) -> list[Word]:
    """Split `text` into words the grammar reads: numbers keep their separators, "3%" is two words."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def split_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-case word sequence the grammar compares against."""
    return tuple(m.group().lower() for m in WORD_RE.finditer(phrase))


def glued(a: Word, b: Word) -> bool:
    """No space between the two words ("14:30", "3e", "34-jarige")."""
    return a.end == b.start
