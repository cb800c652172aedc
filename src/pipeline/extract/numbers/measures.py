"""Measures: what kind of quantity a number is, finer than its coarse unit (Claim.measure and
Claim.measure_unit; the closed vocabularies of data/measures.csv and measure_units.csv).

Decided from the unit a number ended up with, its form and the unit word in its surface
(units.csv `measure`, `measure_unit`): "2,5 procentpunt" percentage_point, "in 2019"
calendar_year, "al vijf jaar" a duration in years, "14 weken" a duration in weeks, "verdubbeld"
and "vier keer zoveel" multipliers, "een kwart" a fraction, "plaats 3" a rank, "een 7,5" a grade,
"38 graden" a temperature in degrees Celsius, "9,7 miljard pond" money in pounds. Negative twins:
"2,5 procent" is a percentage, "zeven jaar" after a people noun and "van" an age in years.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from pipeline.extract.numbers.vocab import number_words, vocab
from pipeline.extract.numbers.words import Quantity, Word
from pipeline.text.datafiles import MeasureUnitRow, UnitRow, table

Measure = tuple[str | None, str | None]


def measure_of(words: Sequence[Word], q: Quantity, unit: str) -> Measure:
    """(measure, measure unit) of `q`, whose surface is words[q.i:q.j], with its final `unit`
    (the claims layer may have changed the grammar's)."""
    if unit in {"people", "count"}:
        return "count", None
    if unit == "euro":
        return "money", "euro"
    row = unit_row(words, q.i, q.j)  # after the units that need no unit word: most claims
    if unit == "percent":
        return (row.measure if row is not None and row.unit == "percent" else "percentage"), None
    if unit == "ratio":
        multiplier = q.form in {"change", "times"} or q.value > 1
        return ("multiplier" if multiplier else "fraction"), None
    if unit == "year":
        if q.form == "year":
            return "calendar_year", None
        return "duration", _time_unit(row, "duration")
    if unit == "age":
        return "age", _time_unit(row, "age")
    return _other(words, q, row)


def _other(words: Sequence[Word], q: Quantity, row: UnitRow | None) -> Measure:
    """Unit other: a rank or ordinal, a mark, else the measure of its unit word."""
    if q.form in {"rank", "grade"}:
        return q.form, None
    if row is not None and row.measure:
        return row.measure, row.measure_unit or None
    if any(_ordinal(w) for w in words[q.i : q.j]):
        return "rank", None
    if (time_unit := _compound_time_unit(words[q.i : q.j])) is not None:
        return "duration", time_unit
    return None, None


def _compound_time_unit(surface: Sequence[Word]) -> str | None:
    """The time unit of a number compounded with it ("13-weekse", "dertienweekse", "achturige":
    number_words.yaml `compound_time_units`); None for other compounds ("het vijfvoudige")."""
    units = number_words().compound_time_units
    for w in surface:
        for suffix in sorted(units, key=len, reverse=True):
            if w.low.endswith(suffix):
                return units[suffix]
    return None


def _ordinal(w: Word) -> bool:
    nw = number_words()
    return w.low in nw.ordinals or w.low in nw.ordinal_suffixes


def _time_unit(row: UnitRow | None, measure: str) -> str:
    """The time unit of a duration or age: its unit word's, in years when it has none that fits
    ("een 23-jarige", "onder de 18")."""
    if row is not None and row.measure_unit and measure in _units_of()[row.measure_unit]:
        return row.measure_unit
    return "years"


@cache
def _units_of() -> dict[str, tuple[str, ...]]:
    """measure_units.csv: the measures each unit serves."""
    return {r.name: r.measures for r in table(MeasureUnitRow)}


@cache
def _phrase_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(key) for key in vocab().unit_rows}, reverse=True))


def unit_row(words: Sequence[Word], i: int, j: int) -> UnitRow | None:
    """The first unit word or phrase of units.csv in words[i:j] (longest phrase first), but no
    people noun (a people noun counts; it is no unit of measure)."""
    rows = vocab().unit_rows
    for k in range(i, j):
        for n in _phrase_lengths():
            if k + n <= j:
                row = rows.get(tuple(w.low for w in words[k : k + n]))
                if row is not None:
                    return row
    return None
