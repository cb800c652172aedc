"""What the claim rules run, and in which order: the one place that decides.

- `SUBJECT_RULES`: for each kind of number (a selector), the subject strategies tried in order;
  the first rule whose selector holds decides, and its first strategy that names a phrase gives
  the subject (None when none does). The order is the priority: an elided number before its unit,
  a rank before any other "other", euro amounts before counts, the catch-all last.
- `SOURCE_CUES`: the cues tried at each word of a sentence; the first word where one names a
  source gives the sentence's source.
- `ATTRIBUTIONS`: the order in which a claim's possible sources outrank each other.
- `UNIT_RULES`: unit decisions the sentence settles after the number grammar, in order; the first
  that names a unit replaces the grammar's (`units.py`).
tests/test_claims_registry.py checks that every strategy, selector and cue is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.attribution import attribution_words, reporting_tokens, source_words
from pipeline.extract.claims import selectors as when
from pipeline.extract.claims import sources, units
from pipeline.extract.claims import subjects as by
from pipeline.extract.claims.context import ArticleContext, ClaimSentence
from pipeline.extract.numbers import Quantity
from pipeline.extract.resolve import EntityIndex
from pipeline.text.view import DocView

Strategy = Callable[[ClaimSentence, Quantity, ArticleContext], str | None]


@dataclass(frozen=True)
class SubjectRule:
    """For the numbers `applies` selects, the subject `strategies` tried in order."""

    name: str
    applies: Callable[[ClaimSentence, Quantity], bool]
    strategies: tuple[Strategy, ...]


SUBJECT_RULES: tuple[SubjectRule, ...] = (
    SubjectRule(
        "elided after a named noun",
        when.elided_after_named,
        (by.elided_noun, by.plural_noun_before),
    ),
    SubjectRule("elided", when.elided, (by.of_phrase, by.counted_earlier, by.plural_noun_before)),
    SubjectRule("rank", when.rank, (by.rank_holder, by.clause)),
    SubjectRule("measure after van", when.measure_after_of, (by.phrase_before_link, by.clause)),
    SubjectRule("euro", when.euro, (by.amount_owner, by.purpose, by.same_amount, by.clause)),
    SubjectRule("percent change", when.percent_change, (by.phrase_before_link, by.clause)),
    SubjectRule("repetitions", when.repetitions, (by.clause,)),
    SubjectRule(
        "counted",
        when.counted,
        (
            by.counted_noun_after,
            by.bracketed_change,
            by.labelled,
            by.of_phrase,
            by.measure,
            by.counted_earlier,
            by.plural_noun_before,
        ),
    ),
    SubjectRule(
        "share of a change",
        when.share_of_change,
        (by.earlier_amount, by.changed_clause, by.paragraph_subject),
    ),
    SubjectRule(
        "comparative share",
        when.comparative_share,
        (by.counted_in_sentence, by.clause, by.plural_noun_before),
    ),
    SubjectRule("target share", when.target_share, (by.clause, by.plural_noun_before)),
    SubjectRule(
        "share",
        when.share,
        (
            by.own_norm,
            by.of_phrase,
            by.noun_after,
            by.counted_earlier,
            by.clause,
            by.plural_noun_before,
        ),
    ),
    SubjectRule("age after a name", when.age_after_name, (by.hyphen_age_noun, by.name_bearer)),
    SubjectRule(
        "age",
        when.age,
        (by.hyphen_age_noun, by.age_holder, by.earlier_share, by.clause, by.plural_noun_before),
    ),
    SubjectRule("change", when.change, (by.changed_object, by.clause)),
    SubjectRule(
        "year in a relative clause", when.year_in_relative_clause, (by.duration_noun, by.clause)
    ),
    SubjectRule("year", when.year, (by.duration_noun, by.year_event, by.clause)),
    SubjectRule("any number", when.any_number, (by.duration_noun, by.clause)),
)


SourceFinder = Callable[[ClaimSentence, EntityIndex, int], tuple[str, bool] | None]


@dataclass(frozen=True)
class SourceCue:
    """A source cue: `find(sentence, index, k)` is (source, cited) when the cue at word k names
    one; `words()`, when given, are the only words it can be at, `tokens(view)` the only tokens
    of a document (the run asks no other)."""

    name: str
    find: SourceFinder
    words: Callable[[], frozenset[str]] | None = None
    tokens: Callable[[DocView], frozenset[int]] | None = None


SOURCE_CUES: tuple[SourceCue, ...] = (
    SourceCue("according to", sources.according_to, source_words),
    SourceCue("evidence", sources.evidence, lambda: attribution_words().evidence_verbs),
    SourceCue("reporting verb", sources.reporting_subject, tokens=reporting_tokens),
)

ATTRIBUTIONS: tuple[Callable[[sources.Sources, Quantity], str | None], ...] = (
    sources.cited_source,
    sources.quote_speaker,
    sources.reported_source,
    sources.paragraph_source,
)

UNIT_RULES: tuple[Callable[[ClaimSentence, Quantity, str | None], str | None], ...] = (
    units.counted_by_subject,
)
