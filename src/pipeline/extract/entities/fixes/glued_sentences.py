"""Glued sentences: a sentence start the model took into a name — "Tips Heeft u informatie?",
"StreamView De meldkamer kan meekijken", "Veilige Bloementeelt Georganiseerde criminaliteit
probeert …" (sub-headings that lost their line break in a scraped page; `names.glued_start`). The
name ends before the glued start, and a span that is nothing but one ("Weet u waar …") is dropped.
"Basisteam De Linde" keeps its "De": a name goes on after it; so does a name the article writes
again ("Open Loket applicaties" as a heading, "diverse Open Loket applicaties" later). Closed-class POS tags and verbs from
entity_words.yaml `glued_start_pos`.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import glued_start_at


def cut_glued_start(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """The entity up to the first glued sentence start inside it; None when it starts with one."""
    span = candidate.span
    doc, texts = span.doc, ctx.texts
    cut = next((k for k in range(span.start, span.end) if glued_start_at(doc, texts, k)), None)
    if cut is None or span.doc.text.count(span.text) > 1:  # written again: a name
        return candidate
    while cut > span.start and (span.doc[cut - 1].is_punct or span.doc[cut - 1].is_space):
        cut -= 1
    if cut == span.start:
        return None
    return candidate.with_span(Span(span.doc, span.start, cut, label=span.label, span_id=span.id))
