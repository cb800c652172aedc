"""The numbers of a sentence that are claims: the number grammar's quantities, helped by the
sentence's lemmas, minus those of a hypothetical sentence, with the euro that Dutch leaves out
once an amount is named.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.claims.context import ClaimSentence, cues
from pipeline.extract.numbers import Quantity, find_quantities, number_words
from pipeline.schema import Claim


def read_quantities(s: ClaimSentence, earlier: list[Claim]) -> list[Quantity]:
    """The sentence's quantities, kept on `s` (`found`, `claimed`).

    A scaled number without a unit that repeats an earlier amount of euros ("de 300 miljoen"
    after "300 miljoen euro") is that amount: Dutch leaves out "euro" once it is named.
    """
    if hypothetical(s):
        return []  # "Stel je voor: je bent tien jaar …": an example, nothing is measured
    found = find_quantities(s.words, s.view.lemma[s.sent.start : s.sent.end], s.view.text)
    amounts = {c.value for c in earlier if c.unit == "euro"}
    s.found = [
        replace(q, unit="euro")
        if q.unit == "count"
        and q.value in amounts
        and s.words[q.j - 1].low in number_words().scales
        else q
        for q in found
    ]
    s.claimed = {k for q in s.found for k in range(q.i, q.j)}
    return s.found


def hypothetical(s: ClaimSentence) -> bool:
    """The sentence opens with "Stel"/"Veronderstel" (claim_sources.yaml `hypothetical_openers`)."""
    return bool(s.words) and s.words[0].low in cues().hypothetical_openers
