"""A name after a person role names a person (roles from roles.csv).

- `person_after_role`: "minister-president Rutte", "Woordvoerder Shamir Ceuleers": an entity that
  had a role stripped, or follows one, is a PERSON whatever the model said ("Rutte" as ORG).
- `titled_names`: names after such a role that the model missed ("wethouder Jan Pronk zegt"); a
  role followed by a lower-case word ("de woordvoerder zegt") names no one.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import name_tokens, suffix_label
from pipeline.extract.entities.roles import (
    may_start_role,
    role_at,
    role_ending_at,
    role_may_end_at,
)
from pipeline.extract.entities.words import tokens_of


def person_after_role(ctx: FixContext, candidate: Candidate) -> Span | None:
    """PERSON when a role was stripped from the entity or a person role ends right before it."""
    span = candidate.span
    if suffix_label(ctx.texts[span.end - 1]) == "LOC":
        return None  # "Burgemeester Vermeulenweg" is a street
    if candidate.titled or (
        role_may_end_at(ctx.where(may_start_role), span.start)
        and role_ending_at(ctx.doc, ctx.texts, span.start)
    ):
        return Span(ctx.doc, span.start, span.end, label="PERSON")
    return None


def titled_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the capitalised name after each person role that no entity covers yet."""
    doc, taken, found = ctx.doc, tokens_of(spans), []
    for i in ctx.where(may_start_role):
        hit = role_at(ctx.texts, i)
        if not hit or hit[2] != "person" or hit[0] in taken or i in taken:
            continue
        end = name_tokens(doc, ctx.texts, hit[0], taken)
        if end > hit[0]:
            found.append(Span(doc, hit[0], end, label="PERSON"))
            taken.update(range(hit[0], end))
    return [*spans, *found]
