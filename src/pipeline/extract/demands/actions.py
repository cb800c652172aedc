"""What must be done: the action phrase of a demand.

The verb phrase left in the clause once the cue, the subject, the addressee, a "volgens X" phrase
and insertions that are clauses or sources are taken out, without leading connectives and with
infinitive "te" dropped, a separable particle joined to its verb ("op te lossen" → "oplossen"):
"De gemeente moet de wachtlijsten wegwerken" → "de wachtlijsten wegwerken". For a directive verb
it is what its complement asks ("roept op om …", "pleit voor …", "eist dat …") or its object
("eist twintig jaar cel"). Words: `connectives`, `separable_particles`, `infinitive_markers`,
`infinitive_complementisers`, `that_clause`, `time_points` and each directive verb's
`action_preps` in data/demand_cues.yaml; `according_to` in data/attribution.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.attribution import attribution_words
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Subject
from pipeline.extract.demands.parties import is_agentive
from pipeline.extract.demands.phrases import np_after
from pipeline.extract.demands.subjects import subject_by_order, subject_words
from pipeline.text.datafiles import DirectiveVerb
from pipeline.text.grammar import is_finite, is_infinitive, opens_subordinate_clause


def action(ctx: DemandContext, lo: int, hi: int, drop: set[int]) -> str | None:
    """The verb phrase left in [lo, hi) without `drop`, leading connectives and infinitive te
    (read from the view's columns: every demand's action passes here)."""
    cues, view = ctx.cues, ctx.view
    lower, orth, boundary = view.lower, view.orth, ctx.boundary
    inserted = ctx.inserted - _enclosing(ctx, lo)
    kept = [
        k
        for k in range(lo, min(hi, len(view)))
        if k not in drop and k not in inserted and not boundary[k]
    ]
    while kept and (lower[kept[0]] in cues.connectives or view.pos[kept[0]] == "CCONJ"):
        kept = kept[1:]
    words: list[str] = []
    in_om_clause = False  # an "om" is in `words`: tracked, not searched, to stay linear
    n, last = 0, len(kept)
    while n < last:
        k = kept[n]
        nxt = kept[n + 1] if n + 1 < last else None
        after = kept[n + 2] if n + 2 < last else None
        if (
            lower[k] in cues.separable_particles
            and nxt is not None
            and lower[nxt] in cues.infinitive_markers
            and after is not None
            and is_infinitive(view, after)
            and not in_om_clause
        ):
            words.append(orth[k] + orth[after])
            n += 3
            continue
        if (
            lower[k] in cues.infinitive_markers
            and nxt is not None
            and is_infinitive(view, nxt)
            and not in_om_clause
        ):
            n += 1
            continue
        words.append(orth[k])
        in_om_clause = in_om_clause or lower[k] in cues.infinitive_complementisers
        n += 1
    return " ".join(words) or None


def that_subject(ctx: DemandContext, that: Token, hi: int) -> set[int]:
    """The tokens of the subject of the dat-clause opened by `that` when it names a party who
    must act: the addressee, not part of what is asked ("eist dat de provincie de vergunning
    intrekt" → "de vergunning intrekt")."""
    return acting_subject(ctx, subject_by_order(ctx, that.i + 1, that, hi, that), that.i + 1, hi)


def acting_subject(ctx: DemandContext, subj: Subject | None, lo: int, hi: int) -> set[int]:
    """`that_subject` for a dat-clause [lo, hi) whose subject `subj` the caller read already
    (a finder that also names it as the addressee reads it once)."""
    if subj is None:
        return set()
    words = subject_words(ctx, subj, lo, hi)
    return {t.i for t in words} if is_agentive(ctx, words, subj.head) else set()


def _enclosing(ctx: DemandContext, lo: int) -> frozenset[int]:
    """The tokens of the insertion the clause at `lo` stands in ("De petitie, die oproept tot
    een verbod, is getekend"): its own words, not an interruption to leave out."""
    for a, b in ctx.opens.items():
        if a < lo <= b:
            return frozenset(range(a, b + 1))
    return frozenset()


def attribution_tokens(ctx: DemandContext, lo: int, hi: int) -> set[int]:
    """Tokens of a "volgens X" phrase inside [lo, hi), left out of the action."""
    out: set[int] = set()
    for token in ctx.doc[lo:hi]:
        if token.lower_ in attribution_words().according_to:
            out.add(token.i)
            out.update(t.i for t in np_after(ctx, token.i + 1, hi))
    return out


def directive_action(
    ctx: DemandContext, verb_token: Token, verb: DirectiveVerb, lo: int, hi: int, skip: set[int]
) -> str | None:
    """What a directive verb asks: its "om … te" / dat-clause / governed preposition, else the
    object before a participle ("heeft twintig jaar cel geëist"), else what follows the verb."""
    cues, doc, view = ctx.cues, ctx.doc, ctx.view
    lower, pos = view.lower, view.pos  # (read from the view's columns)
    after = [k for k in range(verb_token.i + 1, min(hi, len(lower))) if k not in skip]
    for n, k in enumerate(after):
        if lower[k] in cues.infinitive_complementisers and any(
            lower[m] in cues.infinitive_markers for m in after[n:]
        ):
            return action(ctx, k + 1, hi, skip)
        if lower[k] in cues.that_clause and opens_subordinate_clause(view, k):
            return action(ctx, k + 1, hi, skip | that_subject(ctx, doc[k], hi))
        if lower[k] in verb.action_preps and pos[k] == "ADP":
            return action(ctx, k + 1, hi, skip)
    prefixes = ("ge", f"{verb.particle}ge") if verb.particle else "ge"
    tag, form = view.tag[verb_token.i], lower[verb_token.i]
    # taggers call "geëist" finite
    participle = tag.startswith(("WW|vd", "WW|inf")) or form.startswith(prefixes)
    if not verb.object_is_addressee and participle:
        # "heeft twintig jaar cel geëist tegen ...": the object stands before the participle
        aux = next((k for k in reversed(range(lo, verb_token.i)) if is_finite(view, k)), None)
        if aux is not None:
            inner = [
                k
                for k in range(aux + 1, verb_token.i)
                if k not in skip and lower[k] not in cues.time_points
            ]
            if any(pos[k] in ("NOUN", "PROPN", "NUM") for k in inner):
                return action(ctx, inner[0], hi, skip | {verb_token.i})
    rest = [k for k in after if not ctx.boundary[k]]
    named = any(pos[k] in ("NOUN", "PROPN") or lower[k] in cues.infinitive_markers for k in rest)
    if rest and named:  # an object, or a bare infinitive clause: "roept de leden op te staken"
        return action(ctx, rest[0], hi, skip)
    return None
