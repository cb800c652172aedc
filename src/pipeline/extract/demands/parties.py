"""Phrase → party: the canonical name of who demands or who must act, and whether it can act.

Only the core before a prepositional modifier or a second noun phrase names the party ("de
regering van Nederland" is the regering, "de dienst de ouders" the dienst). A known name or a role
held by a known person ("de minister") gives the entity's canonical name, as does a definite head
noun naming an organisation mentioned earlier ("de bond" after "de Woonbond"); a third-person
pronoun is the person named last before it; else the noun phrase without its determiner. The
steps are those of `pipeline.extract.attribution` and the one resolver (`EntityIndex`). Words:
`determiners`, `definite_determiners`, `indefinite_determiners`, `agent_nouns` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.attribution import mentioned_entity, pronoun_referent, third_person
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import is_agent_noun
from pipeline.extract.demands.phrases import char_spans, join
from pipeline.text.grammar import is_quote_mark

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def party(ctx: DemandContext, tokens: list[Token]) -> str | None:
    """Canonical entity name or noun phrase for a party's tokens (see the module docstring)."""
    cues, index = ctx.cues, ctx.index
    tokens = [t for t in tokens if not t.is_punct]
    core = next(
        (
            k
            for k, t in enumerate(tokens)
            if k > 0 and (t.pos_ == "ADP" or (t.pos_ == "DET" and tokens[k - 1].pos_ == "NOUN"))
        ),
        len(tokens),
    )
    tokens = tokens[:core]
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        token = tokens[0]
        if token.lower_ in third_person():
            entity = pronoun_referent(index, token.idx)
            return entity.name if entity else None
        return token.lower_ if token.lower_ in cues.reader_calls.everyone else None
    named = sorted(tokens, key=lambda t: t.pos_ != "PROPN")
    entity = mentioned_entity(index, char_spans(named), PARTY_LABELS)
    if entity is not None:
        return entity.name
    definite = tokens[0].lower_ in cues.definite_determiners
    while tokens and tokens[0].lower_ in cues.determiners:
        tokens = tokens[1:]
    if not tokens:
        return None
    text = join(tokens)
    entity = index.resolve(text)
    if entity is None and len(tokens) == 1 and tokens[0].pos_ == "NOUN":
        entity = index.by_role(tokens[0].lower_)
        if entity is None and definite:
            # "de bond" after "Woonbond": a definite head noun refers back to the compound
            entity = index.by_head_noun(tokens[0].lower_, tokens[0].idx)
    if entity is not None:
        return entity.name
    first = tokens[0]
    if first.pos_ == "NOUN" and first.is_title and (first.is_sent_start or _after_mark(ctx, first)):
        text = text[0].lower() + text[1:]
    return text


def is_agentive(ctx: DemandContext, tokens: list[Token], head: Token) -> bool:
    """Whether a party can be asked to act: an entity, a person pronoun or an agent noun."""
    if head.pos_ == "PRON":  # "iedereen" can be asked to act too: "We vragen iedereen om …"
        return head.lower_ in third_person() or head.lower_ in ctx.cues.reader_calls.everyone
    if any(t.lower_ in ctx.cues.indefinite_determiners for t in tokens if t.i < head.i):
        return False
    if head.pos_ == "PROPN" or any(
        ctx.index.at(t.idx, t.idx + len(t.text)) is not None for t in tokens
    ):
        return True
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]
    return any(is_agent_noun(ctx.cues, t) for t in heads)


def _after_mark(ctx: DemandContext, token: Token) -> bool:
    return token.i > 0 and is_quote_mark(ctx.view.orth[token.i - 1])
