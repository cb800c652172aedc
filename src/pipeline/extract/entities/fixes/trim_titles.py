"""Trim titles: determiners, titles and roles at the start of a model entity and punctuation at
its edges are not part of the name. "Woordvoerder Shamir Ceuleers" → "Shamir Ceuleers" (a person:
a role was stripped), "de Woonbond" → "Woonbond", "mr. Karim el Idrissi" → "Karim el Idrissi"
(but "Burgemeester Vermeulenweg" is a street: a title before a street ending stays).
Words from entity_words.yaml `name_determiners`, roles from roles.csv.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import suffix_label
from pipeline.extract.entities.roles import role_at
from pipeline.extract.entities.words import words


def trim(span: Span) -> tuple[Span | None, bool]:
    """Span without leading determiners/titles/roles and edge punctuation; (span, role stripped)."""
    start, end, stripped = span.start, span.end, False
    doc = span.doc
    while start < end:
        token = doc[start]
        hit = role_at(doc, start)
        if token.text in words().name_determiners or token.is_punct or token.is_space:
            start += 1
        elif hit and hit[0] <= end and suffix_label(doc[end - 1].text) != "LOC":
            # "Burgemeester Vermeulenweg" is a street named after a title: the title stays
            start, stripped = hit[0], stripped or hit[2] == "person" or hit[2] == "honorific"
        else:
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None, stripped
    return Span(doc, start, end, label=span.label, span_id=span.id), stripped


def trim_titles(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """The entity without its leading titles and edge punctuation; dropped when nothing is left."""
    span, stripped = trim(candidate.span)
    if span is None:
        return None
    return Candidate(span, titled=stripped)
