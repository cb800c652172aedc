"""Signed numbers: "min 7 graden", "minus 3", "-9,8 graden", "−2 procent", "+112" (a reader: the
number after the sign, negative after a minus), so a range "tussen min vijf en twaalf graden"
reads -5 to 12.

number_words.yaml `sign_words` (a word before the number: "min", "minus", "plus") and
`sign_marks` (a mark glued to it: "-", "−", "+"). Negative twins: "min of meer" (no number after
"min"), "10 -12" and "2019-2020" (a dash after a number belongs to a range, not to a sign), "- 5"
(a dash not glued to the number is a dash).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def read(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: a sign word or mark at word i and the number after it."""
    w = scan.words
    if i + 1 >= len(w):
        return None
    low = scan.low(i)
    if low in scan.nw.sign_words:
        sign = scan.nw.sign_words[low]
    elif low in scan.nw.sign_marks and glued(w[i], w[i + 1]) and w[i + 1].text[0].isdigit():
        before = scan.word(i - 1) if i > 0 else None
        if before is not None and glued(before, w[i]) and before.text.isalnum():
            return None  # "2019-2020", "COVID-19": a joined word, not a sign
        if before is not None and number_at(scan, i - 1) is not None:
            return None  # "10 -12": the second end of a range
        sign = scan.nw.sign_marks[low]
    else:
        return None
    found = number_at(scan, i + 1)
    if found is None:
        return None
    return sign * found[0], found[1]


def may_start(low: str) -> bool:
    """A sign word or mark."""
    nw = number_words()
    return low in nw.sign_words or low in nw.sign_marks
