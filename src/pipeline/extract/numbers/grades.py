"""Marks (measure grade, unit other): "de school kreeg gemiddeld een 7,5", "gaven hun wijk een
6.", "het rapportcijfer 7,8", "een gemiddeld cijfer van 6,4" -- the Dutch school scale, which
surveys and reviews use too.

Read by `units.with_unit` for a number with no unit word and no noun after it
(unit_words.yaml `grade_determiners`, `grade_nouns`, `grade_scale`). Negative twins: "een 50
mensen" (a noun follows: about fifty), "een 40 jaar oude man" (a unit word), "een 12" (above
the scale).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import unit_words

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_AFTER_MARK = frozenset({"ADP", "CCONJ", "VERB", "AUX", "ADV"})


def grade(scan: Scan, i: int, j: int, value: float, value_max: float | None) -> bool:
    """The number words[i:j] is a mark: after "een" or a mark noun, on the scale, no noun after."""
    words = unit_words()
    if value_max is not None or not 1 <= value <= words.grade_scale:
        return False
    nxt = scan.word(j)
    if nxt is not None and nxt.text.isalpha() and nxt.pos not in _AFTER_MARK:
        return False
    if scan.low(i - 1) in words.grade_determiners:
        return True
    k = i - 2 if scan.low(i - 1) in scan.nw.age_prepositions else i - 1  # "cijfer van 6,4"
    return scan.low(k).endswith(tuple(words.grade_nouns))
