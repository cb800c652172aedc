"""Which numbers a subject rule is for: predicates `(sentence, q) -> bool` over a number's unit,
form and the word before it, named for the rules of `registry.SUBJECT_RULES` that use them.
"""

from __future__ import annotations

from pipeline.extract.claims.clauses import clause_start
from pipeline.extract.claims.context import ClaimSentence, cues
from pipeline.extract.claims.subjects import has_named_earlier
from pipeline.extract.claims.words import comparative
from pipeline.extract.numbers import Quantity, number_words


def elided_after_named(s: ClaimSentence, q: Quantity) -> bool:
    """ "… 500 nieuwe woningen, terwijl er 850 nieuwe bijkomen": no noun, one named before."""
    return q.elided and has_named_earlier(s, q)


def elided(s: ClaimSentence, q: Quantity) -> bool:
    """ "we hebben er elf": a number whose noun Dutch left out."""
    return q.elided


def rank(s: ClaimSentence, q: Quantity) -> bool:
    """ "op plaats 3", "de derde plaats"."""
    return any(w.low in number_words().rank_nouns for w in s.words[q.i : q.j])


def measure_after_of(s: ClaimSentence, q: Quantity) -> bool:
    """ "een straf van 5 jaar": a duration or other measure after "van"."""
    return q.unit in {"other", "year"} and s.before(q) in cues().of_words


def euro(s: ClaimSentence, q: Quantity) -> bool:
    """ "35 miljoen euro", "€ 680"."""
    return q.unit == "euro"


def percent_change(s: ClaimSentence, q: Quantity) -> bool:
    """ "met 5 procent": a percentage by which something changes."""
    return q.unit == "percent" and s.before(q) in cues().change_prepositions


def repetitions(s: ClaimSentence, q: Quantity) -> bool:
    """ "vijftien keer": how often something happened."""
    return q.form == "times" and q.unit == "count"


def counted(s: ClaimSentence, q: Quantity) -> bool:
    """ "300 slachtoffers", "640 meldingen"."""
    return q.unit in {"people", "count"}


def share(s: ClaimSentence, q: Quantity) -> bool:
    """ "30 procent", "een derde", "vier keer meer" (not a change verb)."""
    return q.unit in {"percent", "ratio"} and q.form != "change"


def share_of_change(s: ClaimSentence, q: Quantity) -> bool:
    """ "een daling van 1 procentpunt": a share after a change noun and "van"."""
    return share(s, q) and s.before(q) in cues().of_words and s.low(q.i - 2) in cues().change_nouns


def comparative_share(s: ClaimSentence, q: Quantity) -> bool:
    """ "ruim 30 procent meer", "4,8 procent duurder"."""
    return share(s, q) and comparative(s, q.j)


def target_share(s: ClaimSentence, q: Quantity) -> bool:
    """ "stijgt tot 30 procent", "naar 5 procent": a level a change reaches."""
    return share(s, q) and s.before(q) in cues().target_preps


def age_after_name(s: ClaimSentence, q: Quantity) -> bool:
    """ "Riet de Vries (87)": an age in brackets after a name."""
    return q.unit == "age" and s.before(q) == "("


def age(s: ClaimSentence, q: Quantity) -> bool:
    """ "een meisje van 14", "een 34-jarige man"."""
    return q.unit == "age"


def change(s: ClaimSentence, q: Quantity) -> bool:
    """ "verdubbeld", "te halveren"."""
    return q.form == "change"


def year_in_relative_clause(s: ClaimSentence, q: Quantity) -> bool:
    """ "de wet die in 2021 werd ingevoerd"."""
    return q.form == "year" and clause_start(s, q.i)[1] == "rel"


def year(s: ClaimSentence, q: Quantity) -> bool:
    """ "in 2019"."""
    return q.form == "year"


def any_number(s: ClaimSentence, q: Quantity) -> bool:
    """Every number (the last rule's)."""
    return True
