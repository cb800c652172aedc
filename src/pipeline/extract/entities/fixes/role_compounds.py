"""Role compounds: "FNV-voorman Jan de Wit", "CDA-Kamerlid Femke Aarts" — the capitalised first
part of a compound role names the body the role is held in, and the article mentions that body
there (GUIDELINES: the trailing "-voorman" is no part of the name). The mention is the body's name
alone ("FNV"), an ORG; "Oud-minister" names no body (entity_words.yaml `role_modifiers`), nor does
a plain "woordvoerder". Roles from data/roles.csv.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import MentionContext
from pipeline.extract.entities.names import role_compound_body
from pipeline.extract.entities.words import tokens_of


def role_compounds(ctx: MentionContext, spans: list[Span]) -> list[Span]:
    """The spans plus each compound role no span covers, as the mention of its body."""
    doc, taken = ctx.view.doc, tokens_of(spans)
    found = [
        Span(doc, i, i + 1, label="ORG")
        for i, text in enumerate(ctx.view.orth)
        if "-" in text and i not in taken and role_compound_body(text)
    ]
    return [*spans, *found]
