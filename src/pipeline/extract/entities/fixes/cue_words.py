"""Cue words: a preposition or adverb that introduces a name is no part of it — "Volgens Jansen"
→ "Jansen", "Over Brabant:" → "Brabant", "Namens de FNV" (entity_words.yaml `cue_words`). A
surname particle stays: "Van Hecke" and "In 't Veld" are names, so particles are not cue words.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.words import words


def trim_cue_words(ctx: FixContext, candidate: Candidate) -> Candidate:
    """The entity without the cue words it starts with (never its last word)."""
    span = candidate.span
    start = span.start
    while start < span.end - 1 and ctx.texts[start].lower() in words().cue_words:
        start += 1
    if start == span.start:
        return candidate
    trimmed = Span(span.doc, start, span.end, label=span.label, span_id=span.id)
    return candidate.with_span(trimmed)
