"""The one place that resolves a name, a mention or a role to an entity of the article.

Quotes, claims and demands ask this index who "Ceuleers", "hij" or "de woordvoerder" is; they never
match aliases themselves. Given the offset where a phrase occurs (`before=`), it also resolves a
definite generic noun ("de organisatie", "het ministerie") to the most recent organisation of a
compatible kind named before it (see `by_generic_noun` and `data/org_anaphors.csv`).
"""

from __future__ import annotations

from bisect import bisect_right

from pipeline.labels import lookup_term, org_anaphors
from pipeline.schema import Entity

# Determiners that make a generic noun refer back ("de organisatie", "deze stichting"); an indefinite
# "een organisatie" introduces a new one.
DEFINITE = ("de ", "het ", "deze ", "dit ", "die ", "dat ")


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


class EntityIndex:
    """Lookup over the merged entities of one article."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._by_name: dict[str, Entity] = {}
        for entity in entities:
            for form in [entity.name, *entity.aliases]:
                self._by_name.setdefault(_key(form), entity)
        spans = sorted((m.start, m.end, entity) for entity in entities for m in entity.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def resolve(self, name: str, before: int | None = None) -> Entity | None:
        """Entity known under `name` (canonical name or alias; a Dutch genitive -s is dropped).

        With `before`, the offset where `name` is written, a definite generic noun ("de
        organisatie", or "organisatie" with its determiner already dropped) resolves back to the
        most recent compatible organisation.
        """
        key = _key(name.strip(" ,.:;'\"‘’“”"))
        if before is not None and (entity := self.by_generic_noun(key, before)) is not None:
            return entity
        if key in self._by_name:
            return self._by_name[key]
        if key.endswith("s") and key[:-1] in self._by_name:
            return self._by_name[key[:-1]]
        if key.endswith("'s") and key[:-2] in self._by_name:
            return self._by_name[key[:-2]]
        # a surname the article never used on its own: "Verbeek" for "Karin Verbeek"
        for form in (key, key[:-1] if key.endswith("s") else None):
            owners = [
                e
                for e in self.entities
                if form and e.label == "PERSON" and _key(e.name).endswith(" " + form)
            ]
            if len(owners) == 1:
                return owners[0]
        return None

    def at(self, start: int, end: int) -> Entity | None:
        """Entity with a mention overlapping the character range [start, end)."""
        i = bisect_right(self._starts, end)
        for s, e, entity in reversed(self._spans[:i]):
            if s < end and e > start:
                return entity
            if e <= start and s < start - 500:
                break
        return None

    def by_role(self, role: str) -> Entity | None:
        """Entity holding `role` ("woordvoerder", "rapporteur", "staatssecretaris") in the article."""
        key = _key(role)
        for entity in self.entities:
            if entity.role and (_key(entity.role) == key or key in _key(entity.role)):
                return entity
            if entity.role_en and _key(entity.role_en) == key:
                return entity
        return None

    def last_before(self, offset: int, label: str = "PERSON") -> Entity | None:
        """Most recent entity with `label` mentioned before `offset` (for pronoun speakers)."""
        i = bisect_right(self._starts, offset)
        for _s, e, entity in reversed(self._spans[:i]):
            if e <= offset and entity.label == label:
                return entity
        return None

    def canonical(self, text: str, before: int | None = None) -> str:
        """Canonical entity name for `text` when it is a known entity, else `text` as written.

        `before` is the offset of `text` in the article, for generic nouns ("de organisatie").
        """
        entity = self.resolve(text, before)
        return entity.name if entity else text

    def by_head_noun(self, noun: str, before: int) -> Entity | None:
        """Organisation named before `before` whose name ends in `noun`: "de bond" → Woonbond.

        Dutch compounds are right-headed, so a definite "de bond" / "de dienst" after "Woonbond" /
        "Belastingdienst" refers back to it; the most recent such organisation wins.
        """
        key = _key(noun)
        if len(key) < 4:
            return None
        i = bisect_right(self._starts, before)
        for _s, _e, entity in reversed(self._spans[:i]):
            name = _key(entity.name)
            if entity.label == "ORG" and name.endswith(key) and name != key:
                return entity
        return self.by_generic_noun(key, before)

    def by_generic_noun(self, phrase: str, before: int) -> Entity | None:
        """Most recent organisation before `before` that a definite generic noun refers to.

        "Volgens de organisatie" after "Vluchtelingenwerk Nederland" is that NGO; "het ministerie"
        after "ministerie van Financiën" is the ministry. The noun must fit the organisation's kind
        (`data/org_anaphors.csv`: "de bond" fits a union, not a ministry) or its own name ("de
        stichting" → "Stichting Thuisloos"). Bare "organisatie" counts as definite (callers often
        drop the determiner); "een organisatie" does not refer back.
        """
        key = _key(phrase)
        if key.startswith(DEFINITE):
            key = key.split(" ", 1)[1]
        kinds = org_anaphors().get(key)
        if kinds is None:
            return None
        i = bisect_right(self._starts, before)
        for _s, end, entity in reversed(self._spans[:i]):
            if end <= before and entity.label == "ORG" and _fits(entity, key, kinds):
                return entity
        return None


def _fits(entity: Entity, noun: str, kinds: frozenset[str]) -> bool:
    """Whether a generic `noun` can stand for `entity`: by its own name or its termbase kind."""
    names = [_key(form) for form in (entity.name, *entity.aliases)]
    if any(n.startswith(noun + " ") or (n.endswith(noun) and n != noun) for n in names):
        return True
    term = next((t for form in (entity.name, *entity.aliases) if (t := lookup_term(form))), None)
    return (term.type if term else "other") in kinds
