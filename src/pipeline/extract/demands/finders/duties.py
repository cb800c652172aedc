"""A duty laid on a party: "het is/blijft aan X om … te …", "het is de plicht/taak van X om …"
(should).

"Het is de plicht van de overheid om goede zorg te garanderen" (addressee: overheid); "Het
blijft aan ons allemaal - supporters, club en overheid - om hiertegen op te treden" (addressee:
the apposition that spells out "ons allemaal"). The actor is the source or the quote's speaker
(`actors.actor`). Negative twins: "Het ligt aan het weer" (no "om … te" clause: a cause), "De
plicht van de burgemeester is zwaar" (no "om … te"), "Het was aan de gemeente om te beslissen"
(a past duty: no present "is/blijft").

Words: `duty_nouns`, `duty_verbs`, `duty_preposition_of`, `duty_preposition_to`,
`frame_expletives`, `infinitive_complementisers`, `infinitive_markers` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.text.datafiles import DemandCues

KIND = "duty"
_APPOSITION_OPENERS = ("-", "–", "—", "(")
_CLOSING = {"(": ")"}
_MAX_APPOSITION = 12


def triggers(cues: DemandCues) -> Triggers:
    """A duty noun ("plicht"), or the preposition "aan" of "het is aan X om"."""
    return Triggers(cues.duty_nouns, cues.duty_nouns | cues.duty_preposition_to)


def find(ctx: DemandContext) -> list[Found]:
    """Every duty of the document, in text order."""
    out = []
    cues, doc = ctx.cues, ctx.doc
    for sent, token in ctx.cue_tokens(KIND):
        lemma = token.lemma_.casefold()
        if lemma in cues.duty_nouns or token.lower_ in cues.duty_nouns:
            nxt = token.i + 1
            if nxt >= sent.end or doc[nxt].lower_ not in cues.duty_preposition_of:
                continue
            party_at = nxt + 1
            opens = None
        elif token.lower_ in cues.duty_preposition_to:
            opens = _it_is(ctx, sent, token)
            if opens is None:
                continue
            party_at = token.i + 1
        else:
            continue
        found = _read(ctx, sent, token, party_at, opens)
        if found is not None:
            out.append(found)
    return out


def _read(
    ctx: DemandContext, sent: Span, cue: Token, party_at: int, opens: int | None
) -> Found | None:
    """The duty whose party starts at token `party_at`, with its "om … te" clause; `opens`, the
    first word of "het is aan", where that frame starts the clause."""
    cues, doc = ctx.cues, ctx.doc
    named = np_after(ctx, party_at, sent.end) or _pronoun(ctx, party_at)
    if not named:
        return None
    j = named[-1].i + 1
    while j < sent.end and doc[j].lower_ in cues.person_pronouns:
        named.append(doc[j])  # "ons allemaal"
        j += 1
    spelled = _apposition(ctx, sent, j)
    if spelled:
        j = spelled[-1].i + 2
    if j >= sent.end or doc[j].lower_ not in cues.infinitive_complementisers:
        return None
    lo, _, _ = clause_bounds(ctx, sent, cue.i, at_subordinator=False)
    lo = max(lo, opens) if opens is not None else lo
    _, hi, _ = clause_bounds(ctx, sent, j + 1, at_subordinator=False)
    if not any(t.lower_ in cues.infinitive_markers for t in doc[j:hi]):
        return None
    read = Clause(KIND, sent, cue, lo, hi)
    if ctx.rejects(read):
        return None
    return demand_in(
        ctx,
        read,
        "should",
        actor=actor(ctx, sent, cue, None, hi),
        addressee=party(ctx, spelled or named),
        action=action(ctx, j + 1, hi, set()),
    )


def _pronoun(ctx: DemandContext, i: int) -> list[Token]:
    """A personal pronoun as the party ("aan ons allemaal", "aan jullie")."""
    token = ctx.doc[i]
    personal = "Prs" in token.morph.get("PronType") or token.tag_.startswith("VNW|pers")
    return [token] if personal or token.lower_ in ctx.cues.person_pronouns else []


def _it_is(ctx: DemandContext, sent: Span, aan: Token) -> int | None:
    """Where "het is / blijft (dan ook) aan" starts: expletive "het" and a present duty verb
    before "aan", with only adverbs besides; None when the words before "aan" are others. Read
    from the view's columns: most "aan" are no such frame."""
    cues, view = ctx.cues, ctx.view
    before = []
    for k in range(aan.i - 1, sent.start - 1, -1):
        if view.is_punct[k] or view.is_space[k] or view.pos[k] == "CCONJ":
            break
        before.append(k)
    words = {view.lower[k] for k in before}
    if not (words & cues.frame_expletives and words & cues.duty_verbs):
        return None
    frame = cues.frame_expletives | cues.duty_verbs
    if all(view.pos[k] == "ADV" for k in before if view.lower[k] not in frame):
        return before[-1]
    return None


def _apposition(ctx: DemandContext, sent: Span, j: int) -> list[Token]:
    """The noun phrase between a pair of dashes (or brackets) right after a party, which spells
    it out: "ons allemaal - supporters, club en overheid - om …"."""
    doc = ctx.doc
    if j >= sent.end or doc[j].text not in _APPOSITION_OPENERS:
        return []
    closing = _CLOSING.get(doc[j].text, doc[j].text)
    end = next(
        (k for k in range(j + 1, min(sent.end, j + _MAX_APPOSITION)) if doc[k].text == closing),
        None,
    )
    if end is None or end == j + 1:
        return []
    return list(doc[j + 1 : end])
