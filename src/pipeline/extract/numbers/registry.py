"""What the number grammar runs, and in which order: the one place that decides.

- `shapes`: the non-claim shapes found on the text before anything is read (`shapes.py`: a phone
  number, a URL, an IBAN, a date); no reader reads a word inside one.
- `readers`: how one number is read at a word, before its scale words; the first that reads it
  wins (a sign, grouped thousands, a slash fraction, a part of a scale, a mixed number, digits,
  written cardinals, "een miljoen", "één", a scale word alone).
- `opening`: forms tried first, at the word itself; they take no hedge or currency sign before
  them ("in 2019", "plaats 3", "de vierde vrouw", "meer dan 10 en minder dan 20").
- `forms`: the other forms, tried in this order after a hedge ("ruim", "bijna") and, where
  `currency` allows, a currency sign ("€"); the first that matches wins, so the order is their
  priority: a range "tussen 5 en 10" before the counted 5, "een derde" as a fraction before
  "een" as a number, the catch-all `counted` last.
- `span_filters`, `count_filters`, `quantity_filters`, `skips`: the non-claim shapes
  (`filters.py`: which kind looks at what).
- `openers`: words that may open a quantity before its form (a hedge "ruim", a currency sign).
Each reader and form says which words it may begin with (`may_start`); the scan tries a form only
at such a word, and passes over a word no unit or opener may begin with (digits always may); a
number is read only by the readers that may read its word (`readers_at`: for digits, those with
`digits`). A form that begins only at a word of its own vocabulary, which holds no digits (a
year preposition, a hedge, a change word, "tussen", "één", a collective numeral), says so
(`digits=False`) and is not tried at digits.
tests/test_numbers_registry.py checks that every form module is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.numbers import filters, shapes
from pipeline.extract.numbers.context import Scan
from pipeline.extract.numbers.forms import (
    ages,
    bounds,
    cardinals,
    changes,
    collectives,
    compounds,
    counted,
    decimals,
    digits,
    fractions,
    mixed,
    one_in,
    one_of,
    ordinals,
    ranges,
    ranks,
    rates,
    scales,
    signs,
    years,
)
from pipeline.extract.numbers.hedges import opens_hedge
from pipeline.extract.numbers.units import opens_amount
from pipeline.extract.numbers.words import Quantity, Word


@dataclass(frozen=True)
class Reader:
    """One way to read a number at word i: (value, end) before scale words, or None.
    `may_start(low)`: whether it can read a word that is not digits; `digits`: whether it can read
    a word of digits."""

    name: str
    read: Callable[[Scan, int], tuple[float, int] | None]
    may_start: Callable[[str], bool]
    digits: bool = True


@dataclass(frozen=True)
class Form:
    """One way Dutch writes a quantity; `find(scan, i)` is the quantity starting at word i.

    `may_start(low)` admits every word that is not digits the form can begin with (digits are
    always tried); None for a form that begins with a number as the readers read it."""

    name: str
    find: Callable[[Scan, int], Quantity | None]
    may_start: Callable[[str], bool] | None = None
    currency: bool = True  # may follow a currency sign ("€ 3,2 miljoen")
    digits: bool = True  # may begin at a word of digits (not one that begins at a word of its own)


@dataclass(frozen=True)
class Registry:
    """The units of the grammar, each tuple in the order it is tried (see the module doc).

    `opening_at(word)` and `forms_at(word)` are the forms that may begin at a word, in registry
    order (by their `may_start`): the scan tries no other; `may_start(low)` is the scan's
    pre-filter (see `_may_start`)."""

    shapes: tuple[Callable[[shapes.Layout], shapes.Spans], ...]
    readers: tuple[Reader, ...]
    opening: tuple[Form, ...]
    forms: tuple[Form, ...]
    openers: tuple[Callable[[str], bool], ...]
    span_filters: tuple[Callable[[Scan, int, int, int], bool], ...]
    count_filters: tuple[Callable[[Scan, int, int, float], bool], ...]
    quantity_filters: tuple[Callable[[Scan, int, Quantity], bool], ...]
    skips: tuple[Callable[[Scan, int], int], ...]
    may_start: Callable[[str], bool] = field(init=False, repr=False, compare=False)
    _starting: Callable[[str], tuple[tuple[Form, ...], tuple[Form, ...]]] = field(
        init=False, repr=False, compare=False
    )
    _at_digits: tuple[tuple[Form, ...], tuple[Form, ...]] = field(
        init=False, repr=False, compare=False
    )
    _reading: Callable[[str], tuple[Reader, ...]] = field(init=False, repr=False, compare=False)
    _digit_readers: tuple[Reader, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # per word form, remembered: the scan asks for every word of every text
        object.__setattr__(self, "may_start", lru_cache(maxsize=1 << 16)(self._may_start))
        object.__setattr__(self, "_starting", lru_cache(maxsize=1 << 16)(self._admitted))
        at_digits = (
            tuple(form for form in self.opening if form.digits),
            tuple(form for form in self.forms if form.digits),
        )
        object.__setattr__(self, "_at_digits", at_digits)
        reading = lru_cache(maxsize=1 << 16)(self._readers_of)
        object.__setattr__(self, "_reading", reading)
        object.__setattr__(self, "_digit_readers", tuple(r for r in self.readers if r.digits))

    def _may_start(self, low: str) -> bool:
        """`may_start(low)`: whether a quantity can begin at a word that is not digits: a form
        may begin there, or an opener (a hedge, a currency sign) that forms may follow. The scan
        passes over every other word (tests/test_claims_prefilter.py checks that this loses
        nothing)."""
        opening, forms = self._starting(low)
        return bool(opening or forms) or any(opens(low) for opens in self.openers)

    def _admitted(self, low: str) -> tuple[tuple[Form, ...], tuple[Form, ...]]:
        number = any(reader.may_start(low) for reader in self.readers)

        def admits(form: Form) -> bool:
            return number if form.may_start is None else form.may_start(low)

        return (
            tuple(form for form in self.opening if admits(form)),
            tuple(form for form in self.forms if admits(form)),
        )

    def _readers_of(self, low: str) -> tuple[Reader, ...]:
        return tuple(reader for reader in self.readers if reader.may_start(low))

    def readers_at(self, word: Word) -> tuple[Reader, ...]:
        """The readers that may read `word`, in registry order (a number word is read by few of
        them, any other word by none)."""
        return self._digit_readers if word.text[0].isdigit() else self._reading(word.low)

    def opening_at(self, word: Word) -> tuple[Form, ...]:
        """The opening forms that may begin at `word`."""
        return self._at_digits[0] if word.text[0].isdigit() else self._starting(word.low)[0]

    def forms_at(self, word: Word) -> tuple[Form, ...]:
        """The other forms that may begin at `word`."""
        return self._at_digits[1] if word.text[0].isdigit() else self._starting(word.low)[1]


REGISTRY = Registry(
    shapes=(
        shapes.url,
        shapes.email,
        shapes.phone,
        shapes.iban,
        shapes.postcode,
        shapes.licence_plate,
        shapes.ip_address,
        shapes.date,
        shapes.clock,
        shapes.code,
        shapes.identifier,
        shapes.short_year,
    ),
    readers=(
        Reader("signed", signs.read, signs.may_start, digits=False),
        Reader("grouped", digits.read_grouped, digits.may_start),
        Reader("slashed", fractions.read_slashed, digits.may_start),
        Reader("part", mixed.read_part, mixed.may_start_part),
        Reader("mixed", mixed.read_mixed, mixed.may_start_mixed),
        Reader("spoken_decimal", decimals.read, decimals.may_start, digits=False),
        Reader("digits", digits.read, digits.may_start),
        Reader("cardinal", cardinals.read, cardinals.may_start, digits=False),
        Reader("one_scale", scales.read_one, scales.may_start_one),
        Reader(
            "numeral_one",
            cardinals.read_numeral_one,
            cardinals.may_start_numeral_one,
            digits=False,
        ),
        Reader("bare_scale", scales.read_bare, scales.may_start_bare, digits=False),
    ),
    opening=(
        Form("year", years.year, years.may_start, digits=False),
        Form("rank", ranks.rank, ranks.may_start),
        Form("ordinal", ordinals.ordinal, ordinals.may_start),
        Form("bounds", bounds.bounds, bounds.may_start, digits=False),
    ),
    forms=(
        Form("change", changes.change, changes.may_start, currency=False, digits=False),
        Form("between", ranges.between, ranges.may_start, digits=False),
        Form("fraction", fractions.fraction, fractions.may_start),
        Form("one_in", one_in.one_in, one_in.may_start),
        Form("rate", rates.rate, rates.may_start),
        Form("one_of", one_of.one_of, one_of.may_start, digits=False),
        Form("range", ranges.connected),
        Form("age", ages.hyphenated),
        Form("compound", compounds.compound, compounds.may_start),
        Form("collective", collectives.collective, collectives.may_start, digits=False),
        Form("around_zero", signs.around_zero),
        Form("counted", counted.counted),
    ),
    span_filters=(
        filters.phone_word_before,
        filters.reference_number,
        filters.phone_word_after,
        filters.day_of_month,
        filters.year_of_month,
        filters.house_number,
        filters.model_number,
        filters.vague_scale,
        filters.written_clock,
        filters.leading_zero,
        filters.glued_suffix,
        filters.after_separator,
        filters.clock_time,
        filters.after_weekday,
        filters.day_pair,
    ),
    count_filters=(
        filters.bare_year,
        filters.hyphen_compound,
        filters.lone_one,
        filters.service_number,
    ),
    openers=(opens_hedge, opens_amount),
    quantity_filters=(filters.example, filters.relative_time),
    skips=(filters.date_time_or_phone,),
)
