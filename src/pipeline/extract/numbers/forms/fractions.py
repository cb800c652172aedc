"""Fractions: "twee derde", "een kwart", "de helft", "driekwart", "drie vijfde", "3/4" (unit ratio,
form fraction; number_words.yaml `denominators`, `fraction_words`, `determined_fractions`,
`half_determiners`). Negative twins: "een vijfde jaar" (an ordinal before a noun: `part_nouns`
"een derde deel" still counts), "zes vijfde" (not below one), "helft" without "de"/"een",
"een kwart miljoen" (a part of a scale word: a number, read by `mixed.read_part`), "3/4 liter"
(a slash fraction before a unit word is a number of that unit), "op 3/4" (a date), "2024/2025"
(a season: a denominator above 100).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals
from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.vocab import non_claim_words, number_words
from pipeline.extract.numbers.words import Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_NOMINAL = {"NOUN", "ADJ", "PROPN"}
_MAX_DENOMINATOR = 100


def fraction(scan: Scan, i: int) -> Quantity | None:
    """Form: a fraction starting at word i."""
    nw = scan.nw
    low = scan.low(i)
    half = scan.low(i + 1)
    if low in nw.half_determiners and half in nw.determined_fractions:
        return scan.ratio(i, i + 2, nw.fraction_words[half], "fraction")
    if low in nw.fraction_words and low not in nw.determined_fractions:
        return _unless_scaled(scan, i, i + 1, nw.fraction_words[low])
    slashed = read_slashed(scan, i)
    if slashed is not None:
        unit = scan.v.units.get(scan.low(slashed[1]), "people") != "people"
        return None if unit else _unless_scaled(scan, i, slashed[1], slashed[0])
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
    return _unless_scaled(scan, i, i + 2, num / den)


def _unless_scaled(scan: Scan, i: int, j: int, value: float) -> Quantity | None:
    """The ratio spelt by words[i:j], unless a scale word follows ("een kwart miljoen")."""
    if scan.low(j) in scan.nw.scales:
        return None
    return scan.ratio(i, j, value, "fraction")


def read_slashed(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: "3/4", "1/3": glued digits over digits, the numerator below the denominator, not
    part of a date chain ("3/4/2020", "17/5") nor after a word that dates it ("op 3/4":
    non_claims.yaml `date_prepositions`) unless "van" follows ("voor 3/4 van de bewoners")."""
    w = scan.words
    if i + 2 >= len(w) or w[i + 1].text != "/" or not w[i].text.isdigit():
        return None
    if not (glued(w[i], w[i + 1]) and glued(w[i + 1], w[i + 2]) and w[i + 2].text.isdigit()):
        return None
    after = scan.word(i + 3)
    if after is not None and after.text in {"/", "-"} and glued(w[i + 2], after):
        return None
    if i > 0 and w[i - 1].text in {"/", ":"} and glued(w[i - 1], w[i]):
        return None
    num, den = int(w[i].text), int(w[i + 2].text)
    if not 0 < num < den <= _MAX_DENOMINATOR:
        return None  # "2024/2025": a season, not a fraction
    of = scan.low(i + 3) in scan.nw.partitive_prepositions | scan.nw.part_nouns
    if scan.low(i - 1) in non_claim_words().date_prepositions and not of:
        return None
    return num / den, i + 3


def may_start(low: str) -> bool:
    """ "de"/"een" before "helft", a whole-word fraction, a word for one or a cardinal."""
    nw = number_words()
    return (
        low in nw.half_determiners
        or low in nw.fraction_words
        or low in nw.one_words
        or cardinals.may_start(low)  # "twee derde"
    )
