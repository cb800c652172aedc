"""`summary_en`: a few English sentences for a reader in a hurry, built from the structured data.

Not a translation of the article: who is involved (entities with their English names and roles),
the key numbers (each claim's `value_en` with its subject) and the demands (who asks whom to do
what). Free text (subjects, actions, the title) comes from the `*_en` fields that MT filled; where
MT has not run, the Dutch is shown marked as `[nl: ...]` so nothing untranslated passes as English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.english.glossary import glossary_en
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import ArticleResult, Claim, Demand, Entity

MAX_PEOPLE = 3
MAX_ORGS = 3
MAX_FIGURES = 4
MAX_DEMANDS = 2
_ORG_LABELS = {"ORG", "NORP", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "MISC"}
_DUTCH_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,]|\.\d)|(?<![\d.,])\d+,\d+(?![\d.,])"
)


def english_numbers(text: str) -> str:
    """Dutch number notation inside English text in English notation: 1.300 → 1,300; 2,5 → 2.5.

    MT output keeps numbers exactly as written (they are protected); the summary is for English
    readers, so it converts them here.
    """
    swap = str.maketrans(".,", ",.")
    return _DUTCH_NUMBER.sub(lambda m: m.group(0).translate(swap), text)


def _en(english: str | None, dutch: str | None) -> str:
    """The English text, else the Dutch marked as untranslated."""
    if english:
        return english_numbers(english.strip())
    return f"[nl: {(dutch or '').strip()}]"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _weight(entity: Entity, result: ArticleResult) -> int:
    """Mentions, plus a bonus for speaking, demanding or being asked: those drive the story."""
    names = {entity.name}
    parties = [q.speaker for q in result.quotes] + [d.actor for d in result.demands]
    parties += [d.addressee for d in result.demands] + [c.attributed_to for c in result.claims]
    return len(entity.mentions) + 2 * sum(1 for p in parties if p in names)


def _acronym(entity: Entity) -> str | None:
    for form in [entity.name, *entity.aliases]:
        if " " not in form and sum(c.isupper() for c in form) >= 2:
            return form
    return None


def org_en(entity: Entity) -> str:
    """English name of an organisation, with its acronym as written in Dutch news."""
    name = _en(entity.name_en, entity.name)
    acronym = _acronym(entity)
    return f"{name} ({acronym})" if acronym and acronym not in name else name


def person_en(entity: Entity, index: EntityIndex) -> str:
    """Role, name and affiliation: 'State Secretary Broekers-Knol (Justice and Security)'."""
    text = entity.name
    if entity.role:
        text = f"{_en(entity.role_en, entity.role)} {text}"
    if entity.affiliation:
        org = index.resolve(entity.affiliation)
        text += f" ({org_en(org) if org else entity.affiliation})"
    return text


def party_en(name: str | None, index: EntityIndex, phrases: Mapping[str, str]) -> str | None:
    """English for a party: a known entity, else the MT of the Dutch noun phrase ("kabinet")."""
    if not name:
        return None
    entity = index.resolve(name)
    if entity is None:
        return _en(phrases.get(name) or glossary_en(name), name)
    return entity.name if entity.label == "PERSON" else org_en(entity)


def _who(result: ArticleResult, index: EntityIndex) -> str:
    ranked = sorted(result.entities, key=lambda e: -_weight(e, result))
    people = [e for e in ranked if e.label == "PERSON"][:MAX_PEOPLE]
    orgs = [e for e in ranked if e.label in _ORG_LABELS][:MAX_ORGS]
    parts = []
    if orgs:
        parts.append(f"organisations: {_join([org_en(e) for e in orgs])}")
    if people:
        parts.append(f"people: {_join([person_en(e, index) for e in people])}")
    if not parts:
        return "No organisations or people are named."
    return "Main parties — " + "; ".join(parts) + "."


def parties(result: ArticleResult) -> set[str]:
    """Actors, addressees, speakers and sources that are noun phrases, not known entities."""
    index = EntityIndex(result.entities)
    names = [d.actor for d in result.demands] + [d.addressee for d in result.demands]
    names += [q.speaker for q in result.quotes] + [c.attributed_to for c in result.claims]
    return {n for n in names if n and index.resolve(n) is None}


def _figure(claim: Claim) -> str:
    value = claim.value_en or f"[nl: {claim.text}]"
    if claim.subject:
        value += f" {_en(claim.subject_en, claim.subject)}"
    return value


def _key_claims(result: ArticleResult) -> list[Claim]:
    """Claims with a value and a subject first, years last; in article order within each group."""
    ranked = sorted(
        (c for c in result.claims if c.unit != "year"),
        key=lambda c: (c.subject is None, c.value_en is None, c.start),
    )
    return sorted(ranked[:MAX_FIGURES], key=lambda c: c.start)


def _demand(demand: Demand, index: EntityIndex, phrases: Mapping[str, str]) -> str:
    actor = party_en(demand.actor, index, phrases) or "The article"
    addressee = party_en(demand.addressee, index, phrases)
    action = _en(demand.action_en, demand.action) if demand.action else None
    if action is None:
        return f"{actor} demands: {_en(demand.text_en, demand.text)}."
    if addressee is None:
        return f"{actor} calls for action: {action.rstrip('.')}."
    return f"{actor} calls on {addressee} to {action.rstrip('.')}."


def summary_en(result: ArticleResult, phrases: Mapping[str, str] | None = None) -> str:
    """3–6 English sentences: what, who, key figures, demands (from the fields, not from MT).

    `phrases` gives English for parties that are noun phrases rather than entities ("kabinet"),
    as translated by the caller when MT is available.
    """
    phrases = phrases or {}
    index = EntityIndex(result.entities)
    article = result.article
    title = _en(article.title_en, article.title) if article.title else "untitled"
    dated = f" ({article.date})" if article.date else ""
    sentences = [f"Dutch news article{dated}: {title.rstrip('.')}.", _who(result, index)]
    claims = _key_claims(result)
    if claims:
        sentences.append("Key figures: " + "; ".join(_figure(c) for c in claims) + ".")
    else:
        sentences.append("The article reports no key figures.")
    sentences += [_demand(d, index, phrases) for d in result.demands[:MAX_DEMANDS]]
    speakers = [q.speaker for q in result.quotes if q.speaker]
    if speakers and len(sentences) < 6:
        main = max(dict.fromkeys(speakers), key=speakers.count)
        sentences.append(
            f"Most quotes ({speakers.count(main)}) come from {party_en(main, index, phrases)}."
        )
    return " ".join(sentences[:6])
