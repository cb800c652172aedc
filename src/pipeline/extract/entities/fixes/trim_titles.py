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
from pipeline.extract.entities.roles import may_start_role, role_at
from pipeline.extract.entities.words import has_alnum, words


def trim(span: Span, texts: tuple[str, ...]) -> tuple[Span | None, bool]:
    """Span without leading determiners/titles/roles and edge punctuation; (span, role stripped).
    `texts`: the Doc's token texts."""
    start, end, stripped = span.start, span.end, False
    doc = span.doc
    while start < end:
        token = doc[start]
        hit = role_at(texts, start)
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
    if _clean_edges(ctx.texts, candidate.span):
        return candidate
    span, stripped = trim(candidate.span, ctx.texts)
    if span is None:
        return None
    return Candidate(span, titled=stripped)


def _clean_edges(texts: tuple[str, ...], span: Span) -> bool:
    """Whether `trim` would leave the span as it is, read on the token texts alone: its first word
    is no determiner and cannot start a role, and both edge words hold a letter or digit (no
    punctuation or space). Most model entities are such, and skip building Tokens."""
    first, last = texts[span.start], texts[span.end - 1]
    return (
        has_alnum(first)
        and has_alnum(last)
        and first not in words().name_determiners
        and not may_start_role(first)
    )
