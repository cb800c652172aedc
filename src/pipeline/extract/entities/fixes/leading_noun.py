"""Leading noun: "Melkveehouder Gerrit Kamphuis" at a sentence start — a capitalised word before a
listed given name (data/first_names.csv) there is a title or occupation, capitalised by its
position, not part of the name. Mid-sentence such a capital is not explained by position, so the
span keeps it ("volgens Melkveehouder Gerrit Kamphuis" is left as the model cut it).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import sentence_initial
from pipeline.extract.entities.words import span_label
from pipeline.labels import first_names


def leading_noun(ctx: FixContext, candidate: Candidate) -> Candidate:
    """A person's name without the sentence-initial noun before its given name."""
    span = candidate.span
    if span_label(span) != "PERSON":
        return candidate
    texts = ctx.texts
    if (
        len(span) < 3
        or texts[span.start] in first_names()
        or texts[span.start + 1] not in first_names()
    ):
        return candidate
    if not sentence_initial(span):
        return candidate
    trimmed = Span(span.doc, span.start + 1, span.end, label=span.label, span_id=span.id)
    return candidate.with_span(trimmed)
