"""Phrase → party: the canonical name of who demands or who must act, and whether it can act.

Only the core before a prepositional modifier or a second noun phrase names the party ("de
regering van Nederland" is the regering, "de dienst de ouders" the dienst). A known name or a role
held by a known person ("de minister") gives the entity's canonical name, as does a definite head
noun naming an organisation mentioned earlier ("de bond" after "de Woonbond"); a third-person
pronoun is the person named last before it, and "zijn partij" that person's organisation; else
the noun phrase without its determiner or possessive. The
steps are those of `pipeline.extract.attribution` and the one resolver (`EntityIndex`). Words:
`determiners`, `definite_determiners`, `indefinite_determiners`, `agent_nouns` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.attribution import mentioned_entity, pronoun_referent, third_person
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import is_agent_noun, is_nominal_at
from pipeline.extract.demands.phrases import char_spans, join, named_at
from pipeline.text.grammar import is_quote_mark

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def party(ctx: DemandContext, tokens: list[Token]) -> str | None:
    """Canonical entity name or noun phrase for a party's tokens (see the module docstring); a
    group is named part by part, as written ("De politie en gemeente" → "politie en gemeente",
    "de bond en de FNV" → "bond en FNV")."""
    view = ctx.view
    pos, orth = view.pos, view.orth  # (read from the view's columns)
    core = next(
        (
            k
            for k, t in enumerate(tokens)
            if k > 0
            and (
                (pos[t.i] == "ADP" and not named_at(ctx, t.i))
                or (pos[t.i] == "DET" and pos[tokens[k - 1].i] == "NOUN")
            )
        ),
        len(tokens),
    )
    parts = _members(ctx, tokens[:core])
    if len(parts) < 2:
        words = [t for t in tokens[:core] if not view.is_punct[t.i] or orth[t.i] == ","]
        while words and words[-1].text == ",":
            words.pop()
        return _single(ctx, words)
    names = [name for part in parts if (name := _single(ctx, part))]
    if len(names) < 2:
        return names[0] if names else None
    return ", ".join(names[:-1]) + " en " + names[-1]


def _members(ctx: DemandContext, tokens: list[Token]) -> list[list[Token]]:
    """The members of a coordinated noun phrase ("ouders en verzorgers", "supporters, club en
    overheid"), split at a comma or coordinator (`np_links` "en", or "of") that no entity's name
    spans ("Inspectie Sociale Zaken en Werkgelegenheid" is one); one part when any part names
    nothing."""
    view = ctx.view
    parts: list[list[Token]] = [[]]
    for token in tokens:
        joint = view.orth[token.i] == "," or view.pos[token.i] == "CCONJ"
        if joint and not named_at(ctx, token.i):
            parts.append([])
        else:
            parts[-1].append(token)
    if len(parts) < 2 or not all(any(_nominal(ctx, t) for t in p) for p in parts):
        return [tokens]
    return parts


def _nominal(ctx: DemandContext, token: Token) -> bool:
    """`is_nominal`, read from the view's columns."""
    return is_nominal_at(ctx.cues, ctx.view, token.i)


def _single(ctx: DemandContext, tokens: list[Token]) -> str | None:
    """Canonical entity name or noun phrase for one party."""
    cues, index, view = ctx.cues, ctx.index, ctx.view
    lower, pos = view.lower, view.pos  # (read from the view's columns)
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        token = tokens[0]
        if token.lower_ in cues.person_pronouns:
            return token.lower_  # "iedereen": everyone is asked
        if token.lower_ in third_person():
            return pronoun_referent(index, token.idx, token.lower_, ctx.text).name
        return None
    # a determiner names nobody, even glued to a name by the entity layer ("Rij MONO De politie")
    named = sorted(
        (t for t in tokens if lower[t.i] not in cues.determiners), key=lambda t: pos[t.i] != "PROPN"
    )
    entity = mentioned_entity(index, char_spans(named), PARTY_LABELS)
    if entity is not None:
        return entity.name
    if len(tokens) > 1 and "Yes" in view.morph(tokens[0].i, "Poss"):
        # "Zijn partij diende een motie in": the organisation of the person named last
        owner = pronoun_referent(index, tokens[0].idx).entity
        if owner is not None and owner.affiliation and is_agent_noun(cues, tokens[-1]):
            return owner.affiliation
        tokens = tokens[1:]
    definite = lower[tokens[0].i] in cues.definite_determiners
    while tokens and lower[tokens[0].i] in cues.determiners:
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
    common = first.pos_ == "NOUN" or is_agent_noun(cues, first)
    if common and first.is_title and _sentence_initial(ctx, first):
        text = text[0].lower() + text[1:]
    return text


def is_agentive(ctx: DemandContext, tokens: list[Token], head: Token) -> bool:
    """Whether a party can be asked to act: an entity, a person pronoun or an agent noun."""
    if head.pos_ == "PRON" or head.lower_ in ctx.cues.person_pronouns:
        return head.lower_ in third_person() or head.lower_ in ctx.cues.person_pronouns
    lower = ctx.view.lower  # (read from the view's columns)
    if any(lower[t.i] in ctx.cues.indefinite_determiners for t in tokens if t.i < head.i):
        return False
    if (head.pos_ == "PROPN" and not _sentence_initial(ctx, head)) or any(
        named_at(ctx, t.i) for t in tokens
    ):
        return True
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]
    return any(is_agent_noun(ctx.cues, t) for t in heads)


def _sentence_initial(ctx: DemandContext, token: Token) -> bool:
    """Capitalised for its place only: first of a sentence, or after a quote mark."""
    if token.is_sent_start or ctx.doc[ctx.sentences[ctx.sentence_index(token.i)].start] == token:
        return True
    return token.i > 0 and is_quote_mark(ctx.view.orth[token.i - 1])
