"""One frozen dataclass per package data file (`src/pipeline/data/`): the contract of each file.

A CSV table has a row class whose fields are its columns; a YAML file a class whose fields are its
sections. `FILE` names the file. `pipeline.text.datafiles` reads a file into its class and checks
the two against each other; code imports the classes from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
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
class ModalVerb:
    """A deontic modal: its modality, the present forms that carry a demand, its past forms."""

    modality: str
    forms: frozenset[str]
    past: frozenset[str]
    needs_te: bool


@dataclass(frozen=True)
class DirectiveVerb:
    """A directive speech-act verb (see demand_cues.yaml for each field's decision)."""

    modality: str
    forms: frozenset[str]
    particle: str | None
    object: str  # "addressee" or "action": what the direct object names
    addressee_preps: frozenset[str]
    action_preps: frozenset[str]

    def __post_init__(self) -> None:
        if self.object not in ("addressee", "action"):
            raise DataFileError(f"directive object {self.object!r}: addressee or action")

    @property
    def object_is_addressee(self) -> bool:
        return self.object == "addressee"


@dataclass(frozen=True)
class ReaderCallWords:
    """demand_cues.yaml `reader_calls`: calls to readers, witnesses and the public (see the
    section's comments for the decision each list makes)."""

    non_imperatives: frozenset[str]
    second_person: frozenset[str]
    coordinators: frozenset[str]
    request_markers: frozenset[str]
    reason_coordinators: frozenset[str]
    noun_endings: tuple[str, ...]
    example_verbs: frozenset[str]
    example_markers: frozenset[str]
    discourse_phrases: dict[str, str]
    max_phrase_gap: int
    cross_references: frozenset[str]
    navigation_verbs: frozenset[str]
    navigation_targets: frozenset[str]
    reference_adverbs: frozenset[str]
    interjections: frozenset[str]
    max_lead_words: int
    lead_nouns: frozenset[str]
    lead_verbs: frozenset[str]
    appeal_prepositions: frozenset[str]
    reader_pronouns: frozenset[str]
    appeal_nouns: frozenset[str]
    eager_adverbs: frozenset[str]
    contact_nouns: frozenset[str]
    hearing_verbs: frozenset[str]
    seeking_verbs: frozenset[str]
    seeking_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    enumerators: frozenset[str]
    max_label_words: int
    public_bodies: frozenset[str]
    first_person_plural: frozenset[str]
    body_parts: dict[str, str]
    publisher_cues: frozenset[str]
    max_signature_words: int


@dataclass(frozen=True)
class DemandCues:
    """demand_cues.yaml: the cue words of each demand construction and of its filters."""

    FILE: ClassVar[str] = "demand_cues.yaml"
    modals: dict[str, ModalVerb]
    should_aux: frozenset[str]
    past_aux: frozenset[str]
    directive_verbs: dict[str, DirectiveVerb]
    document_nouns: frozenset[str]
    vragen_complements: frozenset[str]
    hypothetical_aux: frozenset[str]
    high_time_nouns: frozenset[str]
    necessity_words: frozenset[str]
    frame_verbs: frozenset[str]
    wait_verbs: frozenset[str]
    demonstratives: frozenset[str]
    task_nouns: frozenset[str]
    imperative_stems: frozenset[str]
    hypothetical_imperatives: frozenset[str]
    separable_particles: frozenset[str]
    closed_words_in_t: frozenset[str]
    first_person: frozenset[str]
    generic_subjects: frozenset[str]
    subject_pronouns: frozenset[str]
    inanimate_pronouns: frozenset[str]
    purpose_verbs: frozenset[str]
    instrument_nouns: frozenset[str]
    causal_subordinators: frozenset[str]
    habitual_adverbs: frozenset[str]
    present_adverbs: frozenset[str]
    schedule_verbs: frozenset[str]
    state_particles: frozenset[str]
    time_points: frozenset[str]
    months: frozenset[str]
    clock_numbers: frozenset[str]
    perception_verbs: frozenset[str]
    conditional_subordinators: frozenset[str]
    conditional_inversion: frozenset[str]
    non_agentive_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    determiners: frozenset[str]
    indefinite_determiners: frozenset[str]
    connectives: frozenset[str]
    question_words: frozenset[str]
    complementisers: frozenset[str]
    existential_er: frozenset[str]
    np_links: frozenset[str]
    infinitive_complementisers: frozenset[str]
    infinitive_markers: frozenset[str]
    that_clause: frozenset[str]
    cue_adverbs: frozenset[str]
    conditional_then: frozenset[str]
    causal_prepositions: frozenset[str]
    duties_in_force: frozenset[str]
    cleft_openers: frozenset[str]
    copula_lemmas: frozenset[str]
    clock_units: frozenset[str]
    demonstrative_determiners: frozenset[str]
    modal_infinitives: frozenset[str]
    future_aux: frozenset[str]
    verbs_needing_complement: frozenset[str]
    reflexive_pronouns: frozenset[str]
    directive_complements: frozenset[str]
    addressee_complements: frozenset[str]
    non_party_objects: frozenset[str]
    addressee_skips: frozenset[str]
    addressee_stops: frozenset[str]
    task_party_prepositions: frozenset[str]
    opinion_lemmas: frozenset[str]
    opinion_forms: frozenset[str]
    frame_expletives: frozenset[str]
    wait_modals: frozenset[str]
    wait_negations: frozenset[str]
    # issue 11, part B: normative and reported constructions, readings that are no demand
    want_verbs: frozenset[str]
    relative_adverbs: frozenset[str]
    expect_verbs: frozenset[str]
    expect_preposition: frozenset[str]
    state_verbs: frozenset[str]
    appeal_nouns: frozenset[str]
    appeal_verbs: frozenset[str]
    appeal_preposition: frozenset[str]
    duty_nouns: frozenset[str]
    duty_verbs: frozenset[str]
    duty_preposition_of: frozenset[str]
    duty_preposition_to: frozenset[str]
    need_words: frozenset[str]
    need_copulas: frozenset[str]
    requirement_adverbs: frozenset[str]
    negations: frozenset[str]
    measure_participles: frozenset[str]
    present_passive_aux: frozenset[str]
    past_passive_aux: frozenset[str]
    measure_hedges: frozenset[str]
    comparatives: frozenset[str]
    agent_preposition: frozenset[str]
    om_only_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    person_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    epistemic_verbs: frozenset[str]
    supposition_verbs: frozenset[str]
    supposition_particles: frozenset[str]
    court_nouns: frozenset[str]
    court_prepositions: frozenset[str]
    appeal_complements: frozenset[str]
    truism_verbs: frozenset[str]
    second_person: frozenset[str]
    reader_calls: ReaderCallWords

    @cached_property
    def modal_forms(self) -> frozenset[str]:
        """Every present and past form of every modal (the cue candidates of the modal finder)."""
        return frozenset().union(*(v.forms | v.past for v in self.modals.values()))

    @cached_property
    def directive_forms(self) -> frozenset[str]:
        """Every listed form of every directive verb."""
        return frozenset().union(*(v.forms for v in self.directive_verbs.values()))


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
    clock_relations: frozenset[str]
    clock_quarters: frozenset[str]
    clock_halves: frozenset[str]
    clock_minutes_max: int
    ip_words: frozenset[str]
