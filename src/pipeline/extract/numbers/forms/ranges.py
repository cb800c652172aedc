"""Ranges: "tussen 5 en 10 procent", "tussen de 300 en 400 mensen" (`between`), and two numbers
joined by a connector: "2 tot 3 procent", "5.000 à 7.500", "twee tot vier", "10-12 jaar"
(`connected`; number_words.yaml `range_openers`, `range_determiners`, `range_conjunctions`,
`range_connectors`). A scale word after the second number scales the first too ("2 tot 3
miljoen"). Negative twins: "tussen 2019 en 2021" (years), "van 5 tot 3" (not rising), "2019-2020"
(years), "10 -12" (a dash glued on one side only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import excluded
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.units import with_unit
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import YEAR_RE, Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_DASHES = {("-",), ("–",)}


def between(scan: Scan, i: int) -> Quantity | None:
    """Form: "tussen (de) X en Y" at word i."""
    if scan.low(i) not in scan.nw.range_openers:
        return None
    k = i + 2 if scan.low(i + 1) in scan.nw.range_determiners else i + 1
    a = number_at(scan, k)
    if a is None or scan.low(a[1]) not in scan.nw.range_conjunctions:
        return None
    b = number_at(scan, a[1] + 1)
    if b is None:
        return None
    lo, hi = scale_pair(scan, a, b, k)
    if lo >= hi or YEAR_RE.fullmatch(scan.words[k].text):
        return None
    return with_unit(scan, i, b[1], lo, hi, "range", k)


def connected(scan: Scan, i: int) -> Quantity | None:
    """Form: "X tot Y", "X à Y", "X-Y" at word i (the longest connector first)."""
    a = number_at(scan, i)
    if a is None:
        return None
    j = a[1]
    for conn in scan.v.range_connectors:
        if not scan.starts(j, conn):
            continue
        k = j + len(conn)
        b = number_at(scan, k)
        if b is None or excluded(scan, k, b[1]):
            continue
        w = scan.words
        if conn in _DASHES and glued(w[j - 1], w[j]) != glued(w[j], w[k]):
            continue
        lo, hi = scale_pair(scan, a, b, i)
        if lo < hi and not (YEAR_RE.fullmatch(w[i].text) and b[1] == k + 1):
            if excluded(scan, i, j):
                return None  # the first number is no quantity: no range starts here
            return with_unit(scan, i, b[1], lo, hi, "range", i)
    return None


def scale_pair(
    scan: Scan, a: tuple[float, int], b: tuple[float, int], k: int
) -> tuple[float, float]:
    """The two ends of a range whose first number (at word k) has no scale word of its own: the
    second's scale words scale it too ("2 tot 3 miljoen" is 2 to 3 million)."""
    lo, hi = a[0], b[0]
    if a[1] == k + 1 and b[0] > 0:
        scale_words = [scan.low(x) for x in range(a[1] + 1, b[1]) if scan.low(x) in scan.nw.scales]
        for s in scale_words:
            lo *= scan.nw.scales[s]
    return lo, hi


def may_start(low: str) -> bool:
    """ "tussen" (`between`; `connected` begins with a number)."""
    return low in number_words().range_openers
