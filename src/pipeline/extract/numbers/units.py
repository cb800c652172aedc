"""Units: what a number counts or measures, from the words after it (units.csv).

`with_unit` reads, after a number ending at word j: a multiplier ("vier keer meer"), a unit word or
phrase ("procent", "miljoen euro", "vierkante meter"), a year that is an age (`copular`: "De
verdachte is 60 jaar."), a hedge after it, a bare age, a mark (`grades`: "een 7,5"), else people
or count from the counted noun ("300 slachtoffers" people, "640 meldingen"
count) -- or, with no noun at all, the unit of the noun Dutch left out ("we hebben er elf").
A currency sign before the number ("€ 680") makes it euro (`currency_sign`), and "van 31 miljoen
naar 26,5 miljoen euro" names the unit once for both (`shared_units`).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from pipeline.extract.numbers import multipliers
from pipeline.extract.numbers.copular import copular_age
from pipeline.extract.numbers.forms import ages
from pipeline.extract.numbers.grades import grade
from pipeline.extract.numbers.hedges import hedge_after
from pipeline.extract.numbers.lists import listed_units
from pipeline.extract.numbers.nouns import count_unit, quantitative_er
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def with_unit(
    scan: Scan, i: int, j: int, value: float, value_max: float | None, form: str, num_i: int
) -> Quantity:
    """Attach the unit word after words[i:j] (percent, euro, years, keer ...) and a hedge after it;
    `num_i` is the number's first word (after "tussen" in a range)."""
    times = multipliers.times(scan, i, j, value, value_max)
    if times is not None:
        return times
    unit, j = unit_word(scan, j)
    if unit == "year":
        unit, j = ages.year_or_age(scan, j, num_i, value, value_max, form)
        if unit == "year" and copular_age(scan, num_i, j, value):
            unit = "age"
    hedge, unit, j = hedge_after(scan, j, unit)
    if not unit and ages.bare_age(scan, num_i, j, value, value_max):
        unit = "age"
    if not unit and grade(scan, num_i, j, value, value_max):
        return scan.make(i, j, value, value_max, "other", hedge, "grade")
    if not unit:
        unit = count_unit(scan, j, elision=quantitative_er(scan, num_i))
        if not unit:
            q = scan.make(i, j, value, value_max, elided_unit(scan), hedge, form)
            return replace(q, elided=True)
    return scan.make(i, j, value, value_max, unit, hedge, form)


def unit_word(scan: Scan, j: int) -> tuple[str, int]:
    """The unit of the unit word or phrase at word j and the word after it, the longest phrase
    first ("graden Celsius" before "graden"); ("", j) when none (a people noun is no unit word:
    `count_unit` decides people)."""
    low = scan.low(j)
    if low in scan.v.unit_phrase_firsts:
        for phrase, phrase_unit in scan.v.unit_phrases:
            if scan.starts(j, phrase):
                return phrase_unit, j + len(phrase)
    if low in scan.v.units and scan.v.units[low] != "people":
        return scan.v.units[low], j + 1
    return "", j


def currency_sign(scan: Scan, k: int) -> bool:
    """ "€ 680", "EUR 12": a currency sign before the amount (`euro_prefixes`)."""
    return scan.low(k) in scan.nw.euro_prefixes


def opens_amount(low: str) -> bool:
    """Word `low` is a currency sign that may open an amount."""
    return low in number_words().euro_prefixes


def elided_unit(scan: Scan) -> str:
    """No noun after the number ("zo'n 850 nieuwe", "we hebben er elf"): Dutch leaves out a
    noun named just before, so the unit of the sentence's last people/count number holds."""
    for q in reversed(scan.found):
        if q.unit in {"people", "count"}:
            return q.unit
    return "count"


def shared_units(scan: Scan) -> list[Quantity]:
    """ "daalt van 31 miljoen naar 26,5 miljoen euro": the unit named after the second number
    of a "van X naar/tot Y" pair is the first's too; Dutch names it once. So is the unit after
    the last member of a list ("55 en 44 jaar": `lists.listed_units`)."""
    out = listed_units(scan, scan.found)
    for n, (a, b) in enumerate(pairwise(out)):
        if (
            a.form == "bare"
            and a.unit == "count"
            and b.unit in {"euro", "percent"}
            and scan.low(a.i - 1) in scan.nw.shared_unit_from
            and b.i == a.j + 1
            and scan.low(a.j) in scan.nw.shared_unit_to
        ):
            out[n] = replace(a, unit=b.unit, elided=False)
    return out
