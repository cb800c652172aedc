"""Dutch number grammar: quantities with their unit and hedge, found in a sequence of words.

Pure functions over words (text + character offsets, optionally POS from a spaCy Doc), so the same
grammar runs on any model's tokenisation. Written cardinals ("dertienhonderd", "eenentwintig") go to
text2num, which tests/test_numbers.py checks; everything text2num gets wrong or does not cover is
here: Dutch digit separators (1.300, 2,5, 17 942 000, 1.65), signs ("min 7"), scale words ("25k",
"vier dozijn"), fractions and mixed numbers ("zeven en een half"), "X op de Y", ordinals that
count, multipliers, ranges, two comparisons as one range, hedges, ages and years, and the numbers
that are not claims (phone numbers, URLs, IBANs, dates, times, house, case and article numbers).
The vocabulary lives in data/number_words.yaml, non_claims.yaml, hedges.csv, units.csv and
unit_words.yaml;
tests/test_number_grammar.py holds a table row for every form and shape.

Layout (each unit a function of the scan state `context.Scan` and a word index):
- `registry.py` — what runs, in which order: non-claim shapes, number readers, forms, filters,
  skips;
- `scanner.py` — the pass over the words (`find_quantities`, `quantities_in`);
- `shapes.py` — the non-claim shapes found on the text before any number is read (a phone number,
  a URL, an IBAN, a postcode, a date, a time, a code): no reader reads a word inside one;
- `forms/` — one module per number form: readers of one number in `signs` ("min 7"), `digits`
  ("1.300", "17 942 000"), `fractions` ("3/4"), `mixed` ("zeven en een half", "een half dozijn"),
  `decimals` ("twee komma vijf"), `cardinals` ("twaalf", "één") and `scales` ("drie miljoen",
  "25k"); forms `years` ("in 2019"),
  `ranks` ("plaats 3"), `ordinals` ("de vierde vrouw", "voor de 31e keer"), `bounds` ("meer dan
  10 en minder dan 20"), `changes` ("verdubbeld"), `ranges` ("tussen 5 en 10", "2 tot 3"),
  `fractions` ("twee derde"), `one_in` ("één op de vier", "2 van de 5"), `rates` ("twee per
  duizend"), `one_of` ("één van de bestuurders"), `ages` ("34-jarige"), `compounds`
  ("dertienweekse", "het vijfvoudige", "een tiental"), `collectives` ("met z'n tweeën"),
  `signs` ("drie graden onder nul"), `counted` ("300 slachtoffers");
- what a number takes after it: `units.py` (unit words, currency, shared units), `multipliers.py`
  ("vier keer meer"), `nouns.py` (people or count from the counted noun), `lists.py` ("55 en 44
  jaar": a list names its unit once), `copular.py` ("De verdachte is 60 jaar": an age),
  `grades.py` ("een 7,5": a mark); `hedges.py` ("ruim", "bijna", "of meer"); `filters.py`
  (non-claim contexts: "artikel 5", "5 mei", "bel 112");
- `measures.py`: the measure of a number (Claim.measure, measure_unit: "procentpunt" a percentage
  point, "in 2019" a calendar year, "14 weken" a duration in weeks), from units.csv;
- `words.py` (`Word`, `Quantity`, the splitter), `vocab.py` (the data files as loaded).

To add a number form: write `forms/<form>.py` with `find(scan, i) -> Quantity | None` (docstring:
the construction, a Dutch example and its negative twin, the data-file sections it reads) and
`may_start(low)` when it can begin with a word no reader reads; add one `Form(...)` line to
`registry.forms` at the place of its priority (`opening` when it takes no hedge before it). A new
way to read one number ("17 942 000", "min 7") is a `Reader` in `registry.readers` likewise.

To add a non-claim filter: write a named function in `filters.py` of the kind's signature (span,
count or quantity filter, or a skip returning the end of the shape) with a Dutch example, and add
it to its tuple in `registry.py`; its words go in a commented section of number_words.yaml (a
field on `NumberWords` in `pipeline.text.data_schemas`). A non-claim recognised by its shape on
the text (a new kind of identifier) is a function `(layout) -> spans` in `shapes.py` and a line
in `registry.shapes`; its words go in non_claims.yaml (`NonClaimWords`).
"""

from pipeline.extract.numbers.forms.cardinals import parse_word_number
from pipeline.extract.numbers.forms.digits import MAX_DIGITS, format_dutch, parse_digits
from pipeline.extract.numbers.measures import measure_of
from pipeline.extract.numbers.scanner import find_quantities, quantities_in
from pipeline.extract.numbers.vocab import hedge_phrases, number_words, person_noun, vocab
from pipeline.extract.numbers.words import (
    WORD_RE,
    YEAR_RE,
    Quantity,
    Word,
    split_phrase,
    tokenize,
)

__all__ = [
    "MAX_DIGITS",
    "WORD_RE",
    "YEAR_RE",
    "Quantity",
    "Word",
    "find_quantities",
    "format_dutch",
    "hedge_phrases",
    "measure_of",
    "number_words",
    "parse_digits",
    "parse_word_number",
    "person_noun",
    "quantities_in",
    "split_phrase",
    "tokenize",
    "vocab",
]
