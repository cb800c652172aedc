"""Numbers that are no claims, recognised by their shape: named filters, registered in `registry`.

Four kinds, by what they look at:
- span filters `(scan, i, j, prev) -> bool`: words[i:j] hold a number that is a reference, phone,
  date, house or time number ("artikel 5", "bel 112", "5 mei", "zondag 29", "Kerkstraat 12", "om
  9 uur"); `prev` is the word before it, past any full stops and colons ("art. 5", "zaaknummer:
  2025235066"). `excluded` asks all of them;
- count filters `(scan, i, j, value) -> bool`: a bare number without a unit that measures nothing
  ("in het jaar 2019" written as "2019", a lone "1", "bel 112");
- quantity filters `(scan, i, q) -> bool`: a found quantity that is no claim (an example, a point
  in time that indexes a statistic);
- skips `(scan, i) -> int`: the end of a non-claim shape starting at word i (a date, time or phone
  chain), so the scanner steps past it whole.
Their words are number_words.yaml and non_claims.yaml sections, named in each docstring. Shapes
recognised on the text itself (a phone number, a URL, an IBAN) are `shapes.py`, run before these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.scales import number_word
from pipeline.extract.numbers.forms.years import bounds_a_count
from pipeline.extract.numbers.nouns import count_unit, quantitative_er
from pipeline.extract.numbers.vocab import non_claim_words, number_words
from pipeline.extract.numbers.words import YEAR_RE, Quantity, glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_SEPARATORS = {":", "/"}


_SKIPPED_BEFORE = {".", ":"}
_SENTENCE_BREAKS = {".", "!", "?", ":", ";"}
_ISO_WEEKS = 53
_DAYS_IN_MONTH = 31
_CLOCK_HOURS = 12


SpanFilter = Callable[["Scan", int, int, int], bool]


def excluded(scan: Scan, i: int, j: int) -> bool:
    """Words i..j-1 hold a number that a span filter of the registry rejects (of those that can
    reject anything in the scan's words: `_span_filters_in`)."""
    prev = i - 1
    while prev >= 0 and scan.words[prev].text in _SKIPPED_BEFORE:
        prev -= 1
    filters = scan.span_filters
    if filters is None:
        present = _trigger_words().intersection(scan.lows)
        filters = scan.span_filters = _span_filters_in(scan.registry.span_filters, present)
    # a plain loop, not any() over a generator: this runs for every number read
    for rejects in filters:  # noqa: SIM110
        if rejects(scan, i, j, prev):
            return True
    return False


@lru_cache(maxsize=1 << 10)
def _span_filters_in(
    filters: tuple[SpanFilter, ...], present: frozenset[str]
) -> tuple[SpanFilter, ...]:
    """The span filters that may reject a number among words whose trigger words (lower case,
    `_trigger_words`) are `present`: each of `_triggers` rejects only next to one of its words,
    so one whose words are all absent is not asked; the filters without such words always are.
    Registry order. Remembered: most sentences hold few trigger words, the same ones."""
    triggers = _triggers()
    return tuple(f for f in filters if f not in triggers or not triggers[f].isdisjoint(present))


@cache
def _trigger_words() -> frozenset[str]:
    """Every word some span filter of `_triggers` needs."""
    return frozenset().union(*_triggers().values())


@cache
def _triggers() -> dict[SpanFilter, frozenset[str]]:
    """Per span filter that rejects only next to a word of a vocabulary: those words (the one its
    last test needs; "om 9 uur" needs a clock unit, "17 op 18 november" a month)."""
    nw, ncw = number_words(), non_claim_words()
    return {
        phone_word_before: nw.phone_words,
        reference_number: nw.reference_words,
        vague_scale: nw.vague_scale_words,
        phone_word_after: nw.phone_words,
        day_of_month: nw.months,
        year_of_month: nw.months,
        written_clock: ncw.clock_relations | ncw.clock_halves,
        clock_time: nw.clock_units,
        after_weekday: ncw.weekdays,
        day_pair: nw.months,
    }


def _amount_after(scan: Scan, j: int) -> bool:
    return scan.low(j) in scan.nw.scales or scan.v.units.get(scan.low(j)) in {"euro", "percent"}


# --- span filters --------------------------------------------------------------------------------


def phone_word_before(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "bel 112", "telefoon 0800", "sms naar 4411": a telephone number (`phone_words`, past one
    of `phone_prepositions`)."""
    if scan.low(prev) in scan.nw.phone_prepositions:
        prev -= 1
    return scan.low(prev) in scan.nw.phone_words


def reference_number(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "artikel 5", "groep 8", "week 12", "zaaknummer: 2025235066": a reference, not a quantity
    (`reference_words`, past a colon). Not when an amount follows ("vorige week 3 miljoen euro"),
    when a time word makes the reference word a time ("elke week 12 nieuwe gevallen", "afgelopen
    seizoen 218 verdachten": `time_determiners`), when a times word follows ("las het boek 2 keer":
    `times_words`), nor after "week" above the 53 ISO weeks ("week dertienhonderd mensen":
    `week_words`)."""
    before = scan.low(prev)
    if before not in scan.nw.reference_words or _amount_after(scan, j):
        return False
    if scan.low(j) in scan.nw.times_words:
        return False
    if scan.low(prev - 1) in scan.nw.time_determiners:
        return False
    return not (before in scan.nw.week_words and (number_word(scan, i) or 0) > _ISO_WEEKS)


def vague_scale(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "een paar honderd euro", "enkele duizend leden": a scale word after a vague quantifier
    (`vague_scale_words`) names no number (GUIDELINES: vague quantifiers are no claims); "een
    paar" before digits or a numeral ("een paar 100", "een paar drieduizend") is left alone."""
    return scan.low(prev) in scan.nw.vague_scale_words and scan.low(i) in scan.nw.scales


def phone_word_after(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "112 bellen": a telephone number (`phone_words`)."""
    return scan.low(j) in scan.nw.phone_words


def day_of_month(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "5 mei", "12 okt": a date (`months`)."""
    return scan.low(j) in scan.nw.months


def year_of_month(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "mei 2019": a date (`months`)."""
    return scan.low(prev) in scan.nw.months and YEAR_RE.fullmatch(scan.words[i].text) is not None


def house_number(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "Kerkstraat 12", "Stationsweg 3": digits after a street name are an address
    (`street_suffixes`); "in Rotterdam 300 agenten" counts (a noun follows), and so does "in
    Amsterdam twee verdachten" (a house number is written in digits)."""
    return (
        prev >= 0
        and scan.words[i].text[0].isdigit()
        and scan.words[prev].text[:1].isupper()
        and scan.low(prev).endswith(scan.nw.street_suffixes)
        and count_unit(scan, j, strict=True) == ""
    )


def leading_zero(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "06", "0800": digits with a leading zero are a code or phone number, never a count."""
    text = scan.words[i].text
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def glued_suffix(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "3e", "21ste" (an ordinal: `ordinal_suffixes`), "14:30", "17/5": digits glued to what
    follows them."""
    w = scan.words
    return (
        w[i].text[0].isdigit()
        and j < len(w)
        and glued(w[j - 1], w[j])
        and (w[j].low in scan.nw.ordinal_suffixes or w[j].text in _SEPARATORS)
    )


def after_separator(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "14:30", "17/5": the digits after a glued colon or slash."""
    w = scan.words
    return (
        w[i].text[0].isdigit() and i > 0 and w[i - 1].text in _SEPARATORS and glued(w[i - 1], w[i])
    )


def clock_time(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "om 9 uur": a time of day (`clock_prepositions`, `clock_units`)."""
    return scan.low(prev) in scan.nw.clock_prepositions and scan.low(j) in scan.nw.clock_units


def model_number(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "de Boeing 747 landde", "draait op Windows 11.", "een BMW 530 e", "een iPhone 15.": digits
    right after a name with a capital inside a sentence, with a verb, a lone letter or the
    sentence end after them, name a model or version, not a quantity; "Utrecht 66, Limburg 48"
    (a list: a comma or "en" after, or a number before in the sentence) and "Amsterdam 300
    agenten" count."""
    name = scan.word(prev) if prev >= 0 else None
    if name is None or prev == 0 or name.text.islower() or not name.text.isalpha():
        return False  # a lower-case word (most) has no capital: no generator over its letters
    if not any(c.isupper() for c in name.text):  # "Boeing", "iPhone"
        return False
    if not scan.words[i].text.isdigit() or scan.low(prev - 1) in _SENTENCE_BREAKS:
        return False
    nxt = scan.word(j)
    ends = nxt is None or nxt.text in _SENTENCE_BREAKS
    named = ends or nxt.pos in {"VERB", "AUX"} or (len(nxt.text) == 1 and nxt.text.islower())
    listed = any(w.text[0].isdigit() for w in scan.words[:i])
    return named and not listed and not _amount_after(scan, j)


def written_clock(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "kwart over drie", "tien voor twee", "vijf voor twaalf", "vijf over half acht", "om half
    acht": a time of day in words (non_claims.yaml `clock_relations`, `clock_quarters`,
    `clock_halves`, `clock_minutes_max`); the minute and the hour are both no claims. "30 voor,
    12 tegen" (no hour after the relation word) and "tien voor twee euro" (a unit after the
    hour) count."""
    ncw = non_claim_words()
    if _clock_hour_after(scan, j):
        return _clock_minute(scan, i)
    low = scan.low(prev)
    if low in ncw.clock_halves:
        before = scan.low(prev - 1)
        timed = before in ncw.time_prepositions or before in ncw.clock_relations
        return timed and _clock_hour(scan, i, j)
    if low in ncw.clock_relations and _clock_hour(scan, i, j):
        return scan.low(prev - 1) in ncw.clock_quarters or _clock_minute(scan, prev - 1)
    return False


def _clock_minute(scan: Scan, k: int) -> bool:
    value = number_word(scan, k) if k >= 0 else None
    return (
        value is not None
        and value == int(value)
        and 0 < value <= non_claim_words().clock_minutes_max
    )


def _clock_hour(scan: Scan, i: int, j: int) -> bool:
    """Words i..j-1 are an hour of the clock (1 to 12) with no unit or noun after it."""
    value = number_word(scan, i)
    fits = value is not None and value == int(value) and 0 < value <= _CLOCK_HOURS
    nxt = scan.word(j)
    counted = nxt is not None and (nxt.low in scan.v.units or nxt.pos == "NOUN")
    return fits and j == i + 1 and not counted


def _clock_hour_after(scan: Scan, j: int) -> bool:
    """A relation word at j, perhaps "half", and an hour after them ("voor twaalf")."""
    ncw = non_claim_words()
    if scan.low(j) not in ncw.clock_relations:
        return False
    k = j + 2 if scan.low(j + 1) in ncw.clock_halves else j + 1
    return _clock_hour(scan, k, k + 1)


def after_weekday(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "zondag 29", "op maandag 3 en dinsdag 4": a day of the month after the name of a day
    (non_claims.yaml `weekdays`); "dinsdag 80 miljoen euro" and "zondag 3 doden" count."""
    text = scan.words[i].text
    return (
        scan.low(prev) in non_claim_words().weekdays
        and text.isdigit()
        and int(text) <= _DAYS_IN_MONTH
        and not _amount_after(scan, j)
        and scan.low(j) not in scan.v.units
        and count_unit(scan, j, strict=True) == ""
    )


def day_pair(scan: Scan, i: int, j: int, prev: int) -> bool:
    """ "in de nacht van 17 op 18 november", "op 19 en 20 november", "van zondag 29 op maandag 30
    juni": the first day of a pair of dates (non_claims.yaml `date_connectors`, `weekdays`)."""
    words = non_claim_words()
    k = j
    while scan.low(k) in words.date_connectors:
        k += 1
    if k == j:
        return False
    if scan.low(k) in words.weekdays:
        k += 1
    nxt = scan.word(k)
    return nxt is not None and nxt.text.isdigit() and scan.low(k + 1) in scan.nw.months


# --- count filters -------------------------------------------------------------------------------


def bare_year(scan: Scan, i: int, j: int, value: float) -> bool:
    """ "2019" alone, or before "jaar": a year as a date, not a count; "2019 woningen" counts."""
    if not (YEAR_RE.fullmatch(scan.words[i].text) and j == i + 1):
        return False
    nxt = scan.word(j)
    bare = nxt is None or nxt.low not in scan.v.units or scan.v.units[nxt.low] == "year"
    noun = nxt is not None and nxt.pos in {"NOUN"} and nxt.low not in scan.nw.months
    return bare and not noun


def hyphen_compound(scan: Scan, i: int, j: int, value: float) -> bool:
    """ "5-tal", "2-0": a number glued to a hyphen is part of a compound or score (the age
    "34-jarige" is a form of its own, tried before)."""
    nxt = scan.word(j)
    return nxt is not None and nxt.text == "-" and glued(scan.words[j - 1], nxt)


def lone_one(scan: Scan, i: int, j: int, value: float) -> bool:
    """A bare "1" or "één" is no claim; with a unit ("1 procentpunt", "1 euro", "1x") or a counted
    noun ("1 patiënt", "Eén politiemedewerker") it counts. "het één … het ander" never does."""
    if value != 1 or j != i + 1:
        return False
    if scan.low(i - 1) in scan.nw.one_pronoun_determiners:
        return True  # "het één sluit het ander niet uit"
    if scan.low(j) in scan.nw.times_words:
        return False  # "1 keer", "1x"
    if scan.low(j) in scan.v.units and scan.v.units[scan.low(j)] != "people":
        return False
    return count_unit(scan, j, strict=True) == ""


def service_number(scan: Scan, i: int, j: int, value: float) -> bool:
    """ "bel 112", "of 113": a service number (`service_numbers`) with no counted noun after it is
    a telephone number; "112 meldingen" counts, and so does "zijn er 112 in het buitenland
    geweest" (quantitative "er": the noun is left out)."""
    return (
        scan.words[i].text in scan.nw.service_numbers
        and count_unit(scan, j, strict=True) == ""
        and not quantitative_er(scan, i)
    )


# --- quantity filters ----------------------------------------------------------------------------


def relative_time(scan: Scan, i: int, q: Quantity) -> bool:
    """ "Vijf jaar geleden waren dat er nog 520.000", "vijf keer meer dan twee jaar geleden": a
    point in time (`relative_time`) that indexes another number of its clause or is the base of a
    comparison (`comparison_words`) is no claim; "Twee jaar geleden startte de pilot" is one."""
    if q.unit not in {"year", "other"} or scan.low(q.j) not in scan.nw.relative_time:
        return False
    return scan.low(i - 1) in scan.nw.comparison_words or bounds_a_count(scan, q.i, q.j)


def example(scan: Scan, i: int, q: Quantity) -> bool:
    """ "een gezin met twee kinderen": a number describing an example, not measured
    (`example_determiners`, `example_prepositions`); "elk jaar met 8%" is a rate."""
    if i < q.i:
        return False  # "een begeleider met hoogstens negen kinderen": a hedged number is measured
    return (
        scan.low(i - 1) in scan.nw.example_prepositions
        and scan.low(i - 3) in scan.nw.example_determiners
        and i >= 2
        and scan.words[i - 2].text.isalpha()
        and scan.words[i - 2].text.islower()
        and scan.words[i - 2].pos in {"", "NOUN"}
        and scan.v.units.get(scan.low(i - 2)) not in {"year", "other"}
    )


# --- skips ---------------------------------------------------------------------------------------


def date_time_or_phone(scan: Scan, i: int) -> int:
    """ "17-05-2018", "14:30", "06-1234": digits joined by glued "-", "/", ":" or "." are one
    date, time or phone number; "5 mei 2019" takes its month and year. End of the chain starting
    at word i (i + 1 when none does)."""
    w = scan.words
    j = i + 1
    if w[i].text[0].isdigit():
        while (
            j + 1 < len(w)
            and w[j].text in {"-", "/", ":", "."}
            and glued(w[j - 1], w[j])
            and glued(w[j], w[j + 1])
            and w[j + 1].text[0].isdigit()
        ):
            j += 2
        if scan.low(j) in scan.nw.months:
            j += 1
            if j < len(w) and YEAR_RE.fullmatch(w[j].text):
                j += 1
    return j
