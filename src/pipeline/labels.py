"""Label set and entity knowledge, loaded once from package data.

- `map_label`: every model's NER labels to our label set, from `data/labels.csv` (one place for all
  models, the way presidio maps NLP-engine labels to its own entity names).
- `termbase()`: curated Dutch institutions with aliases and official English names (`data/termbase.csv`).
- `places()`: gazetteer of countries, provinces and cities (`data/places.csv`, then the generated
  `data/places_generated.csv`), so CoNLL models' LOC
  becomes GPE where a political unit is meant.
- `roles()` / `role_en()`: Dutch role words and titles with their English (`data/roles.csv`);
  `org_roles()` marks roles held inside an organisation, `full_role()` expands short forms.
- `not_entities()`: capitalised words for the government in general ("het Rijk"), never entities
  (`data/not_entities.csv`).
- `first_names()`: frequent given names (`data/first_names.csv`, `data/first_names_generated.csv`)
  for persons named without a title.
- `org_anaphors()`: generic nouns ("de organisatie") that refer back to an organisation of a
  compatible kind (`data/org_anaphors.csv`).

The entity extractor and the translation stage both read names and roles from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.text.datafiles import (
    EntityWords,
    FirstNameRow,
    GeneratedFirstNameRow,
    GeneratedPlaceRow,
    LabelRow,
    NameSuffixRow,
    NotEntityRow,
    OrgAnaphorRow,
    OrgKindRow,
    PlaceRow,
    RoleRow,
    TermRow,
    sections,
    table,
)


@cache
def label_map() -> dict[str, str | None]:
    """Model label -> our label, or None for labels we drop."""
    return {row.model_label: row.label or None for row in table(LabelRow)}


def map_label(model_label: str) -> str | None:
    """Our label for a model label; unknown labels become MISC rather than being lost."""
    return label_map().get(model_label, "MISC")


PLACE_TYPE = "place"  # `Term.type` of a gazetteer entry


@dataclass(frozen=True)
class Term:
    """One termbase or gazetteer entry: a canonical Dutch name and how it is written and translated."""

    name: str
    label: str
    aliases: tuple[str, ...]
    name_en: str
    type: str = PLACE_TYPE
    after_van: bool = False

    def forms(self) -> tuple[str, ...]:
        """Every written form the entity ruler should match (ministries also as "ministerie van X")."""
        forms = [self.name, *self.aliases]
        if self.type == "ministry":
            for wrapper in sections(EntityWords).ministry_wrappers:  # both capitalisations
                forms += [
                    f"{wrapper} {self.name}",
                    f"{wrapper[:1].upper()}{wrapper[1:]} {self.name}",
                ]
        return tuple(dict.fromkeys(forms))


@cache
def termbase() -> tuple[Term, ...]:
    """Curated institutions (ministries, parliament, police, inspectorates, agencies, NGOs)."""
    return tuple(
        Term(
            name=row.name,
            label=row.label,
            aliases=row.aliases,
            name_en=row.name_en,
            type=row.type,
            after_van=row.after_van,
        )
        for row in table(TermRow)
    )


@cache
def places() -> tuple[Term, ...]:
    """Gazetteer of countries, provinces, cities and regions: the curated places.csv, then the
    generated places_generated.csv (scripts/generate_entity_data.py) for names it lacks."""
    curated = table(PlaceRow)
    names = {row.name for row in curated}
    generated = (row for row in table(GeneratedPlaceRow) if row.name not in names)
    return tuple(
        Term(name=row.name, label=row.label, aliases=(), name_en=row.name_en)
        for row in (*curated, *generated)
    )


@cache
def term_by_name() -> dict[str, Term]:
    """Canonical name -> termbase or gazetteer entry."""
    return {t.name: t for t in (*termbase(), *places())}


def lookup_term(form: str) -> Term | None:
    """The termbase/gazetteer entry written as `form` (canonical name, alias or ministry form)."""
    return _forms_index().get(" ".join(form.split()))


@cache
def _forms_index() -> dict[str, Term]:
    return {form: t for t in (*termbase(), *places()) for form in t.forms()}


@cache
def roles() -> dict[str, tuple[str, str, str]]:
    """Lower-cased Dutch role word -> (role as spelled in the table, English, kind)."""
    return {r.role.casefold(): (r.role, r.role_en, r.kind) for r in table(RoleRow)}


@cache
def org_roles() -> frozenset[str]:
    """Lower-cased roles held inside an organisation ("woordvoerder", "voorzitter"); see roles.csv."""
    return frozenset(r.role.casefold() for r in table(RoleRow) if r.org_role)


@cache
def _short_roles() -> dict[str, str]:
    return {r.role.casefold(): r.short_for for r in table(RoleRow) if r.short_for}


def full_role(role: str) -> str:
    """The full role a short form stands for ("officier" -> "officier van justitie"), else `role`."""
    return _short_roles().get(" ".join(role.casefold().split()), role)


@cache
def not_entities() -> frozenset[str]:
    """Capitalised words naming the government in general ("Rijk"): parties, never entities."""
    return frozenset(r.word for r in table(NotEntityRow))


@cache
def first_names() -> frozenset[str]:
    """Given names as written ("Marja", "Jan-Willem"): the curated first_names.csv and the generated
    first_names_generated.csv; see the data files for the sources."""
    return frozenset(r.name for r in (*table(FirstNameRow), *table(GeneratedFirstNameRow)))


@cache
def org_kinds() -> tuple[str, ...]:
    """Endings of nouns that name a kind of organisation ("onderzoeksbureau", "vakbond")."""
    return tuple(r.ending for r in table(OrgKindRow))


@cache
def name_suffixes() -> tuple[tuple[str, str], ...]:
    """(ending, label) for one-word names whose ending gives their type ("Jeugdwet" -> LAW)."""
    return tuple((r.suffix, r.label) for r in table(NameSuffixRow))


def role_en(role: str | None) -> str | None:
    """English for a Dutch role word; "oud-minister" -> "former Minister"; None when unknown."""
    if not role:
        return None
    key = " ".join(role.casefold().split())
    if key in roles():
        return roles()[key][1] or None
    for prefix in sections(EntityWords).former_prefixes:
        if key.startswith(prefix) and key[len(prefix) :] in roles():
            english = roles()[key[len(prefix) :]][1]
            return f"former {english}" if english else None
    return None


@cache
def org_anaphors() -> dict[str, frozenset[str]]:
    """Generic noun ("organisatie", "ministerie") -> termbase types it can refer back to."""
    return {r.noun.casefold(): frozenset(r.kinds) for r in table(OrgAnaphorRow)}
