"""The data-file contracts of the demand layer (`data/demand_cues.yaml`): modal and directive
verbs, the calls to readers and the cue words, one frozen dataclass each, like the other files'
classes in `data_schemas` (split off to keep that module readable); read through
`pipeline.text.datafiles`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from pipeline.text.data_schemas import DataFileError


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
    participle: str
    particle: str | None
    object: str  # "addressee" or "action": what the direct object names
    addressee_preps: frozenset[str]
    action_preps: frozenset[str]

    def __post_init__(self) -> None:
        if self.object not in ("addressee", "action"):
            raise DataFileError(f"directive object {self.object!r}: addressee or action")
        if self.participle not in self.forms:
            raise DataFileError(f"directive participle {self.participle!r}: not one of its forms")

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
    pluperfect_aux: frozenset[str]
    perfect_aux: frozenset[str]
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
