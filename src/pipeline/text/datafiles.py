"""The one typed loader for the package data files (`src/pipeline/data/*.csv|yaml`).

Knowledge is data, and every reader of a data file comes through here. Each file has one frozen
dataclass: a CSV table a row class whose fields are its columns, a YAML file a class whose fields
are its sections. The file's `FILE` names it; `table(Row)` and `sections(File)` read it once
(cached) and check it against the class: a column or section the class declares and the file lacks,
or one the file has and the class does not declare, raises `DataFileError` when the file loads
(a field with a default may be left out).
Code names a section as an attribute (`sections(DemandCues).modals`), never as a string key, so a
misspelt name is an AttributeError on every path that loads the file, not a surprise on the rare
path that asks for it (static checkers see it too).

Conventions the loader applies, from the field types: YAML word lists (`frozenset[str]`) hold
lower-case word forms, since code compares them with lower-cased token text (an entry with a
capital is an error); `tuple[str, ...]` keeps the file's order (suffix tuples, ordered lists); a
CSV cell typed `tuple[str, ...]` is a "|"-separated list; a CSV `bool` is 1/yes or empty/0/no.

To add a section: declare the field on the file's class and add the key to the file (with a comment
saying which decision the words make and where they come from). To add a file: write its class with
`FILE` and read it with `table` or `sections`; `tests/test_datafiles.py` loads every class.
"""

from __future__ import annotations

import csv
import types
import typing
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cache, cached_property
from importlib.resources import files
from typing import Any, ClassVar, TypeVar, get_args, get_origin, get_type_hints

import yaml

T = TypeVar("T")
_TRUE = frozenset({"1", "yes"})
_FALSE = frozenset({"", "0", "no"})


class DataFileError(ValueError):
    """A data file that does not match its dataclass: missing or unknown names, malformed entries."""


def _read(name: str) -> str:
    return files("pipeline.data").joinpath(name).read_text(encoding="utf-8")


@cache
def table(row: type[T]) -> tuple[T, ...]:
    """The rows of the CSV file `row.FILE` (comment lines start with `#`), in file order."""
    name = row.FILE  # type: ignore[attr-defined]
    lines = [line for line in _read(name).splitlines() if not line.startswith("#")]
    reader = csv.reader(lines)
    header = next(reader, [])
    columns = [f.name for f in fields(row)]  # type: ignore[arg-type]
    if header != columns:
        raise DataFileError(f"{name}: columns {header}, but {row.__name__} declares {columns}")
    hints = get_type_hints(row)
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not cells:
            continue
        if len(cells) != len(columns):
            raise DataFileError(
                f"{name}: data row {number} has {len(cells)} cells, not {len(columns)}"
            )
        values = {
            c: _cell(hints[c], v, f"{name} row {number} {c}")
            for c, v in zip(columns, cells, strict=True)
        }
        rows.append(row(**values))
    return tuple(rows)


def _cell(kind: Any, value: str, where: str) -> Any:
    if kind is bool:
        if value.strip().casefold() not in _TRUE | _FALSE:
            raise DataFileError(f"{where}: {value!r} is not 1/yes or empty/0/no")
        return value.strip().casefold() in _TRUE
    if get_origin(kind) is tuple:
        return tuple(part for part in value.split("|") if part)
    return value


@cache
def sections(file: type[T]) -> T:
    """The YAML file `file.FILE` as an instance of `file`, one field per top-level section."""
    name = file.FILE  # type: ignore[attr-defined]
    return _build(file, yaml.safe_load(_read(name)), name)


def _build(cls: type[T], raw: Any, where: str) -> T:
    """`cls` from a mapping whose keys must be exactly its fields, values converted by field type."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: a mapping of {cls.__name__} fields expected")
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    optional = {f.name for f in fields(cls) if f.default is not MISSING}  # type: ignore[arg-type]
    missing = [n for n in names if n not in raw and n not in optional]
    unknown = [k for k in raw if k not in names]
    if missing or unknown:
        raise DataFileError(f"{where}: {cls.__name__} lacks {missing}, does not declare {unknown}")
    hints = get_type_hints(cls)
    return cls(**{n: _convert(hints[n], raw[n], f"{where}: {n}") for n in names if n in raw})


def _convert(kind: Any, value: Any, where: str) -> Any:
    """`value` (as YAML loaded it) as the type `kind` declares."""
    origin, args = get_origin(kind), get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        kind = next(a for a in args if a is not type(None))
        origin, args = get_origin(kind), get_args(kind)
    if is_dataclass(kind):
        return _build(kind, value, where)  # type: ignore[arg-type]
    if origin is dict:
        if not isinstance(value, dict):
            raise DataFileError(f"{where}: a mapping expected")
        return {
            _convert(args[0], k, where): _convert(args[1], v, f"{where}.{k}")
            for k, v in value.items()
        }
    if origin in (frozenset, tuple):
        if not isinstance(value, list):
            raise DataFileError(f"{where}: a list expected")
        if origin is tuple and args[-1] is not Ellipsis:
            if len(value) != len(args):
                raise DataFileError(f"{where}: {len(args)} items expected")
            return tuple(_convert(a, v, where) for a, v in zip(args, value, strict=True))
        items = [_convert(args[0], v, where) for v in value]
        if origin is tuple:
            return tuple(items)
        if args[0] is str and (capitals := [w for w in items if w != w.lower()]):
            raise DataFileError(f"{where}: word lists are lower-case: {capitals}")
        return frozenset(items)
    return _scalar(kind, value, where)


def _scalar(kind: Any, value: Any, where: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise DataFileError(f"{where}: true or false expected, not {value!r}")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DataFileError(f"{where}: a number expected, not {value!r}")
        return kind(value)
    if kind is str:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise DataFileError(f"{where}: a word expected, not {value!r}")
        return str(value)  # YAML reads "112" or "1" in a word list as a number
    raise DataFileError(f"{where}: no conversion for {kind!r}")


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
    """A unit word or phrase after a number, the claim unit it gives, and its English."""

    FILE: ClassVar[str] = "units.csv"
    word: str
    unit: str
    en: str


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


@cache
def quote_words() -> QuoteWords:
    """quote_words.csv grouped by its `kind` column; every kind must be a declared section."""
    grouped: dict[str, dict[str, str]] = {f.name: {} for f in fields(QuoteWords)}
    for row in table(QuoteWordRow):
        if row.kind not in grouped:
            raise DataFileError(f"{QuoteWordRow.FILE}: unknown kind {row.kind!r}")
        grouped[row.kind][row.word.casefold()] = row.gender
    return QuoteWords(**grouped)


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
    list_conjunctions: frozenset[str]
    rate_prepositions: frozenset[str]
    purpose_preps_before: frozenset[str]
    rank_prepositions: frozenset[str]
    infinitive_markers: frozenset[str]
    clause_limits_before: frozenset[str]
    clause_limits_after: frozenset[str]


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

    @cached_property
    def modal_forms(self) -> frozenset[str]:
        """Every present and past form of every modal (the cue candidates of the modal finder)."""
        return frozenset().union(*(v.forms | v.past for v in self.modals.values()))

    @cached_property
    def directive_forms(self) -> frozenset[str]:
        """Every listed form of every directive verb."""
        return frozenset().union(*(v.forms for v in self.directive_verbs.values()))


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
    cardinals: dict[str, float]
    one_words: frozenset[str]
    denominators: dict[str, int]
    fraction_words: dict[str, float]
    one_in_determiners: frozenset[str]
    comparatives: dict[str, str]
    times_words: frozenset[str]
    change_words: dict[str, tuple[float, str]]
    english_small: tuple[str, ...]
    denominators_en: dict[int, str]
    range_connectors: tuple[str, ...]
    year_prepositions: dict[str, str]
    future_lemmas: frozenset[str]
    months: frozenset[str]
    reference_words: frozenset[str]
    phone_words: frozenset[str]
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
    week_words: frozenset[str]
    clock_prepositions: frozenset[str]
    clock_units: frozenset[str]
    euro_prefixes: frozenset[str]
    range_openers: frozenset[str]
    range_determiners: frozenset[str]
    range_conjunctions: frozenset[str]
    determined_fractions: frozenset[str]
    half_determiners: frozenset[str]
    part_nouns: frozenset[str]
    one_in_prepositions: frozenset[str]
    numeral_determiners: frozenset[str]
    times_comparative_openers: frozenset[str]
    age_prepositions: frozenset[str]
    elided_comparatives: frozenset[str]
    comparison_words: frozenset[str]
    count_modifiers: frozenset[str]
    partitive_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    partitive_determiners: frozenset[str]
    quantitative_er: frozenset[str]
