"""Surname particles: "Vries" after a capital "De" becomes "De Vries" when some person in the doc
is "… de Vries" (entity_words.yaml `surname_particles`); "De Vries" stays "Vries" where no "… de
Vries" was named, and a lower-case "de" before it is never taken in.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import MentionContext
from pipeline.extract.entities.words import span_label, words
from pipeline.text.view import DocView


def surname_particles(ctx: MentionContext, spans: list[Span]) -> list[Span]:
    """Each span, widened over the capitalised particles of a surname the doc names in full."""
    view = ctx.view  # texts cut from the Doc's text: a Span's `text` builds its Tokens
    surnames = {
        view.text[view.starts[e.start + 1] : e.end_char].casefold()
        for e in ctx.ents
        if len(e) > 2 and span_label(e) == "PERSON"
    }
    if not surnames:
        return [*spans]  # no surname with particles named in full: nothing to widen
    return [_with_particles(e, surnames, view) for e in spans]


def _with_particles(ent: Span, surnames: set[str], view: DocView) -> Span:
    """`ent` widened over the capitalised particles before it (read on the Doc's view)."""
    start, texts = ent.start, view.orth
    while start > 0 and texts[start - 1].casefold() in words().surname_particles:
        start -= 1
    if (
        start < ent.start
        and texts[start].istitle()  # spaCy's `is_title`
        and view.text[view.starts[start] : ent.end_char].casefold() in surnames
    ):
        return Span(ent.doc, start, ent.end, label=ent.label, span_id=ent.id)
    return ent
