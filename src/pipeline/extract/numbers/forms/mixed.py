"""Mixed numbers and parts of a scale or unit (readers): "zeven en een half" (7,5), "achttien en
twee vijfde" (18,4), "honderdvier en een derde miljoen" (104⅓ million), "2 3/4", "2½"
(`read_mixed`); "een half dozijn" (6), "een kwart miljoen", "driekwart miljoen", "een half jaar"
(`read_part`).

number_words.yaml `mixed_conjunctions` ("en"), `half_words` ("half", "halve"), `denominators`,
`fraction_words`, `vulgar_fractions`. Negative twins: "tussen de 300 en een half miljoen" (the
"en" of a range, not of a mixed number), "zes en zeven vijfde" (a fraction is below one), "een
derde jaar" (an ordinal: only a half takes a unit word directly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals
from pipeline.extract.numbers.forms.fractions import read_slashed
from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def read_mixed(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: a whole number, then "en" and a fraction below one, a slash fraction or a glued
    vulgar fraction ("2½")."""
    base = number_word(scan, i)
    if base is None or base != int(base) or base < 0:
        return None
    nw, j = scan.nw, i + 1
    nxt = scan.word(j)
    if nxt is None:
        return None
    if nxt.text in nw.vulgar_fractions and glued(scan.words[i], nxt):
        return base + nw.vulgar_fractions[nxt.text], j + 1
    slashed = read_slashed(scan, j)
    if slashed is not None and 0 < slashed[0] < 1:
        return base + slashed[0], slashed[1]
    if nxt.low not in nw.mixed_conjunctions or _range_end(scan, i):
        return None
    part = fraction_at(scan, j + 1)
    return None if part is None else (base + part[0], part[1])


def read_part(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: a fraction before a scale word ("een half dozijn", "driekwart miljoen"), a half
    before a unit word ("een half jaar", "een halve dag"), or a fraction sign ("½")."""
    nw = scan.nw
    low = scan.low(i)
    if low in nw.vulgar_fractions:  # "½ liter": a numeral sign, a number wherever it stands
        return nw.vulgar_fractions[low], i + 1
    part = fraction_at(scan, i)
    if part is None and low in nw.fraction_words and low not in nw.determined_fractions:
        part = nw.fraction_words[low], i + 1
    elif part is None and low in nw.half_words:
        part = 0.5, i + 1
    if part is None:
        return None
    after = scan.low(part[1])
    if after in nw.scales:
        return part
    half = scan.low(part[1] - 1) in nw.half_words
    if half and scan.v.units.get(after, "people") != "people":
        return part
    return None


def fraction_at(scan: Scan, k: int) -> tuple[float, int] | None:
    """ "een half", "een derde", "twee vijfde" at word k as a number below one, and its end."""
    nw = scan.nw
    num = 1.0 if scan.low(k) in nw.one_words else number_word(scan, k)
    if num is None:
        return None
    den_low = scan.low(k + 1)
    if den_low in nw.half_words:
        return (0.5, k + 2) if num == 1 else None
    den = nw.denominators.get(den_low)
    if den is None or num >= den:
        return None
    return num / den, k + 2


def _range_end(scan: Scan, i: int) -> bool:
    """Word i is the first end of "tussen (de) X en Y": its "en" joins the range."""
    k = i - 1
    if scan.low(k) in scan.nw.range_determiners:
        k -= 1
    return scan.low(k) in scan.nw.range_openers


def may_start_part(low: str) -> bool:
    """A word for one, a cardinal, a fraction word or a half ("een half", "driekwart")."""
    nw = number_words()
    return (
        low in nw.one_words
        or low in nw.fraction_words
        or low in nw.half_words
        or low in nw.vulgar_fractions
        or cardinals.may_start(low)
    )


def may_start_mixed(low: str) -> bool:
    """A written cardinal (digits are always tried)."""
    return cardinals.may_start(low)
