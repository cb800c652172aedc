"""Changes as multipliers: "verdubbeld" (2), "verdrievoudigd" (3), "de wachtlijst te halveren"
(0.5): a verb or noun of change states a ratio (unit ratio, form change; number_words.yaml
`change_words`, stems matched at the start of the word). It takes a hedge before it but no
currency sign and no floating hedge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def change(scan: Scan, i: int) -> Quantity | None:
    """Form: word i starts with a change stem ("verdubbelde", "halvering")."""
    low = scan.low(i)
    for stem, (value, _) in scan.nw.change_words.items():
        if low.startswith(stem):
            return scan.make(i, i + 1, value, None, "ratio", "exact", "change")
    return None


def may_start(low: str) -> bool:
    """A word beginning with a change stem."""
    return any(low.startswith(stem) for stem in number_words().change_words)
