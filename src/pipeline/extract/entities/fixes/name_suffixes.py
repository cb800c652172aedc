"""Name suffixes: a one-word name's ending gives its type — "Spreidingswet" is a LAW,
"Stationsstraat" a LOC (data/name_suffixes.csv). Of longer names only a place ending counts:
"Willem Dreesweg" is a LOC, "Tijdelijke Spreidingswet" keeps the model's type. A word equal to the
ending ("Weg") is not matched.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import suffix_label


def name_suffix(ctx: FixContext, candidate: Candidate) -> Span | None:
    """The type the last word's ending gives: for a one-word name any, for longer ones LOC only."""
    span = candidate.span
    kind = suffix_label(span[-1].text)
    if kind and (len(span) == 1 or kind == "LOC"):
        return Span(span.doc, span.start, span.end, label=kind)
    return None
