"""What runs, and in which order: the demand finders with their rank, the filters with the finder
kinds they judge, and the steps over all demands found (presidio's recognizer registry is the
model). `extract_demands` iterates these tables; nothing else decides the order.

- `FINDERS`: each construction's finder, in the order it runs, and its rank: when two demands
  overlap, the higher rank wins ("De bond eist dat de gemeente moet ingrijpen" is one directive,
  not a directive and a modal), then the longer span.
- `FILTERS`: each filter with the finder kinds it judges, in the order they are asked (cheap and
  frequent ones first; the result does not depend on the order, since any one rejects). A filter
  that reads no subject is marked so: a finder asks those first (`DemandContext.rejects_early`),
  before it reads the subject.
- `STEPS`: the post-passes over all demands of the document, in order.

Names are checked when this module is imported: a filter for an unknown finder kind fails then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from pipeline.extract.demands import filters, headings, reader_filters, readings, steps
from pipeline.extract.demands.context import DemandContext, Reject
from pipeline.extract.demands.finders import (
    appeals,
    contact_wishes,
    directives,
    duties,
    frames,
    imperatives,
    instructions,
    measures,
    modals,
    needs,
    searches,
    tasks,
    waits,
    wants,
    witness_calls,
)
from pipeline.extract.demands.lexicon import demand_cues
from pipeline.extract.demands.model import CueWords, Found, Triggers
from pipeline.text.datafiles import DemandCues


@dataclass(frozen=True)
class Finder:
    """A construction's finder: its name (the `kind` of what it finds), its rank when demands
    overlap, the function that finds them, and the words that make a token a candidate (None:
    the finder reads lines or sentences, not cue words)."""

    name: str
    rank: int
    find: Callable[[DemandContext], list[Found]]
    triggers: Callable[[DemandCues], Triggers] | None = None


@dataclass(frozen=True)
class Filter:
    """A filter: its name, the finder kinds whose clauses it judges, the judgement, and whether
    it reads no `Clause.subject` (then a finder may ask it before reading the subject)."""

    name: str
    kinds: frozenset[str]
    rejects: Reject
    subject_free: bool = False


@dataclass(frozen=True)
class Step:
    """A step over all demands of a document, after the finders."""

    name: str
    run: Callable[[DemandContext, list[Found]], list[Found]]


FINDERS: tuple[Finder, ...] = (
    Finder(modals.KIND, rank=2, find=modals.find, triggers=modals.triggers),
    Finder(directives.KIND, rank=4, find=directives.find, triggers=directives.triggers),
    Finder(frames.KIND, rank=3, find=frames.find, triggers=frames.triggers),
    Finder(waits.KIND, rank=2, find=waits.find, triggers=waits.triggers),
    Finder(tasks.KIND, rank=3, find=tasks.find, triggers=tasks.triggers),
    Finder(imperatives.KIND, rank=1, find=imperatives.find),
    Finder(appeals.KIND, rank=4, find=appeals.find, triggers=appeals.triggers),
    Finder(duties.KIND, rank=3, find=duties.find, triggers=duties.triggers),
    Finder(wants.KIND, rank=4, find=wants.find, triggers=wants.triggers),
    Finder(needs.KIND, rank=3, find=needs.find, triggers=needs.triggers),
    Finder(measures.KIND, rank=2, find=measures.find, triggers=measures.triggers),
    Finder(instructions.KIND, rank=1, find=instructions.find, triggers=instructions.triggers),
    Finder(witness_calls.KIND, rank=3, find=witness_calls.find),
    Finder(contact_wishes.KIND, rank=2, find=contact_wishes.find, triggers=contact_wishes.triggers),
    Finder(searches.KIND, rank=2, find=searches.find, triggers=searches.triggers),
)

_ALL = frozenset(finder.name for finder in FINDERS)
_MODAL = frozenset({modals.KIND})
_DIRECTIVE = frozenset({directives.KIND})
# the finders that read a cue word (a directive verb, a modal …), which may be part of a name (the
# calls to the public read their own readings: their candidates are picked by words too)
_CUE_WORDS = frozenset(finder.name for finder in FINDERS if finder.triggers is not None) - {
    instructions.KIND,
    contact_wishes.KIND,
    searches.KIND,
}
# Calls to the public are calls under a condition too ("Heeft u vragen, bel dan …", "waarschuwt om
# een legitimatie te vragen wanneer …"); they are asked only whether they are questions.
READS_OWN_CONDITIONS = frozenset(
    {
        instructions.KIND,
        witness_calls.KIND,
        contact_wishes.KIND,
        searches.KIND,
        measures.KIND,
    }
)
_IMPERATIVES = frozenset({imperatives.KIND, instructions.KIND})

FILTERS: tuple[Filter, ...] = (
    # (a habit is a word lookup in the clause, and news reports many: "moeten jaarlijks …")
    Filter("habitual", _MODAL, filters.is_habitual, subject_free=True),
    Filter("past_obligation", _MODAL, filters.is_past_obligation, subject_free=True),
    Filter("own_commitment", _MODAL, filters.is_own_commitment),
    Filter("relative_clause", _MODAL | {needs.KIND, wants.KIND}, filters.is_relative),
    Filter("purpose", _MODAL, filters.is_purpose),
    Filter("consequence", _MODAL, filters.is_consequence),
    Filter("duty_in_force", _MODAL, filters.is_duty_in_force),
    Filter("legal_duty", _MODAL, filters.is_legal_duty),
    Filter("perceived", _MODAL, filters.is_perceived),
    Filter("generic_present", _MODAL, filters.is_generic_present),
    Filter("scheduled", _MODAL, filters.is_scheduled),
    Filter("past_directive", _DIRECTIVE, filters.is_past_directive),
    Filter("headline_report", _DIRECTIVE, filters.is_headline_report),
    Filter("attributing_verb", _DIRECTIVE, filters.is_attributing),
    Filter("hypothetical", _DIRECTIVE, filters.is_hypothetical),
    Filter("inanimate_subject", _DIRECTIVE, filters.has_inanimate_subject),
    Filter(
        "question_or_conditional", _ALL - READS_OWN_CONDITIONS, filters.is_question_or_conditional
    ),
    Filter("question", READS_OWN_CONDITIONS, reader_filters.is_question),
    Filter("navigation", _IMPERATIVES, reader_filters.is_navigation),
    Filter("discourse", _IMPERATIVES, reader_filters.is_discourse),
    Filter("name_part", _CUE_WORDS, readings.is_name_part),
    Filter("past_passive", _DIRECTIVE, readings.is_past_passive),
    Filter("epistemic", _MODAL, readings.is_epistemic),
    Filter("supposition", _MODAL, readings.is_supposition),
    Filter("court_procedure", _MODAL, readings.is_court_procedure),
    Filter("evocation", _DIRECTIVE, readings.is_evocation),
    Filter("warning_of_fact", _DIRECTIVE, readings.is_warning_of_fact),
    Filter("requirement", _DIRECTIVE, readings.is_requirement),
    Filter("state_wish", _MODAL | {wants.KIND}, readings.is_state_wish),
    Filter("embedded_question", _MODAL, readings.is_embedded_question),
    Filter("habitual_directive", _DIRECTIVE, filters.is_habitual),
    Filter("jurisdiction", frozenset({duties.KIND}), readings.is_jurisdiction),
)

STEPS: tuple[Step, ...] = (
    Step("keep_outermost", steps.keep_outermost),
    Step("anaphoric_sources", steps.anaphoric_sources),
    Step("subheading_actors", steps.subheading_actors),
    Step("glued_headings", headings.glued_headings),
)


def _check() -> None:
    """Unique names in each table; every filter judges known finder kinds."""
    for table in (FINDERS, FILTERS, STEPS):
        names = [entry.name for entry in table]
        if len(names) != len(set(names)):
            raise ValueError(f"demand registry: duplicate names in {names}")
    for entry in FILTERS:
        if not entry.kinds <= _ALL:
            raise ValueError(f"demand filter {entry.name!r}: unknown kinds {entry.kinds - _ALL}")


_check()

RANKS: Mapping[str, int] = MappingProxyType({finder.name: finder.rank for finder in FINDERS})
FILTERS_BY_KIND: Mapping[str, tuple[Reject, ...]] = MappingProxyType(
    {kind: tuple(f.rejects for f in FILTERS if kind in f.kinds) for kind in _ALL}
)
EARLY_FILTERS_BY_KIND: Mapping[str, tuple[Reject, ...]] = MappingProxyType(
    {kind: tuple(f.rejects for f in FILTERS if kind in f.kinds and f.subject_free) for kind in _ALL}
)


@cache
def triggers() -> CueWords:
    """Each cue-word finder's trigger words, from data/demand_cues.yaml (read once)."""
    cues = demand_cues()
    by_kind = {f.name: f.triggers(cues) for f in FINDERS if f.triggers is not None}
    every = frozenset().union(*(t.lemmas | t.forms for t in by_kind.values()))
    return CueWords(
        MappingProxyType(by_kind),
        every,
        kinds_of_form=_kinds_of({kind: t.forms for kind, t in by_kind.items()}),
        kinds_of_lemma=_kinds_of({kind: t.lemmas for kind, t in by_kind.items()}),
    )


def _kinds_of(words: Mapping[str, frozenset[str]]) -> Mapping[str, frozenset[str]]:
    """Word → the kinds whose words (`words`: kind → words) hold it."""
    kinds: dict[str, set[str]] = {}
    for kind, kind_words in words.items():
        for word in kind_words:
            kinds.setdefault(word, set()).add(kind)
    return MappingProxyType({word: frozenset(names) for word, names in kinds.items()})
