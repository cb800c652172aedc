"""The one place that resolves a name, a mention or a role to an entity of the article.

Quotes, claims and demands ask this index who "Ceuleers", "hij" or "de woordvoerder" is; they never
match aliases themselves. Given the offset where a phrase occurs (`before=`), it also resolves a
definite generic noun ("de organisatie", "het ministerie") to the most recent organisation of a
compatible kind named before it (see `by_generic_noun` and `data/org_anaphors.csv`). `employer` names
the organisation an unaffiliated spokesperson or chair speaks for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pipeline.labels import lookup_term, org_anaphors
from pipeline.schema import Entity
from pipeline.text.datafiles import quote_words

# Determiners that make a generic noun refer back ("de organisatie", "deze stichting"); an indefinite
# "een organisatie" introduces a new one.
DEFINITE = ("de ", "het ", "deze ", "dit ", "die ", "dat ")
# Termbase types that never employ an unaffiliated spokesperson or chair named near them (they are
# what news about policy addresses), and public bodies left out of the article-wide guess; see
# `EntityIndex.employer`.
GOVERNMENT_TYPES = frozenset({"ministry", "parliament"})
PUBLIC_TYPES = frozenset(
    {"advisory", "agency", "audit", "inspectorate", "judiciary", "ombudsman", "police"}
    | {"prosecution", "rapporteur"}
)


@dataclass(frozen=True)
class _Body:
    """An organisation that may employ an unaffiliated spokesperson: where it is named outside
    quotation marks, and whether it is public (left out of the article-wide guess)."""

    entity: Entity
    starts: list[int]
    public: bool


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
        self._bodies: dict[tuple[str, tuple[tuple[int, int], ...]], list[_Body]] = {}

    def resolve(self, name: str, before: int | None = None) -> Entity | None:
        """Entity known under `name` (canonical name or alias; a Dutch genitive -s is dropped).

        With `before`, the offset where `name` is written, a definite generic noun ("de
        organisatie", or "organisatie" with its determiner already dropped) resolves back to the
        most recent compatible organisation.
        """
        key = _key(name.strip(" ,.:;'\"‘’“”"))
        if before is not None and (entity := self.by_generic_noun(key, before)) is not None:
            return entity
        genitives = (key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("'s") else "")
        for form in (key, *genitives):
            if form in self._by_name:
                return self.fullest(self._by_name[form])
        # a surname the article never used on its own: "Verbeek" for "Karin Verbeek"
        for form in (key, key[:-1] if key.endswith("s") else None):
            owners = [
                e
                for e in self.entities
                if form and e.label == "PERSON" and _key(e.name).endswith(" " + form)
            ]
            if len(owners) == 1:
                return owners[0]
        return self._by_given_name(key)

    def _by_given_name(self, key: str) -> Entity | None:
        """The one person whose full name starts with the single word `key`: "Arjen" for "Arjen
        Spek" (interviews and releases often go on with the given name). Name particles and
        determiners ("De" of "De Vries", `name_particle`/`determiner` in quote_words.csv) are
        no given names."""
        words = quote_words()
        if " " in key or key in words.name_particle or key in words.determiner:
            return None
        owners = [
            e for e in self.entities if e.label == "PERSON" and _key(e.name).startswith(key + " ")
        ]
        return owners[0] if len(owners) == 1 else None

    def fullest(self, entity: Entity) -> Entity:
        """The person `entity` names in full: "Pauline" or "Van Rotterdam", kept apart from
        "Pauline van Rotterdam" by the entity stage, is her (the one longer person name that
        starts or ends with it); a one-word entity of another label that is the given name of
        one person ("Sander" taken for a place, "Sander van Thillo" named) is that person; any
        other entity is itself."""
        key = _key(entity.name)
        person = entity.label == "PERSON"
        if not person and " " in key:
            return entity
        owners = [
            e
            for e in self.entities
            if e is not entity
            and e.label == "PERSON"
            and (
                _key(e.name).startswith(key + " ") or (person and _key(e.name).endswith(" " + key))
            )
        ]
        return owners[0] if len(owners) == 1 else entity

    def at(self, start: int, end: int) -> Entity | None:
        """Entity with a mention overlapping the character range [start, end) (the one whose
        mention starts last, when several do)."""
        i = bisect_left(self._starts, end)
        for s, e, entity in reversed(self._spans[:i]):
            if e > start:
                return entity
            if s < start - 500:
                break
        return None

    def all_at(self, start: int, end: int) -> list[Entity]:
        """Every entity with a mention overlapping [start, end), in the order of those mentions."""
        spans = self._spans
        found: list[Entity] = []
        # back from the last mention that starts before `end`, by index: no copy of the list
        for at in range(bisect_left(self._starts, end) - 1, -1, -1):
            s, e, entity = spans[at]
            if e > start:
                if all(f is not entity for f in found):
                    found.insert(0, entity)
            elif s < start - 500:
                break
        return found

    def by_role(self, role: str) -> Entity | None:
        """Entity holding `role` ("woordvoerder", "rapporteur", "staatssecretaris") in the article.

        The role names the holder's role in full ("officier" → "officier van justitie") or its
        compound head ("woordvoerder" → "politiewoordvoerder"); a word inside another is no
        match ("raad" is no "raadslid").
        """
        key = _key(role)
        for entity in self.entities:
            if entity.role and _names_role(key, _key(entity.role)):
                return entity
            if entity.role_en and _key(entity.role_en) == key:
                return entity
        return None

    def last_before(self, offset: int, label: str = "PERSON") -> Entity | None:
        """Most recent entity with `label` mentioned before `offset` (for pronoun speakers)."""
        return next((entity for _s, _e, entity in self.mentions_before(offset, label)), None)

    def mentions_before(self, offset: int, label: str) -> Iterator[tuple[int, int, Entity]]:
        """(start, end, entity) of the mentions of `label` entities ending by `offset`, the most
        recent first (for the pronoun referents of `pipeline.extract.attribution`)."""
        i = bisect_right(self._starts, offset)
        for s, e, entity in reversed(self._spans[:i]):
            if e <= offset and entity.label == label:
                yield s, e, entity

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
            if entity.label != "ORG":
                continue  # (before the name's key: most mentions are of people and places)
            name = _key(entity.name)
            if name.endswith(key) and name != key:
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

    def employer(
        self, start: int, end: int, text: str, quoted: Sequence[tuple[int, int]]
    ) -> Entity | None:
        """The organisation an unaffiliated organisational role at [start, end) speaks for.

        "Woordvoerder X: ‘…’" in a press release that names "het CKM" next; "‘…’, aldus een
        woordvoerster." after "Rederij Wagenborg schrapt de afvaarten." Callers decide that the
        role is one held inside a body (`org_role` in data/roles.csv) with no "van X" of its own.
        Organisations named inside quotation marks (`quoted`: (open, close) offsets) do not count
        (the speaker talks about them), nor ministries and parliaments (the addressees of news about
        policy). The one such organisation named in the role's paragraph (its line) wins; two or
        more there: none. With none there, the article's non-public organisation (no government
        body, police, court or agency: `PUBLIC_TYPES`) named in the most paragraphs, when that is
        clear: at least twice as many paragraphs as the next, or the only one.
        """
        bodies = self.bodies(text, quoted)
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
        near = [b.entity for b in bodies if any(first <= at < last for at in b.starts)]
        if near:
            return near[0] if len(near) == 1 else None
        ranked = sorted(
            (
                (len({text.rfind("\n", 0, at) for at in b.starts}), k)
                for k, b in enumerate(bodies)
                if not b.public
            ),
            reverse=True,
        )
        if ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
            return bodies[ranked[0][1]].entity
        return None

    def bodies(self, text: str, quoted: Sequence[tuple[int, int]]) -> list[_Body]:
        """Organisations named outside the quotations `quoted` of `text`, ministries and
        parliaments left out (computed once per text and quotations)."""
        key = (text, tuple((a, b) for a, b in quoted))
        if key not in self._bodies:
            found = []
            for entity in self.entities:
                kind = org_type(entity) if entity.label == "ORG" else None
                if kind is None or kind in GOVERNMENT_TYPES:
                    continue
                starts = [
                    m.start
                    for m in entity.mentions
                    if not any(a <= m.start <= b for a, b in quoted)
                ]
                if starts:
                    found.append(_Body(entity, starts, kind in PUBLIC_TYPES))
            self._bodies[key] = found
        return self._bodies[key]


def _names_role(key: str, held: str) -> bool:
    """Whether the role word(s) `key` name the role `held` (both normalised): equal, its first
    words ("officier" in "officier van justitie") or its compound head ("politiewoordvoerder")."""
    first = held.split(" ", 1)[0]
    return held == key or held.startswith(key + " ") or (first.endswith(key) and " " not in key)


def _fits(entity: Entity, noun: str, kinds: frozenset[str]) -> bool:
    """Whether a generic `noun` can stand for `entity`: by its own name or its termbase kind."""
    names = [_key(form) for form in (entity.name, *entity.aliases)]
    if any(n.startswith(noun + " ") or (n.endswith(noun) and n != noun) for n in names):
        return True
    return org_type(entity) in kinds


def org_type(entity: Entity) -> str:
    """Termbase type of an organisation ("ngo", "ministry"), "other" outside the termbase."""
    term = next((t for form in (entity.name, *entity.aliases) if (t := lookup_term(form))), None)
    return term.type if term else "other"
