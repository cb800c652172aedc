"""Two comparisons that bound one quantity: "hoger dan tien en kleiner of gelijk aan twintig",
"minimaal 5 maar hooguit 8 weken", "meer dan 10 procent en minder dan 20 procent" (form range).

One range, as "tussen X en Y" is one: `value` the lower bound, `value_max` the upper bound, hedge
exact (the hedge of a claim bounds one number; for two bounds the range itself says what the
text says, and whether an end is included, "hoger dan" or "minimaal", is not kept). A lower
hedge (more_than, at_least) and an upper one (less_than, at_most) of hedges.csv, in either order,
joined by number_words.yaml `bound_conjunctions`. Negative twins: "meer dan 300 agenten en
minder dan 20 auto's" (a noun between: two claims), "meer dan 10 en meer dan 20" (two bounds
of the same side), "minder dan 10 en meer dan 20" (no range: the lower bound above the upper).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.hedges import hedge_before, opens_hedge
from pipeline.extract.numbers.units import with_unit
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_LOWER = {"more_than", "at_least"}
_UPPER = {"less_than", "at_most"}


def bounds(scan: Scan, i: int) -> Quantity | None:
    """Form: a hedged number, a conjunction, and a hedged number bounding it from the other side."""
    first = _bound(scan, i)
    if first is None:
        return None
    side, a, end = first
    if scan.low(end) not in scan.nw.bound_conjunctions:
        return None
    second = _bound(scan, end + 1)
    if second is None or second[0] == side:
        return None
    b = second[1]
    lo, hi = (a[0], b[0]) if side == "lower" else (b[0], a[0])
    if lo >= hi:
        return None
    return with_unit(scan, i, b[1], lo, hi, "range", i)


def _bound(scan: Scan, i: int) -> tuple[str, tuple[float, int], int] | None:
    """A lower or upper hedge at word i and its number: (side, (value, end), end past a unit word
    repeated before the conjunction)."""
    hedge, k = hedge_before(scan, i)
    if hedge is None or hedge.hedge not in _LOWER | _UPPER or k == i:
        return None
    a = number_at(scan, k)
    if a is None:
        return None
    end = a[1]
    unit = scan.v.units.get(scan.low(end))
    if unit is not None and unit != "people":
        end += 1
    return ("lower" if hedge.hedge in _LOWER else "upper"), a, end


def may_start(low: str) -> bool:
    """A word that opens a hedge ("meer", "hoger", "minimaal")."""
    return opens_hedge(low)
