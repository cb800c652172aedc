"""Kind-named bodies: an entity after a lower-case noun naming a kind of body is that body —
"onderzoeksbureau Panteia", "vakbond Vooruit" (ORG, whatever the model said); so is one with such
a noun in apposition: "Sport Vlaanderen, het agentschap dat …". A personal name of two words or
more stays a person, and a role noun is no descriptor ("woordvoerder Panteia" is a person).
Organisation words from data/org_kinds.csv, determiners from entity_words.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import descriptor, org_kind_ending, org_word
from pipeline.extract.entities.words import known, span_label, words
from pipeline.labels import first_names


def kind_named(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each span, as ORG where a descriptor noun before it or in apposition names its kind."""
    return [_kind_named(ctx, s) for s in spans]


def _kind_named(ctx: FixContext, span: Span) -> Span:
    """The span as ORG, or as it is. The words around it are read on the token texts (spaCy's
    `is_lower`, `lower_` are the `str` methods); a Token is built only for a descriptor's tag."""
    if known(span):
        return span
    texts, label = ctx.texts, span_label(span)
    if (
        label in ("LOC", "GPE", "MISC", "PERSON")
        and _apposed_kind(texts, span.end)
        and texts[span.start] not in first_names()
    ):
        return Span(span.doc, span.start, span.end, label="ORG", span_id=span.id)
    prev = span.start - 1
    if prev < 0 or label == "ORG" or not org_kind_ending(texts[prev]):
        return span
    if not descriptor(ctx.doc[prev]) or (label == "PERSON" and len(span) > 1):
        return span
    return Span(span.doc, span.start, span.end, label="ORG", span_id=span.id)


def _apposed_kind(texts: tuple[str, ...], end: int) -> bool:
    """ "Sport Vlaanderen, het agentschap": a comma, a definite determiner and a lower-case
    organisation word right after token `end`."""
    if end + 3 > len(texts) or texts[end] != ",":
        return False
    noun = texts[end + 2]
    return (
        texts[end + 1].lower() in words().definite_determiners and noun.islower() and org_word(noun)
    )
