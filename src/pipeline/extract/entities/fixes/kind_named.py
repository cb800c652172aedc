"""Kind-named bodies: an entity after a lower-case noun naming a kind of body is that body —
"onderzoeksbureau Panteia", "vakbond Vooruit" (ORG, whatever the model said); so is one with such
a noun in apposition: "Sport Vlaanderen, het agentschap dat …". A personal name of two words or
more stays a person, and a role noun is no descriptor ("woordvoerder Panteia" is a person).
Organisation words from data/org_kinds.csv, determiners from entity_words.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import descriptor, org_word
from pipeline.extract.entities.words import known, words
from pipeline.labels import first_names, map_label, org_kinds


def kind_named(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each span, as ORG where a descriptor noun before it or in apposition names its kind."""
    return [_kind_named(s) for s in spans]


def _kind_named(span: Span) -> Span:
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    apposed = doc[span.end : span.end + 3] if span.end + 3 <= len(doc) else None
    if (
        apposed is not None
        and not known(span)
        and map_label(span.label_) in ("LOC", "GPE", "MISC", "PERSON")
        and span[0].text not in first_names()
        and apposed[0].text == ","
        and apposed[1].lower_ in words().definite_determiners
        and apposed[2].is_lower
        and org_word(apposed[2].text)
    ):
        return Span(doc, span.start, span.end, label="ORG", span_id=span.id)
    if known(span) or prev is None or not descriptor(prev) or map_label(span.label_) == "ORG":
        return span
    if not prev.lower_.endswith(org_kinds()) or (
        map_label(span.label_) == "PERSON" and len(span) > 1
    ):
        return span
    return Span(doc, span.start, span.end, label="ORG", span_id=span.id)
