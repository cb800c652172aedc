"""Speaker resolvers: each turns one kind of speaker phrase into a party, or passes (None).

`registry.SPEAKER_RESOLVERS` tries them in order on a `SpeakerPhrase`; the first answer wins.
Names go through `EntityIndex` (`pipeline.extract.resolve`), the one resolver of names, roles and
anaphors; roles are the person roles of `data/roles.csv` plus the `speaker_noun` section of
`data/quote_words.csv`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract import attribution
from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import Speaker
from pipeline.extract.quotes.speakers import (
    PLACE_LABELS,
    SPEAKING_LABELS,
    SpeakerPhrase,
    place_body,
)
from pipeline.labels import org_roles
from pipeline.schema import Entity


def _named(entity: Entity, phrase: SpeakerPhrase) -> Speaker:
    return Speaker(entity.name, entity.role or phrase.role)


def _unroled(ctx: QuoteContext, phrase: SpeakerPhrase) -> list[Token]:
    """The head's words that are not role nouns: the name part ("Jan de Vries")."""
    return [t for t in phrase.words if t.lower_ not in ctx.lex.roles]


def _after_determiners(ctx: QuoteContext, phrase: SpeakerPhrase) -> list[Token]:
    """The phrase from its first word that is not a determiner on (empty if it has none)."""
    determiners = ctx.lex.words.determiner
    lead = next((k for k, t in enumerate(phrase.tokens) if t.lower_ not in determiners), None)
    return [] if lead is None else phrase.tokens[lead:]


def _as_written(ctx: QuoteContext, tokens: list[Token]) -> str:
    return ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def group(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "Natuurmonumenten en IVN zeggen: ‘…’" → "Natuurmonumenten en IVN": named speakers joined
    by a `group_link` word (quote_words.csv) are one group speaker, kept as the text writes it."""
    words = phrase.words
    links = [k for k, t in enumerate(words) if t.lower_ in ctx.lex.words.group_link]
    if not links or links[0] == 0 or links[-1] == len(words) - 1:
        return None
    return Speaker(_as_written(ctx, words), None)


def pronoun(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "‘…’, zei ze." → the last person named outside quotes whose gender fits, or the unnamed
    person introduced since ("De vrouw, die …"); a third-person pronoun (attribution.yaml,
    `third_person_subject`/`_object`) alone is always resolved here, to nobody if need be."""
    tokens = phrase.tokens
    if len(tokens) != 1 or tokens[0].lower_ not in ctx.lex.third_person:
        return None
    referent = attribution.pronoun_referent(ctx.index, phrase.at, tokens[0].lower_, ctx.text)
    if referent.noun is not None:
        noun = referent.noun
        return Speaker(noun, noun if noun in ctx.lex.roles else None)
    entity = referent.entity
    return Speaker(entity.name, entity.role) if entity else Speaker(None, None)


def mentioned_entity(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "aldus Marieke Jansen" → the entity with a mention in the head (a person first); "aldus
    de gemeente Deventer" → the body with its place ("gemeente Deventer", `place_body`); a place
    inside a longer name ("Van der Berg") is no speaker (the next resolvers take the name)."""
    entity = attribution.mentioned_entity(ctx.index, [(phrase.start, phrase.end)])
    if entity is None:
        return None
    body = place_body(ctx, phrase.head, entity)
    if body:
        return Speaker(body, phrase.role)
    if entity.label not in SPEAKING_LABELS and _partly(ctx, phrase, entity):
        return None  # "Van der Berg" with a place "Berg" in it: the name as written
    return _named(entity, phrase)


def _partly(ctx: QuoteContext, phrase: SpeakerPhrase, entity: Entity) -> bool:
    """Whether `entity`'s mentions cover only part of the phrase's name words."""
    named = _unroled(ctx, phrase)
    return any(ctx.index.at(t.idx, t.idx + len(t)) is not entity for t in named)


def known_name(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "aldus Verbeek" with "Karin Verbeek" named, or "volgens de organisatie" → the entity the
    name (without role nouns) resolves to: alias, surname, genitive, definite generic noun."""
    name = " ".join(t.text for t in _unroled(ctx, phrase))
    entity = ctx.index.resolve(name, before=phrase.at) if name else None
    return _named(entity, phrase) if entity is not None else None


def role_holder(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "zegt de woordvoerder" → the article's spokesperson (the entity holding that role).

    Only for a role without a capitalised name after its first word. An indefinite "een
    woordvoerder" (`indefinite` in quote_words.csv) introduces someone new, never the named
    holder; "de woordvoerder van X" is the holder only when that holder works for X.
    """
    role = phrase.role
    if not role or any(t.text[:1].isupper() for t in phrase.words[1:]):
        return None
    if phrase.head[0].lower_ in ctx.lex.words.indefinite:
        return None
    holder = ctx.index.by_role(role)
    if holder is not None and phrase.body is not None:
        holder = holder if holder.affiliation in (phrase.body.name, None) else None
    return _named(holder, phrase) if holder is not None else None


def unknown_name(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "aldus directeur Anna Smit" with no such entity → "Anna Smit" as written."""
    named = _unroled(ctx, phrase)
    if named and any(t.text[:1].isupper() for t in named):
        return Speaker(_as_written(ctx, named), phrase.role)
    return None


def role_of_body(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "een woordvoerder van het COA" → the COA speaks (the body after "van"); a body named by
    its place speaks as written: "van de gemeente Deventer" → "gemeente Deventer", "van basisteam
    Zaanstad" → "basisteam Zaanstad" (not the town)."""
    if not phrase.role or phrase.body is None:
        return None
    if phrase.body.label in PLACE_LABELS:
        tail = [t for t in phrase.tail if t.lower_ not in ctx.lex.words.determiner]
        return Speaker(_as_written(ctx, tail), phrase.role)
    return Speaker(phrase.body.name, phrase.role)


def employer(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "‘…’, aldus een woordvoerster." after "Rederij Wagenborg schrapt …" → the organisation
    an unaffiliated organisational role speaks for (`EntityIndex.employer`; `org_role` roles)."""
    if phrase.role not in org_roles() or phrase.tail:
        return None
    found = ctx.index.employer(phrase.start, phrase.end, ctx.text, list(ctx.spans))
    return Speaker(found.name, phrase.role) if found is not None else None


def function_words(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "‘…’, zegt een" or "dat" → nobody (only the role, if any) rather than "Een" or "dat"."""
    rest = _after_determiners(ctx, phrase)
    if all(t.is_stop and t.lower_ != phrase.role for t in rest):
        return Speaker(None, phrase.role)
    return None


def bare_role(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "zei de officier" with no holder → the role in full, "officier van justitie"."""
    rest = _after_determiners(ctx, phrase)
    role = phrase.role
    if role and len(rest) == 1 and rest[0].lower_ in ctx.lex.roles:
        return Speaker(role, role)
    return None


def as_written(ctx: QuoteContext, phrase: SpeakerPhrase) -> Speaker | None:
    """ "zegt een buurtbewoner" → the phrase as written, without its leading determiners."""
    rest = _after_determiners(ctx, phrase)
    return Speaker(_as_written(ctx, rest), phrase.role) if rest else None
