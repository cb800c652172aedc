"""One in: "één op de vier jongeren", "drie op de tien", "1 op elke 8", "Eén uit de 50 aanvragen",
"slechts 1 op de 10–12" (1/12 to 1/10), and "2 van de 5 scholen", "één van de vier" when the
whole is a small, round or written-out number (unit ratio, form one_in; number_words.yaml
`one_in_prepositions`, `one_in_determiners`, `one_in_partitives`, `one_in_partitive_max`).

Negative twins: "vier op de drie" (not below one) is no ratio; "199 van de 503 personen" are two
counts (a part of a counted group, `nouns.partitive_unit`); "de nacht van 17 op 18 november" is a
date (a month after the whole).
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
    """Form: "X op (de) Y" (or "uit", or "van" with a small whole) starting at word i, X below Y."""
    nw = scan.nw
    num = 1.0 if scan.low(i) in nw.one_words else number_word(scan, i)
    prep = scan.low(i + 1)
    if num is None or (prep not in nw.one_in_prepositions and prep not in nw.one_in_partitives):
        return None
    k = i + 3 if scan.low(i + 2) in nw.one_in_determiners else i + 2
    den = number_at(scan, k)
    if den is None or den[0] <= num or scan.low(den[1]) in nw.months:
        return None
    if prep in nw.one_in_partitives and not _ratio_whole(scan, k, den[0]):
        return None
    end, upper = den[1], _upper_whole(scan, den)
    if upper is not None:
        end = upper[1]
        low, high = num / upper[0], num / den[0]
        return scan.make(i, end, round(low, 4), round(high, 4), "ratio", "exact", "one_in")
    return scan.ratio(i, end, num / den[0], "one_in")


def _ratio_whole(scan: Scan, k: int, whole: float) -> bool:
    """ "van de vier", "van de 5", "van de 100": a whole that makes "X van de Y" a ratio."""
    written = not scan.words[k].text[0].isdigit()
    power_of_ten = whole >= 10 and str(int(whole)).rstrip("0") == "1" and whole == int(whole)
    return written or power_of_ten or whole <= scan.nw.one_in_partitive_max


def _upper_whole(scan: Scan, den: tuple[float, int]) -> tuple[float, int] | None:
    """ "1 op de 10–12": the second end of a range of wholes after the first, or None."""
    for conn in scan.v.range_connectors:
        if scan.starts(den[1], conn):
            upper = number_at(scan, den[1] + len(conn))
            if upper is not None and upper[0] > den[0]:
                return upper
    return None


def may_start(low: str) -> bool:
    """A word for one or a written cardinal."""
    return low in number_words().one_words or cardinals.may_start(low)  # "drie op de tien"
