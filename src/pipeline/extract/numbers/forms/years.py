"""Years with their preposition: "in 2019", "sinds 2013", "medio 2020" (unit year, form year).

A year after a preposition of time (number_words.yaml `year_prepositions`) is a claim that
something happened then. Negative twins: "in 2019-2020" and "in 2019 euro" (a year glued to a dash
or followed by a unit or scale word), "mei 2019" (a date), a year in a sentence about plans
("in 2030 wil het kabinet …": `future_lemmas`), except after "sinds" (`past_year_prepositions`)
or before a deadline ("tegen 2030 gehalveerd": `deadline_year_prepositions`),
and a year that bounds a count in its clause ("in 2019 daalde dat aantal naar 170", "sinds 2021
al honderden slachtoffers": another number or a vague quantity, `vague_quantities`; GUIDELINES).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import YEAR_RE, Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_CLAUSE_ENDS = {",", ";", ":", ".", "!", "?", "(", ")"}


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
    asserted = scan.nw.past_year_prepositions | scan.nw.deadline_year_prepositions
    if prep not in asserted and about_plans(scan):
        return None
    if scan.blocked(i + 1) or bounds_a_count(scan, i, i + 2):
        return None
    return scan.make(i, i + 2, float(found.text), None, "year", "exact", "year")


def bounds_a_count(scan: Scan, i: int, j: int) -> bool:
    """The clause of the year at words i..j-1 holds another number (not a year, not a duration:
    `duration_units`) or a vague quantity ("honderden"): the year indexes or bounds that count."""
    for k in (*_clause(scan, i - 1, -1), *_clause(scan, j, 1)):
        w = scan.words[k]
        if w.low in scan.nw.vague_quantities:
            return True
        if scan.blocked(k) or YEAR_RE.fullmatch(w.text):
            continue
        number = w.text[0].isdigit() or number_word(scan, k) is not None
        if number and scan.low(k + 1) not in scan.nw.duration_units:
            return True
    return False


def _clause(scan: Scan, k: int, step: int) -> range:
    """The word indices from k away from the year in direction `step` up to a clause break."""
    end = k
    while 0 <= end < len(scan.words) and scan.words[end].text not in _CLAUSE_ENDS:
        end += step
    return range(k, end, step)


def about_plans(scan: Scan) -> bool:
    """The sentence's lemmas (when parsed) say it is about plans ("wil", "zal", "streven")."""
    return scan.lemmas is not None and any(lemma in scan.nw.future_lemmas for lemma in scan.lemmas)


def may_start(low: str) -> bool:
    """A year preposition."""
    return low in number_words().year_prepositions
