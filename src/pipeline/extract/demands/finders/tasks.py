"""A task assigned to a party: "de uitdaging / taak / opdracht voor X om … te …" (should).

"Het is een taak voor de provincie om de dijken te versterken" (addressee: de provincie; action:
de dijken versterken). Negative twins: "Een taak voor de provincie" (no "om … te" clause), "De
uitdaging voor de gemeente is om …" (the "om" clause does not follow the party).

Words: `task_nouns`, `task_party_prepositions`, `infinitive_complementisers`,
`infinitive_markers` in data/demand_cues.yaml.
"""

from __future__ import annotations

from pipeline.extract.demands.actions import action
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.text.datafiles import DemandCues

KIND = "task"


def triggers(cues: DemandCues) -> Triggers:
    """A task noun, by lemma."""
    return Triggers(cues.task_nouns)


def find(ctx: DemandContext) -> list[Found]:
    """Every task demand of the document, in text order."""
    out = []
    cues, doc = ctx.cues, ctx.doc
    for sent, token in ctx.cue_tokens(KIND):
        if token.lemma_.casefold() not in cues.task_nouns:
            continue
        j = token.i + 1
        if j >= sent.end or doc[j].lower_ not in cues.task_party_prepositions:
            continue
        assigned = np_after(ctx, j + 1, sent.end)
        k = j + 1 + len(assigned)
        if not assigned or k >= sent.end or doc[k].lower_ not in cues.infinitive_complementisers:
            continue
        lo, _, _ = clause_bounds(ctx, sent, token.i, at_subordinator=False)
        _, hi, _ = clause_bounds(ctx, sent, k + 1, at_subordinator=False)
        if not any(t.lower_ in cues.infinitive_markers for t in doc[k:hi]):
            continue
        read = Clause(KIND, sent, token, lo, hi)
        if ctx.rejects(read):
            continue
        out.append(
            demand_in(
                ctx,
                read,
                "should",
                actor=actor(ctx, sent, token, None),
                addressee=party(ctx, assigned),
                action=action(ctx, k + 1, hi, set()),
            )
        )
    return out
