"""Dutch number grammar: quantities with their unit and hedge, found in a sequence of words.

Pure functions over words (text + character offsets, optionally POS from a spaCy Doc), so the same
grammar runs on any model's tokenisation. Written cardinals ("dertienhonderd", "eenentwintig") go to
text2num, which tests/test_numbers.py checks; everything text2num gets wrong or does not cover is
here: Dutch digit separators (1.300, 2,5), scale words, fractions, "X op de Y", multipliers, ranges,
hedges, ages and years, and the numbers that are not claims (dates, times, phone, house and article
numbers). The vocabulary lives in data/number_words.yaml, hedges.csv and units.csv.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from text_to_num import text2num

from pipeline.text.datafiles import HedgeRow, NumberWords, UnitRow, sections, table

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
_DUTCH_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Longer digit strings are codes (IBAN, case numbers), not quantities, and exceed float precision.
MAX_DIGITS = 15
_NOMINAL = {"NOUN", "ADJ", "PROPN"}
_CLAUSE_BREAK = {",", ";", ":", "(", "‘", "'", "“", '"', "–", "-"}


@dataclass(frozen=True)
class Word:
    """One word of the text: surface, character offsets and (when parsed) its UPOS tag; `low`, the
    lower-case surface every rule compares, is computed once here."""

    text: str
    start: int
    end: int
    pos: str = ""
    low: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, normalised; words[i:j] is its surface."""

    i: int
    j: int
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    hedge: str
    form: str
    elided: bool = False


@dataclass(frozen=True)
class _Hedge(HedgeRow):
    """A row of hedges.csv with its phrase split into the words the grammar compares."""

    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Vocab:
    """What the grammar derives from the number data files (number_words.yaml itself is read as
    `number_words()`): hedges by position and first word, unit words and phrases, people nouns."""

    range_connectors: tuple[tuple[str, ...], ...]
    hedges_before: tuple[_Hedge, ...]
    hedges_by_first: dict[str, tuple[_Hedge, ...]]
    hedges_after: tuple[_Hedge, ...]
    hedges_floating: tuple[_Hedge, ...]
    units: dict[str, str]
    unit_phrases: tuple[tuple[tuple[str, ...], str], ...]
    unit_en: dict[str, str]
    people_nouns: tuple[str, ...]


def split_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-case word sequence the grammar compares against."""
    return tuple(m.group().lower() for m in WORD_RE.finditer(phrase))


def number_words() -> NumberWords:
    """data/number_words.yaml as loaded (English renderings read it too)."""
    return sections(NumberWords)


@cache
def vocab() -> _Vocab:
    """The number vocabulary, loaded once from the package data files."""
    raw = number_words()
    hedges = [_Hedge(**vars(r), words=split_phrase(r.phrase)) for r in table(HedgeRow)]
    by_length = sorted(hedges, key=lambda h: -len(h.words))
    unit_rows = table(UnitRow)
    return _Vocab(
        range_connectors=tuple(
            sorted((split_phrase(c) for c in raw.range_connectors), key=len, reverse=True)
        ),
        hedges_before=tuple(h for h in by_length if h.position == "before"),
        hedges_by_first={
            first: tuple(h for h in by_length if h.position == "before" and h.words[:1] == (first,))
            for first in {h.words[0] for h in hedges if h.position == "before" and h.words}
        },
        hedges_after=tuple(h for h in by_length if h.position == "after"),
        hedges_floating=tuple(h for h in by_length if h.floats),
        units={r.word.lower(): r.unit for r in unit_rows if len(split_phrase(r.word)) == 1},
        unit_phrases=tuple(
            sorted(
                (
                    (split_phrase(r.word), r.unit)
                    for r in unit_rows
                    if len(split_phrase(r.word)) > 1
                ),
                key=lambda p: -len(p[0]),
            )
        ),
        unit_en={" ".join(split_phrase(r.word)): r.en for r in unit_rows if r.en},
        people_nouns=tuple(r.word.lower() for r in unit_rows if r.unit == "people"),
    )


@cache
def hedge_phrases() -> tuple[tuple[tuple[str, ...], str, str, str], ...]:
    """(words, hedge, position, English) for every hedge phrase, longest first."""
    v = vocab()
    return tuple((h.words, h.hedge, h.position, h.en) for h in v.hedges_before + v.hedges_after)


def tokenize(text: str) -> list[Word]:
    """Split `text` into words the grammar reads: numbers keep their separators, "3%" is two words."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def parse_digits(text: str) -> float | None:
    """Dutch digits: "1.300" -> 1300, "2,5" -> 2.5; other shapes ("14.30", "1.5") -> None."""
    if not _DUTCH_NUMBER.fullmatch(text) or sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    return float(text.replace(".", "").replace(",", "."))


def format_dutch(value: float, decimals: int = 0) -> str:
    """Write `value` the Dutch way: thousands dot, decimal comma ("1.300", "2,5")."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def parse_word_number(word: str) -> float | None:
    """A written-out cardinal ("twaalf", "dertienhonderd", "anderhalf"), else None."""
    return _word_number(word.lower())


@lru_cache(maxsize=1 << 16)
def _word_number(low: str) -> float | None:
    """`parse_word_number` of a lower-case word, memoised: text2num is slow and news reuses words."""
    nw = number_words()
    if low in nw.cardinals:
        return nw.cardinals[low]
    if not low.isalpha() or low in nw.one_words or low in nw.scales:
        return None
    try:
        return float(text2num(low, "nl"))
    except ValueError:
        return None


def _number(w: Word) -> float | None:
    if w.text[0].isdigit():
        return parse_digits(w.text)
    return parse_word_number(w.text)


@lru_cache(maxsize=1 << 16)
def _may_start(low: str) -> bool:
    """Whether a quantity can begin at a (non-digit) word: every branch of `_Scanner.match_at`
    starts at a year preposition, a rank noun or ordinal, a hedge, a euro sign, "tussen", a
    fraction or "de/een helft", a one-word or scale word, a change verb or a written cardinal. The
    scanner skips every other word without trying the grammar on it."""
    nw = number_words()
    return (
        low in _starters()
        or any(low.startswith(stem) for stem in nw.change_words)
        or _word_number(low) is not None
    )


@cache
def _starters() -> frozenset[str]:
    v, nw = vocab(), number_words()
    return frozenset(
        nw.euro_prefixes
        | nw.range_openers
        | nw.half_determiners
        | set(nw.year_prepositions)
        | set(nw.rank_nouns)
        | {str(w) for w in nw.ordinals}
        | set(v.hedges_by_first)
        | set(nw.fraction_words)
        | nw.one_words
        | set(nw.scales)
    )


def _demonym(w: Word) -> bool:
    """ "160.000 Arnhemmers", "300 Utrechters": a capitalised plural in -ers/-aars after a number
    names inhabitants (ANS §19.3.3 inwonersnamen)."""
    return w.text[:1].isupper() and w.low.endswith(number_words().demonym_suffixes)


def _is_people(low: str) -> bool:
    """A noun naming persons, also as the end of a compound ("tienermeisjes")."""
    return len(low) > 2 and low.endswith(vocab().people_nouns)


def _glued(a: Word, b: Word) -> bool:
    return a.end == b.start


class _Scanner:
    """One left-to-right pass over the words; `scan` returns the quantities in text order."""

    def __init__(self, words: list[Word], lemmas: list[str] | None = None) -> None:
        self.w = words
        self.lows = tuple(w.low for w in words)
        self.v = vocab()
        self.nw = number_words()
        self.lemmas = lemmas
        self.found: list[Quantity] = []

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def starts(self, i: int, phrase: tuple[str, ...]) -> bool:
        """Words i, i+1, ... spell `phrase`."""
        return len(phrase) > 0 and self.lows[i : i + len(phrase)] == phrase

    def num(self, i: int) -> float | None:
        """The number word i stands for; a verb homograph ("hij acht het") is none."""
        if i >= len(self.w):
            return None
        w = self.w[i]
        if w.low in self.nw.verb_homographs:
            nxt = self.w[i + 1] if i + 1 < len(self.w) else None
            if nxt is not None and (
                nxt.pos in {"DET", "PRON"} or nxt.low in self.nw.verb_homograph_objects
            ):
                return None
            if w.pos in {"VERB", "AUX"} and (nxt is None or nxt.pos != "NOUN"):
                return None
        return _number(w)

    def scan(self) -> list[Quantity]:
        i = 0
        while i < len(self.w):
            if not self.w[i].text[0].isdigit() and not _may_start(self.lows[i]):
                i += 1  # what `skip_non_claim` does for a word that is not a digit
                continue
            q = self.match_at(i)
            if q is None:
                i = self.skip_non_claim(i)
                continue
            self.found.append(q)
            i = q.j
        return self.shared_units()

    def shared_units(self) -> list[Quantity]:
        """ "daalt van 31 miljoen naar 26,5 miljoen euro": the unit named after the second number
        of a "van X naar/tot Y" pair is the first's too; Dutch names it once."""
        out = list(self.found)
        for n, (a, b) in enumerate(pairwise(out)):
            if (
                a.form == "bare"
                and a.unit == "count"
                and b.unit in {"euro", "percent"}
                and self.low(a.i - 1) in self.nw.shared_unit_from
                and b.i == a.j + 1
                and self.low(a.j) in self.nw.shared_unit_to
            ):
                out[n] = replace(a, unit=b.unit, elided=False)
        return out

    def skip_non_claim(self, i: int) -> int:
        """Step past word i; past a whole date, time or phone chain when one starts here."""
        j = i + 1
        if self.w[i].text[0].isdigit():
            while (
                j + 1 < len(self.w)
                and self.w[j].text in {"-", "/", ":", "."}
                and _glued(self.w[j - 1], self.w[j])
                and _glued(self.w[j], self.w[j + 1])
                and self.w[j + 1].text[0].isdigit()
            ):
                j += 2
            if self.low(j) in self.nw.months:
                j += 1
                if j < len(self.w) and YEAR_RE.fullmatch(self.w[j].text):
                    j += 1
        return j

    # -- the grammar -------------------------------------------------------------------------

    def match_at(self, i: int) -> Quantity | None:
        """The quantity starting at word i. `scan` tries only words `_may_start` admits: a new
        way for a quantity to start must be added there too."""
        year = self.year_at(i)
        if year:
            return year
        rank = self.rank_at(i)
        if rank:
            return rank
        hedge, k = self.hedge_before(i)
        q = self.core(k)
        if q is None or self.example(i) or self.relative_time(q):
            return None
        if hedge is not None:
            if q.form == "year":
                return None
            q = self.apply_before(q, i, hedge)
        elif q.hedge == "exact" and q.form != "change":
            floating = self.floating_hedge(i)
            if floating is not None:
                q = replace(q, hedge=floating.hedge)
        return q

    def rank_at(self, i: int) -> Quantity | None:
        """A rank, unit other: "plaats 3", "derde plaats", "3e plaats"."""
        if self.low(i) in self.nw.rank_nouns and i + 1 < len(self.w):
            value = self.num(i + 1)
            if value is not None and value == int(value) and not self.excluded(i + 1, i + 2):
                return self.make(i, i + 2, value, None, "other", "exact", "rank")
        value = self.nw.ordinals.get(self.low(i))
        j = i + 1
        digits = (
            self.w[i].text.isdigit()
            and len(self.w[i].text) <= MAX_DIGITS
            and self.low(i + 1) in self.nw.ordinal_suffixes
        )
        if value is None and digits and _glued(self.w[i], self.w[i + 1]):
            value, j = int(self.w[i].text), i + 2
        if value is not None and self.low(j) in self.nw.rank_nouns:
            return self.make(i, j + 1, float(value), None, "other", "exact", "rank")
        if digits and j == i + 2 and self.low(i - 1) in self.nw.rank_prepositions:
            return self.make(i, j, float(value or 0), None, "other", "exact", "rank")
        return None

    def example(self, i: int) -> bool:
        """ "een gezin met twee kinderen": a number describing an example, not measured."""
        return (
            self.low(i - 1) in self.nw.example_prepositions
            and self.low(i - 3) in self.nw.example_determiners
            and i >= 2
            and self.w[i - 2].text.isalpha()
            and self.w[i - 2].text.islower()
            and self.w[i - 2].pos in {"", "NOUN"}
            and self.v.units.get(self.low(i - 2)) not in {"year", "other"}  # "elk jaar met 8%"
        )

    def relative_time(self, q: Quantity) -> bool:
        """ "vijf jaar geleden" is a point in time, like a date, not a duration."""
        return q.unit in {"year", "other"} and self.low(q.j) in self.nw.relative_time

    def floating_hedge(self, i: int) -> _Hedge | None:
        """ "Naar schatting wachten 5.000 mensen": the hedge stands before the finite verb."""
        k = i - 1
        if self.low(k) in self.nw.floating_hedge_skips:
            k -= 1
        if k < 0 or self.w[k].pos not in {"VERB", "AUX", ""}:
            return None
        for h in self.v.hedges_floating:
            if k - len(h.words) >= 0 and self.starts(k - len(h.words), h.words):
                return h
        return None

    def hedge_before(self, i: int) -> tuple[_Hedge | None, int]:
        for h in self.v.hedges_by_first.get(self.low(i), ()):
            if self.starts(i, h.words):
                opening = i == 0 or self.w[i - 1].text in _CLAUSE_BREAK | {"."}
                if opening and " ".join(h.words) in self.nw.clause_internal_hedges:
                    continue
                if h.words[0] in self.nw.rise_hedges and self.after_rise_verb(i):
                    continue
                return h, i + len(h.words)
        return None, i

    def after_rise_verb(self, i: int) -> bool:
        """ "gestegen tot", "steeg vorig jaar tot": a verb of change up to three words before "tot"
        (a time phrase may stand between) makes it "rose to", not the hedge "up to"; so does the
        verb's separable particle right before "tot" ("liepen de tekorten in 2024 op tot"), and
        a change "met X" right before it ("stegen met 11 procent tot 96 miljoen euro")."""
        if i > 0 and (self.w[i - 1].pos == "VERB" or self.low(i - 1) in self.nw.rise_particles):
            return True
        last = self.found[-1] if self.found else None
        if last is not None and last.j == i and self.low(last.i - 1) in self.nw.change_prepositions:
            return True
        for k in range(i - 1, max(i - 4, -1), -1):
            if self.w[k].text in _CLAUSE_BREAK:
                return False
            if self.low(k) in self.nw.rise_verbs:
                return True
        return False

    def apply_before(self, q: Quantity, i: int, h: _Hedge) -> Quantity:
        unit = q.unit
        if h.age and q.form == "bare" and q.value_max is None and q.value <= 120:
            unit = "age"
        if " ".join(h.words) in self.nw.age_comparatives:
            unit = "age"
        hedge = h.hedge if q.hedge == "exact" else q.hedge
        return replace(q, i=i, start=self.w[i].start, unit=unit, hedge=hedge)

    def year_at(self, i: int) -> Quantity | None:
        prep = self.low(i)
        if prep not in self.nw.year_prepositions or i + 1 >= len(self.w):
            return None
        year = self.w[i + 1]
        if not YEAR_RE.fullmatch(year.text) or self.low(i - 1) in self.nw.months:
            return None
        nxt = self.w[i + 2] if i + 2 < len(self.w) else None
        if nxt is not None and (
            (nxt.text in {"-", "/"} and _glued(year, nxt))
            or nxt.low in self.v.units
            or nxt.low in self.nw.scales
            or nxt.low in self.nw.months
        ):
            return None
        if prep not in self.nw.past_year_prepositions and self.lemmas is not None and self.future():
            return None
        return Quantity(
            i, i + 2, self.w[i].start, year.end, float(year.text), None, "year", "exact", "year"
        )

    def future(self) -> bool:
        return any(lemma in self.nw.future_lemmas for lemma in self.lemmas or [])

    def excluded(self, i: int, j: int) -> bool:
        """Words i..j-1 hold a number that is a reference, house, phone, time or date number."""
        w = self.w[i]
        prev = i - 1
        while prev >= 0 and self.w[prev].text == ".":
            prev -= 1
        before = self.low(prev)
        if before in self.nw.phone_words:
            return True
        if before in self.nw.reference_words and not (
            self.low(j) in self.nw.scales or self.v.units.get(self.low(j)) in {"euro", "percent"}
        ):  # "vorige week 3 miljoen euro" is an amount, not week 3
            # ISO weeks run to 53, so "elke week dertienhonderd mensen" is a count, not "week 12"
            return not (before in self.nw.week_words and (self.num(i) or 0) > 53)
        if self.low(j) in self.nw.phone_words or self.low(j) in self.nw.months:
            return True
        if before in self.nw.months and YEAR_RE.fullmatch(w.text):
            return True
        if (
            prev >= 0
            and self.w[prev].text[:1].isupper()
            and before.endswith(self.nw.street_suffixes)
        ):
            return True
        if w.text[0].isdigit():
            if len(w.text) > 1 and w.text[0] == "0" and w.text[1].isdigit():
                return True
            if (
                j < len(self.w)
                and _glued(self.w[j - 1], self.w[j])
                and (self.w[j].low in self.nw.ordinal_suffixes or self.w[j].text in {":", "/"})
            ):
                return True
            if i > 0 and self.w[i - 1].text in {":", "/"} and _glued(self.w[i - 1], w):
                return True
        return before in self.nw.clock_prepositions and self.low(j) in self.nw.clock_units

    def number_at(self, i: int) -> tuple[float, int] | None:
        """A cardinal with its scale word ("1,1 miljard", "drie miljoen", "een miljoen")."""
        if i >= len(self.w):
            return None
        w = self.w[i]
        value = self.num(i)
        j = i + 1
        if value is None and w.low in self.nw.one_words and self.low(i + 1) in self.nw.scales:
            value = 1.0
        if value is None and w.low in self.nw.scales:
            value, j = 1.0, i
        if value is None:
            return None
        while self.low(j) in self.nw.scales:
            value *= self.nw.scales[self.low(j)]
            j += 1
        if not math.isfinite(value):  # "miljard miljard ..." repeated past float range
            return None
        return value, j

    def core(self, i: int) -> Quantity | None:
        if i >= len(self.w):
            return None
        change = self.change_at(i)
        if change:
            return change
        euro_prefix = self.low(i) in self.nw.euro_prefixes
        k = i + 1 if euro_prefix else i
        q = self.between(k) or self.fraction(k) or self.one_in(k) or self.counted(k)
        if q is None:
            return None
        if euro_prefix:
            q = replace(q, i=i, start=self.w[i].start, unit="euro")
        return q

    def change_at(self, i: int) -> Quantity | None:
        low = self.low(i)
        for stem, (value, _) in self.nw.change_words.items():
            if low.startswith(stem):
                w = self.w[i]
                return Quantity(i, i + 1, w.start, w.end, value, None, "ratio", "exact", "change")
        return None

    def between(self, i: int) -> Quantity | None:
        if self.low(i) not in self.nw.range_openers:
            return None
        k = i + 2 if self.low(i + 1) in self.nw.range_determiners else i + 1
        a = self.number_at(k)
        if a is None or self.low(a[1]) not in self.nw.range_conjunctions:
            return None
        b = self.number_at(a[1] + 1)
        if b is None:
            return None
        lo, hi = self.scale_pair(a, b, k)
        if lo >= hi or YEAR_RE.fullmatch(self.w[k].text):
            return None
        return self.with_unit(i, b[1], lo, hi, "range", k)

    def scale_pair(self, a: tuple[float, int], b: tuple[float, int], k: int) -> tuple[float, float]:
        lo, hi = a[0], b[0]
        if a[1] == k + 1 and b[0] > 0:
            scale_words = [
                self.low(x) for x in range(a[1] + 1, b[1]) if self.low(x) in self.nw.scales
            ]
            for s in scale_words:
                lo *= self.nw.scales[s]
        return lo, hi

    def fraction(self, i: int) -> Quantity | None:
        low = self.low(i)
        half = self.low(i + 1)
        if low in self.nw.half_determiners and half in self.nw.determined_fractions:
            return self.ratio(i, i + 2, self.nw.fraction_words[half], "fraction")
        if low in self.nw.fraction_words and low not in self.nw.determined_fractions:
            return self.ratio(i, i + 1, self.nw.fraction_words[low], "fraction")
        den = self.nw.denominators.get(self.low(i + 1))
        if den is None:
            return None
        if low in self.nw.one_words:
            nxt = self.w[i + 2] if i + 2 < len(self.w) else None
            if nxt is not None and nxt.pos in _NOMINAL and nxt.low not in self.nw.part_nouns:
                return None
            num = 1.0
        else:
            parsed = self.num(i)
            if parsed is None or parsed >= den:
                return None
            num = parsed
        return self.ratio(i, i + 2, num / den, "fraction")

    def ratio(self, i: int, j: int, value: float, form: str) -> Quantity:
        w = self.w
        return Quantity(
            i, j, w[i].start, w[j - 1].end, round(value, 4), None, "ratio", "exact", form
        )

    def one_in(self, i: int) -> Quantity | None:
        low = self.low(i)
        num = 1.0 if low in self.nw.one_words else self.num(i)
        if num is None or self.low(i + 1) not in self.nw.one_in_prepositions:
            return None
        k = i + 3 if self.low(i + 2) in self.nw.one_in_determiners else i + 2
        den = self.number_at(k)
        if den is None or den[0] <= num:
            return None
        return self.ratio(i, den[1], num / den[0], "one_in")

    def counted(self, i: int) -> Quantity | None:
        a = self.number_at(i)
        if a is None:
            return None
        value, j = a
        if self.excluded(i, j):
            return None
        for conn in self.v.range_connectors:
            if not self.starts(j, conn):
                continue
            k = j + len(conn)
            b = self.number_at(k)
            if b is None or self.excluded(k, b[1]):
                continue
            if conn in {("-",), ("–",)} and _glued(self.w[j - 1], self.w[j]) != _glued(
                self.w[j], self.w[k]
            ):
                continue
            lo, hi = self.scale_pair(a, b, i)
            if lo < hi and not (YEAR_RE.fullmatch(self.w[i].text) and b[1] == k + 1):
                return self.with_unit(i, b[1], lo, hi, "range", i)
        if YEAR_RE.fullmatch(self.w[i].text) and j == i + 1:
            nxt = self.w[j] if j < len(self.w) else None
            bare = nxt is None or nxt.low not in self.v.units or self.v.units[nxt.low] == "year"
            if bare and not self.is_noun(j):
                return None
        if j < len(self.w) and self.w[j].text == "-" and _glued(self.w[j - 1], self.w[j]):
            if self.low(j + 1).startswith("jarig"):
                w = self.w
                return Quantity(
                    i, j + 2, w[i].start, w[j + 1].end, value, None, "age", "exact", "age"
                )
            return None
        if (
            self.w[i].text.isalpha()
            and value <= 10
            and self.low(i - 1) in self.nw.numeral_determiners
            and self.low(j) not in self.v.units
        ):
            return None
        if value == 1 and j == i + 1 and self.v.units.get(self.low(j)) not in {"percent", "euro"}:
            return None  # "1 procentpunt" and "1 euro" are amounts; a bare "1" is not
        if self.w[i].text in self.nw.service_numbers and self.count_unit(j, strict=True) == "":
            return None
        return self.with_unit(i, j, value, None, "bare", i)

    def is_noun(self, j: int) -> bool:
        return j < len(self.w) and self.w[j].pos in {"NOUN"} and self.w[j].low not in self.nw.months

    def with_unit(
        self, i: int, j: int, value: float, value_max: float | None, form: str, num_i: int
    ) -> Quantity:
        """Attach the unit word after words[i:j] (percent, euro, years, keer ...) and a hedge after it."""
        unit = ""
        hedge = "exact"
        low = self.low(j)
        if low in self.nw.times_words:
            if self.low(j + 1) in self.nw.comparatives:
                return self.make(i, j + 2, value, value_max, "ratio", hedge, "times")
            if self.low(j + 1) in self.nw.times_comparative_openers and self.low(j + 2):
                return self.make(i, j + 3, value, value_max, "ratio", hedge, "times")
            return self.make(i, j + 1, value, value_max, "count", hedge, "times")
        if low in self.v.units and self.v.units[low] != "people":
            unit = self.v.units[low]
            j += 1
        for phrase, phrase_unit in self.v.unit_phrases:
            if not unit and self.starts(j, phrase):
                unit = phrase_unit
                j += len(phrase)
        if unit == "year":
            is_age = self.low(j) in self.nw.age_after or self.low(num_i - 2) in self.nw.age_before
            if not is_age and (self.low(num_i - 1) in self.nw.age_prepositions or form == "range"):
                is_age = self.people_before(num_i - (2 if form != "range" else 3))
            if self.low(j) in self.nw.age_after:
                j += 1
            if form == "range" and value >= 12 and (value_max or 0) <= 120:
                is_age = True
            if is_age:
                unit = "age"
        for h in self.v.hedges_after:
            after_noun = (
                not unit and not h.age and self.w[j].text.isalpha() if j < len(self.w) else False
            )
            if after_noun and self.starts(j + 1, h.words):
                j += 1
            if self.starts(j, h.words):
                if h.age and unit not in {"year", "age"}:
                    continue
                if h.age:
                    unit = "age"
                hedge = h.hedge
                j += len(h.words)
                break
        if not unit and self.bare_age(num_i, j, value, value_max):
            unit = "age"
        if not unit:
            unit = self.count_unit(j, elision=self.quantitative_er(num_i))
            if not unit:
                q = self.make(i, j, value, value_max, self.elided_unit(), hedge, form)
                return replace(q, elided=True)
        return self.make(i, j, value, value_max, unit, hedge, form)

    def elided_unit(self) -> str:
        """No noun after the number ("zo'n 850 nieuwe", "we hebben er elf"): Dutch leaves out a
        noun named just before, so the unit of the sentence's last people/count number holds."""
        for q in reversed(self.found):
            if q.unit in {"people", "count"}:
                return q.unit
        return "count"

    def make(
        self,
        i: int,
        j: int,
        value: float,
        value_max: float | None,
        unit: str,
        hedge: str,
        form: str,
    ) -> Quantity:
        return Quantity(
            i, j, self.w[i].start, self.w[j - 1].end, value, value_max, unit, hedge, form
        )

    def bare_age(self, i: int, j: int, value: float, value_max: float | None) -> bool:
        """ "een vrouw van 61", "de man, van 45,": a whole number up to 120 after "van" and a
        people noun, with no noun of its own after it, is an age (news leaves out "jaar"); so is
        one alone in brackets right after a capitalised name ("Riet de Vries (87)"), the Dutch
        press convention for a person's age."""
        if value_max is not None or value != int(value) or not 0 < value <= 120:
            return False
        nxt = self.w[j] if j < len(self.w) else None
        if self.low(i - 1) == "(" and nxt is not None and nxt.text == ")" and i >= 2:
            name = self.w[i - 2]
            return name.text.isalpha() and name.text.istitle()  # not "PvdA (12)", "VVD (20)"
        return (
            self.low(i - 1) in self.nw.age_prepositions
            and self.people_before(i - 2)
            and (nxt is None or not nxt.text.isalpha() or nxt.pos in {"VERB", "AUX"})
        )

    def people_before(self, k: int) -> bool:
        """A people noun (or "leeftijd") ends at or just before word k: "een meisje van 14 jaar"."""
        for x in range(k, max(k - 3, -1), -1):
            if _is_people(self.low(x)) or self.low(x) in self.nw.age_before:
                return True
        return False

    def count_unit(self, j: int, strict: bool = False, elision: bool = False) -> str:
        """people when the counted noun names persons ("300 slachtoffers"), else count.

        With `elision` (the clause has quantitative "er"), "" when no noun follows: the noun is
        left out ("we hebben er elf"). With `strict`, "" when no noun follows at all (a bare "112"
        is a phone number).
        """
        elision = elision and not strict
        partitive = self.partitive_unit(j)
        if partitive:
            return partitive
        for x in range(j, min(j + 4, len(self.w))):
            w = self.w[x]
            nxt, elided = self.low(x + 1), not strict and w.low in self.nw.elided_comparatives
            if elided and (not nxt.isalpha() or nxt in self.nw.comparison_words):
                return ""  # "376.000 werklozen, 5.000 meer", "meer dan": a noun left out
            if not w.text.isalpha():
                if elision and w.pos == "PUNCT":
                    return ""
                break
            if elision and self.clause_final_verb(x):
                return ""
            if _is_people(w.low) or _demonym(w):
                return "people"
            skippable = w.pos == "ADJ" or w.low in self.nw.count_modifiers
            if not w.pos and w.low.endswith("e") and x + 1 < len(self.w):
                skippable = True
            if not skippable:
                noun = w.pos == "NOUN" and w.text.islower()
                if elision and w.pos in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
                    return ""
                return "count" if not strict or noun else ""
        return "" if strict else "count"

    def partitive_unit(self, j: int) -> str:
        """ "89 van de 150 Kamerleden", "40 van hen": a part of a group counts what the group
        counts; "hen"/"hun" stand for persons only (ANS §5.2.3)."""
        if self.low(j) not in self.nw.partitive_prepositions:
            return ""
        k = j + 1
        if self.low(k) in self.nw.person_pronouns:
            return "people"
        if self.low(k) not in self.nw.partitive_determiners:
            return ""
        k += 1
        while k < len(self.w) and (self.w[k].text[0].isdigit() or self.w[k].pos == "ADJ"):
            k += 1
        if k < len(self.w) and _is_people(self.low(k)):
            return "people"
        return ""

    def quantitative_er(self, i: int) -> bool:
        """ "er" earlier in the clause of word i: Dutch needs it when a numeral's noun is left
        out ("dat er drie komen", "we hebben er elf"; ANS §8.3.3 kwantitatief er)."""
        k = i - 1
        while k >= 0 and self.w[k].text[0].isalnum():
            if self.w[k].low in self.nw.quantitative_er:
                return True
            k -= 1
        return False

    def clause_final_verb(self, x: int) -> bool:
        """Word x ends a subordinate clause, so it is the clause's verb, whatever the tagger says:
        Dutch subordinate clauses are verb-final ("terwijl er 850 nieuwe bijkomen")."""
        if x + 1 < len(self.w) and self.w[x + 1].text.isalnum():
            return False
        k = x - 1
        while k >= 0 and self.w[k].text[0].isalnum():
            if self.w[k].low in self.nw.subordinators or self.w[k].pos == "SCONJ":
                return True
            if self.w[k].pos in {"VERB", "AUX"}:
                return False
            k -= 1
        return False


def find_quantities(words: list[Word], lemmas: list[str] | None = None) -> list[Quantity]:
    """Every quantity in `words` (one sentence or a whole text), in text order.

    `lemmas` are the sentence's lemmas; when given, a year in a sentence about plans ("wil", "zal")
    is not a claim that something happened.
    """
    return _Scanner(words, lemmas).scan()


def quantities_in(text: str) -> list[Quantity]:
    """`find_quantities` over plain text (no POS), for tests and quick use."""
    return find_quantities(tokenize(text))
