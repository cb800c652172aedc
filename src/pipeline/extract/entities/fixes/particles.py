"""Surname particles: "Vries" after a capital "De" becomes "De Vries" when some person in the doc
is "… de Vries" (entity_words.yaml `surname_particles`); "De Vries" stays "Vries" where no "… de
Vries" was named, and a lower-case "de" before it is never taken in.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import MentionContext
from pipeline.extract.entities.words import words
from pipeline.labels import map_label


def surname_particles(ctx: MentionContext, spans: list[Span]) -> list[Span]:
    """Each span, widened over the capitalised particles of a surname the doc names in full."""
    surnames = {
        e[1:].text.casefold() for e in ctx.ents if map_label(e.label_) == "PERSON" and len(e) > 2
    }
    return [_with_particles(e, surnames, ctx.view.orth) for e in spans]


def _with_particles(ent: Span, surnames: set[str], texts: tuple[str, ...]) -> Span:
    """`ent` widened over the capitalised particles before it (`texts`: the Doc's token texts)."""
    start = ent.start
    while start > 0 and texts[start - 1].casefold() in words().surname_particles:
        start -= 1
    if start < ent.start and texts[start].istitle():  # spaCy's `is_title`
        wider = ent.doc[start : ent.end]
        if wider.text.casefold() in surnames:
            return Span(ent.doc, start, ent.end, label=ent.label, span_id=ent.id)
    return ent
