"""Lists of numbers: Dutch names the unit once, after the last member ("mannen van 55 en 44
jaar", "17, 20 en 24 jaar", "83 en 81 positief geteste personen", "5 en 6 miljoen euro").

The members before the last take its unit (and its scale words, "5 en 6 miljoen": 5 million),
when nothing but a joiner (unit_words.yaml `list_joiners`: ",", "en", "of") stands between
them and they have no noun of their own; a list of years after "van" and a people noun is a list
of ages ("twee mannen van 55 en 44 jaar"). Negative twins: "3 doden en 4 gewonden" (each has its
noun), "hij kreeg 3, zij 4 jaar" (a word between).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.ages import people_before
from pipeline.extract.numbers.vocab import unit_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_LISTED = frozenset({"bare", "range"})


def listed_units(scan: Scan, found: list[Quantity]) -> list[Quantity]:
    """`found` with every list's earlier members given the unit of its last member."""
    out = list(found)
    k = len(out) - 1
    while k > 0:
        start = k
        while start > 0 and _joined(scan, out[start - 1], out[start], out[k].unit):
            start -= 1
        if start < k:
            last = out[k]
            unit = last.unit
            ages = any(q.unit == "age" for q in out[start:k])  # "van 17, 20 en 24 jaar"
            if unit == "year" and (ages or _after_person(scan, out[start].i)):
                unit = "age"
            scale = _scale(scan, last)
            for m in range(start, k):
                member = out[m]
                value = member.value * scale if member.j == member.i + 1 else member.value
                out[m] = replace(member, value=value, unit=unit, elided=False)
            out[k] = replace(last, unit=unit)
        k = start - 1
    return out


def _joined(scan: Scan, a: Quantity, b: Quantity, unit: str) -> bool:
    """`a` is a bare number without a noun, a joiner and then `b`, the next member of a list
    whose last member has `unit` (a bare age joins only a list of years or ages)."""
    return (
        a.form == "bare"
        and a.value_max is None
        and (a.unit in {"count", "year"} or (a.unit == "age" and unit in {"year", "age"}))
        and b.form in _LISTED
        and not b.elided
        and b.i == a.j + 1
        and scan.low(a.j) in unit_words().list_joiners
    )


def _after_person(scan: Scan, i: int) -> bool:
    """The list starts after "van" and a people noun: "twee mannen van 55 en 44 jaar"."""
    return scan.low(i - 1) in scan.nw.age_prepositions and people_before(scan, i - 2)


def _scale(scan: Scan, last: Quantity) -> float:
    """The scale words right after the last member's number ("6 miljoen euro": a million)."""
    scale = 1.0
    k = last.i + 1
    while k < last.j and scan.low(k) in scan.nw.scales:
        scale *= scan.nw.scales[scan.low(k)]
        k += 1
    return scale
