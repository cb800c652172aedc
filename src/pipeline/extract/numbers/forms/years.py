"""Years with their preposition: "in 2019", "sinds 2013", "medio 2020" (unit year, form year).

A year after a preposition of time (number_words.yaml `year_prepositions`) is a claim that
something happened then. Negative twins: "in 2019-2020" and "in 2019 euro" (a year glued to a dash
or followed by a unit or scale word), "mei 2019" (a date), and a year in a sentence about plans
("in 2030 wil het kabinet …": `future_lemmas`), except after "sinds" (`past_year_prepositions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import YEAR_RE, Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def year(scan: Scan, i: int) -> Quantity | None:
    """Form: a year preposition at word i and a year after it."""
    prep = scan.low(i)
    if prep not in scan.nw.year_prepositions or i + 1 >= len(scan.words):
        return None
    found = scan.words[i + 1]
    if not YEAR_RE.fullmatch(found.text) or scan.low(i - 1) in scan.nw.months:
        return None
    nxt = scan.word(i + 2)
    if nxt is not None and (
        (nxt.text in {"-", "/"} and glued(found, nxt))
        or nxt.low in scan.v.units
        or nxt.low in scan.nw.scales
        or nxt.low in scan.nw.months
    ):
        return None
    if prep not in scan.nw.past_year_prepositions and about_plans(scan):
        return None
    return scan.make(i, i + 2, float(found.text), None, "year", "exact", "year")


def about_plans(scan: Scan) -> bool:
    """The sentence's lemmas (when parsed) say it is about plans ("wil", "zal", "streven")."""
    return scan.lemmas is not None and any(lemma in scan.nw.future_lemmas for lemma in scan.lemmas)


def may_start(low: str) -> bool:
    """A year preposition."""
    return low in number_words().year_prepositions
