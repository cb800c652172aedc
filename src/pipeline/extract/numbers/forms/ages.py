"""Ages: "een 34-jarige man" (form age), "14 jaar oud", "een meisje van 14 (jaar)", "Riet de Vries
(87)", "tussen 12 en 18 jaar" (unit age).

The hyphenated adjective is a form of its own (`hyphenated`); the others are a unit decision on a
counted or ranged number, taken by `units.with_unit` through `year_or_age` and `bare_age`
(number_words.yaml `age_after`, `age_before`, `age_prepositions`). Negative twins: "vijf jaar"
after "sinds" is a duration; "PvdA (12)" is a number of seats, not an age.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import bare_year, excluded
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.vocab import is_people
from pipeline.extract.numbers.words import Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def hyphenated(scan: Scan, i: int) -> Quantity | None:
    """Form: "een 34-jarige man", "de 17-jarige": a number glued to "-jarig(e)"."""
    a = before_hyphen(scan, i)
    if a is None:
        return None
    value, j = a
    if not scan.low(j + 1).startswith("jarig"):
        return None
    if excluded(scan, i, j) or bare_year(scan, i, j, value):
        return None
    return scan.make(i, j + 2, value, None, "age", "exact", "age")


def before_hyphen(scan: Scan, i: int) -> tuple[float, int] | None:
    """The number at word i when a hyphen is glued after it ("34-jarige", "13-weekse"): (value,
    index of the hyphen), else None."""
    a = number_at(scan, i)
    if a is None:
        return None
    hyphen = scan.word(a[1])
    if hyphen is None or hyphen.text != "-" or not glued(scan.words[a[1] - 1], hyphen):
        return None
    return a


def year_or_age(
    scan: Scan, j: int, num_i: int, value: float, value_max: float | None, form: str
) -> tuple[str, int]:
    """A number of years ending at word j is an age after a people noun ("een meisje van 14
    jaar"), before "oud" or after "leeftijd", or as a range of 12 to 120 ("tussen 12 en 18
    jaar"); else a duration. (unit, end past "oud")."""
    nw = scan.nw
    is_age = scan.low(j) in nw.age_after or scan.low(num_i - 2) in nw.age_before
    if not is_age and (scan.low(num_i - 1) in nw.age_prepositions or form == "range"):
        is_age = people_before(scan, num_i - (2 if form != "range" else 3))
    if scan.low(j) in nw.age_after:
        j += 1
    if form == "range" and value >= 12 and (value_max or 0) <= 120:
        is_age = True
    return ("age" if is_age else "year"), j


def bare_age(scan: Scan, i: int, j: int, value: float, value_max: float | None) -> bool:
    """ "een vrouw van 61", "de man, van 45,": a whole number up to 120 after "van" and a
    people noun, with no noun of its own after it, is an age (news leaves out "jaar"); so is
    one alone in brackets right after a capitalised name ("Riet de Vries (87)"), the Dutch
    press convention for a person's age."""
    if value_max is not None or value != int(value) or not 0 < value <= 120:
        return False
    nxt = scan.word(j)
    if scan.low(i - 1) == "(" and nxt is not None and nxt.text == ")" and i >= 2:
        name = scan.words[i - 2]
        return name.text.isalpha() and name.text.istitle()  # not "PvdA (12)", "VVD (20)"
    return (
        scan.low(i - 1) in scan.nw.age_prepositions
        and people_before(scan, i - 2)
        and (nxt is None or not nxt.text.isalpha() or nxt.pos in {"VERB", "AUX"})
    )


def people_before(scan: Scan, k: int) -> bool:
    """A people noun (or "leeftijd") ends at or just before word k: "een meisje van 14 jaar"."""
    for x in range(k, max(k - 3, -1), -1):
        if is_people(scan.low(x)) or scan.low(x) in scan.nw.age_before:
            return True
    return False
