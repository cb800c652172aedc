"""Urgency without a named addressee: "… kan niet (langer) wachten" (high_time).

"De renovatie van de scholen kan niet langer wachten" (action: de renovatie van de scholen);
"Dit kan niet wachten" points back: when the sentence before carries a demand, this one takes its
action and addressee (`steps.back_references`). Negative twin: "De patiënt kan wachten" (no
negation), "We konden niet wachten" (no present "kan/kunnen").

Words: `wait_verbs`, `wait_modals`, `wait_negations`, `demonstratives` in data/demand_cues.yaml.
"""

from __future__ import annotations

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
                refers_back=subj is not None
                and subj.lower_ in cues.demonstratives
                and not subj.tag_.startswith("VNW|betr"),
            )
        )
    return out
