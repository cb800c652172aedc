"""Hedges: the words that make a number approximate or bounded (hedges.csv).

- before the number: "bijna 300", "ruim een derde", "meer dan 2.000" (`hedge_before`), but not
  "gestegen tot 21 procent" ("rose to", not "up to": `after_rise_verb`) and not a clause-opening
  "maar" ("…, maar 30 mensen kwamen");
- after it: "300 of meer", "14 jaar of ouder" (`hedge_after`);
- floating before the finite verb of an inverted clause: "Naar schatting wachten 5.000 mensen"
  (`floating_hedge`).
A hedge phrase may make a bare number an age ("onder de 18", "jonger dan 12": the `age` column).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import Hedge, vocab
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

CLAUSE_BREAK = {",", ";", ":", "(", "‘", "'", "“", '"', "–", "-"}


def opens_hedge(low: str) -> bool:
    """Word `low` may open a hedge before a number."""
    return low in vocab().hedges_by_first


def hedge_before(scan: Scan, i: int) -> tuple[Hedge | None, int]:
    """The hedge phrase starting at word i, and the word after it (i when there is none)."""
    for h in scan.v.hedges_by_first.get(scan.low(i), ()):
        if scan.starts(i, h.words):
            opening = i == 0 or scan.words[i - 1].text in CLAUSE_BREAK | {"."}
            if opening and " ".join(h.words) in scan.nw.clause_internal_hedges:
                continue
            if h.words[0] in scan.nw.rise_hedges and after_rise_verb(scan, i):
                continue
            return h, i + len(h.words)
    return None, i


def after_rise_verb(scan: Scan, i: int) -> bool:
    """ "gestegen tot", "steeg vorig jaar tot": a verb of change up to three words before "tot"
    (a time phrase may stand between) makes it "rose to", not the hedge "up to"; so does the
    verb's separable particle right before "tot" ("liepen de tekorten in 2024 op tot"), and
    a change "met X" right before it ("stegen met 11 procent tot 96 miljoen euro")."""
    w = scan.words
    if i > 0 and (w[i - 1].pos == "VERB" or scan.low(i - 1) in scan.nw.rise_particles):
        return True
    last = scan.found[-1] if scan.found else None
    if last is not None and last.j == i and scan.low(last.i - 1) in scan.nw.change_prepositions:
        return True
    for k in range(i - 1, max(i - 4, -1), -1):
        if w[k].text in CLAUSE_BREAK:
            return False
        if scan.low(k) in scan.nw.rise_verbs:
            return True
    return False


def apply_hedges(scan: Scan, i: int, hedge: Hedge | None, q: Quantity) -> Quantity:
    """`q` with the hedge read before it at word i, else with a floating hedge before the verb
    (a multiplier "verdubbeld" takes none)."""
    if hedge is not None:
        return apply_before(scan, q, i, hedge)
    if q.hedge == "exact" and q.form != "change":
        floating = floating_hedge(scan, i)
        if floating is not None:
            return replace(q, hedge=floating.hedge)
    return q


def apply_before(scan: Scan, q: Quantity, i: int, h: Hedge) -> Quantity:
    """`q` widened to the hedge at word i; an age hedge makes a bare number under 121 an age."""
    unit = q.unit
    if h.age and q.form == "bare" and q.value_max is None and q.value <= 120:
        unit = "age"
    if " ".join(h.words) in scan.nw.age_comparatives:
        unit = "age"
    hedge = h.hedge if q.hedge == "exact" else q.hedge
    return replace(q, i=i, start=scan.words[i].start, unit=unit, hedge=hedge)


def floating_hedge(scan: Scan, i: int) -> Hedge | None:
    """ "Naar schatting wachten 5.000 mensen": the hedge stands before the finite verb."""
    k = i - 1
    if scan.low(k) in scan.nw.floating_hedge_skips:
        k -= 1
    if k < 0 or scan.words[k].pos not in {"VERB", "AUX", ""}:
        return None
    for h in scan.v.hedges_floating:
        if k - len(h.words) >= 0 and scan.starts(k - len(h.words), h.words):
            return h
    return None


def hedge_after(scan: Scan, j: int, unit: str) -> tuple[str, str, int]:
    """The hedge phrase after a number and its unit ending at word j ("of meer", "of ouder"), past
    one noun when there is no unit yet ("300 mensen of meer"): (hedge, unit, end). An age hedge
    needs a year or age unit and makes it an age."""
    firsts = scan.v.hedge_after_firsts
    if scan.low(j) not in firsts and scan.low(j + 1) not in firsts:
        return "exact", unit, j  # no hedge phrase begins at either word
    w = scan.words
    for h in scan.v.hedges_after:
        after_noun = not unit and not h.age and w[j].text.isalpha() if j < len(w) else False
        if after_noun and scan.starts(j + 1, h.words):
            j += 1
        if scan.starts(j, h.words):
            if h.age and unit not in {"year", "age"}:
                continue
            if h.age:
                unit = "age"
            return h.hedge, unit, j + len(h.words)
    return "exact", unit, j
