"""Collective numerals: "met z'n tweeën", "met zijn vieren" (ANS §6.2.3): that many people (unit
people, form collective; number_words.yaml `collective_numerals`, `collective_determiners`).

Negative twins: "de tienen" (marks: no "z'n" before), "vieren" as a verb ("we vieren feest").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def collective(scan: Scan, i: int) -> Quantity | None:
    """Form: a collective numeral at word i after "z'n"/"zijn"."""
    nw = scan.nw
    value = nw.collective_numerals.get(scan.low(i))
    if value is None or scan.low(i - 1) not in nw.collective_determiners:
        return None
    return scan.make(i, i + 1, float(value), None, "people", "exact", "collective")


def may_start(low: str) -> bool:
    """A collective numeral."""
    return low in number_words().collective_numerals
