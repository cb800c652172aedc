"""Ages: "een 34-jarige man" (form age), "14 jaar oud", "een meisje van 14 (jaar)", "Riet de Vries
(87)", "tussen 12 en 18 jaar" (unit age).

The hyphenated adjective is a form of its own (`hyphenated`); the others are a unit decision on a
counted or ranged number, taken by `units.with_unit` through `year_or_age` and `bare_age`
(number_words.yaml `age_after`, `age_before`, `age_prepositions`). Negative twins: "vijf jaar"
after "sinds" is a duration; "PvdA (12)" is a number of seats, not an age; "Het gebouw is 120 jaar
oud" is how long a thing has existed, a duration (`thing_aged`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.filters import bare_year, excluded
from pipeline.extract.numbers.forms.scales import number_at
from pipeline.extract.numbers.vocab import person_noun
from pipeline.extract.numbers.words import Quantity, glued
from pipeline.labels import first_names
from pipeline.text.datafiles import EntityWords, sections

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

# After a bare age the clause goes on with a verb, a preposition or a conjunction: "een vrouw
# van 25 en een man van 26 uit Veendam", "een persoon van 68 met onderliggend lijden".
_AFTER_BARE_AGE = frozenset({"VERB", "AUX", "ADP", "CCONJ"})


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
    aged = scan.low(j) in nw.age_after and not thing_aged(scan, num_i - 1)
    is_age = aged or scan.low(num_i - 2) in nw.age_before
    if not is_age and (scan.low(num_i - 1) in nw.age_prepositions or form == "range"):
        is_age = people_before(scan, num_i - (2 if form != "range" else 3))
    if scan.low(j) in nw.age_after:
        j += 1
    if form == "range" and value >= 12 and (value_max or 0) <= 120:
        is_age = True
    return ("age" if is_age else "year"), j


def thing_aged(scan: Scan, k: int) -> bool:
    """ "N jaar oud" tells how long a thing has existed, no person's age, when the clause before
    it (six words back from word k) has a noun and none that names a person: "dieselbussen die
    gemiddeld vijftien jaar oud zijn", "Het gebouw is 120 jaar oud" (durations); "De vrouw uit
    het dorp is 90 jaar oud" and "Zij werd 90 jaar oud" stay ages."""
    nouns = []
    for x in range(k, max(k - 6, -1), -1):
        word = scan.words[x]
        if not word.text.isalpha():
            break
        if word.pos == "NOUN":
            nouns.append(word)
    return bool(nouns) and not any(person_noun(word) for word in nouns)


def bare_age(scan: Scan, i: int, j: int, value: float, value_max: float | None) -> bool:
    """ "een vrouw van 61", "de man, van 45,", "een man van 26 uit Veendam": a whole number up
    to 120 after "van" and a people noun, with no noun of its own after it, is an age (news
    leaves out "jaar"); so is
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
        and (nxt is None or not nxt.text.isalpha() or nxt.pos in _AFTER_BARE_AGE)
    )


def people_before(scan: Scan, k: int) -> bool:
    """A people noun (or "leeftijd") ends at or just before word k: "een meisje van 14 jaar";
    a person's name may stand between, or be the person ("Verdachte Jan de Vries van 45 jaar",
    "Jan de Vries van 45": a name that opens with a given name)."""
    x, window = k, 3
    while x >= 0 and window > 0:
        word = scan.words[x]
        if person_noun(word) or word.low in scan.nw.age_before:
            return True
        if name_word(scan, x):
            if word.text in first_names():
                return True
            x -= 1  # a name does not use up the window
            continue
        x, window = x - 1, window - 1
    return False


def name_word(scan: Scan, x: int) -> bool:
    """Word x is part of a name: capitalised, or a surname particle after a capitalised word
    ("Jan de Vries")."""
    word = scan.words[x]
    if word.text.isalpha() and word.text[:1].isupper():
        return True
    return (
        word.low in sections(EntityWords).surname_particles
        and x > 0
        and scan.words[x - 1].text[:1].isupper()
    )
