"""One of a group: "één van de bestuurders", "Een van deze mensen", "één van hen" (value 1; unit
people when the group is persons: `nouns.partitive_unit`, else count; form one_of).

GUIDELINES: "één" that counts is a claim. Written "één"/"eén" (number_words.yaml `numeral_ones`)
is always the numeral; plain "een" only opening a sentence ("Een van deze mensen was op
doorreis"), since inside one "een van de specialisten" describes a person, not a count.
Negative twins: "één van de vier jongeren" (a ratio: `one_in`), "een van de grootste steden" (a
superlative names no count), "Jan, een van de specialisten" (plain "een" inside a sentence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.nouns import partitive_unit
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import Quantity

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_SUPERLATIVE = "ste"
_SENTENCE_OPENERS = {".", "!", "?", ":", "“", '"', "‘", "'", "„"}


def one_of(scan: Scan, i: int) -> Quantity | None:
    """Form: a numeral one, "van" and a group (a determiner and its noun, or "hen")."""
    nw = scan.nw
    if not numeral_one(scan, i) or scan.low(i + 1) not in nw.partitive_prepositions:
        return None
    k = i + 2
    if scan.low(k) in nw.person_pronouns:
        return scan.make(i, k, 1.0, None, "people", "exact", "one_of")
    if scan.low(k) not in nw.partitive_determiners and scan.low(k) not in nw.ordinal_determiners:
        return None
    group = scan.word(k + 1)
    if group is None or not group.text[0].isalpha() or number_at(scan, k + 1) is not None:
        return None
    if group.pos in {"", "ADJ"} and group.low.endswith(_SUPERLATIVE):
        return None
    unit = partitive_unit(scan, i + 1) or "count"
    return scan.make(i, k, 1.0, None, unit, "exact", "one_of")


def numeral_one(scan: Scan, i: int) -> bool:
    """Word i is the numeral one: "één", or "Een" opening a sentence."""
    w = scan.words[i]
    if w.low in scan.nw.numeral_ones:
        return True
    return w.text == "Een" and (i == 0 or scan.words[i - 1].text in _SENTENCE_OPENERS)


def may_start(low: str) -> bool:
    """A word for one."""
    return low in number_words().one_words
