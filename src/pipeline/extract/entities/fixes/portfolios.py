"""Portfolios: "wethouder X van Werk en Inkomen" — a capitalised "A en B" after "van" is a
portfolio, not a place (models tag "Inkomen" LOC); the whole coordination becomes one MISC name.
Gazetteer places are never retyped: "de treinen van Haarlem en Leiden" stays two places. Words
from entity_words.yaml `portfolio_conjunctions` and `of_words`.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.words import words
from pipeline.labels import map_label


def portfolio(ctx: FixContext, candidate: Candidate) -> Span | None:
    """The "A en B" coordination ending in the entity, as MISC, when "van" comes before it."""
    span = candidate.span
    doc, i = span.doc, span.start
    if map_label(span.label_) not in ("LOC", "GPE", "MISC") or i < 3:
        return None
    first, conj = doc[i - 2], doc[i - 1]
    entity_words = words()
    if (
        conj.lower_ not in entity_words.portfolio_conjunctions
        or not first.is_title
        or doc[i - 3].lower_ not in entity_words.of_words
    ):
        return None
    return Span(doc, i - 2, span.end, label="MISC")
