"""Entities: spaCy NER with our label set, merged across mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.labels import map_label
from pipeline.schema import Entity, Span


def add_entity_components(nlp: Language) -> None:
    """Add the termbase ruler and related components to `nlp` (idempotent)."""


def extract_entities(doc: Doc) -> list[Entity]:
    """One `Entity` per distinct name, with all its mentions."""
    by_name: dict[str, Entity] = {}
    for ent in doc.ents:
        label = map_label(ent.label_)
        if label is None:
            continue
        entity = by_name.get(ent.text)
        if entity is None:
            entity = by_name[ent.text] = Entity(
                id=f"e{len(by_name) + 1}", name=ent.text, label=label
            )
        entity.mentions.append(Span(start=ent.start_char, end=ent.end_char, text=ent.text))
    return list(by_name.values())
