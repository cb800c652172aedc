"""From a speaker phrase to a party: the phrase split once, then the registry's resolvers in order.

"woordvoerder Jan de Vries van de gemeente" splits into a head ("woordvoerder Jan de Vries"), the
words of the head that are not determiners, the role it names ("woordvoerder", in full as
`labels.full_role` gives it) and the body after "van" (the municipality, resolved through
`EntityIndex`). Each resolver in `registry.SPEAKER_RESOLVERS` reads this `SpeakerPhrase`; the first
one that answers decides (`resolve_speaker`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.attribution import mentioned_entity
from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import NO_SPEAKER, Speaker
from pipeline.labels import full_role
from pipeline.schema import Entity

SPEAKING_LABELS = frozenset({"PERSON", "ORG"})  # who can speak; a place or a law cannot
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class SpeakerPhrase:
    """A speaker phrase at offset `at` (where its quotation opens), split for the resolvers.

    `head` is the phrase up to a role link ("van"), `tail` what follows it; `words` the head
    without determiners; `role` the first role noun of `words` in full; `body` the organisation
    or place named in `tail`.
    """

    tokens: list[Token]
    at: int
    head: list[Token]
    tail: list[Token]
    words: list[Token]
    role: str | None
    body: Entity | None

    @property
    def start(self) -> int:
        """Where the head begins in the text."""
        return self.head[0].idx

    @property
    def end(self) -> int:
        """Where the head ends in the text."""
        return self.head[-1].idx + len(self.head[-1])


def speaker_phrase(ctx: QuoteContext, tokens: list[Token], at: int) -> SpeakerPhrase:
    """Split a non-empty speaker phrase into head, role and body."""
    head, tail = tokens, []
    for k, token in enumerate(tokens):
        if k and token.lower_ in ctx.lex.words.role_link and not token.ent_type_:
            head, tail = tokens[:k], tokens[k + 1 :]
            break
    words = [t for k, t in enumerate(head) if not is_determiner(ctx, head, k)]
    role = next((full_role(t.lower_) for t in words if t.lower_ in ctx.lex.roles), None)
    return SpeakerPhrase(tokens, at, head, tail, words, role, body(ctx, tail))


def resolve_speaker(ctx: QuoteContext, tokens: list[Token], at: int) -> Speaker:
    """Who the speaker phrase `tokens` stands for; `at` is where its quotation opens."""
    if not tokens:
        return NO_SPEAKER
    phrase = speaker_phrase(ctx, tokens, at)
    for resolver in ctx.resolvers:
        found = resolver.resolve(ctx, phrase)
        if found is not None:
            return found
    return NO_SPEAKER


def is_determiner(ctx: QuoteContext, phrase: list[Token], k: int) -> bool:
    """Whether phrase[k] is a determiner, also capitalised at a sentence start ("Een
    woordvoerder"); "De" before a capitalised non-role word is a surname particle ("De Vries")."""
    token = phrase[k]
    words = ctx.lex.words
    if token.lower_ not in words.determiner:
        return False
    following = phrase[k + 1] if k + 1 < len(phrase) else None
    return not (
        token.text[:1].isupper()
        and token.lower_ in words.surname_determiner
        and following is not None
        and following.text[:1].isupper()
        and following.lower_ not in ctx.lex.roles
    )


def body(ctx: QuoteContext, tail: list[Token]) -> Entity | None:
    """The organisation or place named after "van" in a speaker phrase ("van het COA")."""
    if not tail:
        return None
    found = mentioned_entity(ctx.index, [(tail[0].idx, tail[-1].idx + len(tail[-1]))])
    if found is None:  # "van het ziekenhuis": the hospital named before
        found = ctx.index.resolve(" ".join(t.text for t in tail), before=tail[0].idx)
    return found if found is not None and found.label != "PERSON" else None


def names_a_party(ctx: QuoteContext, tokens: list[Token]) -> bool:
    """Whether a phrase in a speaker's place names someone who can speak: its head (before "van
    X") is a person or organisation of the article or a name the index knows ("Arjen" for "Arjen
    Spek"), a third-person subject pronoun ("hij"), or holds a person role or speaker noun ("de
    verdachte", "de teamchef van het basisteam"). "Het besluit", "Conclusie" or a place do not.
    """
    if not tokens:
        return False
    lex = ctx.lex
    if len(tokens) == 1 and tokens[0].lower_ in lex.pronouns:
        return True
    phrase = speaker_phrase(ctx, tokens, tokens[0].idx)  # the head, before "van X"
    entity = mentioned_entity(ctx.index, [(phrase.start, phrase.end)])
    if entity is None:
        entity = ctx.index.resolve(ctx.text[phrase.start : phrase.end], before=phrase.start)
    if entity is not None:
        return entity.label in SPEAKING_LABELS
    return phrase.role is not None or any(t.lower_ in lex.words.referent_noun for t in phrase.words)


def place_body(ctx: QuoteContext, tokens: list[Token], entity: Entity) -> str | None:
    """ "de gemeente Deventer" → "gemeente Deventer": a place named right after a `place_body`
    noun (quote_words.csv) in `tokens` is that body of the place, which can speak; None else."""
    if entity.label not in PLACE_LABELS:
        return None
    for k, token in enumerate(tokens[1:], start=1):
        before = tokens[k - 1]
        if before.lower_ in ctx.lex.words.place_body and ctx.index.at(token.idx, token.idx + 1):
            return f"{before.lower_} {entity.name}"
    return None
