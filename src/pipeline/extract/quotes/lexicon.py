"""The quote words, loaded once from the package data files into one frozen `QuoteLexicon`.

Three files hold them: `quote_words.csv` (speaker and title nouns, the small function-word sets
each named for its decision) and, shared with claims and demands, `attribution.yaml` (postposed
cues, "volgens" prepositions, third-person pronouns) and `roles.csv` (person roles).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.extract.attribution import attribution_words
from pipeline.text.datafiles import QuoteWords, RoleRow, quote_words, table


@dataclass(frozen=True)
class QuoteLexicon:
    """Quote knowledge loaded once from the package data files."""

    postposed: frozenset[str]
    prepositions: frozenset[str]
    roles: frozenset[str]
    title_nouns: frozenset[str]
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]
    third_person: dict[str, str]  # subject and object pronouns: a one-word speaker phrase of these
    words: QuoteWords  # the other sections of quote_words.csv, each named for its decision


@cache
def quote_lexicon() -> QuoteLexicon:
    """The lexicon, built on first use."""
    words = quote_words()
    cues = attribution_words()  # the cues and pronouns quotes share with claims and demands
    roles = {r.role.casefold() for r in table(RoleRow) if r.kind == "person"}
    return QuoteLexicon(
        postposed=cues.postposed,
        prepositions=cues.according_to,
        roles=frozenset(roles | set(words.speaker_noun)),
        title_nouns=frozenset(words.title_noun),
        pronouns=cues.third_person_subject,
        object_pronouns=cues.third_person_object,
        third_person=cues.third_person_subject | cues.third_person_object,
        words=words,
    )
