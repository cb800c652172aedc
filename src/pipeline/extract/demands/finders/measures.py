"""A measure announced as a decision, in the present passive: "… worden afgelast" (must).

GUIDELINES: measures announced as decisions are demands of the one who announces them. "Alle
sportwedstrijden worden tot en met zondag afgelast" (actor: the source or speaker, else the
publisher); "Vuurwerk afsteken wordt in het centrum verboden". Nobody is named to act. Negative
twins: "De wedstrijd werd afgelast" (past: a report), "Hij wordt verdacht van handel in verboden
wapens" (an adjective), "De wedstrijd wordt mogelijk afgelast" and "… wordt niet afgelast" (a
hedge or a negation announces nothing), "Roken is verboden" (a rule in force, no
"wordt/worden"), "Als het gaat stormen, wordt de markt afgelast" (a condition).

Words: `measure_participles`, `present_passive_aux`, `measure_hedges`, `negations`,
`comparatives` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action, attribution_tokens
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import has_word
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.text.datafiles import DemandCues

KIND = "measure"


def triggers(cues: DemandCues) -> Triggers:
    """The participle of a measure verb ("afgelast", "verboden")."""
    return Triggers(frozenset(), cues.measure_participles)


def find(ctx: DemandContext) -> list[Found]:
    """Every measure announced in the present passive, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, participle: Token) -> Found | None:
    """The measure "X wordt/worden <participle>" at `participle`, if announced."""
    cues, doc = ctx.cues, ctx.doc
    nxt = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
        return None  # "handel in verboden wapens": an adjective, no measure
    lo, hi, sub = clause_bounds(ctx, sent, participle.i, at_subordinator=True)
    if sub is not None and sub.lower_ in cues.comparatives:  # "met meer dan 100 personen"
        lo, hi, sub = clause_bounds(ctx, sent, participle.i, at_subordinator=False)
    words = list(doc[lo:hi])
    aux = next((t for t in words if t.lower_ in cues.present_passive_aux), None)
    if aux is None or has_word(words, cues.measure_hedges | cues.negations):
        return None  # "wordt mogelijk afgelast", "wordt niet afgelast": nothing is decided
    read = Clause(KIND, sent, participle, lo, hi, sub, None, frozenset({aux.i}))
    if ctx.rejects(read):
        return None
    return demand_in(
        ctx,
        read,
        "must",
        actor=actor(ctx, sent, participle, sub, hi) or ctx.main_org,
        addressee=None,
        action=action(ctx, lo, hi, {aux.i} | attribution_tokens(ctx, lo, hi)),
    )
