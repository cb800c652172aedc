"""Words compounded of a number: "een tweejarig jongetje" (unit age, form age), "een
dertienweekse stage", "een 13-weekse stage", "een achturige werkdag" (unit other), "een
vijfvoudige stijging", "het vijfvoudige", "het dubbele", "dubbel zoveel", "tweemaal zo groot"
(unit ratio, a multiplier), "driemaal" (how often: count), "een tiental doden", "een 5-tal" (about that many:
hedge approx, people or count from the noun). The age in digits, "een 34-jarige man", is the form
`ages.hyphenated`, tried before this one.

number_words.yaml `compound_suffixes` (the second part and the unit it gives), `multiple_words`
and `multiple_determiners` ("het dubbele"). Negative twins: "eenvoudig" and "meervoudig" (no
cardinal before "voudig"), "een dubbele moord" (only "het dubbele" is a multiple), "de
Vierdaagse" (a capitalised compound inside a sentence is a name), "2019-jarig" (a year).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers import multipliers
from pipeline.extract.numbers.filters import bare_year, excluded
from pipeline.extract.numbers.forms.ages import before_hyphen
from pipeline.extract.numbers.forms.cardinals import word_number
from pipeline.extract.numbers.nouns import count_unit
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def compound(scan: Scan, i: int) -> Quantity | None:
    """Form: a number glued by a hyphen to a compound suffix ("13-weekse"), a written compound
    ("dertienweekse"), or a multiple after "het" ("het dubbele")."""
    w = scan.words[i]
    if w.text[0].isdigit():
        return _hyphenated(scan, i)
    nw = scan.nw
    if w.low in nw.multiple_determiners:  # "het dubbele", "het vijfvoudige"
        value = _multiple_value(scan.low(i + 1))
        return (
            None if value is None else scan.make(i, i + 2, value, None, "ratio", "exact", "times")
        )
    if w.low in nw.multiple_words:
        return _multiple(scan, i, float(nw.multiple_words[w.low]))
    split = written(w.low)
    if split is None or (w.text[:1].isupper() and i > 0 and scan.words[i - 1].text.isalnum()):
        return None
    value, unit = split
    return _quantity(scan, i, i + 1, value, unit)


def _multiple(scan: Scan, i: int, value: float) -> Quantity | None:
    """ "dubbel zoveel", "driedubbel zo groot": a multiple before a comparative ("het dubbele",
    after one of `multiple_determiners`, is read from the determiner on)."""
    compared = multipliers.repeated(scan, i, i + 1, value, None)
    return compared if compared.unit == "ratio" else None


def _multiple_value(low: str) -> float | None:
    """The multiplier a word names: "dubbele" 2, "vijfvoudige" 5; else None."""
    nw = number_words()
    if low in nw.multiple_words:
        return float(nw.multiple_words[low])
    split = written(low)
    return split[0] if split is not None and split[1] == "ratio" else None


def _hyphenated(scan: Scan, i: int) -> Quantity | None:
    a = before_hyphen(scan, i)
    if a is None:
        return None
    value, j = a
    unit = _suffix_unit(scan.low(j + 1))
    if unit is None or excluded(scan, i, j) or bare_year(scan, i, j, value):
        return None
    return _quantity(scan, i, j + 2, value, unit)


def _quantity(scan: Scan, i: int, j: int, value: float, unit: str) -> Quantity:
    if unit == "times":  # "tweemaal", "driemaal zo groot": a repetition or a multiplier
        return multipliers.repeated(scan, i, j, value, None)
    if unit == "about":  # "een tiental doden": about ten
        unit = count_unit(scan, j)
        return scan.make(i, j, value, None, unit, "approx", "compound")
    form = {"age": "age", "ratio": "times"}.get(unit, "compound")
    return scan.make(i, j, value, None, unit, "exact", form)


def _suffix_unit(low: str) -> str | None:
    return number_words().compound_suffixes.get(low)


@lru_cache(maxsize=1 << 14)
def written(low: str) -> tuple[float, str] | None:
    """ "dertienweekse" -> (13, "other"), "tweejarig" -> (2, "age"); None for no compound nor a
    noun that only looks like one ("het elftal", a team: `compound_nouns`)."""
    if low in number_words().compound_nouns:
        return None
    for suffix, unit in sorted(number_words().compound_suffixes.items(), key=lambda s: -len(s[0])):
        if low.endswith(suffix) and len(low) > len(suffix):
            value = word_number(low[: -len(suffix)])
            return None if value is None or value <= 0 else (value, unit)
    return None


def may_start(low: str) -> bool:
    """A written compound, a multiple word or its determiner (digits are always tried)."""
    nw = number_words()
    return written(low) is not None or low in nw.multiple_words or low in nw.multiple_determiners
