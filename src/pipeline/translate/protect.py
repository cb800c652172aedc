"""Protection: names, numbers and termbase terms are swapped for opaque tokens before MT.

MT engines inflect or "translate" names ("Broekers-Knol"), reformat numbers ("1.300" → "1.3") and
ignore official English names. Each protected span becomes a token of capital letters only (no
digits for an engine to reformat, no punctuation for it to space out) that engines copy as an
unknown proper noun; after MT the token is replaced by the original span, or by the termbase's
English for a term. `tokens_survive` is the check that every token came back exactly once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\bZQ([A-Z]+)QZ\b", re.IGNORECASE)

# Numbers as written in Dutch text: 1.300, 12,5, 2020, with a percent sign kept attached.
_NUMBER = r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?%)?(?![\w])"
# A short capitalised phrase in quotes is a title or proper name ('Chat met Fier'), not a quote.
_QUOTED = r"(?<=[‘'\"“])[A-Z][\w-]*(?:\s[\w-]+){0,3}(?=[’'\"”])"


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _alternatives(words: Iterable[str]) -> list[str]:
    """Whole-word regex alternatives, longest first so "Tweede Kamer" wins over "Kamer"."""
    unique = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    return [rf"(?<!\w){re.escape(w)}(?!\w)" for w in unique]


def token(index: int) -> str:
    """The placeholder for the `index`-th protected span of a segment."""
    return f"ZQ{_letters(index)}QZ"


@dataclass(frozen=True)
class Masked:
    """A segment ready for MT: `text` with tokens, `restore` maps each token to its English."""

    text: str
    restore: dict[str, str]

    def unmask(self, translated: str) -> str:
        return TOKEN_RE.sub(lambda m: self.restore.get(m.group(0).upper(), m.group(0)), translated)


class Protector:
    """Masks the protected spans of one article's segments.

    `names` are entity names and aliases (kept as written); `terms` maps Dutch termbase entries to
    their official English (enforced in the output). Longer matches win over shorter ones.
    """

    def __init__(self, names: Iterable[str], terms: Mapping[str, str]) -> None:
        self._english = {key.casefold(): value for key, value in terms.items()}
        self._pattern = re.compile("|".join([*_alternatives(names), _QUOTED, _NUMBER]))
        self._terms = re.compile("|".join(_alternatives(terms)), re.IGNORECASE) if terms else None

    def mask(self, text: str) -> Masked:
        restore: dict[str, str] = {}
        pieces: list[str] = []
        last = 0
        for match in self._spans(text):
            start, end, english = match
            key = token(len(restore))
            restore[key] = english
            pieces += [text[last:start], key]
            last = end
        pieces.append(text[last:])
        return Masked("".join(pieces), restore)

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping protected spans, leftmost-longest, with the text that replaces each."""
        found: list[tuple[int, int, str]] = []
        if self._terms is not None:
            for m in self._terms.finditer(text):
                found.append((m.start(), m.end(), self._english[m.group(0).casefold()]))
        for m in self._pattern.finditer(text):
            found.append((m.start(), m.end(), self._english.get(m.group(0).casefold(), m.group(0))))
        found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        spans: list[tuple[int, int, str]] = []
        for span in found:
            if not spans or span[0] >= spans[-1][1]:
                spans.append(span)
        return spans


def tokens_survive(masked: str, translated: str) -> bool:
    """True when every token of `masked` occurs in `translated` as often, and no others do."""

    def count(text: str) -> Counter[str]:
        return Counter(m.group(0).upper() for m in TOKEN_RE.finditer(text))

    return count(masked) == count(translated)
