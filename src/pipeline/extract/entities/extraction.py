"""`extract_entities`: the Doc's entity spans merged into one `Entity` per person, organisation or
place, with every mention, its role and affiliation, in text order."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.entities.affiliation import GENERIC, resolve_employers, resolve_pending
from pipeline.extract.entities.labelling import label_of
from pipeline.extract.entities.mentions import Mention, collect_mentions
from pipeline.extract.entities.merging import merge
from pipeline.extract.entities.naming import name_of
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import Term, role_en
from pipeline.schema import Entity
from pipeline.text.view import DocView


def extract_entities(doc: Doc, view: DocView | None = None) -> list[Entity]:
    """One `Entity` per distinct person, organisation or place, with every mention, in text order.

    Groups whose every mention is dubious (a capital that proves nothing) are left out.
    """
    view = view or DocView.of(doc)
    groups = [g for g in merge(collect_mentions(view), view.text) if not all(m.dubious for m in g)]
    groups.sort(key=lambda g: g[0].span.start_char)
    named = [name_of(group) for group in groups]
    names: dict[int, str] = {}  # mention start token -> its entity's name
    for group, (name, _) in zip(groups, named, strict=True):
        for m in group:
            names[m.span.start] = name
    entities: list[Entity] = []
    pending: dict[int, Span | str] = {}  # affiliations to resolve once every entity is known
    role_mentions: dict[int, Mention] = {}  # roles whose organisation the context may tell
    for n, (group, (name, term)) in enumerate(zip(groups, named, strict=True), start=1):
        role_mention = next((m for m in group if m.role), None)
        affiliation = _affiliation(group)
        written = None
        if affiliation is not None:
            if isinstance(affiliation, str) or affiliation.label_ == GENERIC:
                pending[len(entities)] = affiliation
            else:
                written = names.get(affiliation.start, affiliation.text)
        elif role_mention is not None:
            role_mentions[len(entities)] = role_mention
        entities.append(_entity(f"e{n}", group, name, term, role_mention, written))
    index = EntityIndex(entities)
    resolve_pending(entities, pending, index)
    resolve_employers(entities, role_mentions, index, view.text)
    return entities


def _affiliation(group: list[Mention]) -> Span | str | None:
    """The affiliation read at the group's first mention with a role and one, else at the first
    mention with one."""
    mention = next((m for m in group if m.role and m.affiliation is not None), None)
    mention = mention or next((m for m in group if m.affiliation is not None), None)
    return mention.affiliation if mention is not None else None


def _entity(
    entity_id: str,
    group: list[Mention],
    name: str,
    term: Term | None,
    role_mention: Mention | None,
    affiliation: str | None,
) -> Entity:
    return Entity(
        id=entity_id,
        name=name,
        label=label_of(group),
        aliases=sorted({f for m in group for f in (m.form, m.text)} - {name}),
        # plain dicts, validated into `TextSpan`s with the entity: cheaper than a model each
        mentions=[{"start": m.span.start_char, "end": m.end_char, "text": m.text} for m in group],
        role=role_mention.role if role_mention else None,
        role_en=role_en(role_mention.role) if role_mention else None,
        affiliation=affiliation,
        name_en=term.name_en if term else None,
    )
