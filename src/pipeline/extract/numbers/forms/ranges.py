"""Ranges: "tussen 5 en 10 procent", "tussen de 300 en 400 mensen", "tussen € 5,50 en € 36,08",
"tussen min vijf en twaalf graden" (`between`), and two numbers joined by a connector: "2 tot 3
procent", "5.000 à 7.500", "twee tot vier", "10-12 jaar", "van 14 000 tot 16 000" (`connected`;
number_words.yaml `range_openers`, `range_determiners`, `range_conjunctions`,
`range_connectors`). A scale word after the second number scales the first too ("2 tot 3
miljoen"), unless the first is no smaller than the number before that scale word ("tussen de
drieduizend en 4,5 duizend", "tussen 500 en 2 miljoen"). Negative twins: "tussen 2019 en 2021"
(years), "van 5 tot 3" (not rising), "2019-2020" (years), "10 -12" (a dash glued on one side).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import excluded
from pipeline.extract.numbers.forms.cardinals import word_number
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.units import currency_sign, with_unit
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
    signs = int(currency_sign(scan, k))
    a = number_at(scan, k + signs)
    if a is None or scan.low(a[1]) not in scan.nw.range_conjunctions:
        return None
    second_sign = int(currency_sign(scan, a[1] + 1))
    b = number_at(scan, a[1] + 1 + second_sign)
    if b is None:
        return None
    lo, hi = scale_pair(scan, a, b, k + signs)
    if lo >= hi or YEAR_RE.fullmatch(scan.words[k + signs].text):
        return None
    q = with_unit(scan, i, b[1], lo, hi, "range", k + signs)
    return replace(q, unit="euro") if signs or second_sign else q


def connected(scan: Scan, i: int) -> Quantity | None:
    """Form: "X tot Y", "X à Y", "X-Y" at word i (the longest connector first); "drie- tot
    vierduizend" leaves the scale of the first to the second (`_elided_scale`)."""
    a = number_at(scan, i)
    if a is None:
        return None
    j, w = a[1], scan.words
    elided = j + 1 < len(w) and w[j].text == "-" and glued(w[j - 1], w[j])
    elided = elided and not glued(w[j], w[j + 1]) and not w[j + 1].text[0].isdigit()
    j += elided
    if scan.low(j) not in scan.v.range_connector_firsts:
        return None
    for conn in scan.v.range_connectors:
        if not scan.starts(j, conn):
            continue
        k = j + len(conn)
        b = number_at(scan, k)
        if b is None or excluded(scan, k, b[1]):
            continue
        if conn in _DASHES and glued(w[j - 1], w[j]) != glued(w[j], w[k]):
            continue
        lo, hi = scale_pair(scan, a, b, i)
        if elided:
            lo *= _elided_scale(scan, k)
        if lo < hi and not (YEAR_RE.fullmatch(w[i].text) and b[1] == k + 1):
            if excluded(scan, i, j):
                return None  # the first number is no quantity: no range starts here
            return with_unit(scan, i, b[1], lo, hi, "range", i)
    return None


def _elided_scale(scan: Scan, k: int) -> float:
    """ "drie- tot vierduizend": the scale inside the written number at word k (1000 for
    "vierduizend", 100000 for "vierhonderdduizend"): its value over its longest leading cardinal
    below 100; 1 when it has none."""
    word = scan.low(k)
    whole = word_number(word)
    for n in range(len(word) - 1, 0, -1):
        lead = word_number(word[:n])
        if whole and lead and lead < 100:
            return whole / lead
    return 1.0


def scale_pair(
    scan: Scan, a: tuple[float, int], b: tuple[float, int], k: int
) -> tuple[float, float]:
    """The two ends of a range whose first number (at word k) has no scale word of its own: the
    second's scale words scale it too ("2 tot 3 miljoen" is 2 to 3 million)."""
    lo, hi = a[0], b[0]
    if a[1] == k + 1 and b[0] > 0:
        scale_words = [scan.low(x) for x in range(a[1] + 1, b[1]) if scan.low(x) in scan.nw.scales]
        factor = 1.0
        for s in scale_words:
            factor *= scan.nw.scales[s]
        if lo < hi / factor:
            lo *= factor
    return lo, hi


def may_start(low: str) -> bool:
    """ "tussen" (`between`; `connected` begins with a number)."""
    return low in number_words().range_openers
