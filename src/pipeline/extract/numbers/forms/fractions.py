"""Fractions: "twee derde", "een kwart", "de helft", "driekwart", "drie vijfde" (unit ratio, form
fraction; number_words.yaml `denominators`, `fraction_words`, `determined_fractions`,
`half_determiners`). Negative twins: "een vijfde jaar" (an ordinal before a noun: `part_nouns`
"een derde deel" still counts), "zes vijfde" (not below one), "helft" without "de"/"een".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals
from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_NOMINAL = {"NOUN", "ADJ", "PROPN"}


def fraction(scan: Scan, i: int) -> Quantity | None:
    """Form: a fraction starting at word i."""
    nw = scan.nw
    low = scan.low(i)
    half = scan.low(i + 1)
    if low in nw.half_determiners and half in nw.determined_fractions:
        return scan.ratio(i, i + 2, nw.fraction_words[half], "fraction")
    if low in nw.fraction_words and low not in nw.determined_fractions:
        return scan.ratio(i, i + 1, nw.fraction_words[low], "fraction")
    den = nw.denominators.get(scan.low(i + 1))
    if den is None:
        return None
    if low in nw.one_words:
        nxt = scan.word(i + 2)
        if nxt is not None and nxt.pos in _NOMINAL and nxt.low not in nw.part_nouns:
            return None
        num = 1.0
    else:
        parsed = number_word(scan, i)
        if parsed is None or parsed >= den:
            return None
        num = parsed
    return scan.ratio(i, i + 2, num / den, "fraction")


def may_start(low: str) -> bool:
    """ "de"/"een" before "helft", a whole-word fraction, a word for one or a cardinal."""
    nw = number_words()
    return (
        low in nw.half_determiners
        or low in nw.fraction_words
        or low in nw.one_words
        or cardinals.may_start(low)  # "twee derde"
    )
