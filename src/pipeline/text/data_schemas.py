"""One frozen dataclass per package data file (`src/pipeline/data/`): the contract of each file.

A CSV table has a row class whose fields are its columns; a YAML file a class whose fields are its
sections. `FILE` names the file. `pipeline.text.datafiles` reads a file into its class and checks
the two against each other; code imports the classes from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


class DataFileError(ValueError):
    """A data file that does not match its dataclass: missing or unknown names, malformed entries."""


# --- CSV tables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryRow:
    """A Dutch word or phrase of party and subject noun phrases, its English and word class."""

    FILE: ClassVar[str] = "glossary.csv"
    nl: str
    en: str
    kind: str


@dataclass(frozen=True)
class HedgeRow:
    """A hedge phrase around a number: its hedge, position, English, and where it may stand."""

    FILE: ClassVar[str] = "hedges.csv"
    phrase: str
    hedge: str
    position: str
    en: str
    age: bool
    floats: bool


@dataclass(frozen=True)
class UnitRow:
    """A unit word or phrase after a number, the claim unit it gives, and its measure and measure
    unit (empty where the word gives none: a people noun counts, "procent" has no unit)."""

    FILE: ClassVar[str] = "units.csv"
    word: str
    unit: str
    measure: str
    measure_unit: str


@dataclass(frozen=True)
class MeasureRow:
    """A value of Claim.measure: the coarse units that carry it, whether it takes a measure unit
    (required, none, optional), its description and English label."""

    FILE: ClassVar[str] = "measures.csv"
    name: str
    units: tuple[str, ...]
    measure_units: str
    description: str
    en: str
    en_plural: str


@dataclass(frozen=True)
class MeasureUnitRow:
    """A value of Claim.measure_unit: the measures that take it, its description, English and
    UN/CEFACT (or ISO 4217) code."""

    FILE: ClassVar[str] = "measure_units.csv"
    name: str
    measures: tuple[str, ...]
    description: str
    en: str
    en_plural: str
    code: str


@dataclass(frozen=True)
class QuoteMarkRow:
    """An opening quotation mark and every mark that may close it."""

    FILE: ClassVar[str] = "quote_marks.csv"
    open: str
    closers: str


@dataclass(frozen=True)
class QuoteWordRow:
    """A word the quote attributor needs, the section (`kind`) it belongs to, and its gender."""

    FILE: ClassVar[str] = "quote_words.csv"
    word: str
    kind: str
    gender: str


@dataclass(frozen=True)
class QuoteWords:
    """quote_words.csv by section: lower-cased word → gender ("m", "f" or "")."""

    speaker_noun: dict[str, str]
    title_noun: dict[str, str]
    referent_noun: dict[str, str]
    given_name: dict[str, str]
    name_particle: dict[str, str]
    determiner: dict[str, str]
    role_link: dict[str, str]
    indefinite: dict[str, str]
    surname_determiner: dict[str, str]
    referent_determiner: dict[str, str]
    cue_opener: dict[str, str]
    cue_adverb: dict[str, str]
    subject_skip: dict[str, str]
    complementiser: dict[str, str]
    group_link: dict[str, str]
    place_body: dict[str, str]


# --- YAML files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportingVerb:
    """A reporting verb (keyed by lemma): separable particles of which one must follow it in the
    clause, inflected forms that count even when the lemmatiser misses them, words that make it
    another verb when they follow in the clause, and whether any form of the lemma counts or only
    the listed ones."""

    particles: tuple[str, ...]
    forms: frozenset[str]
    not_with: frozenset[str] = frozenset()
    by_lemma: bool = True


@dataclass(frozen=True)
class AttributionWords:
    """attribution.yaml: the cues of who says and who urges, shared by quotes, claims, demands."""

    FILE: ClassVar[str] = "attribution.yaml"
    according_to: frozenset[str]
    postposed: frozenset[str]
    evidence_verbs: frozenset[str]
    evidence_preposition: str
    anaphors: frozenset[str]
    third_person_subject: dict[str, str]
    third_person_object: dict[str, str]
    reporting_verbs: dict[str, ReportingVerb]
    legal_sources: frozenset[str]
    document_nouns: frozenset[str]


@dataclass(frozen=True)
class ClaimSources:
    """claim_sources.yaml: who gives a sentence's numbers, and the words subjects are built from."""

    FILE: ClassVar[str] = "claim_sources.yaml"
    np_links: frozenset[str]
    purpose_preps: frozenset[str]
    invest_verbs: frozenset[str]
    money_nouns: frozenset[str]
    time_nouns: frozenset[str]
    change_nouns: frozenset[str]
    relatives: frozenset[str]
    plural_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    comparatives: frozenset[str]
    target_preps: frozenset[str]
    subject_links: frozenset[str]
    measure_nouns: frozenset[str]
    prepositions: frozenset[str]
    hypothetical_openers: frozenset[str]
    of_words: frozenset[str]
    change_prepositions: frozenset[str]
    amount_links: frozenset[str]
    counted_noun_skips: frozenset[str]
    noun_modifier_preps: frozenset[str]
    not_clause_openers: frozenset[str]
    relative_adverbs: frozenset[str]
    pronominal_adverb_starts: tuple[str, ...]
    list_conjunctions: frozenset[str]
    rate_prepositions: frozenset[str]
    purpose_preps_before: frozenset[str]
    rank_prepositions: frozenset[str]
    infinitive_markers: frozenset[str]
    clause_limits_before: frozenset[str]
    clause_limits_after: frozenset[str]


@dataclass(frozen=True)
class ClaimClusterRules:
    """claim_clusters.yaml: when claims of different articles report the same statistic."""

    FILE: ClassVar[str] = "claim_clusters.yaml"
    tolerance: dict[str, tuple[float, float]]
    unit_families: dict[str, str]
    measure_families: dict[str, str]
    sentence_overlap: int
    common_below: float
    common_units: frozenset[str]
    simple_fraction_below: int
    window_days: int
    generic_words: frozenset[str]


@dataclass(frozen=True)
class UnitWords:
    """unit_words.yaml: words of the unit decisions (person nouns, ages, marks, lists)."""

    FILE: ClassVar[str] = "unit_words.yaml"
    person_endings: tuple[str, ...]
    not_person_nouns: tuple[str, ...]
    age_superlatives: frozenset[str]
    copulas: frozenset[str]
    person_subjects: frozenset[str]
    grade_determiners: frozenset[str]
    grade_nouns: frozenset[str]
    grade_scale: float
    list_joiners: frozenset[str]


@dataclass(frozen=True)
class GrammarWords:
    """grammar.yaml: closed word classes of the shared sentence and grammar predicates."""

    FILE: ClassVar[str] = "grammar.yaml"
    abbreviations: frozenset[str]
    not_clause_openers: frozenset[str]


@dataclass(frozen=True)
class LanguageWords:
    """language.yaml: Dutch function words of the language check's shortcut, and its thresholds."""

    FILE: ClassVar[str] = "language.yaml"
    dutch_markers: frozenset[str]
    dutch_articles: frozenset[str]
    min_markers: int
    marker_share: float


@dataclass(frozen=True)
class NumberWords:
    """number_words.yaml: the Dutch number vocabulary of the claim grammar and its English."""

    FILE: ClassVar[str] = "number_words.yaml"
    scales: dict[str, float]
    glued_scales: dict[str, float]
    abbreviated_scales: frozenset[str]
    decimal_words: frozenset[str]
    sign_words: dict[str, float]
    sign_marks: dict[str, float]
    zero_phrases: dict[str, int]
    mixed_conjunctions: frozenset[str]
    half_words: frozenset[str]
    half_suffixes: tuple[str, ...]
    vulgar_fractions: dict[str, float]
    cardinals: dict[str, float]
    diaeresis_joints: dict[str, str]
    one_words: frozenset[str]
    numeral_ones: frozenset[str]
    one_pronoun_determiners: frozenset[str]
    denominators: dict[str, int]
    fraction_words: dict[str, float]
    one_in_determiners: frozenset[str]
    one_in_partitives: frozenset[str]
    one_in_partitive_max: int
    rate_prepositions: frozenset[str]
    comparatives: dict[str, str]
    times_words: frozenset[str]
    change_words: dict[str, tuple[float, str]]
    multiple_words: dict[str, float]
    multiple_determiners: frozenset[str]
    collective_numerals: dict[str, int]
    collective_determiners: frozenset[str]
    english_small: tuple[str, ...]
    denominators_en: dict[int, str]
    range_connectors: tuple[str, ...]
    year_prepositions: dict[str, str]
    future_lemmas: frozenset[str]
    compound_suffixes: dict[str, str]
    compound_time_units: dict[str, str]
    compound_nouns: frozenset[str]
    vague_quantities: frozenset[str]
    vague_scale_words: frozenset[str]
    duration_units: frozenset[str]
    months: frozenset[str]
    reference_words: frozenset[str]
    time_determiners: frozenset[str]
    phone_words: frozenset[str]
    phone_prepositions: frozenset[str]
    street_suffixes: tuple[str, ...]
    ordinal_suffixes: frozenset[str]
    age_after: frozenset[str]
    age_before: frozenset[str]
    service_numbers: frozenset[str]
    rise_verbs: frozenset[str]
    rise_particles: frozenset[str]
    verb_homographs: frozenset[str]
    relative_time: frozenset[str]
    example_determiners: frozenset[str]
    rank_nouns: frozenset[str]
    ordinals: dict[str, int]
    ordinal_determiners: frozenset[str]
    ordinal_repeats: frozenset[str]
    ordinal_streak: tuple[str, ...]
    ordinal_idioms: tuple[str, ...]
    ordinal_periods: frozenset[str]
    ordinal_discourse: frozenset[str]
    rank_verbs: frozenset[str]
    subordinators: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    verb_homograph_objects: frozenset[str]
    shared_unit_from: frozenset[str]
    shared_unit_to: frozenset[str]
    rank_prepositions: frozenset[str]
    example_prepositions: frozenset[str]
    floating_hedge_skips: frozenset[str]
    clause_internal_hedges: frozenset[str]
    rise_hedges: frozenset[str]
    change_prepositions: frozenset[str]
    age_comparatives: frozenset[str]
    past_year_prepositions: frozenset[str]
    deadline_year_prepositions: frozenset[str]
    week_words: frozenset[str]
    clock_prepositions: frozenset[str]
    clock_units: frozenset[str]
    euro_prefixes: frozenset[str]
    range_openers: frozenset[str]
    range_determiners: frozenset[str]
    range_conjunctions: frozenset[str]
    bound_conjunctions: frozenset[str]
    determined_fractions: frozenset[str]
    half_determiners: frozenset[str]
    part_nouns: frozenset[str]
    one_in_prepositions: frozenset[str]
    times_comparative_openers: frozenset[str]
    age_prepositions: frozenset[str]
    elided_comparatives: frozenset[str]
    comparison_words: frozenset[str]
    count_modifiers: frozenset[str]
    partitive_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    partitive_determiners: frozenset[str]
    quantitative_er: frozenset[str]


@dataclass(frozen=True)
class NonClaimWords:
    """non_claims.yaml: the words around the non-claim shapes of the number grammar (phone
    numbers, URLs, dates, times)."""

    FILE: ClassVar[str] = "non_claims.yaml"
    url_domains: frozenset[str]
    phone_context: frozenset[str]
    municipal_prefix: frozenset[str]
    weekdays: frozenset[str]
    date_connectors: frozenset[str]
    date_prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    timestamp_dashes: frozenset[str]  # after a time opening a sentence: a live-blog timestamp
    clock_relations: frozenset[str]
    clock_quarters: frozenset[str]
    clock_halves: frozenset[str]
    clock_minutes_max: int
    ip_words: frozenset[str]
