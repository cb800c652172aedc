"""Who must act: the addressee of a demand.

The subject of a modal or of a dat-clause ("De gemeente moet ...", "eist dat de provincie ...")
or the object of a directive verb ("roept het kabinet op"), or its "van/bij/aan X" ("eist van de
regering") -- only when that party can act (an entity, a third-person pronoun, or a noun headed by
an agent noun) and the clause's verb is an act of it: "de politie moet de middelen krijgen" asks
someone else to provide them. Words: `non_agentive_verbs`, `infinitive_complementisers`,
`non_party_objects`, `addressee_complements`, `addressee_skips`, `addressee_stops`, `that_clause`
and each directive verb's `object` and `addressee_preps` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import has_word_at, is_agent_noun
from pipeline.extract.demands.model import Subject
from pipeline.extract.demands.parties import is_agentive, party
from pipeline.extract.demands.phrases import listed, np_after, np_head, phrase
from pipeline.extract.demands.subjects import (
    NP_POS,
    parsed,
    subject,
    subject_by_order,
    subject_words,
)
from pipeline.text.datafiles import DirectiveVerb
from pipeline.text.grammar import opens_subordinate_clause

_OBJECT_DEPS = ("obj", "iobj")
# a verb-tagged word that modifies a noun (`DocView.dep_ids`)
_MODIFIER_DEP_IDS = frozenset(map(get_string_id, ("nmod:poss", "det", "amod", "acl:relcl")))


def addressee(
    ctx: DemandContext, subj: Subject | None, lo: int, hi: int, exclude: set[int]
) -> str | None:
    """The subject as addressee when it can act and the clause's verb is an act of it."""
    if subj is None:
        return None
    head = subj.head
    tokens = subject_words(ctx, subj, lo, hi, exclude)
    if not is_agentive(ctx, tokens, head):
        return None
    cues, view = ctx.cues, ctx.view
    lower, pos = view.lower, view.pos
    reflexive = has_word_at(view, lo, hi, cues.reflexive_pronouns)
    for k in range(lo, hi):  # (read from the view's columns)
        if k > head.i and (
            lower[k] in cues.infinitive_complementisers or opens_subordinate_clause(view, k)
        ):
            break  # "moet bezuinigen om onder de norm te blijven": not the subject's verb
        if k in exclude or pos[k] not in ("VERB", "AUX") or k == head.i:
            continue
        if view.dep_ids[k] in _MODIFIER_DEP_IDS:
            continue  # "zijn woningen": a possessive tagged as the verb "zijn"
        if view.lemma[k] in cues.non_agentive_verbs and not reflexive:
            return None  # a reflexive acts on itself: "moeten zich bewust zijn"
    return party(ctx, tokens)


def directive_addressee(
    ctx: DemandContext, verb_token: Token, verb: DirectiveVerb, lo: int, hi: int, skip: set[int]
) -> tuple[str | None, set[int]]:
    """Who a directive verb addresses, and the tokens that name it (left out of the action).

    In order: "van/bij/aan X" before the complement, the parsed object (not its "om … te"
    complement the parser attached to it), for a verb whose object is what is asked the subject
    of its dat-clause, else the noun phrase word order puts between the verb and its particle.
    """
    cues, doc, view = ctx.cues, ctx.doc, ctx.view
    lower = view.lower
    following = range(verb_token.i + 1, min(hi, len(lower)))  # (read from the view's columns)
    candidates: list[Token] = []
    if verb.object_is_addressee:
        heads = [verb_token, *(c for c in verb_token.children if c.dep_ == "aux")]
        candidates = [
            c
            for h in heads
            for c in h.children
            if c.dep_ in _OBJECT_DEPS
            and c.pos_ in NP_POS
            and lo <= c.i < hi
            and c.i not in skip
            and c.lower_ not in cues.non_party_objects
        ]
    complement = next((k for k in following if lower[k] in cues.addressee_complements), hi)
    for k in range(lo, min(complement, len(lower))):
        if lower[k] in verb.addressee_preps and k not in skip:
            tokens = np_after(ctx, k + 1, hi)
            if tokens and is_agentive(ctx, tokens, np_head(ctx, tokens)):
                return party(ctx, tokens), {k} | {t.i for t in tokens}
    if candidates:  # the object, not its "om … te" complement the parser attached to it
        tokens = phrase(ctx, candidates[0], lo, complement, skip)
        return party(ctx, tokens), {t.i for t in tokens}
    first = next((k for k in following if k not in skip and view.pos[k] != "ADV"), None)
    if not verb.object_is_addressee or (first is not None and lower[first] in cues.that_clause):
        # "eist dat de provincie ... afgeeft", "vraagt dat de minister …": the dat-subject acts
        dats = (k for k in following if lower[k] in cues.that_clause)
        at = next((k for k in dats if opens_subordinate_clause(view, k)), None)
        if at is None:
            return None, set()
        dat = doc[at]
        subj = subject_by_order(ctx, dat.i + 1, dat, hi, dat) or parsed(
            subject(ctx, dat.i + 1, hi, set(range(dat.i + 1, hi)))
        )
        return addressee(ctx, subj, dat.i + 1, hi, set()), set()
    return _addressee_by_order(ctx, verb_token, verb, lo, hi, skip)


def _addressee_by_order(
    ctx: DemandContext, verb_token: Token, verb: DirectiveVerb, lo: int, hi: int, skip: set[int]
) -> tuple[str | None, set[int]]:
    """The noun phrase between the verb and its particle / complement, or, for a participle or
    infinitive at the end ("heeft de minister aangespoord"), before the verb."""
    cues = ctx.cues
    clause_final = verb_token.tag_.startswith(("WW|vd", "WW|inf")) or verb_token.lower_.startswith(
        tuple(p for p in (verb.particle, "ge") if p)
    )
    if not clause_final:
        start, stop = verb_token.i + 1, hi
    else:
        start, stop = lo, verb_token.i
    for token in ctx.doc[start:stop]:
        if (
            token.i in skip
            or token.pos_ == "ADV"
            or token.lower_ in cues.addressee_skips | cues.first_person | cues.hypothetical_aux
        ):  # "Ik wil iedereen oproepen": the subject and its auxiliary come first
            continue
        if token.lower_ in cues.addressee_stops or (
            token.pos_ == "VERB"
            and not is_agent_noun(cues, token)  # "roept automobilisten/VERB op": a party
        ):
            break
        tokens = listed(ctx, np_after(ctx, token.i, stop), stop)
        if tokens:
            return party(ctx, tokens), {t.i for t in tokens}
    return None, set()
