"""Counted numbers: a number with its unit, "300 slachtoffers", "2,5 procent", "35 miljoen euro",
"14 jaar" (form bare; the catch-all form, tried last).

The number is read by the registry's readers with its scale words; the unit comes from the words
after it (`units.with_unit`). Negative twins: every span filter (`filters.excluded`: "artikel 5",
"5 mei", "Kerkstraat 12", …) and count filter of the registry ("2019" alone, "de drie", a lone
"1", "bel 112") rejects it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import excluded
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.units import with_unit
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def counted(scan: Scan, i: int) -> Quantity | None:
    """Form: the number at word i with its unit."""
    a = number_at(scan, i)
    if a is None:
        return None
    value, j = a
    if excluded(scan, i, j):
        return None
    for rejects in scan.registry.count_filters:  # a plain loop: this runs for every number
        if rejects(scan, i, j, value):
            return None
    return with_unit(scan, i, j, value, None, "bare", i)
