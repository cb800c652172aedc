"""What the number grammar reads and what it finds: `Word`, `Quantity`, and the word splitter.

The grammar runs on its own words rather than a model's tokens, so the same rules hold under any
tokenisation: numbers keep their separators ("1.300", "2,5"), "3%" is two words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Word:
    """One word of the text: surface, character offsets and (when parsed) its UPOS tag; `low`, the
    lower-case surface every rule compares, is computed once here."""

    text: str
    start: int
    end: int
    pos: str = ""
    low: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())


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
