"""Filters: named decisions that drop entities, and the overlap rule.

- `require_capital`: a span without a capitalised word is no name ("politie", "kabinet");
- `not_entities`: words for the state in general are no entity ("het Rijk", data/not_entities.csv);
- `common_abbreviations`: abbreviations of common nouns ("ICT", "COVID-19") and units after a
  number ("100.000 EUR") are no names;
- `resolve_overlaps`: of overlapping spans the longest stays (spaCy's `filter_spans`);
- `drop_body_titles`: a body's name used as a person's title ("Kinderombudsvrouw Margrite
  Kalverboer") is no mention of the body.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import compound_head
from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import known, longest_spans, span_label, words
from pipeline.labels import not_entities as state_words
from pipeline.text.datafiles import UnitRow, table


def require_capital(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """Drop an entity with no capitalised word of two letters or more ("politie", "'s")."""
    span = candidate.span
    for text in ctx.texts[span.start : span.end]:
        if text[:1].isupper() and len(text) > 1:
            return candidate
    return None


def not_entities(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """Drop "het Rijk" and the like: the government in general (data/not_entities.csv)."""
    if ctx.text_of(candidate.span) in state_words():
        return None
    return candidate


def common_abbreviations(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """Drop abbreviations of common nouns ("ICT", "IC", "mbo", "COVID-19"; entity_words.yaml
    `common_abbreviations`), also joined to a noun ("ICT-organisatie"), and a unit right after a
    number ("100.000 EUR", data/units.csv)."""
    span = candidate.span
    text = ctx.text_of(span)
    head = compound_head(text)
    form = (head[0] if head else text).rstrip(".").casefold()
    if form in words().common_abbreviations:
        return None
    if len(span) == 1 and span.start > 0 and form in _units() and span.doc[span.start - 1].like_num:
        return None
    return candidate


@cache
def _units() -> frozenset[str]:
    return frozenset(row.word.casefold() for row in table(UnitRow))


def resolve_overlaps(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Of overlapping spans keep the longest (the first on equal length), in text order."""
    return longest_spans(spans)


def drop_body_titles(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """ "Kinderombudsvrouw Margrite Kalverboer": a known body's name that is also a role word,
    right before a person, is that person's title."""
    persons = {s.start for s in spans if span_label(s) == "PERSON"}
    return [s for s in spans if not (known(s) and s.end in persons and role_word(s.text))]
