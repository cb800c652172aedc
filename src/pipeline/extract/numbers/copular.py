"""Ages said with a copula or a superlative: "De oudste verdachte is 60 jaar, de jongste 16 jaar",
"Het slachtoffer was 94 jaar.", "Hij werd 81 jaar." (unit age instead of a duration in years).

Read by `units.with_unit` for a number of years that `ages.year_or_age` left a duration
(unit_words.yaml `age_superlatives`, `copulas`, `person_subjects`). Negative twins: "De agent is
20 jaar in dienst" (the clause goes on: a duration), "Het contract is 5 jaar." (no person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.ages import people_before
from pipeline.extract.numbers.vocab import unit_words

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_MAX_AGE = 120


def copular_age(scan: Scan, num_i: int, j: int, value: float) -> bool:
    """The years spelt by words[num_i:j] are someone's age: after "oudste"/"jongste" in the
    clause, or after a person and a copula when the clause ends with them."""
    if value > _MAX_AGE:
        return False
    words = unit_words()
    for x in range(num_i - 1, max(num_i - 5, -1), -1):
        if not scan.words[x].text.isalnum():
            break
        if scan.low(x) in words.age_superlatives:
            return True
    if scan.low(num_i - 1) not in words.copulas:
        return False
    person = scan.low(num_i - 2) in words.person_subjects or people_before(scan, num_i - 2)
    nxt = scan.word(j)
    return person and (nxt is None or not nxt.text.isalnum())
