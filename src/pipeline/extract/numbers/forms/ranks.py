"""Ranks and ordinals: "plaats 3", "op de derde plaats", "3e plaats", "eindigde als 3e" (unit
other, form rank; number_words.yaml `rank_nouns`, `ordinals`, `ordinal_suffixes`,
`rank_prepositions`). Negative twins: "de derde keer" (an ordinal without a rank noun: a count,
`ordinals`), "3e" alone without "als" before it, and "in de eerste plaats" ("firstly":
`ordinal_idioms`) are no ranks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import excluded
from pipeline.extract.numbers.forms.digits import MAX_DIGITS
from pipeline.extract.numbers.forms.ordinals import in_idiom
from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def rank(scan: Scan, i: int) -> Quantity | None:
    """Form: a rank noun and its number, or an ordinal (word or "3e") before a rank noun."""
    nw, w = scan.nw, scan.words
    if in_idiom(scan, i):
        return None
    if scan.low(i) in nw.rank_nouns and i + 1 < len(w):
        value = number_word(scan, i + 1)
        if value is not None and value == int(value) and not excluded(scan, i + 1, i + 2):
            return scan.make(i, i + 2, value, None, "other", "exact", "rank")
    value = nw.ordinals.get(scan.low(i))
    j = i + 1
    digits = (
        w[i].text.isdigit()
        and len(w[i].text) <= MAX_DIGITS
        and scan.low(i + 1) in nw.ordinal_suffixes
    )
    if value is None and digits and glued(w[i], w[i + 1]):
        value, j = int(w[i].text), i + 2
    if value is not None and scan.low(j) in nw.rank_nouns:
        return scan.make(i, j + 1, float(value), None, "other", "exact", "rank")
    if digits and j == i + 2 and scan.low(i - 1) in nw.rank_prepositions:
        return scan.make(i, j, float(value or 0), None, "other", "exact", "rank")
    return None


def may_start(low: str) -> bool:
    """A rank noun or an ordinal word (digits are always tried)."""
    nw = number_words()
    return low in nw.rank_nouns or low in nw.ordinals
