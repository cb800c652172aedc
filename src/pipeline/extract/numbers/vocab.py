"""The number vocabulary: data/number_words.yaml as loaded, and what the grammar derives from it,
hedges.csv, units.csv and unit_words.yaml (hedges by position and first word, unit words and
phrases with their measures, people nouns and person endings); data/non_claims.yaml, the words
around the non-claim shapes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.extract.numbers.words import Word, split_phrase
from pipeline.text.datafiles import (
    HedgeRow,
    NonClaimWords,
    NumberWords,
    UnitRow,
    UnitWords,
    sections,
    table,
)


@dataclass(frozen=True)
class Hedge(HedgeRow):
    """A row of hedges.csv with its phrase split into the words the grammar compares."""

    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocab:
    """What the grammar derives from the number data files (number_words.yaml itself is read as
    `number_words()`): hedges by position and first word, unit words and phrases, people nouns.
    The `*_firsts` are the first words of a phrase list: a word not among them starts none of its
    phrases, so a rule tests one set instead of each phrase."""

    range_connectors: tuple[tuple[str, ...], ...]
    hedges_before: tuple[Hedge, ...]
    hedges_by_first: dict[str, tuple[Hedge, ...]]
    hedges_after: tuple[Hedge, ...]
    hedges_floating: tuple[Hedge, ...]
    units: dict[str, str]
    unit_phrases: tuple[tuple[tuple[str, ...], str], ...]
    unit_rows: dict[tuple[str, ...], UnitRow]
    people_nouns: tuple[str, ...]
    range_connector_firsts: frozenset[str]
    hedge_after_firsts: frozenset[str]
    unit_phrase_firsts: frozenset[str]


def number_words() -> NumberWords:
    """data/number_words.yaml as loaded (English renderings read it too)."""
    return sections(NumberWords)


def non_claim_words() -> NonClaimWords:
    """data/non_claims.yaml as loaded."""
    return sections(NonClaimWords)


def unit_words() -> UnitWords:
    """data/unit_words.yaml as loaded."""
    return sections(UnitWords)


@cache
def vocab() -> Vocab:
    """The number vocabulary, loaded once from the package data files."""
    raw = number_words()
    hedges = [Hedge(**vars(r), words=split_phrase(r.phrase)) for r in table(HedgeRow)]
    by_length = sorted(hedges, key=lambda h: -len(h.words))
    unit_rows = table(UnitRow)
    connectors = tuple(
        sorted((split_phrase(c) for c in raw.range_connectors), key=len, reverse=True)
    )
    unit_phrases = tuple(
        sorted(
            ((split_phrase(r.word), r.unit) for r in unit_rows if len(split_phrase(r.word)) > 1),
            key=lambda p: -len(p[0]),
        )
    )
    hedges_after = tuple(h for h in by_length if h.position == "after")
    return Vocab(
        range_connectors=connectors,
        hedges_before=tuple(h for h in by_length if h.position == "before"),
        hedges_by_first={
            first: tuple(h for h in by_length if h.position == "before" and h.words[:1] == (first,))
            for first in {h.words[0] for h in hedges if h.position == "before" and h.words}
        },
        hedges_after=hedges_after,
        hedges_floating=tuple(h for h in by_length if h.floats),
        units={r.word.lower(): r.unit for r in unit_rows if len(split_phrase(r.word)) == 1},
        unit_phrases=unit_phrases,
        unit_rows={split_phrase(r.word): r for r in unit_rows if r.unit != "people"},
        people_nouns=tuple(r.word.lower() for r in unit_rows if r.unit == "people"),
        range_connector_firsts=first_words(connectors),
        hedge_after_firsts=first_words(h.words for h in hedges_after),
        unit_phrase_firsts=first_words(phrase for phrase, _ in unit_phrases),
    )


def first_words(phrases: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases begin with."""
    return frozenset(phrase[0] for phrase in phrases if phrase)


@cache
def hedge_phrases() -> tuple[tuple[tuple[str, ...], str, str, str], ...]:
    """(words, hedge, position, English) for every hedge phrase, longest first."""
    v = vocab()
    return tuple((h.words, h.hedge, h.position, h.en) for h in v.hedges_before + v.hedges_after)


def is_people(low: str) -> bool:
    """A noun naming persons, also as the end of a compound ("tienermeisjes")."""
    return len(low) > 2 and low.endswith(vocab().people_nouns) and not _thing(low)


def person_noun(w: Word) -> bool:
    """A word naming persons: a people noun of units.csv, or a plural noun with a person ending
    (unit_words.yaml `person_endings`: "gebruikers", "automobilisten", "politici") that is not a
    thing ("telefoonnummers"), an organisation ("zorgverzekeraars") or an adverb ("anders"); a
    capitalised plural of inhabitants ("Utrechters") too."""
    low = w.low
    if is_people(low) or demonym(w):
        return True
    return (
        w.pos in {"NOUN", ""}
        and len(low) > 5
        and w.text.isalpha()
        and low.endswith(unit_words().person_endings)
        and not _thing(low)
    )


def _thing(low: str) -> bool:
    return low.endswith(unit_words().not_person_nouns)


def demonym(w: Word) -> bool:
    """ "160.000 Arnhemmers", "300 Utrechters": a capitalised plural in -ers/-aars after a number
    names inhabitants (ANS §19.3.3 inwonersnamen)."""
    return w.text[:1].isupper() and w.low.endswith(number_words().demonym_suffixes)
