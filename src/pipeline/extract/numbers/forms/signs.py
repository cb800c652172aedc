"""Signed numbers: "min 7 graden", "minus 3", "-9,8 graden", "−2 procent", "+112" (a reader: the
number after the sign, negative after a minus), so a range "tussen min vijf en twaalf graden"
reads -5 to 12; and a sign after the unit, "drie graden onder nul" (-3, form `around_zero`).

number_words.yaml `sign_words` (a word before the number: "min", "minus", "plus") and
`sign_marks` (a mark glued to it: "-", "−", "+"). Negative twins: "min of meer" (no number after
"min"), "10 -12" and "2019-2020" (a dash after a number belongs to a range, not to a sign), "- 5"
(a dash not glued to the number is a dash); "drie graden boven nul" stays 3, and its "nul" is
no claim.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import excluded
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.units import with_unit
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity, glued

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


@cache
def _zero_firsts() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in number_words().zero_phrases)


def may_start(low: str) -> bool:
    """A sign word or mark."""
    nw = number_words()
    return low in nw.sign_words or low in nw.sign_marks


def around_zero(scan: Scan, i: int) -> Quantity | None:
    """Form: a number with its unit followed by a phrase that puts it below or above zero
    ("drie graden onder nul" -3, "5 graden onder het vriespunt" -5, "twee graden boven nul" 2:
    number_words.yaml `zero_phrases`); the unit word may be one the unit vocabulary lacks. Tried
    at every number, so a sentence without a zero phrase's first word after it is passed first."""
    found = number_at(scan, i)
    if found is None or found[0] <= 0 or _zero_firsts().isdisjoint(scan.lows[found[1] :]):
        return None
    if excluded(scan, i, found[1]):
        return None
    q = with_unit(scan, i, found[1], found[0], None, "bare", i)
    unit_taken = q.j > found[1]
    k = q.j if unit_taken else q.j + 1
    if not unit_taken and not (scan.word(q.j) and scan.words[q.j].text.isalpha()):
        return None
    for phrase, sign in scan.nw.zero_phrases.items():
        words = tuple(phrase.split())
        if scan.starts(k, words):
            j = k + len(words)
            return replace(q, j=j, end=scan.words[j - 1].end, value=sign * q.value, form="zero")
    return None
