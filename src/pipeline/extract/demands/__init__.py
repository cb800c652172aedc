"""Demands: who urges whom to do what, in Dutch news and press releases.

What counts as a demand, and who its actor and addressee are, is a linguistic decision written down
next to the cue words in `data/demand_cues.yaml` (its header states it). Each construction has its
own finder in `finders/`, run over the punctuation sentences of the document (headline lines and
quoted sentences for imperatives):

- `modals`: moet / moeten / dient te / hoort te / zou moeten (+ infinitive); the modal's subject is
  the addressee;
- `directives`: oproepen, aansporen, aanmanen, aandringen op, eisen, vragen om, verzoeken, pleiten
  voor, in any tense (a reported demand of a third party is that party's demand); the subject is
  the actor;
- `frames`: "het is (de hoogste) tijd dat/om" (high_time), "het is belangrijk/nodig dat/om",
  "X vindt het nodig dat" (necessary);
- `waits`: "... kan niet (langer) wachten" (high_time); "Dit kan niet wachten" is none;
- `tasks`: "de uitdaging/taak voor X om ... te ..." (should);
- `imperatives`: on headline lines and quoted sentences, by rule, because UD Dutch has no
  `Mood=Imp` and small models tag capitalised imperative stems as names;
- `appeals`: "doet een (dringend) beroep op X om/dat …" (call_on);
- `duties`: "het is/blijft aan X om …", "het is de plicht van X om …" (should);
- `wants`: "X wil dat Y …", "X verwacht van Y dat …" (must);
- `needs`: "er is/zijn … nodig (: meer geld)" (necessary);
- `measures`: measures announced as decisions, in the present passive ("… worden afgelast") or
  listed after a measure lead ("de volgende maatregelen: iedereen blijft thuis") (must);
- calls to readers and the public (issue 11): `instructions` (imperatives anywhere in body text,
  also after a condition, question or lead-in, coordinated, "gelieve", "bij spoed belt u"),
  `witness_calls` ("doet een oproep aan getuigen"), `contact_wishes` ("komt graag in contact
  met"), `searches` ("We zoeken mensen die …"); they read their own conditions and are asked
  only whether they are questions (`reader_filters`). Advice ("adviseert/waarschuwt … om … te")
  is a `directives` verb.

Clauses are spanned across insertions (", zo zegt X,": `insertions`, `clauses`); a source right
after the clause ("…, zegt X, anders …") is its actor (`actors`); questions, conditionals, past
obligations, first-person commitments, purpose statements, scheduled obligations and descriptive
necessity are filtered out (`filters`), and so are other readings of a cue word -- a name, a
past passive, an epistemic or supposing modal, a court procedure, an evocation, a requirement, a
wish for a state, an embedded question (`readings`). In a transcript a turn's label speaks
(`attribution.speaker_turns`, read by `actors.speaker`). The parse is used where it is reliable (subjects, objects,
lemmas, tense) and backed by word-order rules where small models go wrong (`subjects`, `phrases`).

Layout:
- `context.py` -- `DemandContext`, everything the units read about one document, built once;
- `model.py` -- the values passed between units: `Subject`, `Clause`, `Found`, `Triggers`;
- `registry.py` -- `FINDERS` (order and rank), `FILTERS` (which finder kinds each judges, in
  order), `STEPS` (the post-passes, in order);
- `finders/` -- one module per construction; `filters.py`, `readings.py`, `reader_filters.py` -- the
  filters (navigation, discourse imperatives and questions in `reader_filters`);
- `steps.py` -- keep the outermost of overlapping demands, sources of reported obligations in
  the next sentence, subheading actors; `headings.py` -- sub-headings glued to the next sentence
  (and the step moving a demand past one); `publishers.py` -- the organisation a text speaks for,
  read from the text; `callers.py` -- caller and addressed party of an appeal;
- `subjects.py`, `phrases.py`, `parties.py`, `actors.py`, `addressees.py`, `actions.py` --
  building the subject, a noun phrase, a party's name, the actor (`actors.voice`: the voice of an
  unattributed call -- quote, transcript turn, publisher), the addressee, the action;
- `clauses.py`, `insertions.py`, `lexicon.py` -- clause limits, parentheticals, word lookups.

To add a construction: write `finders/<name>.py` with `KIND`, `find(ctx) -> list[Found]` (build a
`Clause` and skip it when `ctx.rejects(clause)`, then a `Found` with `kind=KIND`) and, for a cue
word, `triggers(cues)`; put its words in a commented section of data/demand_cues.yaml (a field
of `DemandCues` in text/data_schemas.py) and cite it in the module docstring; add one line to
`registry.FINDERS` with its rank. To add a filter: write a function `(ctx, clause) -> bool` with a
docstring and a Dutch example in `filters.py` (the clause reports, describes or plans) or
`readings.py` (the cue word means something else), and add one line to `registry.FILTERS` naming
the finder kinds it judges. Each comes with table rows in tests/test_demands.py (constructions)
and tests/test_demands_registry.py (filters).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.demands import registry
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import demand_cues
from pipeline.extract.demands.model import Found
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Demand, Quote
from pipeline.text.view import DocView

__all__ = ["DemandContext", "build_context", "extract_demands"]


def build_context(view: DocView, index: EntityIndex, quotes: list[Quote]) -> DemandContext:
    """The context every demand unit reads for one document, with the registry's tables."""
    return DemandContext.build(
        view,
        index,
        quotes,
        demand_cues(),
        triggers=registry.triggers(),
        filters=registry.FILTERS_BY_KIND,
        ranks=registry.RANKS,
        early_filters=registry.EARLY_FILTERS_BY_KIND,
    )


def extract_demands(
    doc: Doc, index: EntityIndex, quotes: list[Quote], view: DocView | None = None
) -> list[Demand]:
    """Demands in `doc`, in text order, with actor, addressee, action and modality."""
    ctx = build_context(view or DocView.of(doc), index, quotes)
    found = [item for finder in registry.FINDERS for item in finder.find(ctx)]
    for step in registry.STEPS:
        found = step.run(ctx, found)
    return [_demand(ctx, f"d{k}", item) for k, item in enumerate(found, start=1)]


def _demand(ctx: DemandContext, demand_id: str, item: Found) -> Demand:
    first, last = ctx.doc[item.start], ctx.doc[item.end - 1]
    start, end = first.idx, last.idx + len(last.text)
    return Demand(
        id=demand_id,
        text=ctx.text[start:end],
        start=start,
        end=end,
        actor=item.actor,
        addressee=item.addressee,
        action=item.action,
        modality=item.modality,
    )
