"""What every entity rule shares: the function words of data/entity_words.yaml, the shapes of a
name token and an acronym, and where a span came from (termbase, gazetteer or the model)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from itertools import compress, pairwise

from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.labels import map_label
from pipeline.text.datafiles import EntityWords, sections

TERM_PREFIX = "term:"  # span id of a termbase name: "term:" + its canonical name
PLACE_PREFIX = "place:"  # span id of a gazetteer name
# span id of a name a construction vouches for ("de app Slim Melden"): its capitals prove a name
# wherever it stands, so it is never dubious
VOUCHED = "vouched"
ACRONYM = re.compile(r"^[A-Z][A-Z&/]{1,5}$")  # "VNG", "AC&M", "RO/I"
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
MAX_NAME_TOKENS = 4


@cache
def words() -> EntityWords:
    """data/entity_words.yaml, loaded once."""
    return sections(EntityWords)


@cache
def _genitive_pattern() -> re.Pattern[str]:
    endings = "|".join(re.escape(e) for e in words().genitive_endings)
    return re.compile(rf"^(?P<base>.+?)(?:{endings})$")


@lru_cache(maxsize=1 << 16)
def genitive(form: str) -> str | None:
    """The name a genitive form is made of ("Otto's" -> "Otto", "Bolhaars" -> "Bolhaar"), by the
    endings of entity_words.yaml `genitive_endings`; None when the form has none of them. Cached
    by form: merging asks it of every mention, some twice."""
    match = _genitive_pattern().match(form)
    return match["base"] if match else None


@lru_cache(maxsize=1 << 16)
def has_alnum(text: str) -> bool:
    """Whether the word holds a letter or a digit: then it is no punctuation or space token
    (spaCy's `is_punct` and `is_space` need every character to be one). Cached by word form."""
    return any(c.isalnum() for c in text)


def positions(texts: Sequence[str], test: Callable[[str], bool]) -> list[int]:
    """The token numbers whose text passes `test` (a word-form test, best cached by form). The
    scans of a whole Doc start here: the loop runs in C, and most words fail the test."""
    return list(compress(range(len(texts)), map(test, texts)))


# span id hash -> whether it is a termbase or gazetteer id (a few thousand ids at most)
_KNOWN_IDS: dict[int, bool] = {}
# label hash -> `map_label` of the label's string (a model has a handful of labels)
_LABELS: dict[int, str | None] = {}


def known(span: Span) -> bool:
    """Whether the span came from the termbase or the gazetteer. A model entity has no id (its hash
    is 0): that is read without a string lookup, and most spans are such; other ids are looked up
    once and cached by hash (the fixes ask it of every span, several times each)."""
    key = span.id
    if not key:
        return False
    answer = _KNOWN_IDS.get(key)
    if answer is None:
        answer = _KNOWN_IDS[key] = span.id_.startswith((TERM_PREFIX, PLACE_PREFIX))
    return answer


def span_label(span: Span) -> str | None:
    """`map_label` of the span's label, cached by the label's hash: reading `label_` costs a string
    lookup, and the fixes ask it of every span, several times each."""
    try:
        return _LABELS[span.label]
    except KeyError:
        answer = _LABELS[span.label] = map_label(span.label_)
        return answer


def entry_name(span: Span) -> str:
    """The termbase or gazetteer name a known span's id carries ("term:Nibud" -> "Nibud")."""
    return span.id_.split(":", 1)[1]


def overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def longest_spans(spans: Sequence[Span]) -> list[Span]:
    """Of overlapping spans the longest (the first on equal length), in text order: spaCy's
    `filter_spans`. Most lists have no overlap: then the spans in text order are its answer, read
    in one pass without its sort by length and its set of tokens."""
    ordered = sorted(spans, key=lambda s: s.start)
    if all(a.end <= b.start for a, b in pairwise(ordered)) and all(map(len, ordered)):
        return ordered  # (no two spans share a token, none is empty: no ties in the order)
    return filter_spans(spans)


def tokens_of(spans: Iterable[Span]) -> set[int]:
    """The token numbers the spans cover."""
    return {i for span in spans for i in range(span.start, span.end)}
