"""The frozen dataclasses of the entity recognisers' data files (`src/pipeline/data/`): model
labels, the termbase, the gazetteers, roles, given names, organisation words, name suffixes and
entity_words.yaml. Kept apart from `data_schemas` (the other layers' files) so each module stays a
size a reader can hold in mind; `pipeline.text.datafiles` reads both, and code imports from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

# --- CSV tables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelRow:
    """A model's NER label and ours (empty: dropped), for every model we support."""

    FILE: ClassVar[str] = "labels.csv"
    model_label: str
    label: str


@dataclass(frozen=True)
class TermRow:
    """A curated institution: canonical name, label, kind of body, aliases, English name."""

    FILE: ClassVar[str] = "termbase.csv"
    name: str
    label: str
    type: str
    aliases: tuple[str, ...]
    name_en: str
    after_van: bool


@dataclass(frozen=True)
class PlaceRow:
    """A country, province, city or region with its label and English name."""

    FILE: ClassVar[str] = "places.csv"
    name: str
    label: str
    name_en: str


@dataclass(frozen=True)
class GeneratedPlaceRow(PlaceRow):
    """A place of the generated gazetteer (scripts/generate_entity_data.py); places.csv wins."""

    FILE: ClassVar[str] = "places_generated.csv"


@dataclass(frozen=True)
class RoleRow:
    """A Dutch role word or title, its English, its kind, whether held inside an organisation."""

    FILE: ClassVar[str] = "roles.csv"
    role: str
    role_en: str
    kind: str
    org_role: bool
    short_for: str


@dataclass(frozen=True)
class NotEntityRow:
    """A capitalised word for the government in general ("Rijk"): a party, never an entity."""

    FILE: ClassVar[str] = "not_entities.csv"
    word: str


@dataclass(frozen=True)
class FirstNameRow:
    """A frequent given name, as written."""

    FILE: ClassVar[str] = "first_names.csv"
    name: str


@dataclass(frozen=True)
class GeneratedFirstNameRow(FirstNameRow):
    """A given name of the generated list (scripts/generate_entity_data.py)."""

    FILE: ClassVar[str] = "first_names_generated.csv"


@dataclass(frozen=True)
class OrgKindRow:
    """The ending of a noun naming a kind of organisation ("bureau", "bond")."""

    FILE: ClassVar[str] = "org_kinds.csv"
    ending: str


@dataclass(frozen=True)
class NameSuffixRow:
    """An ending that types a one-word name ("-wet" → LAW)."""

    FILE: ClassVar[str] = "name_suffixes.csv"
    suffix: str
    label: str


@dataclass(frozen=True)
class OrgAnaphorRow:
    """A generic noun ("de organisatie") and the termbase types it may refer back to."""

    FILE: ClassVar[str] = "org_anaphors.csv"
    noun: str
    kinds: tuple[str, ...]


# --- YAML files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeRules:
    """entity_words.yaml `merge_rules`: the thresholds of the merge rules for names written two
    ways in one article (extract/entities/variants.py, epithets.py)."""

    spelling_min_letters: int  # letters of the word holding the typo, in both forms
    spelling_kept_ending: int  # characters at a word's end where a change is an inflection
    spelling_label_classes: dict[str, str]  # labels that name one kind of thing (GPE, LOC: place)
    acronym_min_letters: int  # letters of an acronym whose variants merge
    acronym_suffixes: tuple[str, ...]  # marks an acronym may end in ("LHBTI+")
    inflection_labels: tuple[str, ...]  # labels of adjectives whose inflected form merges (MISC)
    inflection_base_endings: tuple[str, ...]  # how an uninflected adjective ends ("Vlaams")
    inflection_suffix: str  # the inflection ("Vlaamse")
    inflection_long_vowels: tuple[str, ...]  # doubled vowels the inflection halves ("Europees")
    apposition_marks: tuple[str, ...]  # what delimits an apposition ("Thatcher, 'de …', werd")


@dataclass(frozen=True)
class EntityWords:
    """entity_words.yaml: function words of the entity rules and the role table."""

    FILE: ClassVar[str] = "entity_words.yaml"
    name_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    apposition_determiners: frozenset[str]
    surname_particles: frozenset[str]
    locatives: frozenset[str]
    role_modifiers: frozenset[str]
    former_words: frozenset[str]
    former_prefixes: tuple[str, ...]
    of_words: frozenset[str]
    affiliation_linkers: tuple[str, ...]
    role_affiliation_linkers: tuple[str, ...]
    portfolio_conjunctions: frozenset[str]
    place_conjunctions: frozenset[str]
    state_articles: frozenset[str]
    ministry_wrappers: tuple[str, ...]
    genitive_endings: tuple[str, ...]
    heading_end_marks: tuple[str, ...]
    open_marks: frozenset[str]
    function_pos: tuple[str, ...]
    branched_types: frozenset[str]
    ministry_roles: frozenset[str]
    portfolio_offices: frozenset[str]
    member_suffixes: tuple[str, ...]
    glued_start_pos: tuple[str, ...]
    cue_words: frozenset[str]
    dateline_dashes: frozenset[str]
    road_number: str
    road_determiners: frozenset[str]
    common_abbreviations: frozenset[str]
    work_nouns: tuple[str, ...]
    org_designators: frozenset[str]
    title_connectors: frozenset[str]
    link_cues: tuple[str, ...]
    name_conjunctions: frozenset[str]
    name_breaks: frozenset[str]
    place_prepositions: frozenset[str]
    law_heads: frozenset[str]
    law_title_prepositions: frozenset[str]
    road_words: frozenset[str]
    merge_rules: MergeRules
