"""Surname places: a place name right after a listed given name is a surname. "Advocaat Mirjam
Oosterbeek" names a lawyer, not the village the gazetteer knows as Oosterbeek; later in the same
text "Oosterbeek" alone is her surname too. The place stays a place after a comma or a line break
("Mirjam, Oosterbeek"), after a preposition ("Mirjam uit Oosterbeek") and before a further
capitalised word, and a termbase name (not a gazetteer place) is never a surname. The names are
`VOUCHED`, so `known_place` does not make them places again.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.words import PLACE_PREFIX, VOUCHED, tokens_of
from pipeline.labels import first_names


def surname_places(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """One-word gazetteer places after a given name, and their other mentions, become PERSON."""
    doc, texts = ctx.doc, ctx.texts
    taken: set[int] | None = None  # the entities' tokens, collected on first use (rarely needed)
    surnames: set[str] = set()
    for span in spans:
        prev = span.start - 1
        if not (
            len(span) == 1
            and prev >= 0
            and texts[prev] in first_names()  # (the rare case: read first)
            and span.id_.startswith(PLACE_PREFIX)
        ):
            continue
        taken = tokens_of(spans) if taken is None else taken
        if (
            prev not in taken
            and "\n" not in doc[prev].whitespace_
            and not (span.end < len(doc) and texts[span.end].istitle())
        ):
            surnames.add(span.text)
    if not surnames:
        return spans
    out = []
    for span in spans:
        if len(span) == 1 and span.id_.startswith(PLACE_PREFIX) and span.text in surnames:
            span = Span(doc, span.start, span.end, label="PERSON", span_id=VOUCHED)
        out.append(span)
    return out
