"""Rates per a round base: "twee per duizend inwoners" (0.002), "12 per 100.000 inwoners",
"3 op de 1000" is `one_in` (unit ratio, form rate; GUIDELINES: `twee per duizend`→0.002; words in
number_words.yaml `rate_prepositions`). The span takes the counted noun, which the rate needs.

Negative twins: "40 patiënten per dag", "3 euro per stuk" (no number after "per": a count or an
amount per unit, read by `counted`); "5 per 3" (the base is no power of ten of 100 or more).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_MIN_BASE = 100


def rate(scan: Scan, i: int) -> Quantity | None:
    """Form: "X per Y (noun)" starting at word i, Y a power of ten of at least 100."""
    part = number_at(scan, i)
    if part is None or scan.low(part[1]) not in scan.nw.rate_prepositions:
        return None
    base = number_at(scan, part[1] + 1)
    if base is None or not _round_base(base[0]):
        return None
    end = base[1]
    noun = scan.word(end)
    if noun is not None and noun.pos in {"NOUN", "PROPN"}:
        end += 1
    value = round(part[0] / base[0], 12)  # exact in decimals: "12 per 100.000" is 0.00012
    return scan.make(i, end, value, None, "ratio", "exact", "rate")


def _round_base(value: float) -> bool:
    """100, 1000, 100.000, a million: a base a rate is given per."""
    whole = int(value)
    return whole == value and whole >= _MIN_BASE and str(whole).rstrip("0") == "1"


def may_start(low: str) -> bool:
    """A written cardinal (digits are always tried)."""
    return cardinals.may_start(low)
