"""Multipliers: "vier keer meer klachten", "twee keer zo groot" (unit ratio), and how often:
"vijftien keer" (unit count), all form times (number_words.yaml `times_words`, `comparatives`,
`times_comparative_openers`).

Read by `units.with_unit` right after a number or range, before any unit word. The change verbs
("verdubbeld") are a form of their own (`changes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def times(scan: Scan, i: int, j: int, value: float, value_max: float | None) -> Quantity | None:
    """The multiplier or repetition spelt by the number words[i:j] and "keer"/"maal" at word j."""
    if scan.low(j) not in scan.nw.times_words:
        return None
    return repeated(scan, i, j + 1, value, value_max)


def repeated(scan: Scan, i: int, k: int, value: float, value_max: float | None) -> Quantity:
    """words[i:k] say "N keer" ("driemaal"): a multiplier when a comparative follows at word k
    ("meer", "zo groot"), else how often (count)."""
    if scan.low(k) in scan.nw.comparatives:
        return scan.make(i, k + 1, value, value_max, "ratio", "exact", "times")
    if scan.low(k) in scan.nw.times_comparative_openers and scan.low(k + 1):
        return scan.make(i, k + 2, value, value_max, "ratio", "exact", "times")
    return scan.make(i, k, value, value_max, "count", "exact", "times")
