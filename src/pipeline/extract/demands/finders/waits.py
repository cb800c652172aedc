"""Urgency without a named addressee: "… kan niet (langer) wachten" (high_time).

"De renovatie van de scholen kan niet langer wachten" (action: de renovatie van de scholen).
Negative twins: "Dit kan niet wachten" (GUIDELINES: an urgency sentence that adds no action is
no separate demand -- a demonstrative subject points back to the demand it makes urgent, or
names nothing), "De patiënt kan wachten" (no negation), "We konden niet wachten" (no present
"kan/kunnen").

Words: `wait_verbs`, `wait_modals`, `wait_negations`, `demonstratives` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import is_agentive
from pipeline.extract.demands.phrases import join
from pipeline.extract.demands.subjects import parsed, subject, subject_by_order, subject_words
from pipeline.text.datafiles import DemandCues

KIND = "wait"


def triggers(cues: DemandCues) -> Triggers:
    """A waiting verb, by lemma or form."""
    return Triggers(cues.wait_verbs, cues.wait_verbs)


def find(ctx: DemandContext) -> list[Found]:
    """Every urgency demand of the document, in text order."""
    out = []
    cues, doc = ctx.cues, ctx.doc
    for sent, token in ctx.cue_tokens(KIND):
        if token.lemma_.casefold() not in cues.wait_verbs and token.lower_ not in cues.wait_verbs:
            continue
        lo, hi, sub = clause_bounds(ctx, sent, token.i, at_subordinator=True)
        before = doc[lo : token.i]
        can = next((t for t in before if t.lower_ in cues.wait_modals), None)
        if can is None or not any(t.lower_ in cues.wait_negations for t in before):
            continue
        found = parsed(subject(ctx, lo, hi, {token.i, can.i})) or subject_by_order(
            ctx, lo, can, hi, sub
        )
        read = Clause(KIND, sent, token, lo, hi, sub, found)
        if ctx.rejects(read):
            continue
        subj = found.head if found is not None else None
        if subj is not None and _points_back(ctx, subj):
            continue  # "Dit kan niet wachten": no action of its own
        what = None
        if found and subj.pos_ != "PRON" and not is_agentive(ctx, [subj], subj):
            what = join(subject_words(ctx, found, lo, hi, {can.i}))
        out.append(
            demand_in(
                ctx,
                read,
                "high_time",
                actor=actor(ctx, sent, token, sub, hi),
                addressee=None,
                action=what,
            )
        )
    return out


def _points_back(ctx: DemandContext, subj: Token) -> bool:
    """A demonstrative subject ("Dit", "Dat") that is no relative pronoun points back."""
    return subj.lower_ in ctx.cues.demonstratives and not subj.tag_.startswith("VNW|betr")
