"""One in: "één op de vier jongeren", "drie op de tien", "1 op elke 8" (unit ratio, form one_in;
number_words.yaml `one_in_prepositions`, `one_in_determiners`). Negative twin: "vier op de drie"
(not below one) is no ratio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals
from pipeline.extract.numbers.forms.scales import number_at, number_word
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def one_in(scan: Scan, i: int) -> Quantity | None:
    """Form: "X op (de) Y" starting at word i, X below Y."""
    nw = scan.nw
    num = 1.0 if scan.low(i) in nw.one_words else number_word(scan, i)
    if num is None or scan.low(i + 1) not in nw.one_in_prepositions:
        return None
    k = i + 3 if scan.low(i + 2) in nw.one_in_determiners else i + 2
    den = number_at(scan, k)
    if den is None or den[0] <= num:
        return None
    return scan.ratio(i, den[1], num / den[0], "one_in")


def may_start(low: str) -> bool:
    """A word for one or a written cardinal."""
    return low in number_words().one_words or cardinals.may_start(low)  # "drie op de tien"
